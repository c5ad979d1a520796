from enum import StrEnum


class ActivityResponseState(StrEnum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    INITIALIZING = "INITIALIZING"
    PAUSED = "PAUSED"
    PENDING = "PENDING"
    RUNNING = "RUNNING"

    def __str__(self) -> str:
        return str(self.value)
