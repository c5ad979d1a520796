from enum import StrEnum


class BookAllOf1Status(StrEnum):
    AVAILABLE = "available"
    LENT = "lent"
    LOST = "lost"

    def __str__(self) -> str:
        return str(self.value)
