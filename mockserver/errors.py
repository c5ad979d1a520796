"""Domain errors of the mock server, free of any HTTP type.

The store and the pagination code raise these; ``mockserver.handler`` maps each family onto the
AWS error type the SDKs expect (NotFoundException, BadRequestException), so the data layer can be
tested and reused without the generated HTTP package.
"""

from __future__ import annotations

# Path parameters are echoed in messages; a client can send a very long one, so cap the echo.
_MAX_ECHO = 128


def _echo(value: str) -> str:
    """Return ``value`` shortened for an error message."""
    return value if len(value) <= _MAX_ECHO else value[:_MAX_ECHO] + "..."


class MockServerError(Exception):
    """Base of every error that the mock server turns into an AWS error response."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(MockServerError):
    """A resource named in the path does not exist (AWS: 404 NotFoundException)."""


class ApplicationNotFoundError(NotFoundError):
    """The application (Pinpoint project) does not exist."""

    def __init__(self, application_id: str) -> None:
        super().__init__(f"Application not found: {_echo(application_id)}")
        self.application_id = application_id


class CampaignNotFoundError(NotFoundError):
    """The campaign does not exist in an application that does."""

    def __init__(self, application_id: str, campaign_id: str) -> None:
        super().__init__(
            f"Campaign not found: {_echo(campaign_id)} (application {_echo(application_id)})"
        )
        self.application_id = application_id
        self.campaign_id = campaign_id


class BadRequestError(MockServerError):
    """The request is malformed (AWS: 400 BadRequestException)."""


class InvalidTokenError(BadRequestError):
    """The ``token`` query parameter is not a NextToken issued for this campaign."""

    def __init__(self) -> None:
        # One message for every cause (forged, truncated, foreign, garbage): telling which check
        # failed would only help a forger.
        super().__init__(
            "Invalid query parameter 'token': it is not a NextToken returned for this campaign."
        )


class InvalidPageSizeError(BadRequestError):
    """The ``page-size`` query parameter is not a positive decimal integer.

    The HTTP layer validates the pattern first; this guards direct callers of the service.
    """

    def __init__(self) -> None:
        super().__init__("Invalid query parameter 'page-size': must be a positive decimal integer.")


class ForbiddenError(MockServerError):
    """The request's signature is missing, malformed, expired or wrong (AWS: 403
    ForbiddenException). The message is AWS's wording for the cause, which SDK users search for."""


class ThrottledError(MockServerError):
    """The caller is over its request rate (AWS: 429 TooManyRequestsException)."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("Too many requests")
        self.retry_after = retry_after


class ValidationError(ValueError):
    """Data handed to the store's Python API breaks the spec (an enum, a count, a timestamp).

    A ValueError and not a MockServerError: it reports a bug in a test or seed script, never a
    client request.
    """


class ActivityValidationError(ValidationError):
    """An activity breaks the spec. ``problems`` are (JSON pointer into the value, why) pairs;
    ``pointer`` is the first one's. Callers that hold a list say where the item is with
    ``within("/Item/3")``, so the message names ``/Item/3/State``."""

    def __init__(self, pointer: str, detail: str) -> None:
        self._init([(pointer, detail)])

    def _init(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        self.pointer = problems[0][0]
        self.message = "; ".join(f"{p}: {d}" if p else d for p, d in problems)
        ValueError.__init__(self, self.message)

    @classmethod
    def of(cls, problems: list[tuple[str, str]]) -> ActivityValidationError:
        """An error with several problems (each validator error of one item)."""
        error = cls.__new__(cls)
        error._init(problems)
        return error

    def __reduce__(self) -> tuple[object, tuple[list[tuple[str, str]]]]:
        return (ActivityValidationError.of, (self.problems,))  # picklable (worker processes)

    def within(self, prefix: str) -> ActivityValidationError:
        """The same problems, their pointers prefixed (the item's place in a list)."""
        return self.of([(prefix + p, d) for p, d in self.problems])


class ConflictError(ValueError):
    """An application, campaign or activity with that ID already exists, or a change would
    contradict stored data (removing a TreatmentId that activities carry)."""
