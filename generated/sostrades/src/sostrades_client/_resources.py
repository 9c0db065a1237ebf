"""The resource façade, generated from the spec's tags and operationIds. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from client_runtime import (
    AsyncClient,
    AsyncStreamedResponse,
    ErrorModel,
    Operation,
    RawResponse,
    RequestOptions,
    Resource,
    StreamedResponse,
    SyncClient,
)

if TYPE_CHECKING:
    from typing import Literal

    from ._generated.models.copy_study_request import CopyStudyRequest
    from ._generated.models.execution_status import ExecutionStatus
    from ._generated.models.free_form import FreeForm
    from ._generated.models.loaded_study_case import LoadedStudyCase
    from ._generated.models.ontology_usages import OntologyUsages
    from ._generated.models.ontology_usages_request import OntologyUsagesRequest
    from ._generated.models.parameter_download_request import ParameterDownloadRequest
    from ._generated.models.parameter_update import ParameterUpdate
    from ._generated.models.post_processing_data import PostProcessingData
    from ._generated.models.read_only_study_case import ReadOnlyStudyCase
    from ._generated.models.study_parameters import StudyParameters
    from ._generated.models.study_url import StudyUrl

_PACKAGE = __name__.rpartition(".")[0] + "._generated"

COMPONENTS: dict[str, Any] = {
    "CopyStudyRequest": {
        "properties": {"new_study_name": {"minLength": 1, "type": "string"}},
        "required": ["new_study_name"],
        "type": "object",
    },
    "OntologyUsagesRequest": {
        "properties": {
            "ontology_request": {
                "properties": {
                    "disciplines": {"items": {"type": "string"}, "type": "array"},
                    "parameter_usages": {"items": {"type": "string"}, "type": "array"},
                },
                "type": "object",
            }
        },
        "required": ["ontology_request"],
        "type": "object",
    },
    "ParameterDownloadRequest": {
        "properties": {"parameter_key": {"minLength": 1, "type": "string"}},
        "required": ["parameter_key"],
        "type": "object",
    },
    "ParameterUpdate": {
        "properties": {
            "column_deleted": {"items": {"type": "string"}, "type": "array"},
            "newValue": {},
            "unit": {"type": ["string", "null"]},
            "variableId": {"minLength": 1, "type": "string"},
        },
        "required": ["variableId", "unit", "newValue"],
        "type": "object",
    },
}

# The JSON bodies of the documented 2xx answers, checked before decoding (client_runtime._conform).
RESPONSES = (
    '{"components":{'
    '"ExecutionStatus":{"properties": {"disciplines_status": {"additionalProperties": {"type": "string"}, "type": "object"}, "study_case_execution_cpu": {"type": "string"}, "study_case_execution_error_message": {"type": "string"}, "study_case_execution_memory": {"type": "string"}, "study_case_execution_status": {"type": "string"}, "study_case_id": {"type": "integer"}}, "required": ["study_case_id", "disciplines_status", "study_case_execution_status"], "type": "object"}'
    ',"FreeForm":{"additionalProperties": true, "type": "object"}'
    ',"LoadStatus":{"enum": ["none", "in_progress", "read_only_mode", "loaded", "in_error"], "type": "string"}'
    ',"LoadedStudyCase":{"properties": {"can_reload": {"type": "boolean"}, "dashboard": {"$ref": "#/components/schemas/FreeForm"}, "load_status": {"$ref": "#/components/schemas/LoadStatus"}, "n2_diagram": {"$ref": "#/components/schemas/FreeForm"}, "no_data": {"type": "boolean"}, "plotly": {"$ref": "#/components/schemas/FreeForm"}, "post_processings": {"$ref": "#/components/schemas/FreeForm"}, "read_only": {"type": "boolean"}, "study_case": {"$ref": "#/components/schemas/StudyCase"}, "treenode": {"$ref": "#/components/schemas/FreeForm"}, "user_id_execution_authorized": {"type": ["integer", "null"]}}, "required": ["study_case", "load_status"], "type": "object"}'
    ',"OntologyUsages":{"properties": {"disciplines": {"$ref": "#/components/schemas/FreeForm"}, "parameter_usages": {"$ref": "#/components/schemas/FreeForm"}}, "type": "object"}'
    ',"ParameterInfo":{"properties": {"optional": {"type": "boolean"}, "type": {"type": "string"}, "unit": {"type": ["string", "null"]}, "value": {}, "var_name": {"type": "string"}, "visibility": {"type": "string"}}, "required": ["var_name", "type", "unit", "value", "optional"], "type": "object"}'
    ',"PostProcessingData":{"additionalProperties": {"items": {"$ref": "#/components/schemas/FreeForm"}, "type": "array"}, "type": "object"}'
    ',"ReadOnlyStudyCase":{"properties": {"post_processings": {"$ref": "#/components/schemas/FreeForm"}, "study_case": {"$ref": "#/components/schemas/FreeForm"}, "treenode": {"$ref": "#/components/schemas/FreeForm"}}, "type": "object"}'
    ',"StudyCase":{"properties": {"creation_date": {"type": ["string", "null"]}, "creation_status": {"type": ["string", "null"]}, "error": {"type": ["string", "null"]}, "execution_pod_flavor": {"type": ["string", "null"]}, "execution_status": {"type": ["string", "null"]}, "generation_pod_flavor": {"type": ["string", "null"]}, "group_confidential": {"type": ["boolean", "null"]}, "group_id": {"type": ["integer", "null"]}, "group_name": {"type": ["string", "null"]}, "has_read_only_file": {"type": ["boolean", "null"]}, "id": {"type": "integer"}, "is_commenter": {"type": ["boolean", "null"]}, "is_contributor": {"type": ["boolean", "null"]}, "is_favorite": {"type": ["boolean", "null"]}, "is_last_study_opened": {"type": ["boolean", "null"]}, "is_manager": {"type": ["boolean", "null"]}, "is_reference_running": {"type": ["boolean", "null"]}, "is_restricted_viewer": {"type": ["boolean", "null"]}, "is_stand_alone": {"type": ["boolean", "null"]}, "last_cpu_usage": {"type": ["string", "null"]}, "last_memory_usage": {"type": ["string", "null"]}, "modification_date": {"type": ["string", "null"]}, "name": {"type": "string"}, "opening_date": {"type": ["string", "null"]}, "process": {"type": ["string", "null"]}, "process_display_name": {"type": ["string", "null"]}, "regeneration_id": {"type": ["integer", "null"]}, "regeneration_status": {"type": ["string", "null"]}, "repository": {"type": ["string", "null"]}, "repository_display_name": {"type": ["string", "null"]}, "study_pod_flavor": {"type": ["string", "null"]}, "study_type": {"type": ["string", "null"]}}, "required": ["id", "name"], "type": "object"}'
    ',"StudyParameters":{"additionalProperties": {"$ref": "#/components/schemas/ParameterInfo"}, "type": "object"}'
    ',"StudyUrl":{"properties": {"study_url": {"type": "string"}}, "required": ["study_url"], "type": "object"}'
    "}"
    ',"operations":{'
    '"api.calculation.calculation_execute":{"$ref": "#/components/schemas/ExecutionStatus"}'
    ',"api.calculation.calculation_status":{"$ref": "#/components/schemas/ExecutionStatus"}'
    ',"api.ontology.ontology_get_markdown_documentation":{"$ref": "#/components/schemas/FreeForm"}'
    ',"api.ontology.ontology_get_usages":{"$ref": "#/components/schemas/OntologyUsages"}'
    ',"api.post_processing.post_processing_get":{"$ref": "#/components/schemas/PostProcessingData"}'
    ',"api.server.server_ping":{"const": "pong", "type": "string"}'
    ',"api.study_cases.study_cases_copy":{"type": "integer"}'
    ',"api.study_cases.study_cases_get_read_only_mode":{"$ref": "#/components/schemas/ReadOnlyStudyCase"}'
    ',"api.study_cases.study_cases_get_saved_documentation":{"type": ["string", "null"]}'
    ',"api.study_cases.study_cases_get_saved_ontology_usages":{"oneOf": [{"$ref": "#/components/schemas/FreeForm"}, {"type": "null"}]}'
    ',"api.study_cases.study_cases_get_url":{"$ref": "#/components/schemas/StudyUrl"}'
    ',"api.study_cases.study_cases_load":{"$ref": "#/components/schemas/StudyParameters"}'
    ',"api.study_cases.study_cases_load_with_timeout":{"$ref": "#/components/schemas/StudyParameters"}'
    ',"api.study_cases.study_cases_update_parameters":{"$ref": "#/components/schemas/LoadedStudyCase"}'
    "}}"
)

_STUDY_CASES_LOAD = Operation(
    _PACKAGE,
    "api.study_cases.study_cases_load",
    "GET",
    "/api/v0/study-case/{study_id}",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STUDY_CASES_LOAD_WITH_TIMEOUT = Operation(
    _PACKAGE,
    "api.study_cases.study_cases_load_with_timeout",
    "GET",
    "/api/v0/study-case/{study_id}/{timeout}",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}, "timeout": {"minimum": 1, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STUDY_CASES_COPY = Operation(
    _PACKAGE,
    "api.study_cases.study_cases_copy",
    "POST",
    "/api/v0/study-case/{study_id}/copy",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body={"$ref": "#/components/schemas/CopyStudyRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STUDY_CASES_UPDATE_PARAMETERS = Operation(
    _PACKAGE,
    "api.study_cases.study_cases_update_parameters",
    "POST",
    "/api/v0/study-case/{study_id}/parameters",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body={"items": {"$ref": "#/components/schemas/ParameterUpdate"}, "minItems": 1, "type": "array"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STUDY_CASES_DOWNLOAD_PARAMETER = Operation(
    _PACKAGE,
    "api.study_cases.study_cases_download_parameter",
    "POST",
    "/api/v0/study-case/{study_id}/parameter/download",
    result="parse",
    retry_safe=True,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body={"$ref": "#/components/schemas/ParameterDownloadRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STUDY_CASES_GET_URL = Operation(
    _PACKAGE,
    "api.study_cases.study_cases_get_url",
    "GET",
    "/api/v0/study-case/{study_id}/url",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STUDY_CASES_GET_LOGS = Operation(
    _PACKAGE,
    "api.study_cases.study_cases_get_logs",
    "GET",
    "/api/v0/study-case/{study_id}/logs",
    result="bytes",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STUDY_CASES_GET_READ_ONLY_MODE = Operation(
    _PACKAGE,
    "api.study_cases.study_cases_get_read_only_mode",
    "GET",
    "/api/v0/study-case/{study_id}/read-only-mode",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STUDY_CASES_GET_SAVED_ONTOLOGY_USAGES = Operation(
    _PACKAGE,
    "api.study_cases.study_cases_get_saved_ontology_usages",
    "GET",
    "/api/v0/study-case/{study_id}/saved-ontology-usages",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STUDY_CASES_GET_SAVED_DOCUMENTATION = Operation(
    _PACKAGE,
    "api.study_cases.study_cases_get_saved_documentation",
    "GET",
    "/api/v0/study-case/{study_id}/saved-documentation/{documentation_name}",
    result="parse",
    retry_safe=False,
    params={"documentation_name": {"minLength": 1, "type": "string"}, "study_id": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CALCULATION_EXECUTE = Operation(
    _PACKAGE,
    "api.calculation.calculation_execute",
    "POST",
    "/api/v0/calculation/execute/{study_id}",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_CALCULATION_STATUS = Operation(
    _PACKAGE,
    "api.calculation.calculation_status",
    "GET",
    "/api/v0/calculation/status/{study_id}",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_POST_PROCESSING_GET = Operation(
    _PACKAGE,
    "api.post_processing.post_processing_get",
    "GET",
    "/api/v0/post-processing/{study_id}",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_POST_PROCESSING_GET_HTML = Operation(
    _PACKAGE,
    "api.post_processing.post_processing_get_html",
    "GET",
    "/api/v0/post-processing/{study_id}/html",
    result="parse",
    retry_safe=False,
    params={"study_id": {"minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ONTOLOGY_GET_USAGES = Operation(
    _PACKAGE,
    "api.ontology.ontology_get_usages",
    "POST",
    "/api/v0/ontology/ontology-usages",
    result="parse",
    retry_safe=True,
    params={},
    body={"$ref": "#/components/schemas/OntologyUsagesRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ONTOLOGY_GET_MARKDOWN_DOCUMENTATION = Operation(
    _PACKAGE,
    "api.ontology.ontology_get_markdown_documentation",
    "GET",
    "/api/v0/ontology/{identifier}/markdown_documentation",
    result="parse",
    retry_safe=False,
    params={"identifier": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_SERVER_PING = Operation(
    _PACKAGE,
    "api.server.server_ping",
    "GET",
    "/api/ping",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)


class StudyCases(Resource[SyncClient]):
    """`study_cases` operations."""

    def load(self, study_id: int, *, options: RequestOptions | None = None) -> StudyParameters:
        """Load a study case and return its editable and numerical parameters.

        `GET /api/v0/study-case/{study_id}`
        """
        return cast("StudyParameters", self._client._call(_STUDY_CASES_LOAD, {"study_id": study_id}, options))

    def load_with_timeout(
        self, study_id: int, timeout: int, *, options: RequestOptions | None = None
    ) -> StudyParameters:
        """Load a study case, waiting at most `timeout` seconds.

        `GET /api/v0/study-case/{study_id}/{timeout}`
        """
        return cast(
            "StudyParameters",
            self._client._call(_STUDY_CASES_LOAD_WITH_TIMEOUT, {"study_id": study_id, "timeout": timeout}, options),
        )

    def copy(self, study_id: int, *, body: CopyStudyRequest, options: RequestOptions | None = None) -> int:
        """Copy a study case under a new name and return the new study id.

        `POST /api/v0/study-case/{study_id}/copy`
        """
        return cast("int", self._client._call(_STUDY_CASES_COPY, {"study_id": study_id, "body": body}, options))

    def update_parameters(
        self, study_id: int, *, body: list[ParameterUpdate], options: RequestOptions | None = None
    ) -> LoadedStudyCase:
        """Update scalar parameters, or upload CSV parameters.

        `POST /api/v0/study-case/{study_id}/parameters`
        """
        return cast(
            "LoadedStudyCase",
            self._client._call(_STUDY_CASES_UPDATE_PARAMETERS, {"study_id": study_id, "body": body}, options),
        )

    def download_parameter(
        self, study_id: int, *, body: ParameterDownloadRequest, options: RequestOptions | None = None
    ) -> str:
        """Download a parameter's value as CSV.

        `POST /api/v0/study-case/{study_id}/parameter/download`
        """
        return cast(
            "str", self._client._call(_STUDY_CASES_DOWNLOAD_PARAMETER, {"study_id": study_id, "body": body}, options)
        )

    def get_url(self, study_id: int, *, options: RequestOptions | None = None) -> StudyUrl:
        """Link to the study in the SoSTrades GUI.

        `GET /api/v0/study-case/{study_id}/url`
        """
        return cast("StudyUrl", self._client._call(_STUDY_CASES_GET_URL, {"study_id": study_id}, options))

    def get_logs(self, study_id: int, *, options: RequestOptions | None = None) -> bytes:
        """Download the execution log of the study's last calculation.

        `GET /api/v0/study-case/{study_id}/logs`
        """
        return cast("bytes", self._client._call(_STUDY_CASES_GET_LOGS, {"study_id": study_id}, options))

    def get_read_only_mode(self, study_id: int, *, options: RequestOptions | None = None) -> ReadOnlyStudyCase:
        """The study's saved read-only data.

        `GET /api/v0/study-case/{study_id}/read-only-mode`
        """
        return cast(
            "ReadOnlyStudyCase", self._client._call(_STUDY_CASES_GET_READ_ONLY_MODE, {"study_id": study_id}, options)
        )

    def get_saved_ontology_usages(self, study_id: int, *, options: RequestOptions | None = None) -> FreeForm | None:
        """The ontology usages saved with the study.

        `GET /api/v0/study-case/{study_id}/saved-ontology-usages`
        """
        return cast(
            "FreeForm | None",
            self._client._call(_STUDY_CASES_GET_SAVED_ONTOLOGY_USAGES, {"study_id": study_id}, options),
        )

    def get_saved_documentation(
        self, study_id: int, documentation_name: str, *, options: RequestOptions | None = None
    ) -> str | None:
        """A documentation page saved with the study, as markdown.

        `GET /api/v0/study-case/{study_id}/saved-documentation/{documentation_name}`
        """
        return cast(
            "str | None",
            self._client._call(
                _STUDY_CASES_GET_SAVED_DOCUMENTATION,
                {"study_id": study_id, "documentation_name": documentation_name},
                options,
            ),
        )

    @property
    def with_raw_response(self) -> StudyCasesWithRawResponse:
        return StudyCasesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> StudyCasesWithStreamingResponse:
        return StudyCasesWithStreamingResponse(self._client)


class StudyCasesWithRawResponse(Resource[SyncClient]):
    """`study_cases` operations, WithRawResponse."""

    def load(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[StudyParameters]:
        """Load a study case and return its editable and numerical parameters.

        `GET /api/v0/study-case/{study_id}`
        """
        return self._client._call_raw(_STUDY_CASES_LOAD, {"study_id": study_id}, options)

    def load_with_timeout(
        self, study_id: int, timeout: int, *, options: RequestOptions | None = None
    ) -> RawResponse[StudyParameters]:
        """Load a study case, waiting at most `timeout` seconds.

        `GET /api/v0/study-case/{study_id}/{timeout}`
        """
        return self._client._call_raw(
            _STUDY_CASES_LOAD_WITH_TIMEOUT, {"study_id": study_id, "timeout": timeout}, options
        )

    def copy(self, study_id: int, *, body: CopyStudyRequest, options: RequestOptions | None = None) -> RawResponse[int]:
        """Copy a study case under a new name and return the new study id.

        `POST /api/v0/study-case/{study_id}/copy`
        """
        return self._client._call_raw(_STUDY_CASES_COPY, {"study_id": study_id, "body": body}, options)

    def update_parameters(
        self, study_id: int, *, body: list[ParameterUpdate], options: RequestOptions | None = None
    ) -> RawResponse[LoadedStudyCase]:
        """Update scalar parameters, or upload CSV parameters.

        `POST /api/v0/study-case/{study_id}/parameters`
        """
        return self._client._call_raw(_STUDY_CASES_UPDATE_PARAMETERS, {"study_id": study_id, "body": body}, options)

    def download_parameter(
        self, study_id: int, *, body: ParameterDownloadRequest, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Download a parameter's value as CSV.

        `POST /api/v0/study-case/{study_id}/parameter/download`
        """
        return self._client._call_raw(_STUDY_CASES_DOWNLOAD_PARAMETER, {"study_id": study_id, "body": body}, options)

    def get_url(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[StudyUrl]:
        """Link to the study in the SoSTrades GUI.

        `GET /api/v0/study-case/{study_id}/url`
        """
        return self._client._call_raw(_STUDY_CASES_GET_URL, {"study_id": study_id}, options)

    def get_logs(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[bytes]:
        """Download the execution log of the study's last calculation.

        `GET /api/v0/study-case/{study_id}/logs`
        """
        return self._client._call_raw(_STUDY_CASES_GET_LOGS, {"study_id": study_id}, options)

    def get_read_only_mode(
        self, study_id: int, *, options: RequestOptions | None = None
    ) -> RawResponse[ReadOnlyStudyCase]:
        """The study's saved read-only data.

        `GET /api/v0/study-case/{study_id}/read-only-mode`
        """
        return self._client._call_raw(_STUDY_CASES_GET_READ_ONLY_MODE, {"study_id": study_id}, options)

    def get_saved_ontology_usages(
        self, study_id: int, *, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm | None]:
        """The ontology usages saved with the study.

        `GET /api/v0/study-case/{study_id}/saved-ontology-usages`
        """
        return self._client._call_raw(_STUDY_CASES_GET_SAVED_ONTOLOGY_USAGES, {"study_id": study_id}, options)

    def get_saved_documentation(
        self, study_id: int, documentation_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[str | None]:
        """A documentation page saved with the study, as markdown.

        `GET /api/v0/study-case/{study_id}/saved-documentation/{documentation_name}`
        """
        return self._client._call_raw(
            _STUDY_CASES_GET_SAVED_DOCUMENTATION,
            {"study_id": study_id, "documentation_name": documentation_name},
            options,
        )


class StudyCasesWithStreamingResponse(Resource[SyncClient]):
    """`study_cases` operations, WithStreamingResponse."""

    def load(self, study_id: int, *, options: RequestOptions | None = None) -> StreamedResponse[StudyParameters]:
        """Load a study case and return its editable and numerical parameters.

        `GET /api/v0/study-case/{study_id}`
        """
        return self._client._call_stream(_STUDY_CASES_LOAD, {"study_id": study_id}, options)

    def load_with_timeout(
        self, study_id: int, timeout: int, *, options: RequestOptions | None = None
    ) -> StreamedResponse[StudyParameters]:
        """Load a study case, waiting at most `timeout` seconds.

        `GET /api/v0/study-case/{study_id}/{timeout}`
        """
        return self._client._call_stream(
            _STUDY_CASES_LOAD_WITH_TIMEOUT, {"study_id": study_id, "timeout": timeout}, options
        )

    def copy(
        self, study_id: int, *, body: CopyStudyRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[int]:
        """Copy a study case under a new name and return the new study id.

        `POST /api/v0/study-case/{study_id}/copy`
        """
        return self._client._call_stream(_STUDY_CASES_COPY, {"study_id": study_id, "body": body}, options)

    def update_parameters(
        self, study_id: int, *, body: list[ParameterUpdate], options: RequestOptions | None = None
    ) -> StreamedResponse[LoadedStudyCase]:
        """Update scalar parameters, or upload CSV parameters.

        `POST /api/v0/study-case/{study_id}/parameters`
        """
        return self._client._call_stream(_STUDY_CASES_UPDATE_PARAMETERS, {"study_id": study_id, "body": body}, options)

    def download_parameter(
        self, study_id: int, *, body: ParameterDownloadRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[str]:
        """Download a parameter's value as CSV.

        `POST /api/v0/study-case/{study_id}/parameter/download`
        """
        return self._client._call_stream(_STUDY_CASES_DOWNLOAD_PARAMETER, {"study_id": study_id, "body": body}, options)

    def get_url(self, study_id: int, *, options: RequestOptions | None = None) -> StreamedResponse[StudyUrl]:
        """Link to the study in the SoSTrades GUI.

        `GET /api/v0/study-case/{study_id}/url`
        """
        return self._client._call_stream(_STUDY_CASES_GET_URL, {"study_id": study_id}, options)

    def get_logs(self, study_id: int, *, options: RequestOptions | None = None) -> StreamedResponse[bytes]:
        """Download the execution log of the study's last calculation.

        `GET /api/v0/study-case/{study_id}/logs`
        """
        return self._client._call_stream(_STUDY_CASES_GET_LOGS, {"study_id": study_id}, options)

    def get_read_only_mode(
        self, study_id: int, *, options: RequestOptions | None = None
    ) -> StreamedResponse[ReadOnlyStudyCase]:
        """The study's saved read-only data.

        `GET /api/v0/study-case/{study_id}/read-only-mode`
        """
        return self._client._call_stream(_STUDY_CASES_GET_READ_ONLY_MODE, {"study_id": study_id}, options)

    def get_saved_ontology_usages(
        self, study_id: int, *, options: RequestOptions | None = None
    ) -> StreamedResponse[FreeForm | None]:
        """The ontology usages saved with the study.

        `GET /api/v0/study-case/{study_id}/saved-ontology-usages`
        """
        return self._client._call_stream(_STUDY_CASES_GET_SAVED_ONTOLOGY_USAGES, {"study_id": study_id}, options)

    def get_saved_documentation(
        self, study_id: int, documentation_name: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[str | None]:
        """A documentation page saved with the study, as markdown.

        `GET /api/v0/study-case/{study_id}/saved-documentation/{documentation_name}`
        """
        return self._client._call_stream(
            _STUDY_CASES_GET_SAVED_DOCUMENTATION,
            {"study_id": study_id, "documentation_name": documentation_name},
            options,
        )


class Calculation(Resource[SyncClient]):
    """`calculation` operations."""

    def execute(self, study_id: int, *, options: RequestOptions | None = None) -> ExecutionStatus:
        """Submit the study's calculation.

        `POST /api/v0/calculation/execute/{study_id}`
        """
        return cast("ExecutionStatus", self._client._call(_CALCULATION_EXECUTE, {"study_id": study_id}, options))

    def status(self, study_id: int, *, options: RequestOptions | None = None) -> ExecutionStatus:
        """Execution status of the study's calculation.

        `GET /api/v0/calculation/status/{study_id}`
        """
        return cast("ExecutionStatus", self._client._call(_CALCULATION_STATUS, {"study_id": study_id}, options))

    @property
    def with_raw_response(self) -> CalculationWithRawResponse:
        return CalculationWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> CalculationWithStreamingResponse:
        return CalculationWithStreamingResponse(self._client)


class CalculationWithRawResponse(Resource[SyncClient]):
    """`calculation` operations, WithRawResponse."""

    def execute(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[ExecutionStatus]:
        """Submit the study's calculation.

        `POST /api/v0/calculation/execute/{study_id}`
        """
        return self._client._call_raw(_CALCULATION_EXECUTE, {"study_id": study_id}, options)

    def status(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[ExecutionStatus]:
        """Execution status of the study's calculation.

        `GET /api/v0/calculation/status/{study_id}`
        """
        return self._client._call_raw(_CALCULATION_STATUS, {"study_id": study_id}, options)


class CalculationWithStreamingResponse(Resource[SyncClient]):
    """`calculation` operations, WithStreamingResponse."""

    def execute(self, study_id: int, *, options: RequestOptions | None = None) -> StreamedResponse[ExecutionStatus]:
        """Submit the study's calculation.

        `POST /api/v0/calculation/execute/{study_id}`
        """
        return self._client._call_stream(_CALCULATION_EXECUTE, {"study_id": study_id}, options)

    def status(self, study_id: int, *, options: RequestOptions | None = None) -> StreamedResponse[ExecutionStatus]:
        """Execution status of the study's calculation.

        `GET /api/v0/calculation/status/{study_id}`
        """
        return self._client._call_stream(_CALCULATION_STATUS, {"study_id": study_id}, options)


class PostProcessing(Resource[SyncClient]):
    """`post_processing` operations."""

    def get(self, study_id: int, *, options: RequestOptions | None = None) -> PostProcessingData:
        """Post-processing charts by discipline, as plotly figures.

        `GET /api/v0/post-processing/{study_id}`
        """
        return cast("PostProcessingData", self._client._call(_POST_PROCESSING_GET, {"study_id": study_id}, options))

    def get_html(self, study_id: int, *, options: RequestOptions | None = None) -> str:
        """Post-processing charts in an HTML page.

        `GET /api/v0/post-processing/{study_id}/html`
        """
        return cast("str", self._client._call(_POST_PROCESSING_GET_HTML, {"study_id": study_id}, options))

    @property
    def with_raw_response(self) -> PostProcessingWithRawResponse:
        return PostProcessingWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> PostProcessingWithStreamingResponse:
        return PostProcessingWithStreamingResponse(self._client)


class PostProcessingWithRawResponse(Resource[SyncClient]):
    """`post_processing` operations, WithRawResponse."""

    def get(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[PostProcessingData]:
        """Post-processing charts by discipline, as plotly figures.

        `GET /api/v0/post-processing/{study_id}`
        """
        return self._client._call_raw(_POST_PROCESSING_GET, {"study_id": study_id}, options)

    def get_html(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Post-processing charts in an HTML page.

        `GET /api/v0/post-processing/{study_id}/html`
        """
        return self._client._call_raw(_POST_PROCESSING_GET_HTML, {"study_id": study_id}, options)


class PostProcessingWithStreamingResponse(Resource[SyncClient]):
    """`post_processing` operations, WithStreamingResponse."""

    def get(self, study_id: int, *, options: RequestOptions | None = None) -> StreamedResponse[PostProcessingData]:
        """Post-processing charts by discipline, as plotly figures.

        `GET /api/v0/post-processing/{study_id}`
        """
        return self._client._call_stream(_POST_PROCESSING_GET, {"study_id": study_id}, options)

    def get_html(self, study_id: int, *, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Post-processing charts in an HTML page.

        `GET /api/v0/post-processing/{study_id}/html`
        """
        return self._client._call_stream(_POST_PROCESSING_GET_HTML, {"study_id": study_id}, options)


class Ontology(Resource[SyncClient]):
    """`ontology` operations."""

    def get_usages(self, *, body: OntologyUsagesRequest, options: RequestOptions | None = None) -> OntologyUsages:
        """Ontology metadata for disciplines and parameters.

        `POST /api/v0/ontology/ontology-usages`
        """
        return cast("OntologyUsages", self._client._call(_ONTOLOGY_GET_USAGES, {"body": body}, options))

    def get_markdown_documentation(self, identifier: str, *, options: RequestOptions | None = None) -> FreeForm:
        """Markdown documentation of an ontology entry.

        `GET /api/v0/ontology/{identifier}/markdown_documentation`
        """
        return cast(
            "FreeForm", self._client._call(_ONTOLOGY_GET_MARKDOWN_DOCUMENTATION, {"identifier": identifier}, options)
        )

    @property
    def with_raw_response(self) -> OntologyWithRawResponse:
        return OntologyWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> OntologyWithStreamingResponse:
        return OntologyWithStreamingResponse(self._client)


class OntologyWithRawResponse(Resource[SyncClient]):
    """`ontology` operations, WithRawResponse."""

    def get_usages(
        self, *, body: OntologyUsagesRequest, options: RequestOptions | None = None
    ) -> RawResponse[OntologyUsages]:
        """Ontology metadata for disciplines and parameters.

        `POST /api/v0/ontology/ontology-usages`
        """
        return self._client._call_raw(_ONTOLOGY_GET_USAGES, {"body": body}, options)

    def get_markdown_documentation(
        self, identifier: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """Markdown documentation of an ontology entry.

        `GET /api/v0/ontology/{identifier}/markdown_documentation`
        """
        return self._client._call_raw(_ONTOLOGY_GET_MARKDOWN_DOCUMENTATION, {"identifier": identifier}, options)


class OntologyWithStreamingResponse(Resource[SyncClient]):
    """`ontology` operations, WithStreamingResponse."""

    def get_usages(
        self, *, body: OntologyUsagesRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[OntologyUsages]:
        """Ontology metadata for disciplines and parameters.

        `POST /api/v0/ontology/ontology-usages`
        """
        return self._client._call_stream(_ONTOLOGY_GET_USAGES, {"body": body}, options)

    def get_markdown_documentation(
        self, identifier: str, *, options: RequestOptions | None = None
    ) -> StreamedResponse[FreeForm]:
        """Markdown documentation of an ontology entry.

        `GET /api/v0/ontology/{identifier}/markdown_documentation`
        """
        return self._client._call_stream(_ONTOLOGY_GET_MARKDOWN_DOCUMENTATION, {"identifier": identifier}, options)


class Server(Resource[SyncClient]):
    """`server` operations."""

    def ping(self, *, options: RequestOptions | None = None) -> Literal["pong"]:
        """Liveness check; needs no key.

        `GET /api/ping`
        """
        return cast("Literal['pong']", self._client._call(_SERVER_PING, {}, options))

    @property
    def with_raw_response(self) -> ServerWithRawResponse:
        return ServerWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ServerWithStreamingResponse:
        return ServerWithStreamingResponse(self._client)


class ServerWithRawResponse(Resource[SyncClient]):
    """`server` operations, WithRawResponse."""

    def ping(self, *, options: RequestOptions | None = None) -> RawResponse[Literal["pong"]]:
        """Liveness check; needs no key.

        `GET /api/ping`
        """
        return self._client._call_raw(_SERVER_PING, {}, options)


class ServerWithStreamingResponse(Resource[SyncClient]):
    """`server` operations, WithStreamingResponse."""

    def ping(self, *, options: RequestOptions | None = None) -> StreamedResponse[Literal["pong"]]:
        """Liveness check; needs no key.

        `GET /api/ping`
        """
        return self._client._call_stream(_SERVER_PING, {}, options)


class AsyncStudyCases(Resource[AsyncClient]):
    """`study_cases` operations."""

    async def load(self, study_id: int, *, options: RequestOptions | None = None) -> StudyParameters:
        """Load a study case and return its editable and numerical parameters.

        `GET /api/v0/study-case/{study_id}`
        """
        return cast("StudyParameters", await self._client._call(_STUDY_CASES_LOAD, {"study_id": study_id}, options))

    async def load_with_timeout(
        self, study_id: int, timeout: int, *, options: RequestOptions | None = None
    ) -> StudyParameters:
        """Load a study case, waiting at most `timeout` seconds.

        `GET /api/v0/study-case/{study_id}/{timeout}`
        """
        return cast(
            "StudyParameters",
            await self._client._call(
                _STUDY_CASES_LOAD_WITH_TIMEOUT, {"study_id": study_id, "timeout": timeout}, options
            ),
        )

    async def copy(self, study_id: int, *, body: CopyStudyRequest, options: RequestOptions | None = None) -> int:
        """Copy a study case under a new name and return the new study id.

        `POST /api/v0/study-case/{study_id}/copy`
        """
        return cast("int", await self._client._call(_STUDY_CASES_COPY, {"study_id": study_id, "body": body}, options))

    async def update_parameters(
        self, study_id: int, *, body: list[ParameterUpdate], options: RequestOptions | None = None
    ) -> LoadedStudyCase:
        """Update scalar parameters, or upload CSV parameters.

        `POST /api/v0/study-case/{study_id}/parameters`
        """
        return cast(
            "LoadedStudyCase",
            await self._client._call(_STUDY_CASES_UPDATE_PARAMETERS, {"study_id": study_id, "body": body}, options),
        )

    async def download_parameter(
        self, study_id: int, *, body: ParameterDownloadRequest, options: RequestOptions | None = None
    ) -> str:
        """Download a parameter's value as CSV.

        `POST /api/v0/study-case/{study_id}/parameter/download`
        """
        return cast(
            "str",
            await self._client._call(_STUDY_CASES_DOWNLOAD_PARAMETER, {"study_id": study_id, "body": body}, options),
        )

    async def get_url(self, study_id: int, *, options: RequestOptions | None = None) -> StudyUrl:
        """Link to the study in the SoSTrades GUI.

        `GET /api/v0/study-case/{study_id}/url`
        """
        return cast("StudyUrl", await self._client._call(_STUDY_CASES_GET_URL, {"study_id": study_id}, options))

    async def get_logs(self, study_id: int, *, options: RequestOptions | None = None) -> bytes:
        """Download the execution log of the study's last calculation.

        `GET /api/v0/study-case/{study_id}/logs`
        """
        return cast("bytes", await self._client._call(_STUDY_CASES_GET_LOGS, {"study_id": study_id}, options))

    async def get_read_only_mode(self, study_id: int, *, options: RequestOptions | None = None) -> ReadOnlyStudyCase:
        """The study's saved read-only data.

        `GET /api/v0/study-case/{study_id}/read-only-mode`
        """
        return cast(
            "ReadOnlyStudyCase",
            await self._client._call(_STUDY_CASES_GET_READ_ONLY_MODE, {"study_id": study_id}, options),
        )

    async def get_saved_ontology_usages(
        self, study_id: int, *, options: RequestOptions | None = None
    ) -> FreeForm | None:
        """The ontology usages saved with the study.

        `GET /api/v0/study-case/{study_id}/saved-ontology-usages`
        """
        return cast(
            "FreeForm | None",
            await self._client._call(_STUDY_CASES_GET_SAVED_ONTOLOGY_USAGES, {"study_id": study_id}, options),
        )

    async def get_saved_documentation(
        self, study_id: int, documentation_name: str, *, options: RequestOptions | None = None
    ) -> str | None:
        """A documentation page saved with the study, as markdown.

        `GET /api/v0/study-case/{study_id}/saved-documentation/{documentation_name}`
        """
        return cast(
            "str | None",
            await self._client._call(
                _STUDY_CASES_GET_SAVED_DOCUMENTATION,
                {"study_id": study_id, "documentation_name": documentation_name},
                options,
            ),
        )

    @property
    def with_raw_response(self) -> AsyncStudyCasesWithRawResponse:
        return AsyncStudyCasesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncStudyCasesWithStreamingResponse:
        return AsyncStudyCasesWithStreamingResponse(self._client)


class AsyncStudyCasesWithRawResponse(Resource[AsyncClient]):
    """`study_cases` operations, WithRawResponse."""

    async def load(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[StudyParameters]:
        """Load a study case and return its editable and numerical parameters.

        `GET /api/v0/study-case/{study_id}`
        """
        return await self._client._call_raw(_STUDY_CASES_LOAD, {"study_id": study_id}, options)

    async def load_with_timeout(
        self, study_id: int, timeout: int, *, options: RequestOptions | None = None
    ) -> RawResponse[StudyParameters]:
        """Load a study case, waiting at most `timeout` seconds.

        `GET /api/v0/study-case/{study_id}/{timeout}`
        """
        return await self._client._call_raw(
            _STUDY_CASES_LOAD_WITH_TIMEOUT, {"study_id": study_id, "timeout": timeout}, options
        )

    async def copy(
        self, study_id: int, *, body: CopyStudyRequest, options: RequestOptions | None = None
    ) -> RawResponse[int]:
        """Copy a study case under a new name and return the new study id.

        `POST /api/v0/study-case/{study_id}/copy`
        """
        return await self._client._call_raw(_STUDY_CASES_COPY, {"study_id": study_id, "body": body}, options)

    async def update_parameters(
        self, study_id: int, *, body: list[ParameterUpdate], options: RequestOptions | None = None
    ) -> RawResponse[LoadedStudyCase]:
        """Update scalar parameters, or upload CSV parameters.

        `POST /api/v0/study-case/{study_id}/parameters`
        """
        return await self._client._call_raw(
            _STUDY_CASES_UPDATE_PARAMETERS, {"study_id": study_id, "body": body}, options
        )

    async def download_parameter(
        self, study_id: int, *, body: ParameterDownloadRequest, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Download a parameter's value as CSV.

        `POST /api/v0/study-case/{study_id}/parameter/download`
        """
        return await self._client._call_raw(
            _STUDY_CASES_DOWNLOAD_PARAMETER, {"study_id": study_id, "body": body}, options
        )

    async def get_url(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[StudyUrl]:
        """Link to the study in the SoSTrades GUI.

        `GET /api/v0/study-case/{study_id}/url`
        """
        return await self._client._call_raw(_STUDY_CASES_GET_URL, {"study_id": study_id}, options)

    async def get_logs(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[bytes]:
        """Download the execution log of the study's last calculation.

        `GET /api/v0/study-case/{study_id}/logs`
        """
        return await self._client._call_raw(_STUDY_CASES_GET_LOGS, {"study_id": study_id}, options)

    async def get_read_only_mode(
        self, study_id: int, *, options: RequestOptions | None = None
    ) -> RawResponse[ReadOnlyStudyCase]:
        """The study's saved read-only data.

        `GET /api/v0/study-case/{study_id}/read-only-mode`
        """
        return await self._client._call_raw(_STUDY_CASES_GET_READ_ONLY_MODE, {"study_id": study_id}, options)

    async def get_saved_ontology_usages(
        self, study_id: int, *, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm | None]:
        """The ontology usages saved with the study.

        `GET /api/v0/study-case/{study_id}/saved-ontology-usages`
        """
        return await self._client._call_raw(_STUDY_CASES_GET_SAVED_ONTOLOGY_USAGES, {"study_id": study_id}, options)

    async def get_saved_documentation(
        self, study_id: int, documentation_name: str, *, options: RequestOptions | None = None
    ) -> RawResponse[str | None]:
        """A documentation page saved with the study, as markdown.

        `GET /api/v0/study-case/{study_id}/saved-documentation/{documentation_name}`
        """
        return await self._client._call_raw(
            _STUDY_CASES_GET_SAVED_DOCUMENTATION,
            {"study_id": study_id, "documentation_name": documentation_name},
            options,
        )


class AsyncStudyCasesWithStreamingResponse(Resource[AsyncClient]):
    """`study_cases` operations, WithStreamingResponse."""

    def load(self, study_id: int, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[StudyParameters]:
        """Load a study case and return its editable and numerical parameters.

        `GET /api/v0/study-case/{study_id}`
        """
        return self._client._call_stream(_STUDY_CASES_LOAD, {"study_id": study_id}, options)

    def load_with_timeout(
        self, study_id: int, timeout: int, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[StudyParameters]:
        """Load a study case, waiting at most `timeout` seconds.

        `GET /api/v0/study-case/{study_id}/{timeout}`
        """
        return self._client._call_stream(
            _STUDY_CASES_LOAD_WITH_TIMEOUT, {"study_id": study_id, "timeout": timeout}, options
        )

    def copy(
        self, study_id: int, *, body: CopyStudyRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[int]:
        """Copy a study case under a new name and return the new study id.

        `POST /api/v0/study-case/{study_id}/copy`
        """
        return self._client._call_stream(_STUDY_CASES_COPY, {"study_id": study_id, "body": body}, options)

    def update_parameters(
        self, study_id: int, *, body: list[ParameterUpdate], options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[LoadedStudyCase]:
        """Update scalar parameters, or upload CSV parameters.

        `POST /api/v0/study-case/{study_id}/parameters`
        """
        return self._client._call_stream(_STUDY_CASES_UPDATE_PARAMETERS, {"study_id": study_id, "body": body}, options)

    def download_parameter(
        self, study_id: int, *, body: ParameterDownloadRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str]:
        """Download a parameter's value as CSV.

        `POST /api/v0/study-case/{study_id}/parameter/download`
        """
        return self._client._call_stream(_STUDY_CASES_DOWNLOAD_PARAMETER, {"study_id": study_id, "body": body}, options)

    def get_url(self, study_id: int, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[StudyUrl]:
        """Link to the study in the SoSTrades GUI.

        `GET /api/v0/study-case/{study_id}/url`
        """
        return self._client._call_stream(_STUDY_CASES_GET_URL, {"study_id": study_id}, options)

    def get_logs(self, study_id: int, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[bytes]:
        """Download the execution log of the study's last calculation.

        `GET /api/v0/study-case/{study_id}/logs`
        """
        return self._client._call_stream(_STUDY_CASES_GET_LOGS, {"study_id": study_id}, options)

    def get_read_only_mode(
        self, study_id: int, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ReadOnlyStudyCase]:
        """The study's saved read-only data.

        `GET /api/v0/study-case/{study_id}/read-only-mode`
        """
        return self._client._call_stream(_STUDY_CASES_GET_READ_ONLY_MODE, {"study_id": study_id}, options)

    def get_saved_ontology_usages(
        self, study_id: int, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FreeForm | None]:
        """The ontology usages saved with the study.

        `GET /api/v0/study-case/{study_id}/saved-ontology-usages`
        """
        return self._client._call_stream(_STUDY_CASES_GET_SAVED_ONTOLOGY_USAGES, {"study_id": study_id}, options)

    def get_saved_documentation(
        self, study_id: int, documentation_name: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str | None]:
        """A documentation page saved with the study, as markdown.

        `GET /api/v0/study-case/{study_id}/saved-documentation/{documentation_name}`
        """
        return self._client._call_stream(
            _STUDY_CASES_GET_SAVED_DOCUMENTATION,
            {"study_id": study_id, "documentation_name": documentation_name},
            options,
        )


class AsyncCalculation(Resource[AsyncClient]):
    """`calculation` operations."""

    async def execute(self, study_id: int, *, options: RequestOptions | None = None) -> ExecutionStatus:
        """Submit the study's calculation.

        `POST /api/v0/calculation/execute/{study_id}`
        """
        return cast("ExecutionStatus", await self._client._call(_CALCULATION_EXECUTE, {"study_id": study_id}, options))

    async def status(self, study_id: int, *, options: RequestOptions | None = None) -> ExecutionStatus:
        """Execution status of the study's calculation.

        `GET /api/v0/calculation/status/{study_id}`
        """
        return cast("ExecutionStatus", await self._client._call(_CALCULATION_STATUS, {"study_id": study_id}, options))

    @property
    def with_raw_response(self) -> AsyncCalculationWithRawResponse:
        return AsyncCalculationWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncCalculationWithStreamingResponse:
        return AsyncCalculationWithStreamingResponse(self._client)


class AsyncCalculationWithRawResponse(Resource[AsyncClient]):
    """`calculation` operations, WithRawResponse."""

    async def execute(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[ExecutionStatus]:
        """Submit the study's calculation.

        `POST /api/v0/calculation/execute/{study_id}`
        """
        return await self._client._call_raw(_CALCULATION_EXECUTE, {"study_id": study_id}, options)

    async def status(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[ExecutionStatus]:
        """Execution status of the study's calculation.

        `GET /api/v0/calculation/status/{study_id}`
        """
        return await self._client._call_raw(_CALCULATION_STATUS, {"study_id": study_id}, options)


class AsyncCalculationWithStreamingResponse(Resource[AsyncClient]):
    """`calculation` operations, WithStreamingResponse."""

    def execute(
        self, study_id: int, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[ExecutionStatus]:
        """Submit the study's calculation.

        `POST /api/v0/calculation/execute/{study_id}`
        """
        return self._client._call_stream(_CALCULATION_EXECUTE, {"study_id": study_id}, options)

    def status(self, study_id: int, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ExecutionStatus]:
        """Execution status of the study's calculation.

        `GET /api/v0/calculation/status/{study_id}`
        """
        return self._client._call_stream(_CALCULATION_STATUS, {"study_id": study_id}, options)


class AsyncPostProcessing(Resource[AsyncClient]):
    """`post_processing` operations."""

    async def get(self, study_id: int, *, options: RequestOptions | None = None) -> PostProcessingData:
        """Post-processing charts by discipline, as plotly figures.

        `GET /api/v0/post-processing/{study_id}`
        """
        return cast(
            "PostProcessingData", await self._client._call(_POST_PROCESSING_GET, {"study_id": study_id}, options)
        )

    async def get_html(self, study_id: int, *, options: RequestOptions | None = None) -> str:
        """Post-processing charts in an HTML page.

        `GET /api/v0/post-processing/{study_id}/html`
        """
        return cast("str", await self._client._call(_POST_PROCESSING_GET_HTML, {"study_id": study_id}, options))

    @property
    def with_raw_response(self) -> AsyncPostProcessingWithRawResponse:
        return AsyncPostProcessingWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncPostProcessingWithStreamingResponse:
        return AsyncPostProcessingWithStreamingResponse(self._client)


class AsyncPostProcessingWithRawResponse(Resource[AsyncClient]):
    """`post_processing` operations, WithRawResponse."""

    async def get(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[PostProcessingData]:
        """Post-processing charts by discipline, as plotly figures.

        `GET /api/v0/post-processing/{study_id}`
        """
        return await self._client._call_raw(_POST_PROCESSING_GET, {"study_id": study_id}, options)

    async def get_html(self, study_id: int, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """Post-processing charts in an HTML page.

        `GET /api/v0/post-processing/{study_id}/html`
        """
        return await self._client._call_raw(_POST_PROCESSING_GET_HTML, {"study_id": study_id}, options)


class AsyncPostProcessingWithStreamingResponse(Resource[AsyncClient]):
    """`post_processing` operations, WithStreamingResponse."""

    def get(self, study_id: int, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[PostProcessingData]:
        """Post-processing charts by discipline, as plotly figures.

        `GET /api/v0/post-processing/{study_id}`
        """
        return self._client._call_stream(_POST_PROCESSING_GET, {"study_id": study_id}, options)

    def get_html(self, study_id: int, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """Post-processing charts in an HTML page.

        `GET /api/v0/post-processing/{study_id}/html`
        """
        return self._client._call_stream(_POST_PROCESSING_GET_HTML, {"study_id": study_id}, options)


class AsyncOntology(Resource[AsyncClient]):
    """`ontology` operations."""

    async def get_usages(self, *, body: OntologyUsagesRequest, options: RequestOptions | None = None) -> OntologyUsages:
        """Ontology metadata for disciplines and parameters.

        `POST /api/v0/ontology/ontology-usages`
        """
        return cast("OntologyUsages", await self._client._call(_ONTOLOGY_GET_USAGES, {"body": body}, options))

    async def get_markdown_documentation(self, identifier: str, *, options: RequestOptions | None = None) -> FreeForm:
        """Markdown documentation of an ontology entry.

        `GET /api/v0/ontology/{identifier}/markdown_documentation`
        """
        return cast(
            "FreeForm",
            await self._client._call(_ONTOLOGY_GET_MARKDOWN_DOCUMENTATION, {"identifier": identifier}, options),
        )

    @property
    def with_raw_response(self) -> AsyncOntologyWithRawResponse:
        return AsyncOntologyWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncOntologyWithStreamingResponse:
        return AsyncOntologyWithStreamingResponse(self._client)


class AsyncOntologyWithRawResponse(Resource[AsyncClient]):
    """`ontology` operations, WithRawResponse."""

    async def get_usages(
        self, *, body: OntologyUsagesRequest, options: RequestOptions | None = None
    ) -> RawResponse[OntologyUsages]:
        """Ontology metadata for disciplines and parameters.

        `POST /api/v0/ontology/ontology-usages`
        """
        return await self._client._call_raw(_ONTOLOGY_GET_USAGES, {"body": body}, options)

    async def get_markdown_documentation(
        self, identifier: str, *, options: RequestOptions | None = None
    ) -> RawResponse[FreeForm]:
        """Markdown documentation of an ontology entry.

        `GET /api/v0/ontology/{identifier}/markdown_documentation`
        """
        return await self._client._call_raw(_ONTOLOGY_GET_MARKDOWN_DOCUMENTATION, {"identifier": identifier}, options)


class AsyncOntologyWithStreamingResponse(Resource[AsyncClient]):
    """`ontology` operations, WithStreamingResponse."""

    def get_usages(
        self, *, body: OntologyUsagesRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[OntologyUsages]:
        """Ontology metadata for disciplines and parameters.

        `POST /api/v0/ontology/ontology-usages`
        """
        return self._client._call_stream(_ONTOLOGY_GET_USAGES, {"body": body}, options)

    def get_markdown_documentation(
        self, identifier: str, *, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FreeForm]:
        """Markdown documentation of an ontology entry.

        `GET /api/v0/ontology/{identifier}/markdown_documentation`
        """
        return self._client._call_stream(_ONTOLOGY_GET_MARKDOWN_DOCUMENTATION, {"identifier": identifier}, options)


class AsyncServer(Resource[AsyncClient]):
    """`server` operations."""

    async def ping(self, *, options: RequestOptions | None = None) -> Literal["pong"]:
        """Liveness check; needs no key.

        `GET /api/ping`
        """
        return cast("Literal['pong']", await self._client._call(_SERVER_PING, {}, options))

    @property
    def with_raw_response(self) -> AsyncServerWithRawResponse:
        return AsyncServerWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncServerWithStreamingResponse:
        return AsyncServerWithStreamingResponse(self._client)


class AsyncServerWithRawResponse(Resource[AsyncClient]):
    """`server` operations, WithRawResponse."""

    async def ping(self, *, options: RequestOptions | None = None) -> RawResponse[Literal["pong"]]:
        """Liveness check; needs no key.

        `GET /api/ping`
        """
        return await self._client._call_raw(_SERVER_PING, {}, options)


class AsyncServerWithStreamingResponse(Resource[AsyncClient]):
    """`server` operations, WithStreamingResponse."""

    def ping(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[Literal["pong"]]:
        """Liveness check; needs no key.

        `GET /api/ping`
        """
        return self._client._call_stream(_SERVER_PING, {}, options)


class SosTradesClientBase(SyncClient):
    """The generated client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error", "Error")

    @property
    def study_cases(self) -> StudyCases:
        return StudyCases(self)

    @property
    def calculation(self) -> Calculation:
        return Calculation(self)

    @property
    def post_processing(self) -> PostProcessing:
        return PostProcessing(self)

    @property
    def ontology(self) -> Ontology:
        return Ontology(self)

    @property
    def server(self) -> Server:
        return Server(self)


class AsyncSosTradesClientBase(AsyncClient):
    """The generated async client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error", "Error")

    @property
    def study_cases(self) -> AsyncStudyCases:
        return AsyncStudyCases(self)

    @property
    def calculation(self) -> AsyncCalculation:
        return AsyncCalculation(self)

    @property
    def post_processing(self) -> AsyncPostProcessing:
        return AsyncPostProcessing(self)

    @property
    def ontology(self) -> AsyncOntology:
        return AsyncOntology(self)

    @property
    def server(self) -> AsyncServer:
        return AsyncServer(self)


OPERATIONS = (
    _STUDY_CASES_LOAD,
    _STUDY_CASES_LOAD_WITH_TIMEOUT,
    _STUDY_CASES_COPY,
    _STUDY_CASES_UPDATE_PARAMETERS,
    _STUDY_CASES_DOWNLOAD_PARAMETER,
    _STUDY_CASES_GET_URL,
    _STUDY_CASES_GET_LOGS,
    _STUDY_CASES_GET_READ_ONLY_MODE,
    _STUDY_CASES_GET_SAVED_ONTOLOGY_USAGES,
    _STUDY_CASES_GET_SAVED_DOCUMENTATION,
    _CALCULATION_EXECUTE,
    _CALCULATION_STATUS,
    _POST_PROCESSING_GET,
    _POST_PROCESSING_GET_HTML,
    _ONTOLOGY_GET_USAGES,
    _ONTOLOGY_GET_MARKDOWN_DOCUMENTATION,
    _SERVER_PING,
)
