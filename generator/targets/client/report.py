"""What openapi-python-client said about the derived document, read back from its output.

The tool does not stop on what it cannot handle: it leaves out an operation, one of its
responses or bodies, or a component's model, and says so in a warning; on some documents it
generates nothing at all ("Failed to parse OpenAPI document"). The client target reads those
reports so that the high-level client sends each such operation itself (see
:mod:`~generator.targets.client.fallback`) and the generator names every place in a warning.
The text is the pinned tool's (0.29.1); ``tests/client/test_tool_document.py`` holds samples.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.errors import location

# "WARNING parsing GET /pets/{id} within pets." (+ " Endpoint will not be generated."), then
# a blank line and the explanation.
_OPERATION = re.compile(
    r"^WARNING parsing (?P<method>[A-Z]+) (?P<path>\S+) within [^\n]*?\.(?P<dropped> Endpoint will"
    r" not be generated\.)?\n\n(?P<why>[^\n]*)",
    re.MULTILINE,
)
_SCHEMA = re.compile(
    r"^Unable to (?:parse|process) schema /components/schemas/(?P<name>\S+?):?\s*$\n*"
    r"(?P<why>[^\n]*)",
    re.MULTILINE,
)
# pydantic's report when the tool cannot read the document: "components.schemas.X.other.enum"
# on one line, the reason indented on the next.
_PYDANTIC = re.compile(r"^(?P<loc>[^\s][^\n]*)\n  (?P<why>[^\n]+)", re.MULTILINE)
_GENERATED_NOTHING = "Error(s) encountered while generating"
_OBJECT_AT = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")
_NOISE = ("Unable to parse this part of your OpenAPI document: : ", "Problem creating a Property: ")


@dataclass(frozen=True)
class ToolReport:
    """The tool's complaints, by the place they name (in the derived document's terms)."""

    # (METHOD, path) -> the tool's explanations, in the order it gave them
    operations: Mapping[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    dropped: frozenset[tuple[str, str]] = frozenset()  # operations it did not generate at all
    schemas: Mapping[str, str] = field(default_factory=dict)  # component -> why it has no model
    # Why it generated nothing: (location, reason); None when it generated a package.
    crash: tuple[str, str] | None = None


_RESPONSE_OMITTED = re.compile(
    r"Cannot parse response for status code \? \((?P<why>.*)\), response will be omitted"
    r" from generated client"
)


def clean(text: str) -> str:
    """The tool's explanation without its object reprs and boilerplate prefixes."""
    text = _OBJECT_AT.sub("?", text).strip()
    for noise in _NOISE:
        text = text.replace(noise, "")
    text = _RESPONSE_OMITTED.sub(r"a response omitted (\g<why>)", text)
    return " ".join(text.split()) or "unsupported"


def schema_causes(data: Any, report: ToolReport, document: Mapping[str, Any]) -> list[str]:
    """The components the tool could not build that ``data`` (an operation) refers to, directly
    or through other components, as ``Name (why)``: the cause of what it left out."""
    seen: set[str] = set()
    causes: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            prefix = "#/components/schemas/"
            if isinstance(ref, str) and ref.startswith(prefix):
                name = ref[len(prefix) :]
                if name not in seen:
                    seen.add(name)
                    if name in report.schemas:
                        causes.append(f"{name} ({report.schemas[name]})")
                    walk(document.get("components", {}).get("schemas", {}).get(name))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return causes


def read_report(output: str, generated: bool, document: Mapping[str, Any]) -> ToolReport:
    """Parse the tool's stdout and stderr; ``generated``: whether it wrote its package."""
    operations: dict[tuple[str, str], list[str]] = {}
    dropped: set[tuple[str, str]] = set()
    for m in _OPERATION.finditer(output):
        key = (m["method"], m["path"])
        operations.setdefault(key, []).append(clean(m["why"]))
        if m["dropped"]:
            dropped.add(key)
    schemas: dict[str, str] = {}
    for m in _SCHEMA.finditer(output):
        schemas.setdefault(m["name"], clean(m["why"]))
    crash = None if generated else _crash(output, document)
    return ToolReport(
        operations={k: tuple(v) for k, v in operations.items()},
        dropped=frozenset(dropped),
        schemas=schemas,
        crash=crash,
    )


def _crash(output: str, document: Mapping[str, Any]) -> tuple[str, str]:
    """Where and why the tool generated nothing: the first place pydantic names, walked through
    the document (pydantic adds the names of union branches, ``other``, ``Reference``...)."""
    if "Traceback (most recent call last)" in output:  # the tool itself raised
        last = [line.strip() for line in output.splitlines() if line.strip()][-1]
        return "(document)", clean(f"it raised {last}")
    start = output.find(_GENERATED_NOTHING)
    body = output[start:] if start >= 0 else output
    for m in _PYDANTIC.finditer(body):
        where = _document_location(m["loc"].split("."), document)
        if where is not None:
            return where, clean(m["why"])
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    reason = next((line for line in lines[1:] if not line.startswith("If you believe")), None)
    return "(document)", clean(reason or (lines[0] if lines else "no output"))


def _document_location(tokens: list[str], document: Mapping[str, Any]) -> str | None:
    """The tokens that name keys of the document, in order, as a location; None if the first
    one names none (the line is not a location)."""
    node: Any = document
    parts: list[str | int] = []
    for token in tokens:
        if isinstance(node, dict) and token in node:
            node = node[token]
            parts.append(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
            parts.append(int(token))
        elif not parts:
            return None
    return location(parts) if parts else None
