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

import json
import textwrap
from typing import Any

from generator.errors import GeneratorError, SpecError
from generator.formatting import LINE_LENGTH
from generator.model import ApiModel
from generator.naming import pascal
from generator.render import copied, docstring
from generator.targets import Files, TargetContext
from generator.targets.client.tolerant import tolerant_document
from generator.targets.client.tool import collect, read_tool_output, run_tool
from generator.targets.client.view import (
    ClientOperation,
    ViewBuilder,
    default_server,
    signing_name,
    uses_sigv4,
)


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

    builder = ViewBuilder(model, context, tool, body_classes)
    operations = tuple(
        builder.operation(item, op) for item in model.paths for op in item.operations
    )
    errors = builder.errors()
    server_url, server_variables = default_server(model)
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
    if chosen is None:  # a document of webhooks only: the README shows no call
        return {"operation": None, "arguments": [], "missing": [], "local_url": None}
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


__all__ = ["render", "signing_name", "tolerant_document", "uses_sigv4"]
