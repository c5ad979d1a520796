"""The server target: a standard-library ASGI package that routes, validates and answers errors.

The templates see only the view built here (plain frozen dataclasses derived from the model), so
every spec-specific fact (routes, parameter rules, error names, types) is decided in one place and
the templates stay straight-line code. The embedded validators come from the shared schema
compiler, so the server checks exactly what the validators package checks.
"""

from __future__ import annotations

import keyword
import pprint
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from generator.errors import SpecError
from generator.model import ApiModel, Operation, Parameter, PathItem, Response
from generator.pytypes import Definition, TypeMapper, references, render_hint
from generator.render import copied
from generator.spec.subset import ANNOTATION_KEYWORDS
from generator.targets import Files, TargetContext
from generator.targets.validators.module import build_module

# Statuses the app produces itself, with the name used when the spec declares none for them.
GENERIC_ERRORS = {
    400: "BadRequestException",
    404: "NotFoundException",
    405: "MethodNotAllowedException",
    413: "PayloadTooLargeException",
    500: "InternalServerErrorException",
}
# Request headers a browser may send to an AWS API (SigV4 and the SDKs' own headers).
CORS_REQUEST_HEADERS = (
    "Authorization",
    "Content-Type",
    "X-Amz-Date",
    "X-Amz-Security-Token",
    "X-Amz-User-Agent",
    "Accept",
    "X-Amz-Content-Sha256",
    "Amz-Sdk-Invocation-Id",
    "Amz-Sdk-Request",
)
# Response headers of the AWS rest-json convention that browser code must be able to read.
EXPOSED_HEADERS = ("x-amzn-RequestId", "X-Amzn-ErrorType")
# Response headers the browser reads anyway, or that CORS itself defines: never listed again.
_NOT_EXPOSED = frozenset(
    {"content-type", "content-length", "cache-control", "content-language", "expires"}
    | {"last-modified", "pragma"}
)
# Fields every <Op>Request has, and builtins its annotations use: no parameter may shadow them.
_REQUEST_FIELDS = frozenset({"body", "context"})
_ANNOTATION_NAMES = frozenset({"str", "int", "float", "bool", "list", "dict", "object", "bytes"})
# Characters a client sends unencoded in a path (RFC 3986 pchar); app.py gets the same string.
RAW_SAFE = "/:@!$&'()*+,;="
_PARAM_KINDS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_ERROR_BODY_DEFAULTS = ("RequestID", "Message")


@dataclass(frozen=True)
class ParamView:
    name: str  # wire name
    python_name: str
    location: str  # "path", "query", "header"
    required: bool
    description: str | None
    kind: str  # Python type the wire text converts to: "str", "int", "float", "bool"
    array: bool  # a repeated (exploded) query parameter: a list of ``kind``
    annotation: str
    validator: str | None  # registry name in _validators, None when the conversion says it all
    group: int  # index among the path's captured segments (path parameters only)


@dataclass(frozen=True)
class BodyView:
    annotation: str
    required: bool
    validator: str | None


@dataclass(frozen=True)
class ResponseSpecView:
    status: str  # as the spec writes it: "200", "4XX", "default"
    validator: str | None
    required_headers: tuple[str, ...]  # lower case


@dataclass(frozen=True)
class RequestFieldView:
    """A field of an <Op>Request, in declaration order."""

    name: str
    annotation: str  # without the "| None" of an optional field; a body's still marked
    optional: bool  # defaults to None
    param: ParamView | None  # None for ``context`` and ``body``


@dataclass(frozen=True)
class OperationView:
    operation_id: str
    python_name: str
    class_name: str
    constant: str  # module-level name of its route-table entry
    method: str
    path: str
    summary: str | None
    description: str | None
    params: tuple[ParamView, ...]
    body: BodyView | None
    security: tuple[str, ...]
    success_status: int
    response_body: str | None  # annotation of <Op>Response.body, None when it has no body
    response_body_optional: bool
    responses: tuple[ResponseSpecView, ...]
    default_answer: bool  # HandlersBase answers it (an OPTIONS without a body)
    example: str | None  # Python source of an example body, for the README

    @property
    def request_class(self) -> str:
        return f"{self.class_name}Request"

    @property
    def response_class(self) -> str:
        return f"{self.class_name}Response"

    def params_in(self, location: str) -> tuple[ParamView, ...]:
        return tuple(p for p in self.params if p.location == location)

    @property
    def request_fields(self) -> tuple[RequestFieldView, ...]:
        """Required parameters, a required body, the context, then the optional ones."""
        fields = [
            RequestFieldView(p.python_name, p.annotation, False, p)
            for p in self.params
            if p.required
        ]
        if self.body is not None and self.body.required:
            fields.append(RequestFieldView("body", self.body.annotation, False, None))
        fields.append(RequestFieldView("context", "RequestContext", False, None))
        fields.extend(
            RequestFieldView(p.python_name, p.annotation, True, p)
            for p in self.params
            if not p.required
        )
        if self.body is not None and not self.body.required:
            fields.append(RequestFieldView("body", self.body.annotation, True, None))
        return tuple(fields)


@dataclass(frozen=True)
class RouteView:
    template: str
    static: bytes | None  # the raw path, for a path without parameters
    pattern: str  # its regular expression (parameters captured), for a templated path
    operations: tuple[OperationView, ...]
    allow: str  # "GET, OPTIONS"
    cors_allow_headers: str
    param_count: int  # captured segments


@dataclass(frozen=True)
class ErrorView:
    class_name: str
    status: int
    description: str | None
    declared: bool  # from the spec, not a generic fallback


@dataclass(frozen=True)
class ModelView:
    definitions: tuple[Definition, ...]

    def quoted(self, marked: str) -> str:
        """models.py evaluates its hints: one naming a schema is quoted (a forward reference)."""
        text = render_hint(marked)
        return repr(text) if references(marked) else text


@dataclass(frozen=True)
class ServerView:
    package: str
    distribution: str
    version: str
    title: str
    operations: tuple[OperationView, ...]
    static_routes: tuple[RouteView, ...]
    dynamic_routes: tuple[RouteView, ...]  # in matching order
    errors: tuple[ErrorView, ...]
    roles: dict[int, str]  # status -> error class the app raises itself (400, 404, 405, 413, 500)
    error_body_keys: tuple[str, str]  # (request id key, message key)
    exposed_headers: str
    models: ModelView

    @property
    def combined_pattern(self) -> str:
        """One regex for all templated paths: route ``i`` is the ``i``-th outer group."""
        return "|".join(f"({r.pattern})" for r in self.dynamic_routes)

    @property
    def dynamic_groups(self) -> tuple[tuple[int, RouteView, int, int], ...]:
        """(outer group number, route, first captured index in ``groups()``, count) per route."""
        rows = []
        group = 1
        for route in self.dynamic_routes:
            rows.append((group, route, group, route.param_count))
            group += 1 + route.param_count
        return tuple(rows)

    @property
    def combined_pattern_literal(self) -> str:
        return repr(self.combined_pattern.encode("ascii"))

    def hint(self, marked: str) -> str:
        return render_hint(marked, "_models.")

    def error_for(self, status: int) -> str | None:
        """The declared error class of a status, if the spec has one."""
        return next((e.class_name for e in self.errors if e.status == status and e.declared), None)


# -- the target ------------------------------------------------------------------------------------
COPIED = ("_frozen.py",)  # plain Python, copied as is
TEMPLATES = {
    "pyproject.toml.jinja": "pyproject.toml",
    "README.md.jinja": "README.md",
    "__init__.py.jinja": "{package}/__init__.py",
    "app.py.jinja": "{package}/app.py",
    "_binding.py.jinja": "{package}/_binding.py",
    "_conformance.py.jinja": "{package}/_conformance.py",
    "_routing.py.jinja": "{package}/_routing.py",
    "errors.py.jinja": "{package}/errors.py",
    "handlers.py.jinja": "{package}/handlers.py",
    "models.py.jinja": "{package}/models.py",
    "requests.py.jinja": "{package}/requests.py",
    "responses.py.jinja": "{package}/responses.py",
}


def render(model: ApiModel, context: TargetContext) -> Files:
    validators = build_module(
        model,
        docstring=f"Validators for the schemas of {model.title}, embedded in {context.package}."
        " Generated: do not edit.",
    )
    view = build_view(model, context, frozenset(name for name, _ in validators.entries))
    files: Files = {
        out.format(package=context.package): context.templates.get_template(name).render(
            view=view, raw_safe=RAW_SAFE
        )
        for name, out in TEMPLATES.items()
    }
    for module in COPIED:
        files[f"{context.package}/{module}"] = copied("server", module)
    files[f"{context.package}/py.typed"] = ""
    files[f"{context.package}/_validators.py"] = validators.source
    return files


# -- the view --------------------------------------------------------------------------------------
def build_view(model: ApiModel, context: TargetContext, registry: frozenset[str]) -> ServerView:
    """The templates' view; ``registry`` holds the names the embedded validators define."""
    mapper = TypeMapper(model)
    operations: list[OperationView] = []
    routes: list[RouteView] = []
    for item in model.paths:
        if not item.operations:
            continue
        names = [s.name for s in item.segments if not isinstance(s, str)]
        views = tuple(_operation(model, mapper, registry, op, names) for op in item.operations)
        operations.extend(views)
        routes.append(_route(model, item, views))
    errors, roles = _errors(model)
    taken = {e.class_name for e in errors} | {"ApiError"}
    for op in operations:
        for name in (op.request_class, op.response_class):
            if name in taken:
                raise SpecError(f"paths.{op.path}", f"the class name {name!r} is used twice")
            taken.add(name)
    static = tuple(r for r in routes if r.static is not None)
    # Fewer parameters first (stable, so document order within), as OpenAPI prefers the more
    # concrete path; a path without parameters is a dict hit before any regex runs.
    dynamic = tuple(sorted((r for r in routes if r.static is None), key=lambda r: r.param_count))
    return ServerView(
        package=context.package,
        distribution=context.package.replace("_", "-"),
        version=context.version,
        title=model.title,
        operations=tuple(operations),
        static_routes=static,
        dynamic_routes=dynamic,
        errors=errors,
        roles=roles,
        error_body_keys=_error_body_keys(model),
        exposed_headers=_exposed_headers(model),
        models=ModelView(mapper.definitions),
    )


def _route(model: ApiModel, item: PathItem, operations: tuple[OperationView, ...]) -> RouteView:
    pattern = ""
    raw = ""
    params = 0
    for segment in item.segments:
        if isinstance(segment, str):
            literal = quote(segment, safe=RAW_SAFE)
            raw += literal
            pattern += re.escape(literal)
        else:
            pattern += "([^/]+)"
            params += 1
    methods = [op.method for op in operations]
    header_names: dict[str, str] = {h.lower(): h for h in CORS_REQUEST_HEADERS}
    schemes = {s.name: s for s in model.security_schemes}
    for op in operations:
        for p in op.params_in("header"):
            header_names.setdefault(p.name.lower(), p.name)
        for name in op.security:  # an API key sent in a header is one more header to allow
            scheme = schemes.get(name)
            if scheme and scheme.type == "apiKey" and scheme.location == "header":
                header_names.setdefault((scheme.param_name or "").lower(), scheme.param_name or "")
    return RouteView(
        template=item.path,
        static=raw.encode("ascii") if params == 0 else None,
        pattern=pattern,
        operations=operations,
        allow=", ".join(methods),
        cors_allow_headers=", ".join(header_names.values()),
        param_count=params,
    )


def _operation(
    model: ApiModel,
    mapper: TypeMapper,
    registry: frozenset[str],
    op: Operation,
    template_names: list[str],
) -> OperationView:
    where = f"paths.{op.path}.{op.method.lower()}"
    params = []
    for p in op.parameters:
        if p.python_name in _REQUEST_FIELDS or p.python_name in _ANNOTATION_NAMES:
            raise SpecError(
                f"{where}.parameters",
                f"parameter {p.name!r}: its Python name {p.python_name!r} is reserved"
                " (a field of every request class, or a type name its annotations use)",
            )
        group = template_names.index(p.name) if p.location == "path" else -1
        params.append(_parameter(model, registry, op, p, group))
    body = None
    if op.request_body is not None:
        media = op.request_body.json
        if media is None:
            raise SpecError(f"{where}.requestBody", "the server target needs application/json")
        body = BodyView(
            annotation=mapper.annotation(media.schema.data, f"{op.class_name}RequestBody")
            if media.schema is not None
            else "Any",
            required=op.request_body.required,
            validator=_registered(registry, f"{op.operation_id}.body"),
        )
    success = op.success_responses
    codes = [r.status_code for r in success if r.status_code is not None]
    success_status = codes[0] if codes else 200
    hints: list[str] = []
    for response in success:
        media = response.json
        if media is not None:
            hint = (
                mapper.annotation(media.schema.data, f"{op.class_name}ResponseBody")
                if media.schema is not None
                else "Any"
            )
            hints.append(hint)
    with_body = [r for r in success if r.json is not None]
    response_body = None
    if hints:
        unique = list(dict.fromkeys(hints))
        response_body = "Any" if "Any" in unique else " | ".join(unique)
    optional_body = bool(with_body) and len(with_body) < len(success)
    security = tuple(dict.fromkeys(s for req in op.security for s in req.schemes))
    return OperationView(
        operation_id=op.operation_id,
        python_name=op.python_name,
        class_name=op.class_name,
        constant="_" + op.python_name.upper().strip("_"),
        method=op.method,
        path=op.path,
        summary=op.summary,
        description=op.description,
        params=tuple(params),
        body=body,
        security=security,
        success_status=success_status,
        response_body=response_body,
        response_body_optional=optional_body,
        responses=tuple(_response_spec(registry, op, r) for r in op.responses),
        default_answer=op.method == "OPTIONS" and (response_body is None or optional_body),
        example=_example(model, with_body[0]) if with_body else None,
    )


def _response_spec(registry: frozenset[str], op: Operation, response: Response) -> ResponseSpecView:
    return ResponseSpecView(
        status=response.status,
        validator=_registered(registry, f"{op.operation_id}.response.{response.status}"),
        required_headers=tuple(h.name.lower() for h in response.headers if h.required),
    )


def _parameter(
    model: ApiModel, registry: frozenset[str], op: Operation, p: Parameter, group: int
) -> ParamView:
    resolved = _resolve(model, p.schema.data)
    array = _types(resolved) == ["array"]
    item_schema = _resolve(model, resolved.get("items", {})) if array else resolved
    kind = _kind(item_schema)
    annotation = f"list[{kind}]" if array else kind
    trivial = _trivial(p.schema.data, "array" if array else kind) and (
        not array or _trivial(resolved.get("items", {}), kind)
    )
    return ParamView(
        name=p.name,
        python_name=p.python_name,
        location=p.location,
        required=p.required or p.location == "path",
        description=p.description,
        kind=kind,
        array=array,
        annotation=annotation,
        validator=None
        if trivial
        else _registered(registry, f"{op.operation_id}.{p.location}.{p.name}"),
        group=group,
    )


def _registered(registry: frozenset[str], name: str) -> str | None:
    """The validator's name, when the compiler registered one (a schema exists there)."""
    return name if name in registry else None


def _resolve(model: ApiModel, data: Any) -> dict[str, Any]:
    schema = model.follow(data).schema
    return schema if isinstance(schema, dict) else {}


def _types(schema: dict[str, Any]) -> list[str]:
    types = schema.get("type")
    listed = types if isinstance(types, list) else [types] if isinstance(types, str) else []
    return [t for t in listed if t != "null"]


def _kind(schema: dict[str, Any]) -> str:
    """What a parameter's text converts to: a string stays a string, even among other types."""
    types = _types(schema)
    if not types or "string" in types:
        return "str"
    return next((_PARAM_KINDS[t] for t in types if t in _PARAM_KINDS), "str")


def _trivial(data: Any, kind: str) -> bool:
    """True when the schema only says what the conversion to ``kind`` already guarantees."""
    if not isinstance(data, dict):
        return data is True
    expected = {"str": "string", "int": "integer", "bool": "boolean", "array": "array"}.get(kind)
    if set(data) - ANNOTATION_KEYWORDS - {"type", "items"}:
        return False
    return expected is not None and data.get("type") == expected


def _errors(model: ApiModel) -> tuple[tuple[ErrorView, ...], dict[int, str]]:
    declared: dict[str, ErrorView] = {}
    for op in model.operations:
        for response in op.error_responses:
            name = response.error_name
            if name is None or name in declared:
                continue
            if not name.isidentifier() or keyword.iskeyword(name) or name == "ApiError":
                raise SpecError(
                    f"paths.{op.path}.{op.method.lower()}.responses.{response.status}",
                    f"the error name {name!r} is not a usable Python class name",
                )
            declared[name] = ErrorView(
                class_name=name,
                status=_error_status(response),
                description=response.description or None,
                declared=True,
            )
    errors = list(declared.values())
    roles: dict[int, str] = {}
    for status, generic in GENERIC_ERRORS.items():
        match = next((e for e in errors if e.status == status), None)
        if match is None:
            name = generic if generic not in declared else f"{generic}{status}"
            match = ErrorView(name, status, None, declared=False)
            errors.append(match)
        roles[status] = match.class_name
    return tuple(errors), roles


def _error_status(response: Response) -> int:
    code = response.status_code
    if code is not None:
        return code
    return 400 if response.status.startswith("4") else 500


def _error_body_keys(model: ApiModel) -> tuple[str, str]:
    """The keys of the error body: as the spec's error schemas spell them, else AWS's."""
    request_id, message = _ERROR_BODY_DEFAULTS
    found_id = found_message = False
    for op in model.operations:
        for response in op.error_responses:
            media = response.json
            if media is None or media.schema is None:
                continue
            properties = _resolve(model, media.schema.data).get("properties") or {}
            for key in properties:
                folded = key.lower().replace("_", "").replace("-", "")
                if folded == "requestid" and not found_id:
                    request_id, found_id = key, True
                elif folded == "message" and not found_message:
                    message, found_message = key, True
    return request_id, message


def _exposed_headers(model: ApiModel) -> str:
    names: dict[str, str] = {h.lower(): h for h in EXPOSED_HEADERS}
    for op in model.operations:
        for response in op.responses:
            for header in response.headers:
                lower = header.name.lower()
                if lower in _NOT_EXPOSED or lower.startswith("access-control-"):
                    continue
                names.setdefault(lower, header.name)
    return ", ".join(names.values())


def _example(model: ApiModel, response: Response) -> str | None:
    media = response.json
    if media is None or media.schema is None:
        return None
    schema = _resolve(model, media.schema.data)
    if "example" in schema:
        value = schema["example"]
    elif isinstance(schema.get("examples"), list) and schema["examples"]:
        value = schema["examples"][0]
    else:
        return None
    return pprint.pformat(value, width=88, sort_dicts=False)
