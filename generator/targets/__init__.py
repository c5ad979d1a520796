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


def load(target: str) -> Render:
    module = importlib.import_module(f"generator.targets.{target}")
    render: Render = module.render
    return render
