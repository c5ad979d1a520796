"""What the client templates see: operations, parameters, paginators and error classes, built
from the model and checked against the tool's output."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from generator.errors import GeneratorError, SpecError
from generator.model import ApiModel, Operation, Parameter, PathItem, SchemaNode
from generator.naming import pascal, snake
from generator.pytypes import PyType, body_type, wire_type
from generator.targets import TargetContext
from generator.targets.client.tool import ToolOutput

# Query parameters that carry the page token, and response properties that return it, compared
# after snake-casing: "token", "next-token", "nextToken", "NextToken", "next_token".
TOKEN_PARAMETERS = frozenset({"token", "next_token"})
TOKEN_PROPERTIES = frozenset({"next_token"})
# Names our templates define in the package; an error response must not reuse them.
RESERVED_ERROR_NAMES = frozenset({"ApiError", "InvalidResponseError", "PaginationError"})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True)
class ClientParameter:
    name: str  # wire name
    python_name: str
    location: str
    required: bool
    annotation: str  # without "| None"
    converter: str  # "str", "int", "float", "bool", "list"
    description: str


@dataclass(frozen=True)
class Paginator:
    token_parameter: ClientParameter
    token_attribute: str  # on the page model, e.g. "next_token"
    items_attribute: str  # e.g. "item"
    items_optional: bool  # the attribute may be UNSET
    item_annotation: str  # e.g. "ActivityResponse"


@dataclass(frozen=True)
class ClientOperation:
    operation_id: str
    python_name: str
    method: str
    path: str  # the template, for documentation
    path_parts: tuple[str, ...]  # Python expressions joined with "+"
    parameters: tuple[ClientParameter, ...]
    body: PyType | None
    body_name: str
    body_required: bool
    result: PyType
    errors: tuple[tuple[str, str], ...]  # (status as written, exception class)
    idempotent: bool
    anonymous: bool  # "security: []": never sent with the client's auth
    summary: str
    description: str
    paginator: Paginator | None = None

    @property
    def required_parameters(self) -> tuple[ClientParameter, ...]:
        return tuple(p for p in self.parameters if p.required)

    @property
    def optional_parameters(self) -> tuple[ClientParameter, ...]:
        return tuple(p for p in self.parameters if not p.required)


@dataclass(frozen=True)
class ErrorClass:
    name: str
    description: str
    statuses: tuple[str, ...]


@dataclass
class ViewBuilder:
    model: ApiModel
    context: TargetContext
    tool: ToolOutput
    body_classes: Mapping[tuple[str, str], str]
    imported_models: set[str] = field(default_factory=set)

    # schemas ---------------------------------------------------------------------------------
    def model_class(self, component: str, why: str) -> str:
        name = self.tool.require_model(pascal(component), why)
        self.imported_models.add(name)
        return name

    def py_type(self, node: SchemaNode, why: str, class_name: str | None = None) -> PyType:
        """The Python side of a body schema (the derived document's names for hoisted ones)."""
        if class_name is not None:
            return PyType(class_name, "model", self.model_class(class_name, why))
        return body_type(node, lambda component: self.model_class(component, why))

    # parameters -----------------------------------------------------------------------------
    def parameter(self, p: Parameter) -> ClientParameter:
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
            python_name=p.python_name,
            location=p.location,
            required=p.required,
            annotation=annotation,
            converter=converter,
            description=" ".join((p.description or p.schema.description or "").split()),
        )

    # operations -----------------------------------------------------------------------------
    def operation(self, item: PathItem, op: Operation) -> ClientOperation:
        parameters = tuple(self.parameter(p) for p in op.parameters)
        taken = {p.python_name for p in parameters}
        body_name = "body" if "body" not in taken else "request_body"
        body: PyType | None = None
        body_required = False
        if op.request_body is not None:
            media = op.request_body.json
            if media is None or media.schema is None:
                raise SpecError(
                    f"paths.{op.path}.{op.method.lower()}.requestBody",
                    "the client needs an application/json request body with a schema",
                )
            body = self.py_type(
                self.model.node(media.schema),
                f"request body of {op.operation_id}",
                self.body_classes.get(("request", op.operation_id)),
            )
            body_required = op.request_body.required
        result = self.result(op)
        errors = tuple(
            (r.status, r.error_name) for r in op.error_responses if r.error_name is not None
        )
        client_op = ClientOperation(
            operation_id=op.operation_id,
            python_name=op.python_name,
            method=op.method,
            path=op.path,
            path_parts=self.path_parts(item),
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
        )
        paginator = self.paginator(op, client_op)
        if paginator is None:
            return client_op
        return ClientOperation(**{**client_op.__dict__, "paginator": paginator})

    def result(self, op: Operation) -> PyType:
        success = op.success_responses
        if not success:
            return PyType("None", "none")
        first = success[0]
        media = first.json
        if media is not None and media.schema is not None:
            return self.py_type(
                self.model.node(media.schema),
                f"{first.status} response of {op.operation_id}",
                self.body_classes.get(("response", f"{op.operation_id} {first.status}")),
            )
        if media is not None:
            return PyType("Any", "json")
        if first.headers:
            return PyType("httpx.Headers", "headers")
        return PyType("None", "none")

    def path_parts(self, item: PathItem) -> tuple[str, ...]:
        parts: list[str] = []
        for segment in item.segments:
            if isinstance(segment, str):
                parts.append(repr(segment))
            else:
                parts.append(f"_path({segment.python_name})")
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
        if token is None or client_op.result.kind != "model" or client_op.result.model is None:
            return None
        success = op.success_responses[0].json
        assert success is not None and success.schema is not None
        page = self.model.node(success.schema).resolved
        if not isinstance(page.keywords.get("properties"), dict):
            return None
        properties = page.properties
        token_props = [name for name in properties if snake(name) in TOKEN_PROPERTIES]
        arrays = [name for name, sub in properties.items() if sub.resolved.types == ("array",)]
        if len(token_props) != 1 or len(arrays) != 1:
            return None
        cls = client_op.result.model
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
        found: dict[str, tuple[str, list[str]]] = {}
        for op in self.model.operations:
            for response in op.error_responses:
                name = response.error_name
                if name is None:
                    continue
                if name in RESERVED_ERROR_NAMES or not name.isidentifier():
                    raise SpecError(
                        f"paths.{op.path}.{op.method.lower()}.responses.{response.status}",
                        f"the error name {name!r} is reserved by the client",
                    )
                _, statuses = found.setdefault(name, (" ".join(response.description.split()), []))
                if response.status not in statuses:
                    statuses.append(response.status)
        return tuple(
            ErrorClass(name=name, description=description, statuses=tuple(statuses))
            for name, (description, statuses) in found.items()
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
