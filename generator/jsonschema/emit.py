"""Writing Python source: indented lines, literals, JSON pointer expressions, runtime sections."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

JSON = Any
SchemaPath = tuple[str | int, ...]  # where a schema sits in its document


class Writer:
    """Lines of Python with an indentation level."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    @contextmanager
    def block(self, header: str) -> Iterator[None]:
        self.line(header)
        self.depth += 1
        mark = len(self.lines)
        yield
        if len(self.lines) == mark:
            self.line("pass")
        self.depth -= 1


def lit(value: JSON) -> str:
    """A Python literal for JSON data."""
    return repr(value)


def pointer_token(token: str | int) -> str:
    """One JSON pointer token, escaped (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class Ptr:
    """A pointer expression: the runtime base ``p`` plus literal or computed tokens."""

    parts: tuple[tuple[bool, str], ...] = ()  # (is_literal, text or expression)

    def child(self, token: str | int) -> Ptr:
        return Ptr((*self.parts, (True, pointer_token(token))))

    def dynamic(self, expression: str) -> Ptr:
        return Ptr((*self.parts, (False, expression)))

    def render(self) -> str:
        pieces = ["p"]
        literal = ""
        for is_literal, text in self.parts:
            if is_literal:
                literal += "/" + text
            else:
                pieces.append(lit(literal + "/"))
                literal = ""
                pieces.append(text)
        if literal:
            pieces.append(lit(literal))
        return " + ".join(pieces)


@cache
def runtime_section(name: str) -> str:
    """The source text of one section of :mod:`generator.jsonschema.runtime`, without the
    blank lines around it (read from the file, so it is exactly what ruff and mypy checked)."""
    text = (Path(__file__).parent / "runtime.py").read_text(encoding="utf-8")
    start, end = f"# emit: {name}\n", f"# end: {name}\n"
    begin = text.index(start) + len(start)
    return text[begin : text.index(end, begin)].strip("\n")


def doc_text(text: str) -> str:
    """Text for inside a triple-quoted docstring."""
    return text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def entry_tuple(unit_name: str) -> str:
    """The registry entry of a unit: its optimistic, format-asserting and error functions."""
    return f"(_ok_{unit_name}, _okf_{unit_name}, _err_{unit_name})"


def registry_source(
    entries: Sequence[tuple[str, str]], responses: Mapping[str, Sequence[tuple[str, str]]]
) -> str:
    """``_REGISTRY`` (name -> entry), ``_RESPONSES`` (operation -> status -> entry) and
    ``SCHEMA_NAMES``, the tables the runtime's API reads."""
    lines = ["", "", "_REGISTRY: Final[dict[str, _Entry]] = {"]
    for registry_name, unit_name in entries:
        lines.append(f"    {lit(registry_name)}: {entry_tuple(unit_name)},")
    lines.append("}")
    lines.append("_RESPONSES: Final[dict[str, dict[str, _Entry]]] = {")
    for operation_id, statuses in responses.items():
        lines.append(f"    {lit(operation_id)}: {{")
        for status, unit_name in statuses:
            lines.append(f"        {lit(status)}: {entry_tuple(unit_name)},")
        lines.append("    },")
    lines.append("}")
    lines.append("SCHEMA_NAMES: Final = tuple(_REGISTRY)")
    return "\n".join(lines)


def api_source() -> str:
    """The runtime's public functions, as they follow the registry."""
    return "\n\n" + runtime_section("api") + "\n"


def module_source(
    docstring: str, constant_lines: Sequence[str], functions: Sequence[str], extra: str
) -> str:
    """The whole module: docstring, prelude, constants, functions, then ``extra`` (registry,
    API and whatever else the caller adds)."""
    body = [
        f'"""{doc_text(docstring)}"""',
        runtime_section("prelude"),
        "",
        *constant_lines,
        "",
        *(f"\n\n{fn}" for fn in functions),
    ]
    if extra:
        body.append(extra)
    return "\n".join(body) + "\n"
