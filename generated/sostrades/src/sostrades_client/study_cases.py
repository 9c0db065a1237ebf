"""Study cases: loading with a typed 'not loaded yet', parameter updates and CSV transfers."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx
from client_runtime import NOT_GIVEN, InvalidRequest, NotGiven, RequestOptions, check

from . import _resources
from ._resources import COMPONENTS

if TYPE_CHECKING:
    import pandas

    from ._generated.models.copy_study_request import CopyStudyRequest
    from ._generated.models.loaded_study_case import LoadedStudyCase
    from ._generated.models.parameter_download_request import ParameterDownloadRequest
    from ._generated.models.parameter_info import ParameterInfo
    from ._generated.models.parameter_update import ParameterUpdate
    from ._generated.models.study_parameters import StudyParameters

    CsvSource = str | os.PathLike[str] | bytes | IO[bytes] | pandas.DataFrame
LOAD_MARGIN = 15.0


@dataclass(frozen=True)
class LoadedStudy:
    """A study that loaded: its parameters keyed by full variable id (`study1.Disc1.a`)."""

    study_id: int
    parameters: dict[str, ParameterInfo]


@dataclass(frozen=True)
class StudyNotLoaded:
    """The server answered `{}`: the study did not load within `timeout` seconds.

    A Restricted Viewer always gets this answer, since that right sees no data.
    """

    study_id: int
    timeout: int


def _load_result(study_id: int, timeout: int, parameters: StudyParameters) -> LoadedStudy | StudyNotLoaded:
    if not parameters.additional_properties:
        return StudyNotLoaded(study_id, timeout)
    return LoadedStudy(study_id, dict(parameters.additional_properties))


def _load_options(timeout: int, client_timeout: httpx.Timeout, options: RequestOptions | None) -> RequestOptions:
    """The server may hold the request for `timeout` seconds, so the read timeout must outlast it."""
    if options is not None and not isinstance(options.timeout, NotGiven):
        return options
    read = max(client_timeout.read or 0.0, timeout + LOAD_MARGIN)
    base = options or RequestOptions()
    longer = httpx.Timeout(
        connect=client_timeout.connect, read=read, write=client_timeout.write, pool=client_timeout.pool
    )
    return RequestOptions(longer, base.max_retries, base.headers, base.params)


def _updates(updates: Iterable[ParameterUpdate | Mapping[str, Any]]) -> list[ParameterUpdate]:
    from ._generated.models.parameter_update import ParameterUpdate

    if isinstance(updates, Mapping | str | bytes):
        raise InvalidRequest("updates", "must be a list of {variableId, unit, newValue} items")
    items: list[ParameterUpdate] = []
    for index, update in enumerate(updates):
        if isinstance(update, ParameterUpdate):
            items.append(update)
            continue
        if not isinstance(update, Mapping):
            raise InvalidRequest(
                f"updates[{index}]", f"must be a ParameterUpdate or a mapping, got {type(update).__name__}"
            )
        check(dict(update), {"$ref": "#/components/schemas/ParameterUpdate"}, f"updates[{index}]", COMPONENTS)
        items.append(ParameterUpdate.from_dict(update))
    if not items:
        raise InvalidRequest("updates", "must hold at least one parameter")
    return items


def _csv_bytes(where: str, source: Any) -> bytes | IO[bytes]:
    if isinstance(source, bytes):
        return source
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise InvalidRequest(where, f"no such file: {path}")
        return path.read_bytes()
    to_csv = getattr(source, "to_csv", None)
    if callable(to_csv):
        text: str = to_csv(index=False)
        return text.encode()
    if hasattr(source, "read"):
        return source  # type: ignore[no-any-return]
    raise InvalidRequest(
        where, f"must be a path, bytes, a binary stream or a pandas DataFrame, got {type(source).__name__}"
    )


def _csv_files(files: Mapping[str, CsvSource]) -> list[tuple[str, tuple[str, bytes | IO[bytes], str]]]:
    if not isinstance(files, Mapping) or not files:
        raise InvalidRequest("files", "must map at least one variableId to its CSV content")
    parts = []
    for variable_id, source in files.items():
        if not isinstance(variable_id, str) or not variable_id:
            raise InvalidRequest("files", f"keys must be variable ids, got {variable_id!r}")
        parts.append((variable_id, (f"{variable_id}.csv", _csv_bytes(f"files[{variable_id!r}]", source), "text/csv")))
    return parts


def _copy_body(new_study_name: str | None, body: CopyStudyRequest | None) -> CopyStudyRequest:
    from ._generated.models.copy_study_request import CopyStudyRequest

    if body is not None:
        return body
    if new_study_name is None:
        raise InvalidRequest("new_study_name", "is required")
    return CopyStudyRequest(new_study_name=new_study_name)


def _download_body(parameter_key: str | None, body: ParameterDownloadRequest | None) -> ParameterDownloadRequest:
    from ._generated.models.parameter_download_request import ParameterDownloadRequest

    if body is not None:
        return body
    if parameter_key is None:
        raise InvalidRequest("parameter_key", "is required")
    return ParameterDownloadRequest(parameter_key=parameter_key)


def _dataframe(csv: bytes) -> pandas.DataFrame:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(
            "reading CSV parameters into a DataFrame needs pandas: pip install 'sostrades-client[pandas]'"
        ) from exc
    import io

    if not csv.strip():
        # An empty dataframe is written as a bare newline, which pandas refuses with EmptyDataError.
        return pandas.DataFrame()
    return pandas.read_csv(io.BytesIO(csv))


def _parameters_path(study_id: int) -> str:
    check(study_id, {"type": "integer", "minimum": 0}, "study_id", COMPONENTS)
    return f"/api/v0/study-case/{study_id}/parameters"


def _loaded_study_case(response: httpx.Response) -> LoadedStudyCase:
    from ._generated.models.loaded_study_case import LoadedStudyCase

    return LoadedStudyCase.from_dict(response.json())


class StudyCases(_resources.StudyCases):
    """Study case operations, with typed loading and CSV helpers."""

    def load(  # type: ignore[override]  # a typed not-loaded answer replaces the ambiguous `{}`
        self, study_id: int, timeout: int | None = None, *, options: RequestOptions | None = None
    ) -> LoadedStudy | StudyNotLoaded:
        """Load a study, waiting up to `timeout` seconds (the server's default is 30).

        Example::

            result = client.study_cases.load(1, timeout=60)
            if isinstance(result, LoadedStudy):
                print(result.parameters["study1.Disc1.a"].value)
        """
        wait = 30 if timeout is None else timeout
        call_options = _load_options(wait, self._client.timeout, options)
        if timeout is None:
            parameters = super().load(study_id, options=call_options)
        else:
            parameters = self.load_with_timeout(study_id, timeout, options=call_options)
        return _load_result(study_id, wait, parameters)

    def copy(
        self,
        study_id: int,
        new_study_name: str | None = None,
        *,
        body: CopyStudyRequest | None = None,
        options: RequestOptions | None = None,
    ) -> int:
        """Copy a study under a new name; returns the new study's id."""
        return super().copy(study_id, body=_copy_body(new_study_name, body), options=options)

    def update_parameters(
        self,
        study_id: int,
        updates: Iterable[ParameterUpdate | Mapping[str, Any]] | None = None,
        *,
        body: list[ParameterUpdate] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> LoadedStudyCase:
        """Set scalar parameters: items of `{"variableId", "unit", "newValue"}` or ParameterUpdate.

        Example::

            client.study_cases.update_parameters(1, [{"variableId": "study1.Disc1.a", "unit": "-", "newValue": 3}])
        """
        items = body if not isinstance(body, NotGiven) else _updates(updates if updates is not None else ())
        return super().update_parameters(study_id, body=items, options=options)

    def upload_csv(
        self, study_id: int, files: Mapping[str, CsvSource], *, options: RequestOptions | None = None
    ) -> LoadedStudyCase:
        """Upload CSV parameters as multipart, one part per variableId (a path, bytes, a stream or a DataFrame).

        Servers on Werkzeug 2.1 or later (SoSTrades v4.2.0 and newer) refuse this form with 415.
        """
        path = _parameters_path(study_id)
        response = self._client.request("POST", path, files=_csv_files(files), options=options)
        return _loaded_study_case(response)

    def download_parameter(
        self,
        study_id: int,
        parameter_key: str | None = None,
        *,
        body: ParameterDownloadRequest | None = None,
        options: RequestOptions | None = None,
    ) -> str:
        """A parameter's value as CSV text."""
        return super().download_parameter(study_id, body=_download_body(parameter_key, body), options=options)

    def download_csv(self, study_id: int, parameter_key: str, *, options: RequestOptions | None = None) -> bytes:
        """A parameter's value as CSV bytes."""
        body = _download_body(parameter_key, None)
        return self.with_raw_response.download_parameter(study_id, body=body, options=options).content

    def download_dataframe(
        self, study_id: int, parameter_key: str, *, options: RequestOptions | None = None
    ) -> pandas.DataFrame:
        """A parameter's value as a pandas DataFrame (needs the `pandas` extra); an empty CSV gives an empty one.

        Example: ``client.study_cases.download_dataframe(1, "study1.Disc1.a")["value"]``
        """
        return _dataframe(self.download_csv(study_id, parameter_key, options=options))

    def save_logs(self, study_id: int, path: str | os.PathLike[str], *, options: RequestOptions | None = None) -> Path:
        """Stream the last execution's log into `path`; a partial download leaves no file."""
        with self.with_streaming_response.get_logs(study_id, options=options) as stream:
            return stream.write_to(path)


class AsyncStudyCases(_resources.AsyncStudyCases):
    """Async twin of StudyCases."""

    async def load(  # type: ignore[override]  # a typed not-loaded answer replaces the ambiguous `{}`
        self, study_id: int, timeout: int | None = None, *, options: RequestOptions | None = None
    ) -> LoadedStudy | StudyNotLoaded:
        """Load a study, waiting up to `timeout` seconds (the server's default is 30)."""
        wait = 30 if timeout is None else timeout
        call_options = _load_options(wait, self._client.timeout, options)
        if timeout is None:
            parameters = await super().load(study_id, options=call_options)
        else:
            parameters = await self.load_with_timeout(study_id, timeout, options=call_options)
        return _load_result(study_id, wait, parameters)

    async def copy(
        self,
        study_id: int,
        new_study_name: str | None = None,
        *,
        body: CopyStudyRequest | None = None,
        options: RequestOptions | None = None,
    ) -> int:
        """Copy a study under a new name; returns the new study's id."""
        return await super().copy(study_id, body=_copy_body(new_study_name, body), options=options)

    async def update_parameters(
        self,
        study_id: int,
        updates: Iterable[ParameterUpdate | Mapping[str, Any]] | None = None,
        *,
        body: list[ParameterUpdate] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> LoadedStudyCase:
        """Set scalar parameters: items of `{"variableId", "unit", "newValue"}` or ParameterUpdate."""
        items = body if not isinstance(body, NotGiven) else _updates(updates if updates is not None else ())
        return await super().update_parameters(study_id, body=items, options=options)

    async def upload_csv(
        self, study_id: int, files: Mapping[str, CsvSource], *, options: RequestOptions | None = None
    ) -> LoadedStudyCase:
        """Upload CSV parameters as multipart, one part per variableId (a path, bytes, a stream or a DataFrame)."""
        path = _parameters_path(study_id)
        response = await self._client.request("POST", path, files=_csv_files(files), options=options)
        return _loaded_study_case(response)

    async def download_parameter(
        self,
        study_id: int,
        parameter_key: str | None = None,
        *,
        body: ParameterDownloadRequest | None = None,
        options: RequestOptions | None = None,
    ) -> str:
        """A parameter's value as CSV text."""
        return await super().download_parameter(study_id, body=_download_body(parameter_key, body), options=options)

    async def download_csv(self, study_id: int, parameter_key: str, *, options: RequestOptions | None = None) -> bytes:
        """A parameter's value as CSV bytes."""
        body = _download_body(parameter_key, None)
        raw = await self.with_raw_response.download_parameter(study_id, body=body, options=options)
        return raw.content

    async def download_dataframe(
        self, study_id: int, parameter_key: str, *, options: RequestOptions | None = None
    ) -> pandas.DataFrame:
        """A parameter's value as a pandas DataFrame (needs the `pandas` extra); an empty CSV gives an empty one."""
        return _dataframe(await self.download_csv(study_id, parameter_key, options=options))

    async def save_logs(
        self, study_id: int, path: str | os.PathLike[str], *, options: RequestOptions | None = None
    ) -> Path:
        """Stream the last execution's log into `path`; a partial download leaves no file."""
        async with self.with_streaming_response.get_logs(study_id, options=options) as stream:
            return await stream.write_to(path)
