from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.book_all_of_1_status import BookAllOf1Status
from ..models.genre import Genre
from ..models.new_book_rating_one_of_1 import NewBookRatingOneOf1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.author import Author
    from ..models.new_book_metadata import NewBookMetadata


T = TypeVar("T", bound="Book")


@_attrs_define
class Book:
    """
    Attributes:
        title (str):
        authors (list[Author]):
        genre (Genre | str):
        id (UUID):
        status (BookAllOf1Status | None | str):
        subtitle (None | str | Unset):
        isbn (str | Unset):
        pages (int | Unset):
        price (float | Unset):
        metadata (NewBookMetadata | Unset):
        rating (int | NewBookRatingOneOf1 | str | Unset):
        created (datetime.datetime | Unset):
    """

    title: str
    authors: list[Author]
    genre: Genre | str
    id: UUID
    status: BookAllOf1Status | None | str
    subtitle: None | str | Unset = UNSET
    isbn: str | Unset = UNSET
    pages: int | Unset = UNSET
    price: float | Unset = UNSET
    metadata: NewBookMetadata | Unset = UNSET
    rating: int | NewBookRatingOneOf1 | str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        authors = []
        for authors_item_data in self.authors:
            authors_item = authors_item_data.to_dict()
            authors.append(authors_item)

        genre: str
        if isinstance(self.genre, Genre):
            genre = self.genre.value
        else:
            genre = self.genre

        id = str(self.id)

        status: None | str
        if isinstance(self.status, BookAllOf1Status):
            status = self.status.value
        else:
            status = self.status

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

        isbn = self.isbn

        pages = self.pages

        price = self.price

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        rating: int | str | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        elif isinstance(self.rating, NewBookRatingOneOf1):
            rating = self.rating.value
        else:
            rating = self.rating

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "authors": authors,
                "genre": genre,
                "id": id,
                "status": status,
            }
        )
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if isbn is not UNSET:
            field_dict["isbn"] = isbn
        if pages is not UNSET:
            field_dict["pages"] = pages
        if price is not UNSET:
            field_dict["price"] = price
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if rating is not UNSET:
            field_dict["rating"] = rating
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.author import Author  # noqa: PLC0415
        from ..models.new_book_metadata import NewBookMetadata  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        authors = []
        _authors = d.pop("authors")
        for authors_item_data in _authors:
            authors_item = Author.from_dict(authors_item_data)

            authors.append(authors_item)

        def _parse_genre(data: object) -> Genre | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                genre_type_0 = Genre(data)

                return genre_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Genre | str, data)

        genre = _parse_genre(d.pop("genre"))

        id = UUID(d.pop("id"))

        def _parse_status(data: object) -> BookAllOf1Status | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = BookAllOf1Status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookAllOf1Status | None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_subtitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

        isbn = d.pop("isbn", UNSET)

        pages = d.pop("pages", UNSET)

        price = d.pop("price", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: NewBookMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = NewBookMetadata.from_dict(_metadata)

        def _parse_rating(data: object) -> int | NewBookRatingOneOf1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rating_type_1_type_0 = NewBookRatingOneOf1(data)

                return rating_type_1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | NewBookRatingOneOf1 | str | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        book = cls(
            title=title,
            authors=authors,
            genre=genre,
            id=id,
            status=status,
            subtitle=subtitle,
            isbn=isbn,
            pages=pages,
            price=price,
            metadata=metadata,
            rating=rating,
            created=created,
        )

        book.additional_properties = d
        return book

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
