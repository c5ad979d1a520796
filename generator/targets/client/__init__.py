"""The client target: openapi-python-client for the models, our own templates on top.

Two layers end up in one package (``generated/<package>/``):

* the low-level layer is whatever the pinned openapi-python-client generates: ``models/``,
  ``api/``, ``client.py`` (``Client``), ``types.py``, ``errors.py``. It runs as a subprocess on a
  *derived* document written into the scratch folder, in which the parts where the tool is
  strict are made tolerant (see :func:`tolerant_document`);
* the high-level layer is rendered from the intermediate model with the templates in
  ``generator/templates/client/``: ``PinpointClient``/``AsyncPinpointClient`` (named after the
  package), typed exceptions, pagination, retries, SigV4, ``pyproject.toml`` and ``README.md``.

Where the tool leaves an operation out, or one of the models it needs, or generates nothing at
all, the high-level client still has the method: it types that operation's bodies with the
TypedDicts of ``shapes.py`` and checks its responses with the embedded validators
(``_validators.py``, the validators target's module), and the generator warns at the operation
(or, when nothing was generated, at the place the tool could not read).

The high-level layer builds its requests itself and only uses the tool's public model classes
(``X.from_dict``/``x.to_dict``); every name it takes from the tool's output is checked against
that output while the view is built (:mod:`~generator.targets.client.build`), so a tool upgrade
that renames something fails the generation loudly instead of producing a package that breaks at
import time. The templates see only that view (:class:`~.view.ClientView`, its fields as names).
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import fields

from generator.errors import GeneratorError
from generator.formatting import LINE_LENGTH
from generator.model import ApiModel
from generator.render import copied, docstring
from generator.targets import Files, TargetContext
from generator.targets.client.build import build_view, signing_name, uses_sigv4
from generator.targets.client.media import only_json, serves_media
from generator.targets.client.report import ToolReport
from generator.targets.client.tolerant import tolerant_document
from generator.targets.client.tool import ToolOutput, collect, read_tool_output, run_tool
from generator.targets.client.view import ClientView
from generator.targets.validators.module import build_module

LOW_LAYER = "openapi-python-client (the client's low layer)"


def _wrap(text: str, indent: int, first_offset: int = 0) -> str:
    """A docstring paragraph wrapped to the line length, continued at ``indent`` spaces."""
    width = int(LINE_LENGTH) - indent
    lines = textwrap.wrap(
        docstring(" ".join(text.split())), width=width, initial_indent=" " * first_offset
    )
    joined = ("\n" + " " * indent).join(lines)
    return joined[first_offset:]


def render(model: ApiModel, context: TargetContext) -> Files:
    # The tool reads the JSON of the document only: the other kinds are the high-level
    # client's own, so its low layer is what it was before they reached the model.
    document, body_classes = tolerant_document(model.restricted(only_json))
    out, report = run_tool(document, context)
    if out is None:
        tool, files = ToolOutput.nothing(), {f"{context.package}/py.typed": ""}
    else:
        tool, files = read_tool_output(out, context.package), collect(out, context.package)
        if "Client" not in tool.client_names:
            raise GeneratorError("openapi-python-client generated no Client class in client.py")
    view = build_view(model, context, tool, body_classes, report)
    _warn(view, report, context)
    env = context.templates
    env.filters["docstring"] = docstring
    env.filters["wrap"] = _wrap
    env.filters["toml"] = lambda value: json.dumps(value, ensure_ascii=False)
    # The view's fields are the templates' names ("package", "operations", ...).
    variables = {f.name: getattr(view, f.name) for f in fields(view)}
    files[f"{context.package}/_transport.py"] = copied("client", "_transport.py")
    modules = ["__init__.py", "exceptions.py", "_runtime.py", "high_level.py"]
    if view.sigv4:
        modules.append("sigv4.py")
    if view.shapes.definitions:
        modules.append("shapes.py")
    if view.media:
        files[f"{context.package}/_media.py"] = copied("client", "_media.py")
    if view.validated:
        files[f"{context.package}/_validators.py"] = build_module(
            model,
            docstring=f"Validators for the schemas of {model.title}, embedded in"
            f" {context.package} for the responses it types with its shapes."
            " Generated: do not edit.",
        ).source
    for module in modules:
        template = env.get_template(f"{module}.jinja")
        files[f"{context.package}/{module}"] = template.render(variables)
    files["pyproject.toml"] = env.get_template("pyproject.toml.jinja").render(variables)
    files["README.md"] = env.get_template("README.md.jinja").render(variables)
    return files


def _warn(view: ClientView, report: ToolReport, context: TargetContext) -> None:
    """One warning per operation the tool does not serve, or one for a tool that generated
    nothing (every operation is then served by the high-level client alone)."""
    if report.crash is not None:
        where, why = report.crash
        context.warnings.warn(
            where,
            f"{LOW_LAYER} generated nothing: {why}; {view.package} has no models, api or Client,"
            f" and its {view.sync_class} sends every operation itself, typed with"
            f" {view.package}.shapes",
        )
        return
    for op in view.fallbacks:
        context.warnings.warn(
            f"paths.{op.path}.{op.method.lower()}",
            f"{op.fallback}; {view.sync_class}.{op.python_name} sends it itself, typed with"
            f" {view.package}.shapes and checked against the spec",
        )


__all__ = [
    "build_view",
    "render",
    "serves_media",
    "signing_name",
    "tolerant_document",
    "uses_sigv4",
]
