"""The validators target: a dependency-free package of compiled JSON Schema validators.

The code comes from :mod:`generator.targets.validators.module` (the server target embeds the same
module);
the templates only add packaging and documentation around it.
"""

from __future__ import annotations

from generator.model import ApiModel
from generator.naming import snake
from generator.targets import Files, TargetContext
from generator.targets.media import serves_all_kinds
from generator.targets.validators.module import build_module

# Every kind of media type (generator.model.media): the pipeline hands render() all of them.
serves_media = serves_all_kinds


def render(model: ApiModel, context: TargetContext) -> Files:
    package = context.package
    compiled = build_module(
        model,
        docstring=(
            f"Validators for {model.title} {model.version}, compiled from the OpenAPI document;"
            " do not edit (regenerate with ``python -m generator``)."
        ),
    )
    env = context.templates
    entries = [{"name": name, "summary": summary} for name, summary in compiled.entries]
    first = model.schemas[0].name if model.schemas else None
    values = {
        "package": package,
        "version": context.version,
        "title": model.title,
        "api_version": model.version,
        "spec": context.spec_path.as_posix(),
        "names": compiled.names,
        "entries": entries,
        "example_name": first or (entries[0]["name"] if entries else "Schema"),
        "example_function": _function_for(compiled.names, first),
    }
    return {
        "pyproject.toml": env.get_template("pyproject.toml.jinja").render(values),
        "README.md": env.get_template("README.md.jinja").render(values),
        f"{package}/__init__.py": env.get_template("package/__init__.py.jinja").render(values),
        f"{package}/py.typed": "",
        f"{package}/validators.py": compiled.source,
    }


def _function_for(names: tuple[str, ...], schema: str | None) -> str:
    if schema is not None:
        return snake(schema)
    return next((n.removeprefix("validate_") for n in names if n.startswith("validate_")), "x")
