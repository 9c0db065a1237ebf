from typing import Literal

JobsRunProcedureRequest = Literal["runProcedure"]

JOBS_RUN_PROCEDURE_REQUEST_VALUES: set[JobsRunProcedureRequest] = {
    "runProcedure",
}


def check_jobs_run_procedure_request(value: str) -> JobsRunProcedureRequest:
    if value in JOBS_RUN_PROCEDURE_REQUEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOBS_RUN_PROCEDURE_REQUEST_VALUES!r}")
