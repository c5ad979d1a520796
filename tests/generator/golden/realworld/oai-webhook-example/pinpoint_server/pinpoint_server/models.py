"""The schemas of the Webhook Example API as typed dictionaries (for type checkers only).

An optional property is ``NotRequired``; an enum is a ``Literal``; a nullable type is
``X | None``. At runtime the values are plain ``dict``s, as ``json.loads`` returns them. Hints
naming another schema are quoted (it may be defined further down), the rest stay evaluated so
``__required_keys__`` is right at runtime.
"""

from typing import NotRequired, TypedDict

__all__ = [
    "Pet",
]


class Pet(TypedDict):
    """The Pet schema."""

    id: int
    name: str
    tag: NotRequired[str]
