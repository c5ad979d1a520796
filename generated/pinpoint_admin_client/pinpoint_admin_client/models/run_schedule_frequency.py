from enum import StrEnum


class RunScheduleFrequency(StrEnum):
    DAILY = "DAILY"
    HOURLY = "HOURLY"
    MONTHLY = "MONTHLY"
    ONCE = "ONCE"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
