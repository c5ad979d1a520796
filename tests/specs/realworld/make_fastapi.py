"""Write ``fastapi-app.json``: the OpenAPI document FastAPI produces for a small app.

The corpus needs a framework-produced document; this one is made here, from the pinned
FastAPI of requirements/dev.lock, and committed. ``json.dumps`` escapes the emoji of the
description as a surrogate pair (``\\ud83d\\ude80``), which the generator must load.
Run: ``.venv/bin/python tests/specs/realworld/make_fastapi.py``.
"""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, Header, HTTPException, Query
from fastapi import Path as PathParam
from pydantic import BaseModel, Field

app = FastAPI(
    title="Bookshelf",
    version="0.3.0",
    description="A small library service 🚀 made with FastAPI.",
)


class Genre(enum.StrEnum):
    fiction = "fiction"
    science = "science"
    history = "history"


class BookIn(BaseModel):
    title: str = Field(min_length=1, max_length=200, examples=["Dune"])
    author: str
    year: int | None = Field(default=None, ge=0, le=3000)
    genre: Genre = Genre.fiction
    tags: list[str] = []


class Book(BookIn):
    id: int


class Page(BaseModel):
    items: list[Book]
    next_token: str | None = None


BOOKS: dict[int, Book] = {}


@app.get("/books", response_model=Page, tags=["books"])
def list_books(
    genre: Genre | None = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    token: str | None = None,
) -> Page:
    return Page(items=list(BOOKS.values())[:limit])


@app.post("/books", response_model=Book, status_code=201, tags=["books"])
def create_book(book: BookIn, x_request_id: Annotated[str | None, Header()] = None) -> Book:
    created = Book(id=len(BOOKS) + 1, **book.model_dump())
    BOOKS[created.id] = created
    return created


@app.get("/books/{book_id}", response_model=Book, tags=["books"])
def get_book(book_id: Annotated[int, PathParam(ge=1)]) -> Book:
    if book_id not in BOOKS:
        raise HTTPException(status_code=404, detail="no such book")
    return BOOKS[book_id]


@app.delete("/books/{book_id}", status_code=204, tags=["books"])
def delete_book(book_id: int) -> None:
    BOOKS.pop(book_id, None)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


if __name__ == "__main__":
    out = Path(__file__).with_name("fastapi-app.json")
    out.write_text(json.dumps(app.openapi(), indent=2) + "\n", encoding="utf-8")
    print(out)
