from enum import StrEnum


class LoadStatus(StrEnum):
    IN_ERROR = "in_error"
    IN_PROGRESS = "in_progress"
    LOADED = "loaded"
    NONE = "none"
    READ_ONLY_MODE = "read_only_mode"

    def __str__(self) -> str:
        return str(self.value)
