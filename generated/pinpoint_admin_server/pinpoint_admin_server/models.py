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
    "RunInput",
    "RunSchedule",
    "RunSegment",
    "RunTimezone",
    "RunTreatment",
    "RunDelivery",
    "RunFailure",
    "RunEvent",
    "Run",
    "RunList",
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


class RunInput(TypedDict):
    """A campaign run to start; only `Schedule.StartTime` is required."""

    Schedule: "RunSchedule"
    Segment: NotRequired["RunSegment"]
    Treatments: NotRequired["list[RunTreatment]"]
    """The treatments; each occurrence is one activity per treatment, which delivers to its
    `Percentage` of the endpoints of every time zone (largest remainders first, so the
    shares add up to the segment). The percentages add up to 100; TreatmentIds are
    unique. Default `[{"TreatmentId": "0", "Percentage": 100}]`."""

    Delivery: NotRequired["RunDelivery"]
    Failure: NotRequired["RunFailure"]


class RunSchedule(TypedDict):
    """When the run's occurrences start, in the field names of Pinpoint's `Schedule`.
    Pinpoint's `EVENT` and `IN_APP_EVENT` frequencies are refused: such campaigns start on
    events the mock does not receive, not on a clock."""

    StartTime: str
    """The scheduled start of the first occurrence (it may lie in the past)."""

    EndTime: NotRequired[str]
    """No occurrence starts at or after it. Required unless `Frequency` is `ONCE` (where it
    is ignored), so that a run has an end; a run has at most 10,000 activities
    (occurrences times treatments)."""

    Frequency: NotRequired[Literal["ONCE", "HOURLY", "DAILY", "WEEKLY", "MONTHLY"]]
    """How often it recurs (default `ONCE`). Recurrence keeps the wall-clock time of
    `StartTime` in `Timezone` (a DAILY run at 09:00 stays at 09:00 across daylight
    saving time); MONTHLY keeps the day of the month, or the month's last day."""

    IsLocalTime: NotRequired[bool]
    """Local-time delivery (default false). When true, each time zone of the segment gets
    an occurrence at the wall-clock time of its start (read in `Timezone`) in that
    zone, so the zones go one after the other, the earliest in UTC first; the
    activity's `ScheduledStart` is that first zone's. When false, every zone starts at
    the occurrence's instant."""

    Timezone: NotRequired[str]
    """The time zone of the schedule's wall clock (default `UTC`): an IANA name such as
    `America/New_York`, or a UTC offset such as `UTC+09` or `UTC-03:30`."""


class RunSegment(TypedDict):
    """The endpoints the run delivers to, and their time zones."""

    EndpointCount: NotRequired[int]
    """How many endpoints (default 1000), split evenly over the time zones that do not say
    theirs (the first zones take the remainder). When every zone gives its
    `EndpointCount` it may be omitted; if given, it must be their sum."""

    Timezones: NotRequired["list[RunTimezone]"]
    """The segment's time zones (default one, `UTC`), each named once."""


class RunTimezone(TypedDict):
    """One time zone of the segment."""

    Timezone: str
    """An IANA name such as `Asia/Tokyo`, or a UTC offset such as `UTC+09`."""

    EndpointCount: NotRequired[int]
    """The zone's endpoints (default an even share of the segment's)."""


class RunTreatment(TypedDict):
    """A treatment of the run (an A/B test has several)."""

    TreatmentId: str
    """The activity's `TreatmentId`; `0` is the base treatment."""

    Percentage: int
    """The share of every zone's endpoints this treatment delivers to."""


class RunDelivery(TypedDict):
    """How fast an occurrence goes. Each activity is INITIALIZING for `InitializingSeconds`
    after it starts, then RUNNING: each time zone sends (from its start, with local time)
    at `EndpointsPerSecond` or, if given instead, in `SecondsPerTimezone`, its attempted
    endpoints growing evenly; COMPLETED when every zone is done."""

    InitializingSeconds: NotRequired[float]
    """How long an activity is INITIALIZING (default 5)."""

    EndpointsPerSecond: NotRequired[float]
    """Endpoints sent per second in each zone by each activity (default 100 unless `SecondsPerTimezone` is given)."""

    SecondsPerTimezone: NotRequired[float]
    """How long each zone's sending takes instead, whatever its size; excludes `EndpointsPerSecond`."""


class RunFailure(TypedDict):
    """How the run fails (default it does not)."""

    EndpointFailureRate: NotRequired[float]
    """The share of attempted endpoints that fail (default 0):
    `SuccessfulEndpointCount` is the attempted count times one minus it, rounded down."""

    Fail: NotRequired[bool]
    """Every activity of the run ends COMPLETED with Result FAIL (default false; otherwise SUCCESS)."""


class RunEvent(TypedDict):
    """A pause, resume or cancel, at the mock's clock when it was asked."""

    Type: Literal["PAUSE", "RESUME", "CANCEL"]
    Time: str


class Run(TypedDict):
    """A campaign run as it is by the mock's clock at the time of the answer."""

    RunId: str
    """The run's ID."""

    ApplicationId: str
    CampaignId: str
    State: Literal["SCHEDULED", "RUNNING", "PAUSED", "COMPLETED", "CANCELLED"]
    """SCHEDULED until its first activity starts, RUNNING until every occurrence is
    COMPLETED (then COMPLETED), PAUSED between a pause and a resume, CANCELLED after a
    cancel."""

    CreatedAt: str
    """The mock's clock when the run was created (when its first occurrence appeared)."""

    Schedule: "RunSchedule"
    Segment: "RunSegment"
    Treatments: "list[RunTreatment]"
    Delivery: "RunDelivery"
    Failure: "RunFailure"
    Events: "list[RunEvent]"
    """Its pauses, resumes and cancel, oldest first."""

    ActivityCount: int
    """How many activities (occurrences times treatments) have appeared by now."""

    Now: str
    """The mock's clock that this answer is as of."""


class RunList(TypedDict):
    """A campaign's runs."""

    Item: "list[Run]"
