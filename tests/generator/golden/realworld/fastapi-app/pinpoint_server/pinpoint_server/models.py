"""The schemas of the Bookshelf API as typed dictionaries (for type checkers only).

An optional property is ``NotRequired``; an enum is a ``Literal``; a nullable type is
``X | None``. At runtime the values are plain ``dict``s, as ``json.loads`` returns them. Hints
naming another schema are quoted (it may be defined further down), the rest stay evaluated so
``__required_keys__`` is right at runtime.
"""

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

__all__ = [
    "Book",
    "BookIn",
    "Genre",
    "HTTPValidationError",
    "Page",
    "ValidationError",
]


class Book(TypedDict):
    """The Book schema."""

    title: str
    author: str
    year: NotRequired[int | None]
    genre: NotRequired["Genre"]
    tags: NotRequired[list[str]]
    id: int


class BookIn(TypedDict):
    """The BookIn schema."""

    title: str
    author: str
    year: NotRequired[int | None]
    genre: NotRequired["Genre"]
    tags: NotRequired[list[str]]


Genre: TypeAlias = Literal["fiction", "science", "history"]
"""The Genre schema."""


class HTTPValidationError(TypedDict):
    """The HTTPValidationError schema."""

    detail: NotRequired["list[ValidationError]"]


class Page(TypedDict):
    """The Page schema."""

    items: "list[Book]"
    next_token: NotRequired[str | None]


class ValidationError(TypedDict):
    """The ValidationError schema."""

    loc: list[str | int]
    msg: str
    type: str
    input: NotRequired[Any]
    ctx: NotRequired[dict[str, Any]]
