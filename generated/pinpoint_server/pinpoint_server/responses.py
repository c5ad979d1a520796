"""What a handler returns: one frozen response class per operation.

``body`` is the success schema's typed dictionary, encoded with ``json.dumps``, or a
:class:`RawJSON` holding bytes encoded already, sent as they are. ``headers`` are added to the
response (the app's own ``x-amzn-RequestId`` and ``Content-Length`` cannot be overridden).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pinpoint_server import models as _models

__all__ = [
    "RawJSON",
    "GetCampaignActivitiesResponse",
    "OptionsCampaignActivitiesResponse",
]


@dataclass(frozen=True, slots=True)
class RawJSON:
    """A JSON body encoded already (UTF-8): the fast path for bodies kept serialized."""

    data: bytes


@dataclass(frozen=True, slots=True)
class GetCampaignActivitiesResponse:
    """The response of ``GET /v1/apps/{application-id}/campaigns/{campaign-id}/activities`` (GetCampaignActivities)."""

    body: _models.ActivitiesResponse | RawJSON
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OptionsCampaignActivitiesResponse:
    """The response of ``OPTIONS /v1/apps/{application-id}/campaigns/{campaign-id}/activities`` (OptionsCampaignActivities)."""

    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
