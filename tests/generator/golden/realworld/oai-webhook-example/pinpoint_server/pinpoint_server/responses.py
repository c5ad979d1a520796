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

from pinpoint_server._frozen import slot_setter

__all__ = [
    "RawJSON",
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
