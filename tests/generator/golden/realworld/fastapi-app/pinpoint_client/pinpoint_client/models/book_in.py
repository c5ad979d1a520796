from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.genre import Genre
from ..types import UNSET, Unset

T = TypeVar("T", bound="BookIn")


@_attrs_define
class BookIn:
    """
    Attributes:
        title (str):
        author (str):
        year (int | None | Unset):
        genre (Genre | str | Unset):  Default: Genre.FICTION.
        tags (list[str] | Unset):
    """

    title: str
    author: str
    year: int | None | Unset = UNSET
    genre: Genre | str | Unset = Genre.FICTION
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        author = self.author

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        genre: str | Unset
        if isinstance(self.genre, Unset):
            genre = UNSET
        elif isinstance(self.genre, Genre):
            genre = self.genre.value
        else:
            genre = self.genre

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "author": author,
            }
        )
        if year is not UNSET:
            field_dict["year"] = year
        if genre is not UNSET:
            field_dict["genre"] = genre
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        author = d.pop("author")

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_genre(data: object) -> Genre | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                genre_type_0 = Genre(data)

                return genre_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Genre | str | Unset, data)

        genre = _parse_genre(d.pop("genre", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        book_in = cls(
            title=title,
            author=author,
            year=year,
            genre=genre,
            tags=tags,
        )

        book_in.additional_properties = d
        return book_in

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
