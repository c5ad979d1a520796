"""What the client templates see: operations, parameters, paginators and error classes, built
from the model and checked against the tool's output."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.errors import GeneratorError, SpecError
from generator.model import ApiModel, Operation, Parameter, PathItem
from generator.naming import pascal, snake
from generator.targets import TargetContext
from generator.targets.client.tolerant import SCHEMA_PREFIX, is_object
from generator.targets.client.tool import ToolOutput

# Query parameters that carry the page token, and response properties that return it, compared
# after snake-casing: "token", "next-token", "nextToken", "NextToken", "next_token".
TOKEN_PARAMETERS = frozenset({"token", "next_token"})
TOKEN_PROPERTIES = frozenset({"next_token"})
# Names our templates define in the package; an error response must not reuse them.
RESERVED_ERROR_NAMES = frozenset({"ApiError", "InvalidResponseError", "PaginationError"})
_DIGITS_ONLY_PATTERN = re.compile(r"\^?(?:\[[0-9-]+\]|\\d|[*+?]|\{\d+(?:,\d*)?\})+\$?")
# The local names of the generated request builders (high_level.py.jinja, _build_<op>).
BUILDER_LOCALS = frozenset({"query", "headers", "content", "self"})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


@dataclass(frozen=True)
class PyType:
    """How a JSON value maps onto Python: an annotation and how to convert it."""

    annotation: str
    kind: str  # "model", "model_list", "json" (returned as it is), "none", "headers"
    model: str | None = None  # the class for "model" and "model_list"


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
    def resolve(self, data: Any) -> Any:
        followed = self.model.follow(data)
        return {} if followed.cycle else followed.schema

    def model_class(self, component: str, why: str) -> str:
        name = self.tool.require_model(pascal(component), why)
        self.imported_models.add(name)
        return name

    def py_type(self, data: Any, why: str, class_name: str | None = None) -> PyType:
        """The Python side of a body schema (the derived document's names for hoisted ones)."""
        if class_name is not None:
            return PyType(class_name, "model", self.model_class(class_name, why))
        if isinstance(data, dict) and isinstance(data.get("$ref"), str):
            ref = data["$ref"]
            target = self.resolve(data)
            if ref.startswith(SCHEMA_PREFIX) and isinstance(target, dict) and is_object(target):
                cls = self.model_class(ref[len(SCHEMA_PREFIX) :], why)
                return PyType(cls, "model", cls)
            return self.py_type(target, why)
        if not isinstance(data, dict):
            return PyType("Any", "json")
        schema_type = data.get("type")
        if schema_type == "array" and isinstance(data.get("items"), dict):
            inner = self.py_type(data["items"], why)
            if inner.kind == "model":
                return PyType(f"list[{inner.annotation}]", "model_list", inner.model)
            if inner.annotation != "Any":
                return PyType(f"list[{inner.annotation}]", "json")
            return PyType("list[Any]", "json")
        primitive = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
        if isinstance(schema_type, str) and schema_type in primitive:
            return PyType(primitive[schema_type], "json")
        return PyType("Any", "json")

    # parameters -----------------------------------------------------------------------------
    def parameter(self, p: Parameter) -> ClientParameter:
        data = self.resolve(p.schema.data)
        schema_type = data.get("type") if isinstance(data, dict) else None
        if isinstance(schema_type, list):
            non_null = [t for t in schema_type if t != "null"]
            schema_type = non_null[0] if len(non_null) == 1 else None
        converter, annotation = "str", "str"
        if schema_type == "integer":
            converter, annotation = "int", "int"
        elif schema_type == "number":
            converter, annotation = "float", "float"
        elif schema_type == "boolean":
            converter, annotation = "bool", "bool"
        elif schema_type == "array":
            items = self.resolve(data.get("items", {}))
            item_type = items.get("type") if isinstance(items, dict) else None
            inner = {"integer": "int", "number": "float", "boolean": "bool"}.get(
                str(item_type), "str"
            )
            converter, annotation = "list", f"Sequence[{inner}]"
        elif schema_type == "string" and _digits_only(data.get("pattern")):
            # A number sent as text ("page-size": "^[1-9][0-9]*$"): accept the int as well.
            annotation = "int | str"
        return ClientParameter(
            name=p.name,
            # ReadMe's API has a query parameter "query": the request builder's locals win.
            python_name=f"{p.python_name}_" if p.python_name in BUILDER_LOCALS else p.python_name,
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
                media.schema.data,
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
                media.schema.data,
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
        page = self.resolve(success.schema.data)
        properties = page.get("properties") if isinstance(page, dict) else None
        if not isinstance(properties, dict):
            return None
        token_props = [name for name in properties if snake(name) in TOKEN_PROPERTIES]
        arrays = [
            name
            for name, sub in properties.items()
            if isinstance(self.resolve(sub), dict) and self.resolve(sub).get("type") == "array"
        ]
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


def _digits_only(pattern: Any) -> bool:
    return isinstance(pattern, str) and bool(_DIGITS_ONLY_PATTERN.fullmatch(pattern))


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
