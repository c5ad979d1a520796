"""Contains all the data models used in inputs/outputs"""

from .activities_response import ActivitiesResponse
from .activity_response import ActivityResponse
from .activity_response_result import ActivityResponseResult
from .activity_response_state import ActivityResponseState
from .message_body import MessageBody

__all__ = (
    "ActivitiesResponse",
    "ActivityResponse",
    "ActivityResponseResult",
    "ActivityResponseState",
    "MessageBody",
)
