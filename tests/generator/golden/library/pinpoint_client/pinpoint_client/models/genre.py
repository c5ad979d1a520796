from enum import StrEnum


class Genre(StrEnum):
    DRAMA = "drama"
    FICTION = "fiction"
    NON_FICTION = "non-fiction"
    POETRY = "poetry"

    def __str__(self) -> str:
        return str(self.value)
