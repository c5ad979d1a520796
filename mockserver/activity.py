"""The ActivityResponse of the spec, taken from the generated code, never copied by hand.

Property names, their order and which are required come from the generated TypedDict
``pinpoint_server.models.ActivityResponse`` (its annotations keep the spec's order); types, enums
and formats are checked by the generated validators (``pinpoint_validators``). So a property added
to the spec and regenerated is accepted, stored and served with no edit here.

Each activity is serialized once, when it is stored, so that serving a page is a join of stored
bytes. The encoding is compact, ASCII-only and in the spec's property order, as AWS sent it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from pinpoint_server.models import (  # type: ignore[import-not-found, unused-ignore]
    ActivityResponse,
)
from pinpoint_validators import (  # type: ignore[import-not-found, unused-ignore]
    predicate,
    validate,
)

from mockserver.errors import ActivityValidationError

SCHEMA_NAME: Final = "ActivityResponse"
# The spec's properties of ActivityResponse, in its order, and the required ones.
PROPERTIES: Final[tuple[str, ...]] = tuple(ActivityResponse.__annotations__)
REQUIRED: Final[frozenset[str]] = frozenset(ActivityResponse.__required_keys__)
_KNOWN: Final = frozenset(PROPERTIES)
_IS_VALID: Final = predicate(SCHEMA_NAME, formats=True)


@dataclass(frozen=True, slots=True)
class PreparedActivity:
    """An activity checked against the spec: its Id, its served JSON and the same as a dict."""

    id: str
    body: bytes
    data: dict[str, Any]


def new_id() -> str:
    """Return a new Pinpoint-style ID: 32 lower-case hex digits."""
    return uuid.uuid4().hex


# One encoder, kept: json.dumps with options builds a new one per call.
_ENCODE: Final = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode
# Key sequences seen -> whether they are declared properties in the spec's order (an item saved
# from AWS always is), bounded: a load has a handful of shapes.
_SHAPES: Final[dict[tuple[str, ...], bool]] = {}
_SHAPES_MAX: Final = 4096
_POSITION: Final = {name: i for i, name in enumerate(PROPERTIES)}
_IDS: Final = ("Id", "ApplicationId", "CampaignId")


def encode_json(value: object) -> bytes:
    """Encode compactly (no spaces), ASCII-only so any stored byte string is valid UTF-8;
    NaN and infinities are refused (they are not JSON)."""
    return _ENCODE(value).encode("ascii")


def _in_spec_order(keys: tuple[str, ...]) -> bool:
    known = _SHAPES.get(keys)
    if known is None:
        positions = [_POSITION.get(key, -1) for key in keys]
        known = -1 not in positions and positions == sorted(positions)
        if len(_SHAPES) < _SHAPES_MAX:
            _SHAPES[keys] = known
    return known


def pointer_token(name: str) -> str:
    """Escape a property name as one JSON pointer segment (RFC 6901)."""
    return name.replace("~", "~0").replace("/", "~1")


def prepare(item: Mapping[str, object], application_id: str, campaign_id: str) -> PreparedActivity:
    """Check ``item`` (ActivityResponse-shaped) and return it ready to store.

    ApplicationId and CampaignId are filled when absent and must name the campaign when given; a
    missing Id is generated. A property the spec does not declare is refused (AWS never sent
    one), and the rest must pass the spec's schema with its formats (date-time, int32).
    Raises ActivityValidationError whose ``pointer`` points into ``item``.
    """
    data: dict[str, Any]
    if (
        type(item) is dict
        and _in_spec_order(tuple(item))
        and all(name in item for name in _IDS)
        and item["ApplicationId"] == application_id
        and item["CampaignId"] == campaign_id
    ):  # the fast path: complete and in order, as AWS sent it (and as export writes it)
        data = dict(item)
    else:
        data = _complete(item, application_id, campaign_id)
    if not _IS_VALID(data):  # the fast path; the explanation only for invalid items
        errors = validate(SCHEMA_NAME, data, formats=True)
        if errors:
            raise ActivityValidationError.of([(e.pointer, e.message) for e in errors])
    try:
        body = _ENCODE(data).encode("ascii")
    except (TypeError, ValueError) as exc:  # a value the schema allowed but JSON cannot hold
        raise ActivityValidationError("", f"cannot be encoded as JSON: {exc}") from None
    return PreparedActivity(str(data["Id"]), body, data)


def _complete(item: Mapping[str, object], application_id: str, campaign_id: str) -> dict[str, Any]:
    """``item`` in the spec's order with its IDs filled; refuses what the spec does not declare
    and IDs that contradict the path."""
    if not isinstance(item, Mapping):
        raise ActivityValidationError("", f"an activity must be an object, got {item!r:.80}")
    unknown = [name for name in item if name not in _KNOWN]
    if unknown:
        raise ActivityValidationError(
            "/" + pointer_token(str(unknown[0])),
            f"unknown {'property' if len(unknown) == 1 else 'properties'}"
            f" {', '.join(repr(name) for name in unknown)}: the spec's {SCHEMA_NAME} declares"
            f" only {', '.join(PROPERTIES)}",
        )
    for name, expected in (("ApplicationId", application_id), ("CampaignId", campaign_id)):
        given = item.get(name, expected)
        if given != expected:
            raise ActivityValidationError(
                f"/{name}", f"{given!r:.80} does not match the path's {expected!r}"
            )
    data: dict[str, Any] = {}
    for name in PROPERTIES:
        if name in item:
            data[name] = item[name]
        elif name == "ApplicationId":
            data[name] = application_id
        elif name == "CampaignId":
            data[name] = campaign_id
        elif name == "Id":
            data[name] = new_id()
    return data
