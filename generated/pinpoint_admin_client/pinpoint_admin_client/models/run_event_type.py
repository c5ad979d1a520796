from enum import StrEnum


class RunEventType(StrEnum):
    CANCEL = "CANCEL"
    PAUSE = "PAUSE"
    RESUME = "RESUME"

    def __str__(self) -> str:
        return str(self.value)
