"""Building the client view from the model, checked against what openapi-python-client
generated (every class and attribute the templates use exists in its output)."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.errors import GeneratorError, SpecError
from generator.model import ApiModel, MediaType, Operation, Parameter, PathItem, SchemaNode
from generator.model.media import JSON_MEDIA_TYPE
from generator.naming import Names, pascal, snake
from generator.pytypes import PyType, TypeMapper, body_type, wire_type
from generator.targets import TargetContext
from generator.targets.client.media import (
    accept_header,
    body_media,
    default_content_type,
    multipart_shape,
    response_media,
)
from generator.targets.client.report import ToolReport, schema_causes
from generator.targets.client.tool import MissingModel, ToolOutput
from generator.targets.client.view import (
    ClientOperation,
    ClientParameter,
    ClientView,
    ErrorClass,
    Paginator,
    ReadmeExample,
    ShapesView,
)
from generator.targets.errors import declared_errors, error_body_keys
from generator.targets.examples import call_example

# Query parameters that carry the page token, and response properties that return it, compared
# after snake-casing: "token", "next-token", "nextToken", "NextToken", "next_token".
TOKEN_PARAMETERS = frozenset({"token", "next_token"})
TOKEN_PROPERTIES = frozenset({"next_token"})
# Names our templates define in the package; an error response must not reuse them.
RESERVED_ERROR_NAMES = frozenset({"ApiError", "InvalidResponseError", "PaginationError"})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


def build_view(
    model: ApiModel,
    context: TargetContext,
    tool: ToolOutput,
    body_classes: Mapping[tuple[str, str], str],
    report: ToolReport | None = None,
) -> ClientView:
    """The templates' view; ``body_classes`` names the hoisted inline bodies' model classes,
    ``report`` is what the tool left out (those operations are typed with shapes)."""
    builder = ViewBuilder(model, context, tool, body_classes, report or ToolReport())
    operations = tuple(
        builder.operation(item, op) for item in model.paths for op in item.operations
    )
    errors = builder.errors()
    _check_method_names(operations)
    server_url, server_variables = default_server(model)
    dependencies = list(tool.dependencies)
    if tool.imports_dateutil and not any(d.startswith("python-dateutil") for d in dependencies):
        dependencies.append("python-dateutil>=2.8.0")
    dependencies.append("anyio>=3.0")  # the async client's sleep between retries
    class_base = pascal(context.package)
    status_errors: dict[str, str] = {}
    for op in operations:
        for status, name in op.errors:
            status_errors.setdefault(status, name)
    body_keys = error_body_keys(model)
    return ClientView(
        package=context.package,
        distribution=context.package.replace("_", "-"),
        version=context.version,
        title=model.title,
        description=model.description or "",
        sync_class=class_base,
        async_class=f"Async{class_base}",
        operations=operations,
        paginated=tuple(op for op in operations if op.paginator is not None),
        errors=errors,
        status_errors=tuple(status_errors.items()),
        models=tuple(sorted(builder.imported_models)),
        server_url=server_url,
        server_variables=tuple(server_variables.items()),
        default_region=server_variables.get("region", "us-east-1"),
        sigv4=uses_sigv4(model),
        signing_name=signing_name(model),
        dependencies=tuple(dependencies),
        build_system=tool.build_system,
        message_keys=body_keys.message,
        request_id_keys=body_keys.request_id,
        example=_example(model, operations),
        client_names=tool.client_names,
        low_layer=tool.generated,
        shapes=ShapesView(builder.mapper.definitions if builder.mapper else ()),
        fallbacks=tuple(op for op in operations if op.fallback is not None),
        media=any(
            (op.body is not None and op.body_kind != "json") or op.result.kind == "mixed"
            for op in operations
        ),
        validated=any(op.validated for op in operations),
    )


def _example(model: ApiModel, operations: tuple[ClientOperation, ...]) -> ReadmeExample:
    """The README's example: the first paginated (else the first) operation."""
    chosen = next((op for op in operations if op.paginator), operations[0] if operations else None)
    if chosen is None:
        return ReadmeExample(None, (), (), None)
    source = next(op for op in model.operations if op.operation_id == chosen.operation_id)
    call = call_example(model, source, [p.python_name for p in chosen.parameters])
    return ReadmeExample(chosen, call.arguments, call.missing, call.local_url)


# The names a generated request builder or method body uses (high_level.py.jinja, _build_<op>):
# its locals, the types its annotations name and the modules it calls. A parameter named like
# one (ReadMe's query parameter "query", Stripe's "object") becomes "query_", "object_".
BUILDER_LOCALS = frozenset(
    {"query", "headers", "content", "self"}
    | {"str", "int", "float", "bool", "list", "tuple", "dict", "bytes", "object"}
    | {"json", "httpx", "_runtime", "_path"}
)
# Attributes and methods of the generated client classes that no operation may shadow.
CLIENT_MEMBERS = frozenset(
    {"region", "base_url", "retry", "http", "close", "aclose", "request", "_send", "_http"}
)


def _check_method_names(operations: tuple[ClientOperation, ...]) -> None:
    taken: dict[str, str] = {name: "the client" for name in CLIENT_MEMBERS}
    for op in operations:
        names = [op.python_name]
        if op.paginator is not None:
            names += [f"iter_{op.python_name}", f"iter_{op.python_name}_pages"]
        for name in names:
            if name in taken:
                raise SpecError(
                    f"operationId {op.operation_id}",
                    f"the client method {name!r} clashes with {taken[name]}",
                )
            taken[name] = op.operation_id


@dataclass
class ViewBuilder:
    model: ApiModel
    context: TargetContext
    tool: ToolOutput
    body_classes: Mapping[tuple[str, str], str]
    report: ToolReport
    imported_models: set[str] = field(default_factory=set)
    mapper: TypeMapper | None = None  # the shapes, made for the first fallback operation

    # schemas ---------------------------------------------------------------------------------
    def model_class(self, component: str, why: str) -> str:
        # A component the tool's document renamed (it shadowed the tool's own names).
        wanted = self.body_classes.get(("component", component)) or pascal(component)
        name = self.tool.require_model(wanted, why)
        self.imported_models.add(name)
        return name

    def py_type(
        self,
        node: SchemaNode,
        why: str,
        class_name: str | None = None,
        shape: str | None = None,
    ) -> PyType:
        """The Python side of a body schema (the derived document's names for hoisted ones);
        with ``shape`` (a fallback operation), its TypedDict or alias in ``shapes``."""
        if shape is not None:
            return PyType(f"_shapes.{self.shapes().named(node, shape)}", "shape")
        if class_name is not None:
            return PyType(class_name, "model", self.model_class(class_name, why))
        return body_type(node, lambda component: self.model_class(component, why))

    # parameters -----------------------------------------------------------------------------
    def parameter(self, p: Parameter, python_name: str) -> ClientParameter:
        wire = wire_type(self.model.node(p.schema))
        if wire.array:
            converter, annotation = "list", f"Sequence[{wire.kind}]"
        elif wire.digits:
            # A number sent as text ("page-size": "^[1-9][0-9]*$"): accept the int as well.
            converter, annotation = "str", "int | str"
        else:
            converter, annotation = wire.kind, wire.kind
        return ClientParameter(
            name=p.name,
            python_name=python_name,
            location=p.location,
            required=p.required,
            annotation=annotation,
            converter=converter,
            description=" ".join((p.description or p.schema.description or "").split()),
        )

    # operations -----------------------------------------------------------------------------
    def fallback_reason(self, op: Operation) -> str | None:
        """Why the tool's models do not serve ``op``, as far as its report says; else None."""
        tool = "openapi-python-client (the client's low layer)"
        if self.report.crash is not None:
            where, why = self.report.crash
            return f"{tool} generated nothing ({where}: {why})"
        whys = self.report.operations.get((op.method, op.path))
        if not whys:
            return None
        what = "left it out" if (op.method, op.path) in self.report.dropped else "left parts out"
        more = f" (and {len(whys) - 1} more)" if len(whys) > 1 else ""
        item = (self.model.document.get("paths") or {}).get(op.path) or {}
        operation = item.get(op.method.lower()) if isinstance(item, dict) else None
        causes = schema_causes(operation, self.report, self.model.document)
        cause = f"; it could not build {', '.join(causes)}" if causes else ""
        return f"{tool} {what}: {whys[0]}{more}{cause}"

    def operation(self, item: PathItem, op: Operation) -> ClientOperation:
        """The method of ``op``: on the tool's models, else on shapes (a fallback)."""
        reason = self.fallback_reason(op)
        if reason is None:
            imported = set(self.imported_models)
            try:
                return self.client_operation(item, op, None)
            except MissingModel as missing:
                self.imported_models = imported
                cause = self.report.schemas.get(missing.name)
                reason = (
                    f"openapi-python-client (the client's low layer) generated no model"
                    f" {missing.name} ({cause or missing.why})"
                )
        return self.client_operation(item, op, reason)

    def client_operation(
        self, item: PathItem, op: Operation, fallback: str | None
    ) -> ClientOperation:
        shape = op.class_name if fallback is not None else None
        names = Names(BUILDER_LOCALS | {p.python_name for p in op.parameters})
        parameters = tuple(
            self.parameter(
                p,
                names.claim(f"{p.python_name}_")
                if p.python_name in BUILDER_LOCALS
                else p.python_name,
            )
            for p in op.parameters
        )
        taken = {p.python_name for p in parameters}
        body_name = "body" if "body" not in taken else "request_body"
        body: PyType | None = None
        body_required = False
        sent: dict[str, Any] = {}
        media = body_media(op.request_body) if op.request_body is not None else None
        if op.request_body is not None and media is not None:
            body, sent = self.request_body(op, media, shape, taken | {body_name})
            body_required = op.request_body.required
        result, read = self.result(op, shape)
        errors = tuple(
            (r.status, r.error_name) for r in op.error_responses if r.error_name is not None
        )
        client_op = ClientOperation(
            operation_id=op.operation_id,
            python_name=op.python_name,
            method=op.method,
            path=op.path,
            path_parts=self.path_parts(item, parameters),
            parameters=parameters,
            body=body,
            body_name=body_name,
            body_required=body_required,
            result=result,
            errors=errors,
            idempotent=op.method in IDEMPOTENT_METHODS,
            anonymous=op.anonymous,
            summary=" ".join((op.summary or "").split()),
            description=(op.description or "").strip(),
            fallback=fallback,
            **sent,
            **read,
        )
        paginator = self.paginator(op, client_op)
        if paginator is None:
            return client_op
        return ClientOperation(**{**client_op.__dict__, "paginator": paginator})

    def request_body(
        self, op: Operation, media: MediaType, shape: str | None, taken: set[str]
    ) -> tuple[PyType, dict[str, Any]]:
        """The body argument's type, and how the client sends it (ClientOperation fields)."""
        why = f"request body of {op.operation_id}"
        kind = media.kind
        sent: dict[str, Any] = {"body_kind": kind, "body_content_type": default_content_type(media)}
        if kind == "json" and media.content_type != JSON_MEDIA_TYPE:
            shape = shape or op.class_name  # the tool only reads application/json
        if kind == "json" and media.schema is None:
            return PyType("Any", "json"), sent
        if kind == "json":
            node = self.model.node(media.schema)
            hoisted = self.body_classes.get(("request", op.operation_id))
            return self.py_type(node, why, hoisted, f"{shape}Request" if shape else None), sent
        if kind == "text":
            return PyType("str", "text"), sent
        if kind == "binary":
            if media.is_range:
                sent["content_type_param"] = (
                    "content_type" if "content_type" not in taken else "body_content_type"
                )
            return PyType("bytes", "binary"), sent
        mapper = self.shapes()
        if kind == "multipart":
            found = multipart_shape(
                self.model, mapper, media, f"{op.class_name}Parts", op.operation_id
            )
            sent["body_parts"] = found.parts
            if found.definition is None:
                return PyType("Mapping[str, Any]", "multipart"), sent
            return PyType(f"_shapes.{found.definition.name}", "multipart"), sent
        # a form: the fields of its schema
        if media.schema is None:
            return PyType("Mapping[str, Any]", "form"), sent
        name = mapper.named(self.model.node(media.schema), f"{op.class_name}Form")
        return PyType(f"_shapes.{name}", "form"), sent

    def shapes(self) -> TypeMapper:
        if self.mapper is None:
            self.mapper = TypeMapper(self.model, reserved={"File"})
        return self.mapper

    def result(self, op: Operation, shape: str | None = None) -> tuple[PyType, dict[str, Any]]:
        """The return type, and how the response is read (ClientOperation fields)."""
        success = op.success_responses
        if not success:
            return PyType("None", "none"), {}
        first = success[0]
        media, text, binary = response_media(first)
        read: dict[str, Any] = {"accept": accept_header(first)}
        if media is not None and media.content_type != JSON_MEDIA_TYPE:
            shape = shape or op.class_name  # the tool only reads application/json
        json_type: PyType | None = None
        if media is not None and media.schema is not None:
            json_type = self.py_type(
                self.model.node(media.schema),
                f"{first.status} response of {op.operation_id}",
                self.body_classes.get(("response", f"{op.operation_id} {first.status}")),
                f"{shape}Response" if shape else None,
            )
        elif media is not None:
            json_type = PyType("Any", "json")
        kinds = [t for t in (json_type,) if t is not None]
        kinds += [PyType("str", "text")] if text else []
        kinds += [PyType("bytes", "binary")] if binary else []
        if len(kinds) > 1:
            read.update(result_json=json_type, result_text=text, result_binary=binary)
            annotation = " | ".join(dict.fromkeys(k.annotation for k in kinds))
            return PyType("Any" if "Any" in annotation else annotation, "mixed"), read
        if kinds:
            return kinds[0], read
        if first.headers:
            return PyType("httpx.Headers", "headers"), read
        return PyType("None", "none"), read

    def path_parts(
        self, item: PathItem, parameters: tuple[ClientParameter, ...]
    ) -> tuple[str, ...]:
        """The path as Python expressions, each parameter by the name its method takes it under."""
        names = {p.name: p.python_name for p in parameters if p.location == "path"}
        parts: list[str] = []
        for segment in item.segments:
            if isinstance(segment, str):
                parts.append(repr(segment))
            else:
                parts.append(f"_path({names.get(segment.name, segment.python_name)})")
        return tuple(parts) or ("'/'",)

    def paginator(self, op: Operation, client_op: ClientOperation) -> Paginator | None:
        """Pagination when a query token goes in and a page with a token and one array comes out."""
        token = next(
            (
                p
                for p in client_op.parameters
                if p.location == "query" and snake(p.name) in TOKEN_PARAMETERS
            ),
            None,
        )
        keyed = client_op.result.kind == "shape"
        if token is None or not (keyed or client_op.result.kind == "model"):
            return None
        success = op.success_responses[0].json
        assert success is not None and success.schema is not None
        page = self.model.node(success.schema).resolved
        if not page.has("properties"):
            return None
        properties = page.properties
        token_props = [name for name in properties if snake(name) in TOKEN_PROPERTIES]
        arrays = [name for name, sub in properties.items() if sub.resolved.types == ("array",)]
        if len(token_props) != 1 or len(arrays) != 1:
            return None
        if keyed:
            items = properties[arrays[0]].resolved.items
            item = self.py_type(items, "", shape=f"{op.class_name}Item") if items else None
            return Paginator(
                token_parameter=token,
                token_attribute=token_props[0],
                items_attribute=arrays[0],
                items_optional=arrays[0] not in page.required,
                item_annotation=item.annotation if item else "Any",
                keyed=True,
            )
        cls = client_op.result.model
        assert cls is not None
        why = f"pagination of {op.operation_id}"
        token_attribute = snake(token_props[0])
        self.tool.annotation(cls, token_attribute, why)
        items_attribute = snake(arrays[0])
        annotation = self.tool.annotation(cls, items_attribute, why)
        item_annotation, optional = _list_element(annotation)
        if item_annotation is None:
            raise GeneratorError(
                f"{cls}.{items_attribute} is annotated {annotation!r}, not a list ({why})"
            )
        for name in _names(item_annotation):
            if name in self.tool.models:
                self.imported_models.add(name)
        return Paginator(
            token_parameter=token,
            token_attribute=token_attribute,
            items_attribute=items_attribute,
            items_optional=optional,
            item_annotation=item_annotation,
        )

    # the whole API ----------------------------------------------------------------------------
    def errors(self) -> tuple[ErrorClass, ...]:
        return tuple(
            ErrorClass(e.name, " ".join(e.description.split()), e.statuses)
            for e in declared_errors(self.model, RESERVED_ERROR_NAMES, "the client")
        )


def _list_element(annotation: str) -> tuple[str | None, bool]:
    """``list[X]`` -> (``X``, False); ``list[X] | Unset`` -> (``X``, True)."""
    expression = ast.parse(annotation, mode="eval").body
    members: list[ast.expr] = []

    def flatten(node: ast.expr) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            flatten(node.left)
            flatten(node.right)
        else:
            members.append(node)

    flatten(expression)
    lists = [
        m
        for m in members
        if isinstance(m, ast.Subscript) and isinstance(m.value, ast.Name) and m.value.id == "list"
    ]
    if len(lists) != 1:
        return None, False
    return ast.unparse(lists[0].slice), len(members) > 1


def _names(annotation: str) -> Iterator[str]:
    for node in ast.walk(ast.parse(annotation, mode="eval")):
        if isinstance(node, ast.Name):
            yield node.id


def signing_name(model: ApiModel) -> str | None:
    """The SigV4 signing name: info ``x-aws-signing-name``, else a security scheme's."""
    explicit = model.info_extensions.get("x-aws-signing-name")
    if isinstance(explicit, str) and explicit:
        return explicit
    for scheme in model.security_schemes:
        for key in ("x-aws-signing-name", "x-amazon-apigateway-signing-name"):
            value = scheme.extensions.get(key)
            if isinstance(value, str) and value:
                return value
    return None


def uses_sigv4(model: ApiModel) -> bool:
    if signing_name(model) is not None:
        return True
    return any(
        str(s.extensions.get("x-amazon-apigateway-authtype", "")).lower() == "awssigv4"
        for s in model.security_schemes
    )


def default_server(model: ApiModel) -> tuple[str, dict[str, str]]:
    if not model.servers:
        return "", {}
    server = model.servers[0]
    return server.url, {v.name: v.default for v in server.variables}
