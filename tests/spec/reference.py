"""A parser for the plain-text dump of the AWS REST API reference page (../shared/reference/).

The fidelity test reads every expectation from the reference through this parser instead of
hard-coding lists, so a transcription slip in the spec cannot be copied into the test as well.

The dump is a sequence of lines; blank lines only separate paragraphs. Its layout:

    URI / <uri> / HTTP Methods / <METHOD> / [Operation ID: X] / <description>
      <Path|Header|Query> Parameters / Name Type Required Description / (<row> / <description>)*
      Responses / Status Code Response Model Description / (<code> <model> / <description>)*
    Schemas / ... / Example <Name> / <JSON-like body> / ...
    Properties / (<Schema> / <description> / Property Type Required Description /
                  (<name> / <type> / True|False / <description>)*)*
    See Also / ...

Anything that does not fit the layout raises ReferenceParseError instead of being skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD")
PARAMETER_TABLES = {
    "Path Parameters": "path",
    "Header Parameters": "header",
    "Query Parameters": "query",
}
PARAMETER_HEADER = "Name Type Required Description"
RESPONSE_HEADER = "Status Code Response Model Description"
PROPERTY_HEADER = "Property Type Required Description"
FLAGS = {"True": True, "False": False}

_PARAMETER_ROW = re.compile(
    r"^(?P<name>[A-Za-z0-9_.-]+) (?P<type>[A-Za-z][A-Za-z ]*?) (?P<req>True|False)$"
)
_RESPONSE_ROW = re.compile(r"^(?P<status>[1-5][0-9]{2}|default) (?P<model>[A-Za-z0-9_]+)$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_POSSIBLE_VALUES = re.compile(r"Possible values are:?\s+(?P<values>[^.]+)\.")
_ENUM_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ENUM_VALUE = re.compile(r"^[A-Za-z0-9_-]+$")
_EXAMPLE_KEY = re.compile(r'"([^"]+)"\s*:')
# The reference prints every type as "string"; a description saying "in ISO 8601 format" is the
# only sign of a timestamp, which OpenAPI spells `format: date-time` (RFC 3339, ISO 8601's profile).
_ISO_8601 = re.compile(r"\bin ISO 8601 format\b")


class ReferenceParseError(ValueError):
    """The reference text does not have the layout that the parser understands."""


@dataclass(frozen=True)
class RefParameter:
    name: str
    location: str  # path, header or query, as in OpenAPI's `in`
    type: str  # as printed, e.g. "String"
    required: bool
    description: str


@dataclass(frozen=True)
class RefResponse:
    status: str
    model: str  # a schema name, or "None" for a response without a body
    description: str


@dataclass
class RefOperation:
    method: str
    operation_id: str | None = None
    description: str = ""
    parameters: list[RefParameter] = field(default_factory=list)
    responses: list[RefResponse] = field(default_factory=list)


@dataclass(frozen=True)
class RefProperty:
    name: str
    type: str  # as printed, e.g. "string" or "Array of type ActivityResponse"
    required: bool
    description: str

    @property
    def enum(self) -> tuple[str, ...]:
        """The values a description names ("Possible values are: A, B, and C."), else ()."""
        return enum_values(self.description)

    @property
    def format(self) -> str | None:
        """The OpenAPI format the description implies ("in ISO 8601 format": date-time), else None."""
        return "date-time" if _ISO_8601.search(self.description) else None


@dataclass
class RefSchema:
    name: str
    description: str = ""
    properties: list[RefProperty] = field(default_factory=list)


@dataclass
class Reference:
    uri: str
    operations: dict[str, RefOperation]
    schemas: dict[str, RefSchema]
    example_keys: dict[str, set[str]]  # "Example <Name>" body -> the JSON keys it shows


def enum_values(description: str) -> tuple[str, ...]:
    match = _POSSIBLE_VALUES.search(description)
    if match is None:
        return ()
    values = tuple(v for v in _ENUM_SEPARATOR.split(match["values"].strip()) if v)
    bad = [v for v in values if not _ENUM_VALUE.match(v)]
    if bad:
        raise ReferenceParseError(f"unexpected enum value(s) {bad} in {description!r}")
    return values


def _index(lines: list[str], wanted: str, start: int = 0) -> int:
    try:
        return lines.index(wanted, start)
    except ValueError:
        raise ReferenceParseError(f"no line {wanted!r} in the reference") from None


def parse_reference(text: str) -> Reference:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    uri_at = _index(lines, "URI")
    methods_at = _index(lines, "HTTP Methods", uri_at)
    schemas_at = _index(lines, "Schemas", methods_at)
    properties_at = _index(lines, "Properties", schemas_at)
    end = _index(lines, "See Also", properties_at)
    if methods_at != uri_at + 2:
        raise ReferenceParseError("expected exactly one URI line between 'URI' and 'HTTP Methods'")
    return Reference(
        uri=lines[uri_at + 1],
        operations=_parse_operations(lines[methods_at + 1 : schemas_at]),
        schemas=_parse_properties(lines[properties_at + 1 : end]),
        example_keys=_parse_examples(lines[schemas_at + 1 : properties_at]),
    )


def _parse_operations(lines: list[str]) -> dict[str, RefOperation]:
    operations: dict[str, RefOperation] = {}
    current: RefOperation | None = None
    table = ""  # "description", a parameter location ("path", ...) or "responses"
    rows: list[tuple[re.Match[str], list[str]]] = []  # the current table's rows and descriptions

    def close_table() -> None:
        for match, paragraphs in rows:
            if not paragraphs:
                raise ReferenceParseError(f"row {match.string!r} has no description")
            assert current is not None
            description = " ".join(paragraphs)
            if table == "responses":
                current.responses.append(RefResponse(match["status"], match["model"], description))
            else:
                current.parameters.append(
                    RefParameter(
                        match["name"], table, match["type"], FLAGS[match["req"]], description
                    )
                )
        rows.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        if line in METHODS:
            close_table()
            if line in operations:
                raise ReferenceParseError(f"method {line} is described twice")
            current = operations[line] = RefOperation(method=line)
            table = "description"
        elif current is None:
            raise ReferenceParseError(f"text before the first HTTP method: {line!r}")
        elif line.startswith("Operation ID:") and table == "description":
            current.operation_id = line.removeprefix("Operation ID:").strip()
        elif line in PARAMETER_TABLES or line == "Responses":
            close_table()
            header = RESPONSE_HEADER if line == "Responses" else PARAMETER_HEADER
            if i + 1 >= len(lines) or lines[i + 1] != header:
                raise ReferenceParseError(f"table {line!r} lacks its header {header!r}")
            table = "responses" if line == "Responses" else PARAMETER_TABLES[line]
            i += 1
        elif table == "description":
            current.description = _join(current.description, line)
        else:
            row = (_RESPONSE_ROW if table == "responses" else _PARAMETER_ROW).match(line)
            # A row right after a row without description would be that row's description.
            if row is not None and (not rows or rows[-1][1]):
                rows.append((row, []))
            elif rows:
                rows[-1][1].append(line)
            else:
                raise ReferenceParseError(f"expected a row in table {table!r}, got {line!r}")
        i += 1
    close_table()
    if not operations:
        raise ReferenceParseError("no HTTP method found under 'HTTP Methods'")
    return operations


def _parse_properties(lines: list[str]) -> dict[str, RefSchema]:
    """Schema blocks: a schema starts where a name and one description line precede the header."""
    starts = [i - 2 for i, line in enumerate(lines) if line == PROPERTY_HEADER]
    if not starts or starts[0] != 0:
        raise ReferenceParseError(
            "'Properties' must start with '<Schema> / <description> / header'"
        )
    schemas: dict[str, RefSchema] = {}
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        name = lines[start]
        if not _IDENTIFIER.match(name) or name in schemas:
            raise ReferenceParseError(f"bad or repeated schema name {name!r}")
        schema = schemas[name] = RefSchema(name=name, description=lines[start + 1])
        body = lines[start + 3 : stop]
        j = 0
        while j < len(body):
            if j + 3 > len(body):
                raise ReferenceParseError(f"{name}: truncated property row at {body[j:]!r}")
            prop_name, prop_type, flag = body[j], body[j + 1], body[j + 2]
            if not _IDENTIFIER.match(prop_name) or flag not in FLAGS:
                raise ReferenceParseError(
                    f"{name}: expected '<property> / <type> / True|False', got {body[j : j + 3]!r}"
                )
            # The description runs until the next '<name> / <type> / True|False' triple.
            k = j + 3
            description = ""
            while k < len(body) and not (k + 2 < len(body) and body[k + 2] in FLAGS):
                description = _join(description, body[k])
                k += 1
            if not description:
                raise ReferenceParseError(f"{name}.{prop_name}: no description")
            schema.properties.append(RefProperty(prop_name, prop_type, FLAGS[flag], description))
            j = k
    return schemas


def _parse_examples(lines: list[str]) -> dict[str, set[str]]:
    examples: dict[str, set[str]] = {}
    for i, line in enumerate(lines):
        if line.startswith("Example ") and i + 1 < len(lines):
            examples[line.removeprefix("Example ").strip()] = set(
                _EXAMPLE_KEY.findall(lines[i + 1])
            )
    return examples


def _join(first: str, second: str) -> str:
    return f"{first} {second}" if first else second
