"""The API's errors as every target names them: the declared error classes and the error body's
keys, found once so that the client reads exactly what the server writes."""

from __future__ import annotations

import keyword
from dataclasses import dataclass

from generator.errors import SpecError
from generator.model import ApiModel, Response

# The error body's keys in AWS's rest-json convention, used when the spec's error schemas do
# not spell them: the first of each is what the server writes.
REQUEST_ID_KEYS = ("RequestID", "RequestId", "requestId")
MESSAGE_KEYS = ("Message", "message")


@dataclass(frozen=True)
class DeclaredError:
    """An error class the spec declares: an error response's name (its ``(XException)``)."""

    name: str
    description: str  # the first response's, whitespace as written
    statuses: tuple[str, ...]  # every status it answers, as written, in document order
    status: int  # the first one's code: its own, else 400 for "4XX" and 500 for the rest


def declared_errors(
    model: ApiModel, reserved: frozenset[str], owner: str
) -> tuple[DeclaredError, ...]:
    """Every declared error class, first seen first; a name that is no usable class name, or
    that ``owner`` (e.g. "the client") reserves for its own classes, is a located SpecError."""
    found: dict[str, tuple[Response, list[str]]] = {}
    for op in model.operations:
        for response in op.error_responses:
            name = response.error_name
            if name is None:
                continue
            where = f"paths.{op.path}.{op.method.lower()}.responses.{response.status}"
            if not name.isidentifier() or keyword.iskeyword(name):
                raise SpecError(where, f"the error name {name!r} is not a usable Python class name")
            if name in reserved:
                raise SpecError(where, f"the error name {name!r} is reserved by {owner}")
            _, statuses = found.setdefault(name, (response, []))
            if response.status not in statuses:
                statuses.append(response.status)
    return tuple(
        DeclaredError(name, first.description, tuple(statuses), _status_code(first))
        for name, (first, statuses) in found.items()
    )


def _status_code(response: Response) -> int:
    code = response.status_code
    if code is not None:
        return code
    return 400 if response.status.startswith("4") else 500


@dataclass(frozen=True)
class ErrorBodyKeys:
    """Where an error body holds its request id and message: the spellings of the spec's error
    schemas in document order, then AWS's. The server writes the first; the client reads any."""

    request_id: tuple[str, ...]
    message: tuple[str, ...]


def error_body_keys(model: ApiModel) -> ErrorBodyKeys:
    request_id: list[str] = []
    message: list[str] = []
    for op in model.operations:
        for response in op.error_responses:
            media = response.json
            if media is None or media.schema is None:
                continue
            for key in model.node(media.schema).resolved.properties:
                folded = key.lower().replace("_", "").replace("-", "")
                found = {"requestid": request_id, "message": message}.get(folded)
                if found is not None and key not in found:
                    found.append(key)
    return ErrorBodyKeys(
        request_id=(*request_id, *(k for k in REQUEST_ID_KEYS if k not in request_id)),
        message=(*message, *(k for k in MESSAGE_KEYS if k not in message)),
    )


__all__ = ["DeclaredError", "ErrorBodyKeys", "declared_errors", "error_body_keys"]
