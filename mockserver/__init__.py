"""The SQLite-backed mock server of the Amazon Pinpoint Campaign Activities API.

AWS retired Pinpoint, so this mock is the service for users who still call it: it must answer as
AWS did wherever the AWS SDKs look. The storage, pagination and seeding here are independent of
the HTTP layer (the generated ``pinpoint_server`` app), which only ``handler`` and ``app``
import; ``activity`` reads the spec's ActivityResponse from the generated models and validators.
"""

from mockserver.activity import PreparedActivity, prepare
from mockserver.errors import (
    ActivityValidationError,
    ApplicationNotFoundError,
    CampaignNotFoundError,
    ConflictError,
    InvalidPageSizeError,
    InvalidTokenError,
    MockServerError,
    NotFoundError,
    ValidationError,
)
from mockserver.inventory import AddResult, ApplicationInfo, CampaignInfo
from mockserver.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, TokenCodec, clamp_page_size
from mockserver.service import ActivitiesService
from mockserver.storage import ActivityStore, StoreTransaction, open_store
from mockserver.store import DEFAULT_DB_PATH, Store
from mockserver.writes import WriteTransaction

__all__ = [
    "DEFAULT_DB_PATH",
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "ActivitiesService",
    "ActivityStore",
    "ActivityValidationError",
    "AddResult",
    "ApplicationInfo",
    "ApplicationNotFoundError",
    "CampaignInfo",
    "CampaignNotFoundError",
    "ConflictError",
    "InvalidPageSizeError",
    "InvalidTokenError",
    "MockServerError",
    "NotFoundError",
    "PreparedActivity",
    "Store",
    "StoreTransaction",
    "TokenCodec",
    "ValidationError",
    "WriteTransaction",
    "clamp_page_size",
    "open_store",
    "prepare",
]
