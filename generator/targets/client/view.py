"""What the client templates see: plain frozen dataclasses (operations, parameters, paginators,
error classes, the README's example, the package), built by :mod:`.build`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.model import JSON
from generator.pytypes import Definition, PyType, references, render_hint


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
    keyed: bool = False  # a page of the fallback is a TypedDict: its token and items are keys


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
    # Why openapi-python-client's models do not serve it (None when they do): the client then
    # types it with ``shapes`` and validates the response itself (see .fallback).
    fallback: str | None = None
    # How the body is sent (generator.targets.client.media): its kind, Content-Type, the
    # keyword that overrides that for a range (image/*), multipart parts' declared types.
    body_kind: str = "json"
    body_content_type: str = "application/json"
    content_type_param: str | None = None
    body_parts: tuple[tuple[str, str | None], ...] = ()
    # How the response is read: the Accept sent (None: the client's JSON default), and for a
    # result of several kinds ("mixed") the JSON type and whether text and bytes may come.
    accept: str | None = None
    result_json: PyType | None = None
    result_text: bool = False
    result_binary: bool = False

    @property
    def validated(self) -> bool:
        """The response JSON is checked with the embedded validators (a shapes result)."""
        json_type = self.result_json if self.result.kind == "mixed" else self.result
        return json_type is not None and json_type.kind == "shape"

    @property
    def required_parameters(self) -> tuple[ClientParameter, ...]:
        return tuple(p for p in self.parameters if p.required)

    @property
    def optional_parameters(self) -> tuple[ClientParameter, ...]:
        return tuple(p for p in self.parameters if not p.required)


@dataclass(frozen=True)
class ShapesView:
    """``shapes.py``: the TypedDicts of the fallback operations' bodies (empty: no module)."""

    definitions: tuple[Definition, ...]

    def quoted(self, marked: str) -> str:
        """shapes.py evaluates its hints: one naming a shape is quoted (a forward reference)."""
        text = render_hint(marked)
        return repr(text) if references(marked) else text


@dataclass(frozen=True)
class ErrorClass:
    name: str
    description: str
    statuses: tuple[str, ...]


@dataclass(frozen=True)
class ReadmeExample:
    """The README's example call: the first paginated operation, else the first one."""

    operation: ClientOperation | None
    arguments: tuple[tuple[str, JSON], ...]  # (Python name, value) of each required parameter
    missing: tuple[tuple[str, JSON], ...]  # the same, the first naming nothing (a 404)
    local_url: str | None  # the spec's server on this machine (the mock), if any


@dataclass(frozen=True)
class ClientView:
    """Everything the client templates see; each field is one name in their context."""

    package: str
    distribution: str
    version: str
    title: str
    description: str
    sync_class: str
    async_class: str
    operations: tuple[ClientOperation, ...]
    paginated: tuple[ClientOperation, ...]
    errors: tuple[ErrorClass, ...]
    status_errors: tuple[tuple[str, str], ...]  # (status, the first error class declared for it)
    models: tuple[str, ...]  # the tool's model classes the high-level layer imports
    server_url: str
    server_variables: tuple[tuple[str, str], ...]  # (name, default)
    default_region: str
    sigv4: bool
    signing_name: str | None
    dependencies: tuple[str, ...]
    build_system: Mapping[str, Any]
    message_keys: tuple[str, ...]  # where an error body holds its message, in lookup order
    request_id_keys: tuple[str, ...]
    example: ReadmeExample
    client_names: frozenset[str]  # the classes of the tool's client.py
    low_layer: bool = True  # openapi-python-client generated its package (models, api, Client)
    shapes: ShapesView = ShapesView(())
    fallbacks: tuple[ClientOperation, ...] = ()  # the operations the client types with shapes
    media: bool = False  # a form, multipart, text or binary body, or a mixed result (_media.py)
    validated: bool = False  # some operation checks its response with _validators.py
