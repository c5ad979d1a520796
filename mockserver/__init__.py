"""The SQLite-backed mock server of the Amazon Pinpoint Campaign Activities API.

AWS retired Pinpoint, so this mock is the service for users who still call it: it must answer as
AWS did wherever the AWS SDKs look. The storage, pagination and seeding here are independent of
the HTTP layer (the generated ``pinpoint_server`` package), which only ``handler`` and ``app``
import.
"""

from mockserver.errors import (
    ApplicationNotFoundError,
    CampaignNotFoundError,
    InvalidPageSizeError,
    InvalidTokenError,
    MockServerError,
    NotFoundError,
    ValidationError,
)
from mockserver.model import Activity
from mockserver.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, TokenCodec, clamp_page_size
from mockserver.service import ActivitiesService
from mockserver.store import DEFAULT_DB_PATH, Store

__all__ = [
    "DEFAULT_DB_PATH",
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "ActivitiesService",
    "Activity",
    "ApplicationNotFoundError",
    "CampaignNotFoundError",
    "InvalidPageSizeError",
    "InvalidTokenError",
    "MockServerError",
    "NotFoundError",
    "Store",
    "TokenCodec",
    "ValidationError",
    "clamp_page_size",
]
