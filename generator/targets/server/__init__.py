"""The server target: a standard-library ASGI package that routes, validates and answers errors.

The templates see only the view built here (plain frozen dataclasses derived from the model), so
every spec-specific fact (routes, parameter rules, error names, types) is decided in one place and
the templates stay straight-line code. The embedded validators come from the shared schema
compiler, so the server checks exactly what the validators package checks.
"""

from __future__ import annotations

from generator.model import ApiModel
from generator.render import copied
from generator.targets import Files, TargetContext
from generator.targets.media import serves_all_kinds
from generator.targets.server.build import RAW_SAFE, build_view
from generator.targets.validators.module import build_module

# Every kind of media type (generator.model.media): the pipeline hands render() all of them.
serves_media = serves_all_kinds

COPIED = ("_frozen.py", "_request_ids.py")  # plain Python, copied as is
TEMPLATES = {
    "pyproject.toml.jinja": "pyproject.toml",
    "README.md.jinja": "README.md",
    "__init__.py.jinja": "{package}/__init__.py",
    "app.py.jinja": "{package}/app.py",
    "_answers.py.jinja": "{package}/_answers.py",
    "_binding.py.jinja": "{package}/_binding.py",
    "_conformance.py.jinja": "{package}/_conformance.py",
    "_matching.py.jinja": "{package}/_matching.py",
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
    if view.has_media:
        files[f"{context.package}/_media.py"] = context.templates.get_template(
            "_media.py.jinja"
        ).render(view=view, raw_safe=RAW_SAFE)
    for module in COPIED:
        files[f"{context.package}/{module}"] = copied("server", module)
    files[f"{context.package}/py.typed"] = ""
    files[f"{context.package}/_validators.py"] = validators.source
    return files


__all__ = ["build_view", "render"]
