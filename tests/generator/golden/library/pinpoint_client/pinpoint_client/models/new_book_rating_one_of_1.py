from enum import StrEnum


class NewBookRatingOneOf1(StrEnum):
    UNRATED = "unrated"

    def __str__(self) -> str:
        return str(self.value)
