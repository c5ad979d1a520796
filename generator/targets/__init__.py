"""The output targets. Each module has ``render(model, context) -> Files``.

A target returns every file of its package folder (``generated/<package>/``) as text keyed by
the path inside that folder; the CLI formats, writes or compares them. Targets read only the
model and their own templates (``generator/templates/<target>/``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.errors import Warnings
from generator.model import ApiModel
from generator.model.media import JSON_MEDIA_TYPE

Files = dict[str, str]


@dataclass(frozen=True)
class TargetContext:
    package: str  # the import name, also the folder name under the output dir
    version: str  # PEP 440 version of the generated package
    spec_path: Path  # the spec file, for tools that read it themselves (openapi-python-client)
    scratch: Path  # an empty temporary folder the target may use
    templates: jinja2.Environment
    packages: dict[
        str, str
    ]  # every target's package name, e.g. {"validators": "pinpoint_validators"}
    # What a target leaves out or serves its own way, located (the CLI prints them with the
    # model's warnings; the client target reports what openapi-python-client dropped).
    warnings: Warnings = field(default_factory=Warnings)


Render = Callable[[ApiModel, TargetContext], Files]


ServesMedia = Callable[[str], bool]


def load(target: str) -> Render:
    module = importlib.import_module(f"generator.targets.{target}")
    render: Render = module.render
    return render


def only_json(content_type: str) -> bool:
    """What a target serves that declares nothing: ``application/json`` alone."""
    return content_type == JSON_MEDIA_TYPE


def serves_media(target: str) -> ServesMedia:
    """The target's ``serves_media(content_type) -> bool`` (:mod:`generator.model.media`):
    the pipeline renders it from ``model.restricted(serves_media)``; without one, only JSON."""
    module = importlib.import_module(f"generator.targets.{target}")
    serves: ServesMedia = getattr(module, "serves_media", only_json)
    return serves


def media_warnings(model: ApiModel, served: dict[str, ServesMedia]) -> tuple[tuple[str, str], ...]:
    """One located warning per media type (and per request body left without one) that some
    of the ``served`` targets skip, naming them when the others serve it."""
    warnings = Warnings()

    def skipped(what: str, where: str, skipping: list[str], key: str) -> None:
        if len(skipping) == len(served):
            warnings.warn(where, f"{what} is not served yet; skipped", key)
        else:
            names = " and ".join(", ".join(skipping).rsplit(", ", 1))
            warnings.warn(where, f"{what} is not served by the {names} yet; skipped there", key)

    seen: set[str] = set()
    for op in model.operations:
        body = op.request_body
        holders = ([body.content] if body is not None else []) + [r.content for r in op.responses]
        for content in holders:
            for media in content:
                if media.location in seen:
                    continue
                seen.add(media.location)
                skipping = [t for t, serves in served.items() if not serves(media.content_type)]
                if skipping:
                    key = f"media {media.content_type} {skipping}"
                    skipped(f"media type {media.content_type!r}", media.location, skipping, key)
        if body is not None and body.content:
            where = body.content[0].location.rsplit(".content.", 1)[0]
            left_out = [
                t
                for t, serves in served.items()
                if not any(serves(m.content_type) for m in body.content)
            ]
            if left_out and where not in seen:
                seen.add(where)
                skipped("the request body", where, left_out, f"body {left_out}")
    return warnings.items()
