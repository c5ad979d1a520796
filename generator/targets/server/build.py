"""Building the server view from the model: routes, parameter rules, error names, types."""

from __future__ import annotations

import re
from urllib.parse import quote

from generator.errors import SpecError
from generator.model import (
    ApiModel,
    MediaType,
    Operation,
    Parameter,
    PathItem,
    Response,
    SchemaNode,
)
from generator.model.media import JSON_MEDIA_TYPE
from generator.naming import Names, pascal
from generator.pytypes import TypeMapper, wire_type
from generator.spec.subset import ANNOTATION_KEYWORDS
from generator.targets import TargetContext
from generator.targets.errors import declared_errors, error_body_keys
from generator.targets.examples import body_example
from generator.targets.media import file_property, object_schema
from generator.targets.server.view import (
    BodyView,
    ErrorView,
    FieldView,
    MediaView,
    ModelView,
    OperationView,
    ParamView,
    ResponseSpecView,
    RouteView,
    ServerView,
)

# Statuses the app produces itself, with the name used when the spec declares none for them.
GENERIC_ERRORS = {
    400: "BadRequestException",
    404: "NotFoundException",
    405: "MethodNotAllowedException",
    413: "PayloadTooLargeException",
    500: "InternalServerErrorException",
}
# Answered only by a package whose operations take more than JSON (a request of a media type
# the operation does not take); a JSON-only API reads any body as JSON, as AWS does.
MEDIA_ERRORS = {415: "UnsupportedMediaTypeException"}
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
_RESERVED_NAMES = _REQUEST_FIELDS | _ANNOTATION_NAMES  # a parameter is renamed away from these
# Characters a client sends unencoded in a path (RFC 3986 pchar); app.py gets the same string.
RAW_SAFE = "/:@!$&'()*+,;="


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
    media = any((op.body is not None and op.body.media) or op.response_media for op in operations)
    errors, roles = _errors(model, media)
    taken = {e.class_name for e in errors} | {"ApiError"}
    for op in operations:
        for name in (op.request_class, op.response_class):
            if name in taken:
                raise SpecError(f"paths.{op.path}", f"the class name {name!r} is used twice")
            taken.add(name)
    body_keys = error_body_keys(model)
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
        error_body_keys=(body_keys.request_id[0], body_keys.message[0]),
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
    # A parameter named like a field of every request class (body, context) or a type its
    # annotations use (str, object...) is bound under the next free name: ``object_2``.
    names = Names(_RESERVED_NAMES | {p.python_name for p in op.parameters})
    for p in op.parameters:
        reserved = p.python_name in _RESERVED_NAMES
        python_name = names.claim(p.python_name) if reserved else p.python_name
        group = template_names.index(p.name) if p.location == "path" else -1
        params.append(_parameter(model, registry, op, p, group, python_name))
    body = None
    if op.request_body is not None:
        body = _body(model, mapper, registry, op, where)
    success = op.success_responses
    codes = [r.status_code for r in success if r.status_code is not None]
    success_status = codes[0] if codes else 200
    json_only = all(m.content_type == JSON_MEDIA_TYPE for r in success for m in r.content)
    hints: list[str] = []
    response_media: list[MediaView] = []
    for response in success:
        for index, media in enumerate(response.content if not json_only else ()):
            if all(m.content_type != media.content_type for m in response_media):
                response_media.append(MediaView(media.content_type, media.kind, None))
            hints.append(
                _media_hint(model, mapper, media, f"{op.class_name}ResponseBody", index)
                if media.kind == "json" or media.kind == "form"
                else {"text": "str"}.get(media.kind, "bytes")
            )
        json_media = response.json
        if json_only and json_media is not None:
            hint = (
                mapper.annotation(model.node(json_media.schema), f"{op.class_name}ResponseBody")
                if json_media.schema is not None
                else "Any"
            )
            hints.append(hint)
    with_body = [r for r in success if r.content]
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
        example=body_example(model, with_body[0]) if with_body else None,
        response_media=tuple(response_media),
    )


def _body(
    model: ApiModel, mapper: TypeMapper, registry: frozenset[str], op: Operation, where: str
) -> BodyView:
    """The request body: application/json alone as before (one JSON fast path), else every
    media type it is accepted in, each bound by its kind (see _media.py)."""
    assert op.request_body is not None
    content = op.request_body.content
    required = op.request_body.required
    if not content:
        raise SpecError(f"{where}.requestBody", "the request body declares no media type")
    if len(content) == 1 and content[0].content_type == JSON_MEDIA_TYPE:
        media = content[0]
        return BodyView(
            annotation=mapper.annotation(model.node(media.schema), f"{op.class_name}RequestBody")
            if media.schema is not None
            else "Any",
            required=required,
            validator=_registered(registry, f"{op.operation_id}.body"),
        )
    views: list[MediaView] = []
    for media in content:
        name = (
            f"{op.operation_id}.body"
            if media is op.request_body.json
            else f"{op.operation_id}.body.{media.content_type}"
        )
        fields = _fields(model, mapper, op, media)
        typed_dict = None
        if any(f.binary for f in fields):
            taken = sum(1 for v in views if v.typed_dict is not None)
            typed_dict = f"{op.class_name}RequestParts" + (str(taken + 1) if taken else "")
        views.append(
            MediaView(
                media.content_type, media.kind, _registered(registry, name), fields, typed_dict
            )
        )
    hints = []
    for index, (media, view) in enumerate(zip(content, views, strict=True)):
        if view.typed_dict is not None:
            hints.append(view.typed_dict)
        elif media.kind in ("json", "form", "multipart"):
            hints.append(_media_hint(model, mapper, media, f"{op.class_name}RequestBody", index))
        else:
            hints.append("str" if media.kind == "text" else "bytes")
    unique = list(dict.fromkeys(hints))
    return BodyView(
        annotation="Any" if "Any" in unique else " | ".join(unique),
        required=required,
        validator=next((v.validator for v in views if v.kind == "json"), None),
        media=tuple(views),
    )


def _media_hint(
    model: ApiModel, mapper: TypeMapper, media: MediaType, name: str, index: int
) -> str:
    """The Python type of a JSON or form body (forms bind into the schema's types)."""
    if media.schema is None:
        return "Any" if media.kind == "json" else "dict[str, Any]"
    suffix = "" if index == 0 else pascal(media.kind) + str(index)
    return mapper.annotation(model.node(media.schema), name + suffix)


def _fields(
    model: ApiModel, mapper: TypeMapper, op: Operation, media: MediaType
) -> tuple[FieldView, ...]:
    """The properties of a form or multipart body, as the binding converts them."""
    node = object_schema(model, media) if media.kind in ("form", "multipart") else None
    if node is None:
        return ()
    fields = []
    for name, sub in node.properties.items():
        encoding = media.encoding_for(name)
        part_type = encoding.content_type if encoding else None
        file, array = file_property(sub, part_type) if media.kind == "multipart" else (False, False)
        resolved = sub.resolved
        wire = wire_type(sub)
        item = (resolved.items or resolved.at({})).resolved if wire.array else resolved
        structured = (
            item.is_object
            or "object" in item.types
            or (part_type is not None and "json" in part_type)
        )
        kind = "json" if structured else wire.kind
        if file:
            hint = "list[UploadedFile]" if array else "UploadedFile"
        else:
            hint = mapper.annotation(sub, f"{op.class_name}Part{pascal(name)}")
        fields.append(
            FieldView(
                name=name,
                kind=kind,
                array=array or wire.array,
                binary=file,
                hint=hint,
                required=name in node.required,
                delimited=media.kind == "form"
                and wire.array
                and encoding is not None
                and encoding.explode is False,
            )
        )
    return tuple(fields)


def _response_spec(registry: frozenset[str], op: Operation, response: Response) -> ResponseSpecView:
    return ResponseSpecView(
        status=response.status,
        validator=_registered(registry, f"{op.operation_id}.response.{response.status}"),
        required_headers=tuple(h.name.lower() for h in response.headers if h.required),
    )


def _parameter(
    model: ApiModel,
    registry: frozenset[str],
    op: Operation,
    p: Parameter,
    group: int,
    python_name: str,
) -> ParamView:
    wire = wire_type(model.node(p.schema))
    node = model.node(p.schema)
    items = node.resolved.items or node.at({})
    trivial = _trivial(node, "array" if wire.array else wire.kind) and (
        not wire.array or _trivial(items, wire.kind)
    )
    return ParamView(
        name=p.name,
        python_name=python_name,
        location=p.location,
        required=p.required or p.location == "path",
        description=p.description,
        kind=wire.kind,
        array=wire.array,
        annotation=wire.annotation,
        validator=None
        if trivial
        else _registered(registry, f"{op.operation_id}.{p.location}.{p.name}"),
        group=group,
    )


def _registered(registry: frozenset[str], name: str) -> str | None:
    """The validator's name, when the compiler registered one (a schema exists there)."""
    return name if name in registry else None


def _trivial(node: SchemaNode, kind: str) -> bool:
    """True when the schema only says what the conversion to ``kind`` already guarantees."""
    if node.is_boolean:
        return node.data is True
    expected = {"str": "string", "int": "integer", "bool": "boolean", "array": "array"}.get(kind)
    if set(node.keywords) - ANNOTATION_KEYWORDS - {"type", "items"}:
        return False
    return expected is not None and node.types == (expected,)


def _errors(model: ApiModel, media: bool) -> tuple[tuple[ErrorView, ...], dict[int, str]]:
    declared = declared_errors(model, frozenset({"ApiError"}), "the server")
    errors = [ErrorView(e.name, e.status, e.description or None, declared=True) for e in declared]
    names = {e.name for e in declared}
    roles: dict[int, str] = {}
    for status, generic in (GENERIC_ERRORS | (MEDIA_ERRORS if media else {})).items():
        match = next((e for e in errors if e.status == status), None)
        if match is None:
            name = generic if generic not in names else f"{generic}{status}"
            match = ErrorView(name, status, None, declared=False)
            errors.append(match)
        roles[status] = match.class_name
    return tuple(errors), roles


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
