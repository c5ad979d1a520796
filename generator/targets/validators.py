"""The validators target (placeholder until its issue lands): only the package metadata."""

from __future__ import annotations

from generator.model import ApiModel
from generator.targets import Files, TargetContext


def render(model: ApiModel, context: TargetContext) -> Files:
    return {"py.typed": "", f"{context.package}/__init__.py": f'"""{model.title}."""\n'}
