"""The validators module of an API: every component schema, and per operation its request
parameters, body and responses, compiled by :mod:`generator.jsonschema` under public names.

Registry names: each component schema by name; ``<operationId>.request`` (the parameters
dict), ``<operationId>.<path|query|header>.<wire name>``, ``<operationId>.body`` and
``<operationId>.response.<status>`` (their ``application/json`` media type), and for a request
body's other media types ``<operationId>.body.<media type>`` (forms and multipart bodies as
the object of their fields, a multipart file for presence only; text as a string; binary
bodies have none). The server target embeds the same module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.jsonschema.compiler import SchemaCompiler
from generator.jsonschema.context import is_empty
from generator.jsonschema.emit import api_source, entry_tuple, lit, pointer_token, registry_source
from generator.model import ApiModel, Operation, Parameter
from generator.naming import Names, snake
from generator.targets.media import MEDIA_SCHEMAS, fields_schema

JSON = Any


@dataclass(frozen=True)
class _Public:
    """One registry entry and its readable functions."""

    registry_name: str
    function: str  # validate_<function>, is_valid_<function>
    unit: str
    summary: str


class _ModuleBuilder:
    """Walks the model: component schemas, then per operation its request, params, bodies."""

    def __init__(self, model: ApiModel) -> None:
        self.model = model
        # Multipart bodies with files are checked against their fields schema (the files'
        # schemas ``{}``), compiled from beside the document (see generator.targets.media).
        self.fields_schemas: dict[str, str] = {}  # media location -> pointer of its schema
        derived: dict[str, Any] = {}
        for media in model.media_types:
            schema = fields_schema(model, media)
            if schema is not None and media.location not in self.fields_schemas:
                key = str(len(derived))
                derived[key] = schema
                self.fields_schemas[media.location] = f"#/{MEDIA_SCHEMAS}/{key}"
        document = {**model.document, MEDIA_SCHEMAS: derived} if derived else model.document
        self.compiler = SchemaCompiler(document, model.source)
        self.public: list[_Public] = []
        # Public names (validate_<name>, is_valid_<name>); "response" is the runtime's own.
        self.functions = Names({"response"})
        self.response_functions: dict[str, str] = {}  # operationId -> its <name>_response
        self.responses: dict[str, list[tuple[str, str]]] = {}
        self.extra: list[str] = []

    def schema_unit(self, pointer: str, name_hint: str) -> str:
        path = self.compiler.pointer_path(pointer)
        data = self.compiler.node(path)
        # A bare {"$ref": ...} reuses the target's functions instead of wrapping them.
        while isinstance(data, dict) and set(data) - {"description", "summary"} == {"$ref"}:
            path = self.compiler.resolve(data["$ref"], (*path, "$ref"))
            data = self.compiler.node(path)
        if data is True or is_empty(data):
            return "any"
        hint = None if path[:2] == ("components", "schemas") else name_hint
        return self.compiler.unit(path, hint).name

    def add(self, registry_name: str, function: str, unit: str, summary: str) -> None:
        """Register a public validator; a name taken already gets a numbered suffix."""
        self.public.append(_Public(registry_name, self.functions.claim(function), unit, summary))

    def build(self, docstring: str) -> CompiledModule:
        for schema in self.model.schemas:
            assert schema.name is not None
            unit = self.compiler.unit(
                self.compiler.pointer_path(schema.pointer), snake(schema.name)
            ).name
            self.add(schema.name, snake(schema.name), unit, f"the {schema.name} schema")
        for op in self.model.operations:
            self.operation(op)
        self.compiler.compile_pending()
        registry = registry_source([(p.registry_name, p.unit) for p in self.public], self.responses)
        api = [*self.extra, registry, api_source()]
        names = list(_BASE_NAMES)
        schema_units = {unit.name for unit in self.compiler.units.values()}
        for p in self.public:
            api.append(_public_functions(p, p.unit in schema_units))
            names += [f"validate_{p.function}", f"is_valid_{p.function}"]
        for op in self.model.operations:
            if op.operation_id in self.responses:
                function = self.response_functions[op.operation_id]
                api.append(_response_functions(op, function))
                names += [f"validate_{function}", f"is_valid_{function}"]
        api.append(f"\n\n__all__ = {lit(names)}")
        source = self.compiler.module(docstring, "\n".join(api))
        entries = tuple((p.registry_name, p.summary) for p in self.public)
        return CompiledModule(source=source, names=tuple(names), entries=entries)

    def operation(self, op: Operation) -> None:
        params: list[tuple[Parameter, str]] = []
        for param in op.parameters:
            unit = self.parameter(op, param)
            params.append((param, unit))
            self.add(
                f"{op.operation_id}.{param.location}.{param.name}",
                f"{op.python_name}_{param.location}_{snake(param.name)}",
                unit,
                f"the {param.location} parameter {param.name!r} of {op.operation_id}",
            )
        request_unit = self.compiler.names.claim(f"{op.python_name}_request")
        self.extra.append(_request_functions(request_unit, params))
        self.add(
            f"{op.operation_id}.request",
            f"{op.python_name}_request",
            request_unit,
            f"the parameters of a {op.operation_id} request",
        )
        body = op.request_body.json if op.request_body else None
        if body is not None:
            unit = (
                self.schema_unit(body.schema.pointer, f"{op.python_name}_body")
                if body.schema
                else "any"
            )
            self.add(
                f"{op.operation_id}.body",
                f"{op.python_name}_body",
                unit,
                f"the request body of {op.operation_id}",
            )
        for other in op.request_body.content if op.request_body else ():
            if other is body or other.schema is None or other.kind == "binary":
                continue
            pointer = self.fields_schemas.get(other.location, other.schema.pointer)
            suffix = snake(other.content_type.split(";")[0])
            self.add(
                f"{op.operation_id}.body.{other.content_type}",
                f"{op.python_name}_body_{suffix}",
                self.schema_unit(pointer, f"{op.python_name}_body_{suffix}"),
                f"the {other.content_type} request body of {op.operation_id}"
                + (" (files: presence only)" if other.location in self.fields_schemas else ""),
            )
        statuses: list[tuple[str, str]] = []
        for response in op.responses:
            media = response.json
            unit = (
                self.schema_unit(
                    media.schema.pointer, f"{op.python_name}_response_{response.status.lower()}"
                )
                if media and media.schema
                else "any"
            )
            statuses.append((response.status, unit))
            self.add(
                f"{op.operation_id}.response.{response.status}",
                f"{op.python_name}_response_{response.status.lower()}",
                unit,
                f"the {response.status} response body of {op.operation_id}",
            )
        if statuses:
            self.responses[op.operation_id] = statuses
            self.response_functions[op.operation_id] = self.functions.claim(
                f"{op.python_name}_response"
            )

    def parameter(self, op: Operation, param: Parameter) -> str:
        """The unit for a parameter: its schema, behind a wire-text coercion when needed."""
        unit = self.schema_unit(param.schema.pointer, f"{op.python_name}_{snake(param.name)}")
        resolved = self.model.node(param.schema).resolved
        array = "array" in resolved.types
        items = (resolved.items or resolved.at(True)).resolved
        kinds = _coercions(items.types if array else resolved.types)
        if not array and not kinds:
            return unit
        name = self.compiler.fresh_name(f"{op.python_name}_{param.location}_{snake(param.name)}")
        convert = ["if isinstance(v, str):", "    v = [v]"] if array else []
        if kinds:
            if array:
                convert += [
                    "if isinstance(v, list):",
                    f"    v = [_scalar(x, {kinds!r}) if isinstance(x, str) else x for x in v]",
                ]
            else:
                convert += ["if isinstance(v, str):", f"    v = _scalar(v, {kinds!r})"]
        body = "\n".join("    " + line for line in convert)
        self.compiler.functions.append(
            f"def _ok_{name}(v: Any) -> bool:\n{body}\n    return _ok_{unit}(v)\n\n\n"
            f"def _okf_{name}(v: Any) -> bool:\n{body}\n    return _okf_{unit}(v)\n\n\n"
            f"def _err_{name}(v: Any, p: str, e: list[ValidationError], f: bool) -> None:\n"
            f"{body}\n    _err_{unit}(v, p, e, f)"
        )
        return name


def _coercions(types: tuple[str, ...]) -> tuple[str, ...]:
    """Which parsings a parameter's text gets: none when the schema takes strings (or any)."""
    if not types or "string" in types:
        return ()
    return tuple(t for t in ("integer", "number", "boolean") if t in types)


def _request_functions(name: str, params: list[tuple[Parameter, str]]) -> str:
    """Validators of the request parameters dict: {"path": {...}, "query": {...}, "header": {...}}."""
    fast = [f"def _ok_{name}(v: Any) -> bool:"]
    fastf = [f"def _okf_{name}(v: Any) -> bool:"]
    err = [f"def _err_{name}(v: Any, p: str, e: list[ValidationError], f: bool) -> None:"]
    fast.append("    if not isinstance(v, Mapping):\n        return False")
    fastf.append(fast[-1])
    err.append(
        "    if not isinstance(v, Mapping):\n"
        "        e.append(ValidationError(p, 'type', _r(v) + \" is not of type 'object'\"))\n"
        "        return"
    )
    for place in ("path", "query", "header"):
        group = [(param, unit) for param, unit in params if param.location == place]
        if not group:
            continue
        section = f"s_{place}"
        for lines in (fast, fastf):
            lines.append(f"    {section} = v.get({place!r}, {{}})")
            lines.append(f"    if not isinstance({section}, Mapping):\n        return False")
        err.append(f"    {section} = v.get({place!r}, {{}})")
        err.append(
            f"    if not isinstance({section}, Mapping):\n"
            f"        e.append(ValidationError(p + {'/' + place!r}, 'type', _r({section}) +"
            " \" is not of type 'object'\"))\n"
            "    else:"
        )
        for param, unit in group:
            wire = param.name.lower() if place == "header" else param.name
            at = f"p + {'/' + place + '/' + pointer_token(wire)!r}"
            for lines, prefix in ((fast, "_ok_"), (fastf, "_okf_")):
                lines.append(f"    x = {section}.get({wire!r}, _MISSING)")
                if param.required:
                    lines.append("    if x is _MISSING:\n        return False")
                    lines.append(f"    if not {prefix}{unit}(x):\n        return False")
                else:
                    lines.append(
                        f"    if x is not _MISSING and not {prefix}{unit}(x):\n        return False"
                    )
            err.append(f"        x = {section}.get({wire!r}, _MISSING)")
            if param.required:
                message = f"{wire!r} is a required {place} parameter"
                err.append(
                    f"        if x is _MISSING:\n"
                    f"            e.append(ValidationError({at}, 'required', {message!r}))"
                )
                err.append(f"        else:\n            _err_{unit}(x, {at}, e, f)")
            else:
                err.append(f"        if x is not _MISSING:\n            _err_{unit}(x, {at}, e, f)")
    fast.append("    return True")
    fastf.append("    return True")
    return "\n\n\n" + "\n\n\n".join("\n".join(x) for x in (fast, fastf, err))


def _public_functions(p: _Public, schema_unit: bool) -> str:
    entry = entry_tuple(p.unit)
    ok, okf, _ = (part.strip() for part in entry.strip("()").split(","))
    if schema_unit:  # the fast path itself takes `formats`: no wrapper on the hot path
        return f'''

def validate_{p.function}(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against {p.summary} ({p.registry_name!r}); empty when valid."""
    return _explain({entry}, value, formats)


is_valid_{p.function} = {ok}  # whether a value is valid against {p.summary}'''
    return f'''

def validate_{p.function}(value: object, *, formats: bool = False) -> list[ValidationError]:
    """Errors of ``value`` against {p.summary} ({p.registry_name!r}); empty when valid."""
    return _explain({entry}, value, formats)


def is_valid_{p.function}(value: object, *, formats: bool = False) -> bool:
    """Whether ``value`` is valid against {p.summary} ({p.registry_name!r})."""
    return {okf}(value) if formats else {ok}(value)'''


def _response_functions(op: Operation, function: str) -> str:
    return f'''

def validate_{function}(
    status: int, body: object, *, formats: bool = False
) -> list[ValidationError]:
    """Errors of a {op.operation_id} response body with this status; empty when valid."""
    return validate_response({op.operation_id!r}, status, body, formats=formats)


def is_valid_{function}(status: int, body: object, *, formats: bool = False) -> bool:
    """Whether a {op.operation_id} response body with this status is valid."""
    return is_valid_response({op.operation_id!r}, status, body, formats=formats)'''


@dataclass(frozen=True)
class CompiledModule:
    """The module source, the names it exports, and its registry (name, what it validates)."""

    source: str
    names: tuple[str, ...]
    entries: tuple[tuple[str, str], ...]


_BASE_NAMES = (
    "SCHEMA_NAMES",
    "ValidationError",
    "ValidationFailed",
    "check",
    "is_valid",
    "predicate",
    "is_valid_response",
    "validate",
    "validate_response",
)


def build_module(model: ApiModel, *, docstring: str) -> CompiledModule:
    """The validators module of ``model``: its source, exported names and registry entries."""
    return _ModuleBuilder(model).build(docstring)


__all__ = ["CompiledModule", "build_module"]
