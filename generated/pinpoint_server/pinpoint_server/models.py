"""The schemas of the Amazon Pinpoint Campaign Activities API as typed dictionaries (for type checkers only).

An optional property is ``NotRequired``; an enum is a ``Literal``; a nullable type is
``X | None``. At runtime the values are plain ``dict``s, as ``json.loads`` returns them. Hints
naming another schema are quoted (it may be defined further down), the rest stay evaluated so
``__required_keys__`` is right at runtime.
"""

from typing import Literal, NotRequired, TypedDict

__all__ = [
    "ActivitiesResponse",
    "ActivityResponse",
    "MessageBody",
]


class ActivitiesResponse(TypedDict):
    """Provides information about the activities that were performed by a campaign."""

    NextToken: NotRequired[str | None]
    """The string to use in a subsequent request to get the next page of results in a paginated response. This value is null if there are no additional pages."""

    Item: "list[ActivityResponse]"
    """An array of responses, one for each activity that was performed by the campaign."""


class ActivityResponse(TypedDict):
    """Provides information about an activity that was performed by a campaign."""

    Id: str
    """The unique identifier for the activity."""

    ApplicationId: str
    """The unique identifier for the application that the campaign applies to."""

    CampaignId: str
    """The unique identifier for the campaign that the activity applies to."""

    TreatmentId: NotRequired[str]
    """The unique identifier for the campaign treatment that the activity applies to. A treatment is a variation of a campaign that's used for A/B testing of a campaign."""

    State: NotRequired[
        Literal["PENDING", "INITIALIZING", "RUNNING", "PAUSED", "CANCELLED", "COMPLETED"]
    ]
    """The state of the activity. Possible values are: PENDING, INITIALIZING, RUNNING, PAUSED, CANCELLED, and COMPLETED."""

    Result: NotRequired[Literal["SUCCESS", "FAIL"]]
    """Specifies whether the activity succeeded. Possible values are SUCCESS and FAIL."""

    ScheduledStart: NotRequired[str]
    """The scheduled start time, in ISO 8601 format, for the activity."""

    Start: NotRequired[str]
    """The actual start time, in ISO 8601 format, of the activity."""

    End: NotRequired[str]
    """The actual time, in ISO 8601 format, when the activity was marked CANCELLED or COMPLETED."""

    SuccessfulEndpointCount: NotRequired[int]
    """The total number of endpoints that the campaign successfully delivered messages to."""

    TotalEndpointCount: NotRequired[int]
    """The total number of endpoints that the campaign attempted to deliver messages to."""

    TimezonesTotalCount: NotRequired[int]
    """The total number of unique time zones that are in the segment for the campaign."""

    TimezonesCompletedCount: NotRequired[int]
    """The total number of time zones that were completed."""


class MessageBody(TypedDict):
    """Provides information about an API request or response."""

    RequestID: NotRequired[str]
    """The unique identifier for the request or response."""

    Message: NotRequired[str]
    """The message that's returned from the API."""
