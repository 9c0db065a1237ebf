"""Contains all the data models used in inputs/outputs"""

from .annotation import Annotation
from .annotation_create_request import AnnotationCreateRequest
from .annotation_info import AnnotationInfo
from .annotation_update_request import AnnotationUpdateRequest
from .app import App
from .archive_report import ArchiveReport
from .connection_info import ConnectionInfo
from .consolidated import Consolidated
from .data_json import DataJson
from .data_read_decimation_level import DataReadDecimationLevel
from .data_read_json_decimation_level import DataReadJsonDecimationLevel
from .data_stream import DataStream
from .data_stream_create import DataStreamCreate
from .data_stream_create_datatype import DataStreamCreateDatatype
from .data_stream_create_request import DataStreamCreateRequest
from .data_stream_info import DataStreamInfo
from .data_stream_moved import DataStreamMoved
from .data_stream_update import DataStreamUpdate
from .data_stream_update_request import DataStreamUpdateRequest
from .db_info import DbInfo
from .element import Element
from .element_create import ElementCreate
from .element_update import ElementUpdate
from .error_body import ErrorBody
from .event import Event
from .event_content import EventContent
from .event_count import EventCount
from .event_fields import EventFields
from .event_stream import EventStream
from .event_stream_create import EventStreamCreate
from .event_stream_create_request import EventStreamCreateRequest
from .event_stream_info import EventStreamInfo
from .event_stream_moved import EventStreamMoved
from .event_stream_update import EventStreamUpdate
from .event_stream_update_request import EventStreamUpdateRequest
from .event_write import EventWrite
from .events_read import EventsRead
from .events_write_request import EventsWriteRequest
from .events_written import EventsWritten
from .folder import Folder
from .folder_map import FolderMap
from .folder_map_data_stream_element_map import FolderMapDataStreamElementMap
from .folder_moved import FolderMoved
from .folder_update import FolderUpdate
from .folder_update_request import FolderUpdateRequest
from .follower import Follower
from .follower_add_request import FollowerAddRequest
from .follower_add_request_scheme import FollowerAddRequestScheme
from .follower_added import FollowerAdded
from .histogram_bucket import HistogramBucket
from .histogram_count import HistogramCount
from .log_message import LogMessage
from .master import Master
from .master_add_request import MasterAddRequest
from .master_add_request_lumen_params_type_0 import MasterAddRequestLumenParamsType0
from .master_add_request_master_type import MasterAddRequestMasterType
from .master_added import MasterAdded
from .masters_remove_master_type import MastersRemoveMasterType
from .module import Module
from .module_statistics import ModuleStatistics
from .move_request import MoveRequest
from .node_info import NodeInfo
from .pipe_map import PipeMap
from .proxy import Proxy

__all__ = (
    "Annotation",
    "AnnotationCreateRequest",
    "AnnotationInfo",
    "AnnotationUpdateRequest",
    "App",
    "ArchiveReport",
    "ConnectionInfo",
    "Consolidated",
    "DataJson",
    "DataReadDecimationLevel",
    "DataReadJsonDecimationLevel",
    "DataStream",
    "DataStreamCreate",
    "DataStreamCreateDatatype",
    "DataStreamCreateRequest",
    "DataStreamInfo",
    "DataStreamMoved",
    "DataStreamUpdate",
    "DataStreamUpdateRequest",
    "DbInfo",
    "Element",
    "ElementCreate",
    "ElementUpdate",
    "ErrorBody",
    "Event",
    "EventContent",
    "EventCount",
    "EventFields",
    "EventStream",
    "EventStreamCreate",
    "EventStreamCreateRequest",
    "EventStreamInfo",
    "EventStreamMoved",
    "EventStreamUpdate",
    "EventStreamUpdateRequest",
    "EventWrite",
    "EventsRead",
    "EventsWriteRequest",
    "EventsWritten",
    "Folder",
    "FolderMap",
    "FolderMapDataStreamElementMap",
    "FolderMoved",
    "FolderUpdate",
    "FolderUpdateRequest",
    "Follower",
    "FollowerAddRequest",
    "FollowerAddRequestScheme",
    "FollowerAdded",
    "HistogramBucket",
    "HistogramCount",
    "LogMessage",
    "Master",
    "MasterAddRequest",
    "MasterAddRequestLumenParamsType0",
    "MasterAddRequestMasterType",
    "MasterAdded",
    "MastersRemoveMasterType",
    "Module",
    "ModuleStatistics",
    "MoveRequest",
    "NodeInfo",
    "PipeMap",
    "Proxy",
)
