"""What a handler returns: one frozen response class per operation.

``body`` is the success schema's typed dictionary, encoded with ``json.dumps``, or a
:class:`RawJSON` holding bytes encoded already, sent as they are. ``headers`` are added to the
response (the app's own ``x-amzn-RequestId`` and ``Content-Length`` cannot be overridden).
Every request builds these objects, so their ``__init__`` is written out (see ``_frozen``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from pinpoint_server import models as _models
from pinpoint_server._frozen import slot_setter

__all__ = [
    "RawJSON",
    "GetCampaignActivitiesResponse",
    "OptionsCampaignActivitiesResponse",
]

NO_HEADERS: Final[Mapping[str, str]] = MappingProxyType({})
"""The ``headers`` of a response that adds none (read-only, so one serves them all)."""


@dataclass(frozen=True, slots=True, init=False)
class RawJSON:
    """A JSON body encoded already (UTF-8): the fast path for bodies kept serialized."""

    data: bytes

    def __init__(self, data: bytes) -> None:
        _RawJSON_data(self, data)


_RawJSON_data = slot_setter(RawJSON, "data")


@dataclass(frozen=True, slots=True, init=False)
class GetCampaignActivitiesResponse:
    """The response of ``GET /v1/apps/{application-id}/campaigns/{campaign-id}/activities`` (GetCampaignActivities)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    body: _models.ActivitiesResponse | RawJSON
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        body: _models.ActivitiesResponse | RawJSON,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _GetCampaignActivitiesResponse_body(self, body)
        _GetCampaignActivitiesResponse_status(self, status)
        _GetCampaignActivitiesResponse_headers(self, headers)


_GetCampaignActivitiesResponse_body = slot_setter(GetCampaignActivitiesResponse, "body")
_GetCampaignActivitiesResponse_status = slot_setter(GetCampaignActivitiesResponse, "status")
_GetCampaignActivitiesResponse_headers = slot_setter(GetCampaignActivitiesResponse, "headers")


@dataclass(frozen=True, slots=True, init=False)
class OptionsCampaignActivitiesResponse:
    """The response of ``OPTIONS /v1/apps/{application-id}/campaigns/{campaign-id}/activities`` (OptionsCampaignActivities)."""

    # The defaults are __init__'s: NO_HEADERS could not be a dataclass default (not hashable).
    status: int
    headers: Mapping[str, str]

    def __init__(
        self,
        status: int = 200,
        headers: Mapping[str, str] = NO_HEADERS,
    ) -> None:
        _OptionsCampaignActivitiesResponse_status(self, status)
        _OptionsCampaignActivitiesResponse_headers(self, headers)


_OptionsCampaignActivitiesResponse_status = slot_setter(OptionsCampaignActivitiesResponse, "status")
_OptionsCampaignActivitiesResponse_headers = slot_setter(
    OptionsCampaignActivitiesResponse, "headers"
)
