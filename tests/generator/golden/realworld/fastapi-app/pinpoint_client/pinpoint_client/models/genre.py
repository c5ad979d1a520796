from enum import StrEnum


class Genre(StrEnum):
    FICTION = "fiction"
    HISTORY = "history"
    SCIENCE = "science"

    def __str__(self) -> str:
        return str(self.value)
