"""Example values for the generated READMEs, taken from the spec the same way by every target:
a call's arguments from its parameters' examples, a body from its schema's examples."""

from __future__ import annotations

import pprint
from collections.abc import Sequence
from dataclasses import dataclass

from generator.model import JSON, ApiModel, Operation, Response


@dataclass(frozen=True)
class CallExample:
    """Arguments for an example call of one operation."""

    arguments: tuple[tuple[str, JSON], ...]  # (Python name, value) of each required parameter
    missing: tuple[tuple[str, JSON], ...]  # the same with the first naming nothing: a 404
    local_url: str | None  # a server of the spec on this machine (the mock), if there is one


def call_example(
    model: ApiModel, operation: Operation, names: Sequence[str] | None = None
) -> CallExample:
    """Each required parameter's example, else a placeholder (``my-<name>``); each argument
    named by ``names`` (one per parameter, as the method takes it) or its Python name."""
    shown = names if names is not None else [p.python_name for p in operation.parameters]
    arguments = tuple(
        (name, p.example if p.example is not None else f"my-{p.python_name}")
        for p, name in zip(operation.parameters, shown, strict=True)
        if p.required
    )
    missing = tuple(
        (name, "no-such-id" if i == 0 else value) for i, (name, value) in enumerate(arguments)
    )
    local = next((s.url for s in model.servers[1:] if "127.0.0.1" in s.url), None)
    return CallExample(arguments, missing, local)


def body_example(model: ApiModel, response: Response) -> str | None:
    """Python source of the first example of a response's JSON body, if its schema has one."""
    media = response.json
    if media is None or media.schema is None:
        return None
    examples = model.node(media.schema).resolved.examples
    if not examples:
        return None
    return pprint.pformat(examples[0], width=88, sort_dicts=False)


__all__ = ["CallExample", "body_example", "call_example"]
