"""The schemas of the Pinpoint Mock Admin API as typed dictionaries (for type checkers only).

An optional property is ``NotRequired``; an enum is a ``Literal``; a nullable type is
``X | None``. At runtime the values are plain ``dict``s, as ``json.loads`` returns them. Hints
naming another schema are quoted (it may be defined further down), the rest stay evaluated so
``__required_keys__`` is right at runtime.
"""

from typing import Any, Literal, NotRequired, TypedDict

__all__ = [
    "MessageBody",
    "Health",
    "StoreInfo",
    "ResetResult",
    "ApplicationInput",
    "Application",
    "ApplicationList",
    "CampaignInput",
    "Campaign",
    "ActivitiesInput",
    "StoredActivities",
    "ActivitiesPage",
    "Clock",
    "ClockSetting",
    "ClockAdvance",
    "FaultInput",
    "Fault",
    "FaultList",
]


class MessageBody(TypedDict):
    """An error, in the shape of the main API's errors."""

    RequestID: NotRequired[str]
    """The unique identifier for the request."""

    Message: NotRequired[str]
    """What went wrong."""


class Health(TypedDict):
    """The server serves."""

    Status: Literal["ok"]
    """Always `ok`; any answer at all means the server serves."""

    Version: str
    """The version of the mock server."""

    Store: "StoreInfo"
    Now: str
    """The mock's clock at the time of the answer."""


class StoreInfo(TypedDict):
    """Where the mock keeps its data."""

    Kind: str
    """The kind of store, such as `sqlite`."""

    Location: str
    """The store's file or URL (without a password)."""

    ReadOnly: bool
    """Whether the mock serves the store read-only (`serve --read-only`): then every operation of the control plane that would change it answers 403 ForbiddenException."""


class ResetResult(TypedDict):
    """What the mock holds after a reset."""

    Demo: bool
    """Whether the demo data was added again."""

    Applications: int
    """How many applications the mock holds now."""


class ApplicationInput(TypedDict):
    """The settable fields of an application."""

    Name: NotRequired[str]
    """The application's name (default empty)."""


class Application(TypedDict):
    """An application (a Pinpoint project) and its campaigns."""

    ApplicationId: str
    """The application's ID."""

    Name: str
    """The application's name."""

    Campaigns: "list[Campaign]"
    """The application's campaigns, in the order they were added."""


class ApplicationList(TypedDict):
    """Every application."""

    Item: "list[Application]"


class CampaignInput(TypedDict):
    """The settable fields of a campaign."""

    Name: NotRequired[str]
    """The campaign's name (default empty)."""

    TreatmentIds: NotRequired[list[str]]
    """The TreatmentIds its activities may carry; `0` is the base treatment, more make an A/B test (default `["0"]`)."""


class Campaign(TypedDict):
    """A campaign."""

    ApplicationId: str
    """The ID of the campaign's application."""

    CampaignId: str
    """The campaign's ID."""

    Name: str
    """The campaign's name."""

    TreatmentIds: list[str]
    """The TreatmentIds its activities may carry."""

    ActivityCount: int
    """How many activities the campaign has."""


class ActivitiesInput(TypedDict):
    """Activities to add: an `ActivitiesResponse` of the main API. Each item is an
    `ActivityResponse` of the main document, checked there; `ApplicationId`, `CampaignId` and
    `Id` may be omitted."""

    NextToken: NotRequired[str | None]
    """Ignored, so that a saved page can be posted as it is."""

    Item: list[dict[str, Any]]
    """The activities, in the order the API is to return them."""


class StoredActivities(TypedDict):
    """The activities as they were stored."""

    Item: list[dict[str, Any]]
    """Each stored item as the main API returns it (an `ActivityResponse` of the main document)."""


class ActivitiesPage(TypedDict):
    """A page of activities, the main API's `ActivitiesResponse`."""

    Item: list[dict[str, Any]]
    """The page's items (each an `ActivityResponse` of the main document)."""

    NextToken: NotRequired[str | None]
    """The token of the next page; absent or null on the last one."""


class Clock(TypedDict):
    """The mock's clock."""

    Now: str
    """What the clock says, in UTC with milliseconds."""

    Frozen: bool
    """Whether the clock stands still until it is set or advanced."""

    Real: bool
    """Whether the clock is real time (never set, or set back to it)."""


class ClockSetting(TypedDict):
    """How to set the clock: `{"Real": true}` goes back to real time; otherwise `Now` (default:
    what the clock says) and `Frozen` (default true) set an instant that stands still or runs
    on from there."""

    Now: NotRequired[str]
    """The instant to set, an RFC 3339 date-time."""

    Frozen: NotRequired[bool]
    """Whether the clock then stands still (default true)."""

    Real: NotRequired[bool]
    """Back to real time; excludes `Now` and `Frozen`."""


class ClockAdvance(TypedDict):
    """How far to move the clock."""

    Seconds: float
    """Seconds to move forward (fractions allowed)."""


class FaultInput(TypedDict):
    """A fault to arm."""

    Operation: str
    """The operationId of the main API whose requests fail, such as `GetCampaignActivities`."""

    ApplicationId: NotRequired[str]
    """Only requests for this application."""

    CampaignId: NotRequired[str]
    """Only requests for this campaign."""

    Count: NotRequired[int]
    """How many requests fail (default 1)."""

    Status: NotRequired[int]
    """The status to answer with; none means the fault only delays."""

    ErrorType: NotRequired[str]
    """The AWS error type (default the main API's error for the status, else a name for it, such as ServiceUnavailableException for 503)."""

    Message: NotRequired[str]
    """The error message (default one for the error type)."""

    RetryAfterSeconds: NotRequired[int]
    """The `Retry-After` of a 429 or 503 (default 1 for those)."""

    DelayMs: NotRequired[int]
    """How long to wait before answering, in milliseconds (default 0)."""


class Fault(TypedDict):
    """An armed fault."""

    FaultId: str
    """The fault's ID."""

    Operation: str
    """The operationId it applies to."""

    ApplicationId: NotRequired[str]
    CampaignId: NotRequired[str]
    Remaining: int
    """How many more requests it fails."""

    Status: NotRequired[int]
    ErrorType: NotRequired[str]
    Message: NotRequired[str]
    RetryAfterSeconds: NotRequired[int]
    DelayMs: NotRequired[int]


class FaultList(TypedDict):
    """The armed faults."""

    Item: "list[Fault]"
