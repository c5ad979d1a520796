"""The client target: openapi-python-client for the models, our own templates on top.

Two layers end up in one package (``generated/<package>/``):

* the low-level layer is whatever the pinned openapi-python-client generates: ``models/``,
  ``api/``, ``client.py`` (``Client``), ``types.py``, ``errors.py``. It runs as a subprocess on a
  *derived* document written into the scratch folder, in which the parts where the tool is
  strict are made tolerant (see :func:`tolerant_document`);
* the high-level layer is rendered from the intermediate model with the templates in
  ``generator/templates/client/``: ``PinpointClient``/``AsyncPinpointClient`` (named after the
  package), typed exceptions, pagination, retries, SigV4, ``pyproject.toml`` and ``README.md``.

The high-level layer builds its requests itself and only uses the tool's public model classes
(``X.from_dict``/``x.to_dict``); every name it takes from the tool's output is checked against
that output here, so a tool upgrade that renames something fails the generation loudly instead
of producing a package that breaks at import time.
"""

from __future__ import annotations

import ast
import copy
import json
import os
import re
import subprocess
import sys
import textwrap
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import GeneratorError, SpecError
from generator.formatting import LINE_LENGTH
from generator.model import ApiModel, Operation, Parameter, PathItem
from generator.naming import pascal, snake
from generator.render import copied, docstring
from generator.targets import Files, TargetContext

SCHEMA_PREFIX = "#/components/schemas/"
# Query parameters that carry the page token, and response properties that return it, compared
# after snake-casing: "token", "next-token", "nextToken", "NextToken", "next_token".
TOKEN_PARAMETERS = frozenset({"token", "next_token"})
TOKEN_PROPERTIES = frozenset({"next_token"})
# Names our templates define in the package; an error response must not reuse them.
RESERVED_ERROR_NAMES = frozenset({"ApiError", "InvalidResponseError", "PaginationError"})
# Paths of the tool's output that we replace with our own files or do not ship.
REPLACED = frozenset({"pyproject.toml", "README.md", ".gitignore"})
SKIPPED_PARTS = frozenset({".ruff_cache", "__pycache__", ".mypy_cache", ".pytest_cache"})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
_DIGITS_ONLY_PATTERN = re.compile(r"\^?(?:\[[0-9-]+\]|\\d|[*+?]|\{\d+(?:,\d*)?\})+\$?")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_SINGLE = ("additionalProperties", "items", "not")


# -- the derived document -------------------------------------------------------------------------
class _Tolerance:
    """Rewrite a document so that the tool's output keeps what a newer server may send.

    * every string (or integer) enum in a schema that can appear in a body becomes
      ``anyOf: [<the enum>, {type: string}]``: the tool then parses a known value into its enum
      class and keeps an unknown one (``"ARCHIVED"``) as a plain ``str`` instead of raising. An
      inline enum is first hoisted into ``components.schemas`` under the name the tool would
      have given its class (``ActivityResponseState``), so public names do not change;
    * ``additionalProperties: false`` is dropped, so that unknown properties are kept in the
      models' ``additional_properties`` (AWS adds properties over time);
    * inline object schemas of request bodies and success responses are hoisted into
      ``components.schemas`` under names we choose, so that the high-level client knows their
      class names without guessing the tool's naming rules.

    Parameters are left alone: the high-level client types them itself.
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document: dict[str, Any] = copy.deepcopy(dict(document))
        components = self.document.setdefault("components", {})
        self.schemas: dict[str, Any] = components.setdefault("schemas", {})
        self.original_names = frozenset(self.schemas)
        self.body_classes: dict[tuple[str, str], str] = {}  # (pointer kind, key) -> class name

    def unique_name(self, hint: str) -> str:
        name = pascal(hint)
        candidate, counter = name, 2
        taken = {pascal(n) for n in self.schemas}
        while candidate in taken:
            candidate, counter = f"{name}{counter}", counter + 1
        return candidate

    def enum_component(self, name: str) -> bool:
        data = self.schemas.get(name)
        return isinstance(data, dict) and _enum_type(data) is not None

    def schema(self, node: Any, hint: str) -> Any:
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(SCHEMA_PREFIX) and self.enum_component(ref[len(SCHEMA_PREFIX) :]):
                fallback = _enum_type(self.schemas[ref[len(SCHEMA_PREFIX) :]])
                rest = {k: v for k, v in node.items() if k != "$ref"}
                return {"anyOf": [{"$ref": ref}, {"type": fallback}], **rest}
            return node
        enum_type = _enum_type(node)
        if enum_type is not None:
            return self.hoist_enum(node, enum_type, hint)
        result = dict(node)
        if result.get("additionalProperties") is False:
            del result["additionalProperties"]
        for key in _SUBSCHEMA_MAPS:
            if isinstance(result.get(key), dict):
                result[key] = {
                    name: self.schema(sub, f"{hint}_{name}") for name, sub in result[key].items()
                }
        for key in _SUBSCHEMA_LISTS:
            if isinstance(result.get(key), list):
                result[key] = [
                    self.schema(sub, f"{hint}_{key}{index}")
                    for index, sub in enumerate(result[key])
                ]
        for key in _SUBSCHEMA_SINGLE:
            if isinstance(result.get(key), dict):
                result[key] = self.schema(
                    result[key], f"{hint}_{'item' if key == 'items' else key}"
                )
        return result

    def hoist_enum(self, node: dict[str, Any], enum_type: str, hint: str) -> dict[str, Any]:
        values = [v for v in node["enum"] if v is not None]
        nullable = len(values) != len(node["enum"]) or _allows_null(node.get("type"))
        name = self.unique_name(hint)
        annotations = ("description", "title")
        hoisted = {k: v for k, v in node.items() if k not in (*annotations, "default", "example")}
        hoisted.update(type=enum_type, enum=values)
        if "description" in node:
            hoisted["description"] = node["description"]
        self.schemas[name] = hoisted
        branches: list[dict[str, Any]] = [
            {"$ref": SCHEMA_PREFIX + name},
            {"type": enum_type},
        ]
        if nullable:
            branches.append({"type": "null"})
        return {"anyOf": branches, **{k: node[k] for k in annotations if k in node}}

    def hoist_object(self, node: Any, hint: str, key: tuple[str, str]) -> Any:
        """Give an inline object body schema a component name; return the new node."""
        if not isinstance(node, dict) or "$ref" in node or not _is_object(node):
            return node
        name = self.unique_name(hint)
        self.schemas[name] = self.schema(node, name)
        self.body_classes[key] = name
        return {"$ref": SCHEMA_PREFIX + name}

    def content(self, content: Any, hint: str, key: tuple[str, str] | None) -> None:
        if not isinstance(content, dict):
            return
        for media in content.values():
            if isinstance(media, dict) and "schema" in media:
                if key is not None:
                    media["schema"] = self.hoist_object(media["schema"], hint, key)
                media["schema"] = self.schema(media["schema"], hint)

    def build(self, model: ApiModel) -> dict[str, Any]:
        for name in list(self.schemas):
            if name in self.original_names and not self.enum_component(name):
                self.schemas[name] = self.schema(self.schemas[name], name)
        components = self.document["components"]
        for name, response in (components.get("responses") or {}).items():
            if isinstance(response, dict):
                self.content(response.get("content"), f"{name}_body", None)
        for name, body in (components.get("requestBodies") or {}).items():
            if isinstance(body, dict):
                self.content(body.get("content"), f"{name}_body", None)
        for item in model.paths:
            path_data = self.document["paths"][item.path]
            for op in item.operations:
                op_data = path_data[op.method.lower()]
                body = op_data.get("requestBody")
                if isinstance(body, dict) and "$ref" not in body:
                    self.content(
                        body.get("content"),
                        f"{op.class_name}_request",
                        ("request", op.operation_id),
                    )
                for status, response in (op_data.get("responses") or {}).items():
                    if not isinstance(response, dict) or "$ref" in response:
                        continue
                    success = status.startswith("2")
                    self.content(
                        response.get("content"),
                        f"{op.class_name}_response_{status}",
                        ("response", f"{op.operation_id} {status}") if success else None,
                    )
        return self.document


def _enum_type(node: Mapping[str, Any]) -> str | None:
    """``"string"``/``"integer"`` for an enum of such values (null allowed), else None."""
    values = node.get("enum")
    if not isinstance(values, list) or not values or "$ref" in node:
        return None
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, str) for v in present):
        return "string"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "integer"
    return None


def _allows_null(schema_type: Any) -> bool:
    return schema_type == "null" or (isinstance(schema_type, list) and "null" in schema_type)


def _is_object(node: Mapping[str, Any]) -> bool:
    schema_type = node.get("type")
    if schema_type == "object" or (isinstance(schema_type, list) and "object" in schema_type):
        return True
    return schema_type is None and "properties" in node


def tolerant_document(model: ApiModel) -> tuple[dict[str, Any], dict[tuple[str, str], str]]:
    """The document the tool reads, and the names given to hoisted inline body schemas."""
    tolerance = _Tolerance(model.document)
    document = tolerance.build(model)
    return document, tolerance.body_classes


# -- running openapi-python-client ----------------------------------------------------------------
def run_tool(document: Mapping[str, Any], context: TargetContext) -> Path:
    """Run the pinned openapi-python-client on ``document``; return its output folder."""
    spec = context.scratch / "derived-openapi.json"
    spec.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    config = context.scratch / "openapi-python-client.json"
    config.write_text(
        json.dumps(
            {
                "project_name_override": context.package.replace("_", "-"),
                "package_name_override": context.package,
                "package_version_override": context.version,
                # No hooks: the tool's default ruff hooks read any ruff config around and leave
                # code that fails mypy --strict. The generator runs the pinned ruff with explicit
                # rule sets over every target's files once, at the end (generator.formatting).
                "post_hooks": [],
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    out = context.scratch / "openapi-python-client"
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec), "--config", str(config), "--output-path", str(out),
        "--meta", "pdm", "--fail-on-warning",
    ]  # fmt: skip
    # The tool skips a post hook whose command is not on PATH (a warning, fatal here): keep this
    # interpreter's folder first so that nothing depends on how the generator was started.
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")])}
    try:
        result = subprocess.run(
            command, cwd=context.scratch, env=env, capture_output=True, text=True, check=False
        )
    except OSError as exc:  # pragma: no cover - the interpreter itself is missing
        raise GeneratorError(f"cannot run openapi-python-client: {exc}") from None
    if result.returncode != 0 or not (out / context.package).is_dir():
        raise GeneratorError(
            "openapi-python-client failed (warnings are fatal):\n"
            + (result.stdout + result.stderr).strip()
        )
    return out


def collect(out: Path, package: str) -> Files:
    """The tool's files, minus caches and the files our templates replace."""
    files: Files = {}
    for path in sorted(out.rglob("*")):
        relative = path.relative_to(out)
        if not path.is_file() or SKIPPED_PARTS.intersection(relative.parts):
            continue
        key = relative.as_posix()
        if key in REPLACED or key == f"{package}/__init__.py":
            continue
        files[key] = path.read_text(encoding="utf-8")
    return files


# -- what the tool generated, read back ----------------------------------------------------------
@dataclass(frozen=True)
class ToolOutput:
    """Names found in the tool's output: model classes and their annotated attributes."""

    models: frozenset[str]  # exported by <package>/models/__init__.py
    attributes: Mapping[str, Mapping[str, str]]  # class -> attribute -> annotation source
    client_names: frozenset[str]  # top-level names of <package>/client.py
    dependencies: tuple[str, ...]  # [project].dependencies of the tool's pyproject.toml
    build_system: Mapping[str, Any]
    imports_dateutil: bool

    def require_model(self, name: str, why: str) -> str:
        if name not in self.models:
            raise GeneratorError(
                f"openapi-python-client did not generate the model {name!r} ({why}); "
                f"models: {', '.join(sorted(self.models))}"
            )
        return name

    def annotation(self, cls: str, attribute: str, why: str) -> str:
        found = self.attributes.get(cls, {}).get(attribute)
        if found is None:
            raise GeneratorError(
                f"openapi-python-client's {cls} has no attribute {attribute!r} ({why}); "
                f"attributes: {', '.join(self.attributes.get(cls, {}))}"
            )
        return found


def read_tool_output(out: Path, package: str) -> ToolOutput:
    root = out / package
    models: set[str] = set()
    init = root / "models" / "__init__.py"
    if init.is_file():
        for node in ast.parse(init.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
            ):
                value = ast.literal_eval(node.value)
                models.update(str(v) for v in value)
    attributes: dict[str, dict[str, str]] = {}
    for module in sorted((root / "models").glob("*.py")):
        source = module.read_text(encoding="utf-8")
        for node in ast.parse(source).body:
            if isinstance(node, ast.ClassDef):
                attributes[node.name] = {
                    item.target.id: ast.unparse(item.annotation)
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                }
    client_module = root / "client.py"
    client_names = (
        {
            node.name
            for node in ast.parse(client_module.read_text(encoding="utf-8")).body
            if isinstance(node, ast.ClassDef)
        }
        if client_module.is_file()
        else set()
    )
    pyproject = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject.get("project", {})
    imports_dateutil = any(
        "dateutil" in p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.py"))
    )
    return ToolOutput(
        models=frozenset(models),
        attributes=attributes,
        client_names=frozenset(client_names),
        dependencies=tuple(project.get("dependencies", ())),
        build_system=pyproject.get("build-system", {}),
        imports_dateutil=imports_dateutil,
    )


# -- the template context -------------------------------------------------------------------------
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
class _Builder:
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
            if ref.startswith(SCHEMA_PREFIX) and isinstance(target, dict) and _is_object(target):
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
            anonymous=self.anonymous(op),
            summary=" ".join((op.summary or "").split()),
            description=(op.description or "").strip(),
        )
        paginator = self.paginator(op, client_op)
        if paginator is None:
            return client_op
        return ClientOperation(**{**client_op.__dict__, "paginator": paginator})

    def anonymous(self, op: Operation) -> bool:
        """Whether the spec says the operation takes no credentials (an explicit ``security: []``).

        No ``security`` anywhere says nothing: the client's auth, if any, is used.
        """
        if op.security:
            return False
        path_item = self.resolve(self.model.document["paths"][op.path])
        declared = path_item.get(op.method.lower(), {}).get("security")
        if declared is None:
            declared = self.model.document.get("security")
        return isinstance(declared, list) and not declared

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


def _server(model: ApiModel) -> tuple[str, dict[str, str]]:
    if not model.servers:
        return "", {}
    server = model.servers[0]
    return server.url, {v.name: v.default for v in server.variables}


def _wrap(text: str, indent: int, first_offset: int = 0) -> str:
    """A docstring paragraph wrapped to the line length, continued at ``indent`` spaces."""
    width = int(LINE_LENGTH) - indent
    lines = textwrap.wrap(
        docstring(" ".join(text.split())), width=width, initial_indent=" " * first_offset
    )
    joined = ("\n" + " " * indent).join(lines)
    return joined[first_offset:]


def _schema_keys(model: ApiModel, names: tuple[str, ...]) -> tuple[str, ...]:
    """Property names of error bodies that match ``names`` (case-insensitive), then ``names``."""
    found: list[str] = []
    wanted = {n.lower() for n in names}
    for op in model.operations:
        for response in op.error_responses:
            media = response.json
            if media is None or media.schema is None:
                continue
            data = model.follow(media.schema.data).schema
            properties = data.get("properties") if isinstance(data, dict) else None
            for key in properties or {}:
                if key.lower() in wanted and key not in found:
                    found.append(key)
    return tuple(found) + tuple(n for n in names if n not in found)


def render(model: ApiModel, context: TargetContext) -> Files:
    document, body_classes = tolerant_document(model)
    out = run_tool(document, context)
    tool = read_tool_output(out, context.package)
    files = collect(out, context.package)
    if "Client" not in tool.client_names:
        raise GeneratorError("openapi-python-client generated no Client class in client.py")

    builder = _Builder(model, context, tool, body_classes)
    operations = tuple(
        builder.operation(item, op) for item in model.paths for op in item.operations
    )
    errors = builder.errors()
    server_url, server_variables = _server(model)
    sigv4 = uses_sigv4(model)
    dependencies = list(tool.dependencies)
    if tool.imports_dateutil and not any(d.startswith("python-dateutil") for d in dependencies):
        dependencies.append("python-dateutil>=2.8.0")
    dependencies.append("anyio>=3.0")  # the async client's sleep between retries
    class_base = pascal(context.package)
    status_errors: dict[str, str] = {}
    for op in operations:
        for status, name in op.errors:
            status_errors.setdefault(status, name)

    _check_method_names(operations)
    env = context.templates
    env.filters["docstring"] = docstring
    env.filters["wrap"] = _wrap
    env.filters["toml"] = lambda value: json.dumps(value, ensure_ascii=False)
    variables: dict[str, Any] = {
        "package": context.package,
        "distribution": context.package.replace("_", "-"),
        "version": context.version,
        "title": model.title,
        "description": model.description or "",
        "sync_class": class_base,
        "async_class": f"Async{class_base}",
        "operations": operations,
        "paginated": tuple(op for op in operations if op.paginator is not None),
        "errors": errors,
        "status_errors": tuple(status_errors.items()),
        "models": tuple(sorted(builder.imported_models)),
        "server_url": server_url,
        "server_variables": tuple(server_variables.items()),
        "default_region": server_variables.get("region", "us-east-1"),
        "sigv4": sigv4,
        "signing_name": signing_name(model),
        "dependencies": tuple(dependencies),
        "build_system": tool.build_system,
        "message_keys": _schema_keys(model, ("Message", "message")),
        "request_id_keys": _schema_keys(model, ("RequestID", "RequestId", "requestId")),
        "example": _example(model, operations),
        "client_names": tool.client_names,
    }
    files[f"{context.package}/_transport.py"] = copied("client", "_transport.py")
    modules = ["__init__.py", "exceptions.py", "_runtime.py", "high_level.py"]
    if sigv4:
        modules.append("sigv4.py")
    for module in modules:
        template = env.get_template(f"{module}.jinja")
        files[f"{context.package}/{module}"] = template.render(variables)
    files["pyproject.toml"] = env.get_template("pyproject.toml.jinja").render(variables)
    files["README.md"] = env.get_template("README.md.jinja").render(variables)
    return files


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


def _example(model: ApiModel, operations: tuple[ClientOperation, ...]) -> dict[str, Any]:
    """Argument values for the README example: the first paginated (else first) operation."""
    chosen = next((op for op in operations if op.paginator), operations[0] if operations else None)
    if chosen is None:
        return {}
    source = next(op for op in model.operations if op.operation_id == chosen.operation_id)
    arguments = [
        (p.python_name, p.example if p.example is not None else f"my-{p.python_name}")
        for p in source.parameters
        if p.required
    ]
    mock = next((s.url for s in model.servers[1:] if "127.0.0.1" in s.url), None)
    missing = [
        (name, "no-such-id" if i == 0 else value) for i, (name, value) in enumerate(arguments)
    ]
    return {"operation": chosen, "arguments": arguments, "missing": missing, "local_url": mock}
