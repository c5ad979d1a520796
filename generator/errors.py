"""Spec errors that name the place in the document, so a user can fix the spec, not the tool."""

from __future__ import annotations

from collections.abc import Iterable


def location(parts: Iterable[str | int]) -> str:
    """Render a path into the document as ``paths./v1/x.get.parameters[2].schema``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "(document)"


class SpecError(Exception):
    """A construct in the spec that is broken or outside the supported subset."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class GeneratorError(Exception):
    """A failure that is not the spec's fault: a tool missing, a formatter that failed."""


class Warnings:
    """What the generator skipped, each construct once, in the order met.

    A construct no target serves yet (``webhooks``, ``callbacks``, ``xml``...) is skipped, not
    fatal, so that real documents generate; the user still learns where. ``--strict`` turns
    the first warning into a :class:`SpecError`.
    """

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, str, int]] = {}  # key -> (where, message, more places)

    def warn(self, where: str, message: str, key: str | None = None) -> None:
        """Record a skip at ``where``; later warnings with the same ``key`` only count."""
        key = key or f"{where}\0{message}"
        if key in self._seen:
            first, text, more = self._seen[key]
            self._seen[key] = (first, text, more + 1)
        else:
            self._seen[key] = (where, message, 0)

    def items(self) -> tuple[tuple[str, str], ...]:
        """``(where, message)`` pairs; a grouped warning says how many more places it covers."""
        return tuple(
            (where, message if not more else f"{message} (and at {more} more place(s))")
            for where, message, more in self._seen.values()
        )
