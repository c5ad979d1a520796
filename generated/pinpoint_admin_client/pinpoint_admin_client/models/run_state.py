from enum import StrEnum


class RunState(StrEnum):
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    PAUSED = "PAUSED"
    RUNNING = "RUNNING"
    SCHEDULED = "SCHEDULED"

    def __str__(self) -> str:
        return str(self.value)
