"""Contains all the data models used in inputs/outputs"""

from .copy_study_request import CopyStudyRequest
from .error import Error
from .execution_status import ExecutionStatus
from .execution_status_disciplines_status import ExecutionStatusDisciplinesStatus
from .free_form import FreeForm
from .load_status import LoadStatus
from .loaded_study_case import LoadedStudyCase
from .ontology_usages import OntologyUsages
from .ontology_usages_request import OntologyUsagesRequest
from .ontology_usages_request_ontology_request import (
    OntologyUsagesRequestOntologyRequest,
)
from .parameter_download_request import ParameterDownloadRequest
from .parameter_files import ParameterFiles
from .parameter_info import ParameterInfo
from .parameter_update import ParameterUpdate
from .post_processing_data import PostProcessingData
from .read_only_study_case import ReadOnlyStudyCase
from .study_case import StudyCase
from .study_parameters import StudyParameters
from .study_url import StudyUrl

__all__ = (
    "CopyStudyRequest",
    "Error",
    "ExecutionStatus",
    "ExecutionStatusDisciplinesStatus",
    "FreeForm",
    "LoadStatus",
    "LoadedStudyCase",
    "OntologyUsages",
    "OntologyUsagesRequest",
    "OntologyUsagesRequestOntologyRequest",
    "ParameterDownloadRequest",
    "ParameterFiles",
    "ParameterInfo",
    "ParameterUpdate",
    "PostProcessingData",
    "ReadOnlyStudyCase",
    "StudyCase",
    "StudyParameters",
    "StudyUrl",
)
