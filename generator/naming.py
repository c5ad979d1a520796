"""Names: turn operationIds and wire names into Python identifiers the same way everywhere."""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def words(text: str) -> list[str]:
    return [w for part in _NON_WORD.split(text) for w in _WORD_BOUNDARY.split(part) if w]


def snake(text: str) -> str:
    """``GetCampaignActivities`` and ``page-size`` -> ``get_campaign_activities``, ``page_size``."""
    name = "_".join(w.lower() for w in words(text)) or "_"
    if name[0].isdigit():
        name = f"_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def pascal(text: str) -> str:
    """``get-campaign activities`` -> ``GetCampaignActivities``; keeps existing capitals."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or "_"
    return f"_{name}" if name[0].isdigit() else name


class Names:
    """Unique names by construction: the first to claim a name gets it, later claims get
    ``<name>_2``, ``<name>_3``... in claim order (document order, so the output is stable)."""

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._taken = set(reserved)

    def claim(self, wanted: str) -> str:
        name, n = wanted, 1
        while name in self._taken:
            n += 1
            name = f"{wanted}_{n}"
        self._taken.add(name)
        return name

    def __contains__(self, name: object) -> bool:
        return name in self._taken
