"""The bodies PinpointClient types itself, as typed dictionaries: x-www-form-urlencoded support.

Forms and multipart bodies (a file part is ``bytes | File``), JSON of a ``+json`` media type, and
the operations openapi-python-client could not generate or whose models it could not build (the
generator warned at each); their JSON responses are checked against the spec. An optional
property is ``NotRequired``, an enum a ``Literal``, a nullable type ``X | None``. At runtime the
values are plain ``dict``s, as ``json.loads`` returns them.
Generated from the OpenAPI document by ``python -m generator``; do not edit.
"""

from typing import NotRequired, TypedDict

__all__ = [
    "Token",
    "DemoFormDataForm",
]


class Token(TypedDict):
    """The Token schema."""

    access_token: int
    token_type: str
    expires_in: int


class DemoFormDataForm(TypedDict):
    """The DemoFormDataForm schema."""

    client_id: str
    client_secret: str
    scope: NotRequired[int]
