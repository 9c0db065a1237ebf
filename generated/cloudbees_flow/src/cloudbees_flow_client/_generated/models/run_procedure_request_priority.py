from typing import Literal

RunProcedureRequestPriority = Literal["high", "highest", "low", "normal"]

RUN_PROCEDURE_REQUEST_PRIORITY_VALUES: set[RunProcedureRequestPriority] = {
    "high",
    "highest",
    "low",
    "normal",
}


def check_run_procedure_request_priority(value: str) -> RunProcedureRequestPriority:
    if value in RUN_PROCEDURE_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_PROCEDURE_REQUEST_PRIORITY_VALUES!r}")
