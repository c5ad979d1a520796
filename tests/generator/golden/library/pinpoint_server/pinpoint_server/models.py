"""The schemas of the Library API as typed dictionaries (for type checkers only).

An optional property is ``NotRequired``; an enum is a ``Literal``; a nullable type is
``X | None``. At runtime the values are plain ``dict``s, as ``json.loads`` returns them. Hints
naming another schema are quoted (it may be defined further down), the rest stay evaluated so
``__required_keys__`` is right at runtime.
"""

from typing import Literal, NotRequired, TypeAlias, TypedDict

__all__ = [
    "Genre",
    "Author",
    "NewBook",
    "Book",
    "BookPage",
    "Category",
    "Problem",
    "PutCategoryRequestBody",
]


Genre: TypeAlias = Literal["fiction", "non-fiction", "poetry", "drama"]
"""The Genre schema."""


class Author(TypedDict):
    """The Author schema."""

    name: str
    born: NotRequired[int | None]
    links: NotRequired[list[str]]


class NewBook(TypedDict):
    """The NewBook schema."""

    title: str
    subtitle: NotRequired[str | None]
    authors: "list[Author]"
    genre: "Genre"
    isbn: NotRequired[str]
    pages: NotRequired[int]
    price: NotRequired[float]
    metadata: NotRequired[dict[str, str | float | bool]]
    rating: NotRequired[int | Literal["unrated"]]


class Book(NewBook):
    """The Book schema."""

    id: str
    status: Literal["available", "lent", "lost"] | None
    created: NotRequired[str]


class BookPage(TypedDict):
    """The BookPage schema."""

    items: "list[Book]"
    next: NotRequired[str | None]
    total: NotRequired[int]


class Category(TypedDict):
    """The Category schema."""

    id: int
    name: str
    parent: NotRequired[None | int]
    children: NotRequired["list[Category]"]


class Problem(TypedDict):
    """The Problem schema."""

    title: str
    status: NotRequired[int]
    detail: NotRequired[str]


class PutCategoryRequestBody(TypedDict):
    """The PutCategoryRequestBody schema."""

    category: "Category"
    tags: NotRequired[dict[str, str | None]]
