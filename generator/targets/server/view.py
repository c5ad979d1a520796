"""What the server templates see: plain frozen dataclasses derived from the model."""

from __future__ import annotations

from dataclasses import dataclass

from generator.pytypes import Definition, references, render_hint


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
class FieldView:
    """A property of a form or multipart body: what its text converts to."""

    name: str  # the property (the form key, the part's name)
    kind: str  # "str", "int", "float", "bool", or "json" (an object or untyped value)
    array: bool  # repeated keys or parts make a list of ``kind``
    binary: bool  # a multipart file: an UploadedFile (a list of them for an array)
    hint: str  # marked hint of the bound value, for the multipart TypedDict
    required: bool
    delimited: bool = False  # a form array sent as one comma-separated value (explode: false)


@dataclass(frozen=True)
class MediaView:
    """One media type a request body is accepted in, or a response is answered in."""

    content_type: str  # as the spec declares it (a range such as "image/*" included)
    kind: str  # "json", "form", "multipart", "text", "binary" (generator.model.media)
    validator: str | None  # registry name of its schema (multipart: files presence-only)
    fields: tuple[FieldView, ...] = ()  # form and multipart: the schema's properties
    typed_dict: str | None = None  # multipart with files: the TypedDict requests.py defines


@dataclass(frozen=True)
class BodyView:
    annotation: str
    required: bool
    validator: str | None
    # Every accepted media type, when the body is not application/json alone (the JSON-only
    # body keeps the one fast path of _binding._body).
    media: tuple[MediaView, ...] = ()


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
    # The success responses' media types, when they are not application/json alone.
    response_media: tuple[MediaView, ...] = ()

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
    def has_media(self) -> bool:
        """Some operation takes or answers more than application/json: the package gets the
        media module (_media.py), the 415 and the negotiation; without, it is as before."""
        return any(
            (op.body is not None and op.body.media) or op.response_media for op in self.operations
        )

    @property
    def multipart_dicts(self) -> tuple[MediaView, ...]:
        return tuple(
            m
            for op in self.operations
            if op.body is not None
            for m in op.body.media
            if m.typed_dict is not None
        )

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
