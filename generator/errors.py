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
