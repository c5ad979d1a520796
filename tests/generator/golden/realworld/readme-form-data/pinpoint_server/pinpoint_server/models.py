"""The schemas of the x-www-form-urlencoded support API as typed dictionaries (for type checkers only).

An optional property is ``NotRequired``; an enum is a ``Literal``; a nullable type is
``X | None``. At runtime the values are plain ``dict``s, as ``json.loads`` returns them. Hints
naming another schema are quoted (it may be defined further down), the rest stay evaluated so
``__required_keys__`` is right at runtime.
"""

from typing import NotRequired, TypedDict

__all__ = [
    "Token",
    "DemoFormDataRequestBody",
]


class Token(TypedDict):
    """The Token schema."""

    access_token: int
    token_type: str
    expires_in: int


class DemoFormDataRequestBody(TypedDict):
    """The DemoFormDataRequestBody schema."""

    client_id: str
    client_secret: str
    scope: NotRequired[int]
