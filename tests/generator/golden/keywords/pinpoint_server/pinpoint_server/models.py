"""The schemas of the Keyword zoo API as typed dictionaries (for type checkers only).

An optional property is ``NotRequired``; an enum is a ``Literal``; a nullable type is
``X | None``. At runtime the values are plain ``dict``s, as ``json.loads`` returns them. Hints
naming another schema are quoted (it may be defined further down), the rest stay evaluated so
``__required_keys__`` is right at runtime.
"""

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

__all__ = [
    "Thing",
    "ThingChoice1",
    "ThingChoice2",
    "Shape",
    "Node",
]


class Thing(TypedDict):
    """The Thing schema."""

    kind: Literal["thing"]
    code: str
    when: NotRequired[str]
    day: NotRequired[str]
    small: NotRequired[int]
    big: NotRequired[int]
    pair: NotRequired[list[Any]]
    head: NotRequired[list[float]]
    labels: NotRequired[dict[str, int]]
    notZero: NotRequired[Any]
    mixed: NotRequired[Any]
    choice: NotRequired["ThingChoice1 | ThingChoice2"]
    anything: NotRequired[Any]
    nothing: NotRequired[Any]
    exclusive: NotRequired[float]
    tree: NotRequired["Node"]


class ThingChoice1(TypedDict):
    """The ThingChoice1 schema."""

    radius: float


class ThingChoice2(TypedDict):
    """The ThingChoice2 schema."""

    side: float


Shape: TypeAlias = Any
"""The Shape schema."""


class Node(TypedDict):
    """The Node schema."""

    value: NotRequired[int | str]
    next: NotRequired["Node | None"]
