"""The resource façade, generated from the spec's tags and operationIds. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from client_runtime import (
    NOT_GIVEN,
    AsyncClient,
    AsyncStreamedResponse,
    ErrorModel,
    NotGiven,
    Operation,
    RawResponse,
    RequestOptions,
    Resource,
    StreamedResponse,
    SyncClient,
)

if TYPE_CHECKING:
    from typing import Literal

    from ._generated.models.annotation import Annotation
    from ._generated.models.annotation_create_request import AnnotationCreateRequest
    from ._generated.models.annotation_info import AnnotationInfo
    from ._generated.models.annotation_update_request import AnnotationUpdateRequest
    from ._generated.models.app import App
    from ._generated.models.archive_report import ArchiveReport
    from ._generated.models.connection_info import ConnectionInfo
    from ._generated.models.consolidated import Consolidated
    from ._generated.models.data_json import DataJson
    from ._generated.models.data_read_decimation_level import DataReadDecimationLevel
    from ._generated.models.data_read_json_decimation_level import DataReadJsonDecimationLevel
    from ._generated.models.data_stream import DataStream
    from ._generated.models.data_stream_create_request import DataStreamCreateRequest
    from ._generated.models.data_stream_moved import DataStreamMoved
    from ._generated.models.data_stream_update_request import DataStreamUpdateRequest
    from ._generated.models.db_info import DbInfo
    from ._generated.models.event_count import EventCount
    from ._generated.models.event_stream import EventStream
    from ._generated.models.event_stream_create_request import EventStreamCreateRequest
    from ._generated.models.event_stream_moved import EventStreamMoved
    from ._generated.models.event_stream_update_request import EventStreamUpdateRequest
    from ._generated.models.events_read import EventsRead
    from ._generated.models.events_write_request import EventsWriteRequest
    from ._generated.models.events_written import EventsWritten
    from ._generated.models.folder import Folder
    from ._generated.models.folder_map import FolderMap
    from ._generated.models.folder_moved import FolderMoved
    from ._generated.models.folder_update_request import FolderUpdateRequest
    from ._generated.models.follower import Follower
    from ._generated.models.follower_add_request import FollowerAddRequest
    from ._generated.models.follower_added import FollowerAdded
    from ._generated.models.master import Master
    from ._generated.models.master_add_request import MasterAddRequest
    from ._generated.models.master_added import MasterAdded
    from ._generated.models.masters_remove_master_type import MastersRemoveMasterType
    from ._generated.models.module import Module
    from ._generated.models.move_request import MoveRequest
    from ._generated.models.node_info import NodeInfo
    from ._generated.models.proxy import Proxy
    from ._generated.types import File

_PACKAGE = __name__.rpartition(".")[0] + "._generated"

COMPONENTS: dict[str, Any] = {
    "AnnotationCreateRequest": {
        "properties": {
            "content": {"type": "string"},
            "end": {"type": ["integer", "null"]},
            "start": {"type": "integer"},
            "stream_id": {"type": "integer"},
            "stream_path": {"pattern": "^/", "type": "string"},
            "title": {"minLength": 1, "type": "string"},
        },
        "required": ["title", "start"],
        "type": "object",
    },
    "AnnotationUpdateRequest": {
        "properties": {
            "content": {"type": "string"},
            "id": {"type": "integer"},
            "title": {"minLength": 1, "type": "string"},
        },
        "required": ["id"],
        "type": "object",
    },
    "DataStreamCreate": {
        "properties": {
            "datatype": {"enum": ["float64", "float32", "int64", "int32", "int16"], "type": "string"},
            "decimate": {"type": "boolean"},
            "description": {"type": "string"},
            "elements": {"items": {"$ref": "#/components/schemas/ElementCreate"}, "minItems": 1, "type": "array"},
            "id": {"type": ["integer", "null"]},
            "is_configured": {"type": "boolean"},
            "is_destination": {"type": "boolean"},
            "is_source": {"type": "boolean"},
            "keep_us": {"minimum": -1, "type": "integer"},
            "name": {"minLength": 1, "type": "string"},
        },
        "required": [
            "id",
            "name",
            "description",
            "datatype",
            "keep_us",
            "decimate",
            "is_configured",
            "is_source",
            "is_destination",
            "elements",
        ],
        "type": "object",
    },
    "DataStreamCreateRequest": {
        "properties": {
            "dest_id": {"type": "integer"},
            "dest_path": {"pattern": "^/", "type": "string"},
            "stream": {"$ref": "#/components/schemas/DataStreamCreate"},
        },
        "required": ["stream"],
        "type": "object",
    },
    "DataStreamUpdate": {
        "properties": {
            "decimate": {"type": "boolean"},
            "description": {"type": "string"},
            "elements": {"items": {"$ref": "#/components/schemas/ElementUpdate"}, "type": "array"},
            "keep_us": {"minimum": -1, "type": "integer"},
            "name": {"minLength": 1, "type": "string"},
        },
        "type": "object",
    },
    "DataStreamUpdateRequest": {
        "properties": {"id": {"type": "integer"}, "stream": {"$ref": "#/components/schemas/DataStreamUpdate"}},
        "required": ["id", "stream"],
        "type": "object",
    },
    "ElementCreate": {
        "properties": {
            "default_max": {"type": ["number", "null"]},
            "default_min": {"type": ["number", "null"]},
            "display_type": {"type": "string"},
            "id": {"type": ["integer", "null"]},
            "index": {"type": "integer"},
            "name": {"minLength": 1, "type": "string"},
            "offset": {"type": "number"},
            "plottable": {"type": "boolean"},
            "scale_factor": {"type": "number"},
            "units": {"type": ["string", "null"]},
        },
        "required": [
            "id",
            "name",
            "units",
            "plottable",
            "display_type",
            "offset",
            "scale_factor",
            "default_max",
            "default_min",
        ],
        "type": "object",
    },
    "ElementUpdate": {
        "properties": {
            "default_max": {"type": ["number", "null"]},
            "default_min": {"type": ["number", "null"]},
            "display_type": {"type": "string"},
            "name": {"minLength": 1, "type": "string"},
            "offset": {"type": "number"},
            "plottable": {"type": "boolean"},
            "scale_factor": {"type": "number"},
            "units": {"type": ["string", "null"]},
        },
        "type": "object",
    },
    "EventContent": {"type": "object"},
    "EventFields": {"additionalProperties": {"type": "string"}, "type": "object"},
    "EventStreamCreate": {
        "properties": {
            "chunk_duration_us": {"minimum": 0, "type": "integer"},
            "description": {"type": "string"},
            "event_fields": {"$ref": "#/components/schemas/EventFields"},
            "id": {"type": ["integer", "null"]},
            "keep_us": {"minimum": -1, "type": "integer"},
            "name": {"minLength": 1, "type": "string"},
        },
        "required": ["id", "name", "description", "event_fields", "chunk_duration_us", "keep_us"],
        "type": "object",
    },
    "EventStreamCreateRequest": {
        "properties": {
            "dest_id": {"type": "integer"},
            "dest_path": {"pattern": "^/", "type": "string"},
            "stream": {"$ref": "#/components/schemas/EventStreamCreate"},
        },
        "required": ["stream"],
        "type": "object",
    },
    "EventStreamUpdate": {
        "properties": {
            "chunk_duration_us": {"minimum": 0, "type": "integer"},
            "description": {"type": "string"},
            "event_fields": {"$ref": "#/components/schemas/EventFields"},
            "keep_us": {"minimum": -1, "type": "integer"},
            "name": {"minLength": 1, "type": "string"},
        },
        "type": "object",
    },
    "EventStreamUpdateRequest": {
        "properties": {"id": {"type": "integer"}, "stream": {"$ref": "#/components/schemas/EventStreamUpdate"}},
        "required": ["id", "stream"],
        "type": "object",
    },
    "EventWrite": {
        "properties": {
            "content": {"$ref": "#/components/schemas/EventContent"},
            "end_time": {"type": "integer"},
            "event_stream_id": {"type": ["integer", "null"]},
            "id": {"type": ["integer", "null"]},
            "start_time": {"type": "integer"},
        },
        "required": ["event_stream_id", "start_time", "end_time", "content"],
        "type": "object",
    },
    "EventsWriteRequest": {
        "properties": {
            "events": {"items": {"$ref": "#/components/schemas/EventWrite"}, "type": "array"},
            "id": {"type": "integer"},
            "path": {"pattern": "^/", "type": "string"},
        },
        "required": ["events"],
        "type": "object",
    },
    "FolderUpdate": {
        "properties": {"description": {"type": "string"}, "name": {"minLength": 1, "type": "string"}},
        "type": "object",
    },
    "FolderUpdateRequest": {
        "properties": {"folder": {"$ref": "#/components/schemas/FolderUpdate"}, "id": {"type": "integer"}},
        "required": ["id", "folder"],
        "type": "object",
    },
    "FollowerAddRequest": {
        "properties": {
            "base_uri": {"type": "string"},
            "key": {"format": "password", "minLength": 1, "type": "string"},
            "name": {"type": "string"},
            "name_is_host": {"type": "integer"},
            "port": {"maximum": 65535, "minimum": 1, "type": "integer"},
            "scheme": {"enum": ["http", "https"], "type": "string"},
        },
        "required": ["key", "port", "scheme", "base_uri"],
        "type": "object",
    },
    "MasterAddRequest": {
        "properties": {
            "api_key": {"format": "password", "minLength": 32, "type": ["string", "null"]},
            "identifier": {"minLength": 1, "type": "string"},
            "lumen_params": {"type": ["object", "null"]},
            "master_type": {"enum": ["user", "joule", "lumen"], "type": "string"},
        },
        "required": ["master_type", "identifier"],
        "type": "object",
    },
    "MoveRequest": {
        "properties": {
            "dest_id": {"type": "integer"},
            "dest_path": {"pattern": "^/", "type": "string"},
            "src_id": {"type": "integer"},
            "src_path": {"pattern": "^/", "type": "string"},
        },
        "type": "object",
    },
}

# The JSON bodies of the documented 2xx answers, checked before decoding (client_runtime._conform).
RESPONSES = (
    '{"components":{'
    '"Annotation":{"properties": {"content": {"type": ["string", "null"]}, "end": {"type": ["integer", "null"]}, "id": {"type": "integer"}, "start": {"type": "integer"}, "stream_id": {"type": "integer"}, "title": {"type": "string"}}, "required": ["id", "title", "content", "start", "end", "stream_id"], "type": "object"}'
    ',"AnnotationInfo":{"properties": {"count": {"type": "integer"}, "end": {"type": ["integer", "null"]}, "start": {"type": ["integer", "null"]}}, "required": ["start", "end", "count"], "type": "object"}'
    ',"App":{"properties": {"id": {"type": "string"}, "name": {"type": "string"}}, "required": ["id", "name"], "type": "object"}'
    ',"ArchiveReport":{"properties": {"errors": {"items": {"$ref": "#/components/schemas/LogMessage"}, "type": "array"}, "info": {"items": {"$ref": "#/components/schemas/LogMessage"}, "type": "array"}, "warnings": {"items": {"$ref": "#/components/schemas/LogMessage"}, "type": "array"}}, "required": ["info", "warnings", "errors"], "type": "object"}'
    ',"ConnectionInfo":{"properties": {"database": {"type": "string"}, "host": {"type": "string"}, "password": {"type": "string"}, "port": {"type": "integer"}, "username": {"type": "string"}}, "required": ["username", "password", "port", "database", "host"], "type": "object"}'
    ',"Consolidated":{"properties": {"num_consolidated": {"type": "integer"}}, "required": ["num_consolidated"], "type": "object"}'
    ',"DataJson":{"properties": {"data": {"items": {"items": {"items": {"type": "number"}, "type": "array"}, "type": "array"}, "type": "array"}, "decimation_factor": {"type": "integer"}}, "required": ["data", "decimation_factor"], "type": "object"}'
    ',"DataStream":{"properties": {"active": {"type": "boolean"}, "data_info": {"$ref": "#/components/schemas/DataStreamInfo"}, "datatype": {"type": "string"}, "decimate": {"type": "boolean"}, "description": {"type": ["string", "null"]}, "elements": {"items": {"$ref": "#/components/schemas/Element"}, "type": "array"}, "id": {"type": "integer"}, "is_configured": {"type": "boolean"}, "is_destination": {"type": "boolean"}, "is_source": {"type": "boolean"}, "keep_us": {"type": "integer"}, "layout": {"type": "string"}, "locked": {"type": "boolean"}, "name": {"type": "string"}, "updated_at": {"type": "string"}}, "required": ["id", "name", "description", "datatype", "layout", "keep_us", "is_configured", "is_source", "is_destination", "locked", "active", "decimate", "updated_at", "elements"], "type": "object"}'
    ',"DataStreamInfo":{"properties": {"bytes": {"type": "integer"}, "end": {"type": ["integer", "null"]}, "rows": {"type": "integer"}, "start": {"type": ["integer", "null"]}, "total_time": {"type": "integer"}}, "required": ["start", "end", "rows", "bytes", "total_time"], "type": "object"}'
    ',"DataStreamMoved":{"properties": {"stream": {"$ref": "#/components/schemas/DataStream"}}, "required": ["stream"], "type": "object"}'
    ',"DbInfo":{"properties": {"free": {"type": "integer"}, "other": {"type": "integer"}, "path": {"type": "string"}, "reserved": {"type": "integer"}, "size": {"type": "integer"}}, "required": ["path", "other", "reserved", "free", "size"], "type": "object"}'
    ',"Element":{"properties": {"default_max": {"type": ["number", "null"]}, "default_min": {"type": ["number", "null"]}, "display_type": {"type": "string"}, "id": {"type": "integer"}, "index": {"type": "integer"}, "name": {"type": "string"}, "offset": {"type": "number"}, "plottable": {"type": ["boolean", "null"]}, "scale_factor": {"type": "number"}, "units": {"type": ["string", "null"]}}, "required": ["id", "index", "name", "units", "plottable", "display_type", "offset", "scale_factor", "default_max", "default_min"], "type": "object"}'
    ',"Event":{"properties": {"content": {"$ref": "#/components/schemas/EventContent"}, "end_time": {"type": "integer"}, "event_stream_id": {"type": "integer"}, "id": {"type": "integer"}, "start_time": {"type": "integer"}}, "required": ["id", "event_stream_id", "start_time", "end_time", "content"], "type": "object"}'
    ',"EventContent":{"type": "object"}'
    ',"EventCount":{"properties": {"count": {"type": "integer"}}, "required": ["count"], "type": "object"}'
    ',"EventFields":{"additionalProperties": {"type": "string"}, "type": "object"}'
    ',"EventStream":{"properties": {"chunk_duration_us": {"type": "integer"}, "data_info": {"$ref": "#/components/schemas/EventStreamInfo"}, "description": {"type": ["string", "null"]}, "event_fields": {"$ref": "#/components/schemas/EventFields"}, "id": {"type": "integer"}, "keep_us": {"type": "integer"}, "name": {"type": "string"}, "updated_at": {"type": "string"}}, "required": ["id", "name", "description", "event_fields", "chunk_duration_us", "keep_us", "updated_at"], "type": "object"}'
    ',"EventStreamInfo":{"properties": {"bytes": {"type": "integer"}, "end": {"type": ["integer", "null"]}, "event_count": {"type": "integer"}, "start": {"type": ["integer", "null"]}, "total_time": {"type": "integer"}}, "required": ["start", "end", "event_count", "bytes", "total_time"], "type": "object"}'
    ',"EventStreamMoved":{"properties": {"stream": {"$ref": "#/components/schemas/EventStream"}}, "required": ["stream"], "type": "object"}'
    ',"EventsRead":{"properties": {"count": {"type": "integer"}, "events": {"items": {"oneOf": [{"$ref": "#/components/schemas/Event"}, {"$ref": "#/components/schemas/HistogramBucket"}]}, "type": "array"}, "type": {"type": "string"}}, "required": ["count", "events", "type"], "type": "object"}'
    ',"EventsWritten":{"properties": {"count": {"type": "integer"}, "events": {"items": {"$ref": "#/components/schemas/Event"}, "type": "array"}}, "required": ["count", "events"], "type": "object"}'
    ',"Folder":{"properties": {"active_data_streams": {"items": {"type": "integer"}, "type": "array"}, "children": {"items": {"$ref": "#/components/schemas/Folder"}, "type": "array"}, "description": {"type": ["string", "null"]}, "event_streams": {"items": {"$ref": "#/components/schemas/EventStream"}, "type": "array"}, "id": {"type": ["integer", "null"]}, "locked": {"type": "boolean"}, "name": {"type": "string"}, "streams": {"items": {"$ref": "#/components/schemas/DataStream"}, "type": "array"}, "updated_at": {"type": "string"}}, "required": ["id", "name", "description", "locked", "updated_at", "children", "streams", "event_streams"], "type": "object"}'
    ',"FolderMap":{"properties": {"data_element_ids": {"items": {"type": "integer"}, "type": "array"}, "data_stream_element_map": {"additionalProperties": {"type": "integer"}, "type": "object"}, "data_stream_ids": {"items": {"type": "integer"}, "type": "array"}, "event_stream_ids": {"items": {"type": "integer"}, "type": "array"}, "folder_ids": {"items": {"type": "integer"}, "type": "array"}, "node_uuid": {"type": "string"}}, "required": ["node_uuid", "event_stream_ids", "data_stream_ids", "data_element_ids", "folder_ids", "data_stream_element_map"], "type": "object"}'
    ',"FolderMoved":{"properties": {"stream": {"$ref": "#/components/schemas/Folder"}}, "required": ["stream"], "type": "object"}'
    ',"Follower":{"properties": {"id": {"type": "integer"}, "key": {"type": "string"}, "location": {"type": "string"}, "name": {"type": "string"}}, "required": ["id", "name", "location", "key"], "type": "object"}'
    ',"FollowerAdded":{"properties": {"name": {"type": "string"}}, "required": ["name"], "type": "object"}'
    ',"HistogramBucket":{"properties": {"content": {"$ref": "#/components/schemas/HistogramCount"}, "end_time": {"type": "integer"}, "id": {"const": -1, "type": "integer"}, "start_time": {"type": "integer"}}, "required": ["id", "start_time", "end_time", "content"], "type": "object"}'
    ',"HistogramCount":{"properties": {"count": {"type": "integer"}}, "required": ["count"], "type": "object"}'
    ',"Interval":{"items": {"type": "integer"}, "type": "array"}'
    ',"LogMessage":{"properties": {"destination": {"type": "string"}, "message": {"type": "string"}, "source_label": {"type": "string"}, "target_type": {"type": "string"}}, "required": ["source_label", "destination", "message", "target_type"], "type": "object"}'
    ',"Master":{"properties": {"grantor_id": {"type": ["integer", "null"]}, "id": {"type": "integer"}, "name": {"type": "string"}, "type": {"type": "string"}}, "required": ["id", "name", "type", "grantor_id"], "type": "object"}'
    ',"MasterAdded":{"properties": {"key": {"type": "string"}, "name": {"type": "string"}}, "required": ["name"], "type": "object"}'
    ',"Module":{"properties": {"description": {"type": "string"}, "id": {"type": "integer"}, "inputs": {"$ref": "#/components/schemas/PipeMap"}, "is_app": {"type": "boolean"}, "name": {"type": "string"}, "outputs": {"$ref": "#/components/schemas/PipeMap"}, "statistics": {"$ref": "#/components/schemas/ModuleStatistics"}}, "required": ["id", "name", "description", "is_app", "inputs", "outputs"], "type": "object"}'
    ',"ModuleStatistics":{"properties": {"cpu_percent": {"type": ["number", "null"]}, "create_time": {"type": ["number", "null"]}, "memory_percent": {"type": ["number", "null"]}, "pid": {"type": ["integer", "null"]}}, "required": ["pid", "create_time", "cpu_percent", "memory_percent"], "type": "object"}'
    ',"NodeInfo":{"properties": {"name": {"type": "string"}, "uuid": {"type": "string"}, "version": {"type": "string"}}, "required": ["version", "name", "uuid"], "type": "object"}'
    ',"PipeMap":{"additionalProperties": {"type": "string"}, "type": "object"}'
    ',"Proxy":{"properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "url": {"type": "string"}}, "required": ["id", "name", "url"], "type": "object"}'
    "}"
    ',"operations":{'
    '"api.annotations.annotations_create":{"$ref": "#/components/schemas/Annotation"}'
    ',"api.annotations.annotations_get":{"items": {"$ref": "#/components/schemas/Annotation"}, "type": "array"}'
    ',"api.annotations.annotations_info":{"$ref": "#/components/schemas/AnnotationInfo"}'
    ',"api.annotations.annotations_update":{"$ref": "#/components/schemas/Annotation"}'
    ',"api.apps.apps_list_all":{"items": {"$ref": "#/components/schemas/App"}, "type": "array"}'
    ',"api.archives.archives_upload":{"$ref": "#/components/schemas/ArchiveReport"}'
    ',"api.data.data_consolidate":{"$ref": "#/components/schemas/Consolidated"}'
    ',"api.data.data_intervals":{"items": {"$ref": "#/components/schemas/Interval"}, "type": "array"}'
    ',"api.data.data_read_json":{"$ref": "#/components/schemas/DataJson"}'
    ',"api.data_streams.data_streams_create":{"$ref": "#/components/schemas/DataStream"}'
    ',"api.data_streams.data_streams_get":{"$ref": "#/components/schemas/DataStream"}'
    ',"api.data_streams.data_streams_move":{"$ref": "#/components/schemas/DataStreamMoved"}'
    ',"api.data_streams.data_streams_update":{"$ref": "#/components/schemas/DataStream"}'
    ',"api.event_streams.event_streams_create":{"$ref": "#/components/schemas/EventStream"}'
    ',"api.event_streams.event_streams_get":{"$ref": "#/components/schemas/EventStream"}'
    ',"api.event_streams.event_streams_move":{"$ref": "#/components/schemas/EventStreamMoved"}'
    ',"api.event_streams.event_streams_update":{"$ref": "#/components/schemas/EventStream"}'
    ',"api.events.events_count":{"$ref": "#/components/schemas/EventCount"}'
    ',"api.events.events_read":{"$ref": "#/components/schemas/EventsRead"}'
    ',"api.events.events_write":{"$ref": "#/components/schemas/EventsWritten"}'
    ',"api.folders.folders_get":{"$ref": "#/components/schemas/Folder"}'
    ',"api.folders.folders_map":{"$ref": "#/components/schemas/FolderMap"}'
    ',"api.folders.folders_move":{"$ref": "#/components/schemas/FolderMoved"}'
    ',"api.folders.folders_root":{"$ref": "#/components/schemas/Folder"}'
    ',"api.folders.folders_update":{"$ref": "#/components/schemas/Folder"}'
    ',"api.followers.followers_add":{"$ref": "#/components/schemas/FollowerAdded"}'
    ',"api.followers.followers_list_all":{"items": {"$ref": "#/components/schemas/Follower"}, "type": "array"}'
    ',"api.masters.masters_add":{"$ref": "#/components/schemas/MasterAdded"}'
    ',"api.masters.masters_list_all":{"items": {"$ref": "#/components/schemas/Master"}, "type": "array"}'
    ',"api.modules.modules_get":{"$ref": "#/components/schemas/Module"}'
    ',"api.modules.modules_list_all":{"items": {"$ref": "#/components/schemas/Module"}, "type": "array"}'
    ',"api.modules.modules_logs":{"items": {"type": "string"}, "type": "array"}'
    ',"api.node.node_db_connection":{"$ref": "#/components/schemas/ConnectionInfo"}'
    ',"api.node.node_db_info":{"$ref": "#/components/schemas/DbInfo"}'
    ',"api.node.node_info":{"$ref": "#/components/schemas/NodeInfo"}'
    ',"api.proxies.proxies_get":{"$ref": "#/components/schemas/Proxy"}'
    ',"api.proxies.proxies_list_all":{"items": {"$ref": "#/components/schemas/Proxy"}, "type": "array"}'
    "}}"
)

_NODE_BANNER = Operation(
    _PACKAGE,
    "api.node.node_banner",
    "GET",
    "/",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NODE_VERSION = Operation(
    _PACKAGE,
    "api.node.node_version",
    "GET",
    "/version",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NODE_INFO = Operation(
    _PACKAGE,
    "api.node.node_info",
    "GET",
    "/version.json",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NODE_DB_INFO = Operation(
    _PACKAGE,
    "api.node.node_db_info",
    "GET",
    "/dbinfo",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_NODE_DB_CONNECTION = Operation(
    _PACKAGE,
    "api.node.node_db_connection",
    "GET",
    "/db/connection.json",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FOLDERS_ROOT = Operation(
    _PACKAGE,
    "api.folders.folders_root",
    "GET",
    "/folders.json",
    result="parse",
    retry_safe=False,
    params={"data_info": {"const": 1, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FOLDERS_GET = Operation(
    _PACKAGE,
    "api.folders.folders_get",
    "GET",
    "/folder.json",
    result="parse",
    retry_safe=False,
    params={"id": {"type": "integer"}, "path": {"pattern": "^/", "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FOLDERS_UPDATE = Operation(
    _PACKAGE,
    "api.folders.folders_update",
    "PUT",
    "/folder.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/FolderUpdateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FOLDERS_DELETE = Operation(
    _PACKAGE,
    "api.folders.folders_delete",
    "DELETE",
    "/folder.json",
    result="parse",
    retry_safe=False,
    params={
        "id": {"type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
        "recursive": {"const": 1, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FOLDERS_MOVE = Operation(
    _PACKAGE,
    "api.folders.folders_move",
    "PUT",
    "/folder/move.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/MoveRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FOLDERS_MAP = Operation(
    _PACKAGE,
    "api.folders.folders_map",
    "GET",
    "/folder/map.json",
    result="parse",
    retry_safe=False,
    params={
        "data_stream_elements": {"minLength": 2, "type": "string"},
        "event_streams": {"minLength": 2, "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_STREAMS_GET = Operation(
    _PACKAGE,
    "api.data_streams.data_streams_get",
    "GET",
    "/stream.json",
    result="parse",
    retry_safe=False,
    params={
        "id": {"type": "integer"},
        "no_info": {"const": 1, "type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_STREAMS_UPDATE = Operation(
    _PACKAGE,
    "api.data_streams.data_streams_update",
    "PUT",
    "/stream.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/DataStreamUpdateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_STREAMS_CREATE = Operation(
    _PACKAGE,
    "api.data_streams.data_streams_create",
    "POST",
    "/stream.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/DataStreamCreateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_STREAMS_DELETE = Operation(
    _PACKAGE,
    "api.data_streams.data_streams_delete",
    "DELETE",
    "/stream.json",
    result="parse",
    retry_safe=False,
    params={"id": {"type": "integer"}, "path": {"pattern": "^/", "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_STREAMS_MOVE = Operation(
    _PACKAGE,
    "api.data_streams.data_streams_move",
    "PUT",
    "/stream/move.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/MoveRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_STREAMS_DELETE_ANNOTATIONS = Operation(
    _PACKAGE,
    "api.data_streams.data_streams_delete_annotations",
    "DELETE",
    "/stream/annotations.json",
    result="parse",
    retry_safe=False,
    params={
        "end": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "start": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "stream_id": {"type": "integer"},
        "stream_path": {"pattern": "^/", "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_READ = Operation(
    _PACKAGE,
    "api.data.data_read",
    "GET",
    "/data",
    result="bytes",
    retry_safe=False,
    params={
        "decimation_level": {
            "enum": [
                1,
                4,
                16,
                64,
                256,
                1024,
                4096,
                16384,
                65536,
                262144,
                1048576,
                4194304,
                16777216,
                67108864,
                268435456,
                1073741824,
                4294967296,
                17179869184,
                68719476736,
                274877906944,
                1099511627776,
                4398046511104,
                17592186044416,
                70368744177664,
                281474976710656,
                1125899906842624,
                4503599627370496,
                18014398509481984,
                72057594037927936,
                288230376151711744,
                1152921504606846976,
                4611686018427387904,
            ],
            "type": "integer",
        },
        "end": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "id": {"type": "integer"},
        "max_rows": {"minimum": 1, "type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
        "start": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "subscribe": {"const": 1, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_WRITE = Operation(
    _PACKAGE,
    "api.data.data_write",
    "POST",
    "/data",
    result="parse",
    retry_safe=False,
    params={
        "id": {"type": "integer"},
        "merge_gap": {"minimum": 0, "type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_DELETE = Operation(
    _PACKAGE,
    "api.data.data_delete",
    "DELETE",
    "/data",
    result="parse",
    retry_safe=False,
    params={
        "end": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "id": {"type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
        "start": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_READ_JSON = Operation(
    _PACKAGE,
    "api.data.data_read_json",
    "GET",
    "/data.json",
    result="parse",
    retry_safe=False,
    params={
        "decimation_level": {
            "enum": [
                1,
                4,
                16,
                64,
                256,
                1024,
                4096,
                16384,
                65536,
                262144,
                1048576,
                4194304,
                16777216,
                67108864,
                268435456,
                1073741824,
                4294967296,
                17179869184,
                68719476736,
                274877906944,
                1099511627776,
                4398046511104,
                17592186044416,
                70368744177664,
                281474976710656,
                1125899906842624,
                4503599627370496,
                18014398509481984,
                72057594037927936,
                288230376151711744,
                1152921504606846976,
                4611686018427387904,
            ],
            "type": "integer",
        },
        "end": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "id": {"type": "integer"},
        "max_rows": {"minimum": 1, "type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
        "start": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_INTERVALS = Operation(
    _PACKAGE,
    "api.data.data_intervals",
    "GET",
    "/data/intervals.json",
    result="parse",
    retry_safe=False,
    params={
        "end": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "id": {"type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
        "start": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_DECIMATE = Operation(
    _PACKAGE,
    "api.data.data_decimate",
    "POST",
    "/data/decimate.json",
    result="parse",
    retry_safe=True,
    params={"id": {"type": "integer"}, "path": {"pattern": "^/", "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_DROP_DECIMATIONS = Operation(
    _PACKAGE,
    "api.data.data_drop_decimations",
    "DELETE",
    "/data/decimate.json",
    result="parse",
    retry_safe=False,
    params={"id": {"type": "integer"}, "path": {"pattern": "^/", "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_DATA_CONSOLIDATE = Operation(
    _PACKAGE,
    "api.data.data_consolidate",
    "POST",
    "/data/consolidate.json",
    result="parse",
    retry_safe=True,
    params={
        "end": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "id": {"type": "integer"},
        "max_gap": {"minimum": 1, "type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
        "start": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ANNOTATIONS_INFO = Operation(
    _PACKAGE,
    "api.annotations.annotations_info",
    "GET",
    "/annotations/info.json",
    result="parse",
    retry_safe=False,
    params={"stream_id": {"type": "integer"}, "stream_path": {"pattern": "^/", "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ANNOTATIONS_GET = Operation(
    _PACKAGE,
    "api.annotations.annotations_get",
    "GET",
    "/annotations.json",
    result="parse",
    retry_safe=False,
    params={
        "end": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "start": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "stream_id": {"items": {"type": "integer"}, "type": "array"},
        "stream_path": {"items": {"pattern": "^/", "type": "string"}, "type": "array"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ANNOTATIONS_UPDATE = Operation(
    _PACKAGE,
    "api.annotations.annotations_update",
    "PUT",
    "/annotation.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AnnotationUpdateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ANNOTATIONS_CREATE = Operation(
    _PACKAGE,
    "api.annotations.annotations_create",
    "POST",
    "/annotation.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/AnnotationCreateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ANNOTATIONS_DELETE = Operation(
    _PACKAGE,
    "api.annotations.annotations_delete",
    "DELETE",
    "/annotation.json",
    result="parse",
    retry_safe=False,
    params={"id": {"type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENT_STREAMS_GET = Operation(
    _PACKAGE,
    "api.event_streams.event_streams_get",
    "GET",
    "/event.json",
    result="parse",
    retry_safe=False,
    params={"id": {"type": "integer"}, "path": {"pattern": "^/", "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENT_STREAMS_UPDATE = Operation(
    _PACKAGE,
    "api.event_streams.event_streams_update",
    "PUT",
    "/event.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EventStreamUpdateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENT_STREAMS_CREATE = Operation(
    _PACKAGE,
    "api.event_streams.event_streams_create",
    "POST",
    "/event.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EventStreamCreateRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENT_STREAMS_DELETE = Operation(
    _PACKAGE,
    "api.event_streams.event_streams_delete",
    "DELETE",
    "/event.json",
    result="parse",
    retry_safe=False,
    params={"id": {"type": "integer"}, "path": {"pattern": "^/", "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENT_STREAMS_MOVE = Operation(
    _PACKAGE,
    "api.event_streams.event_streams_move",
    "PUT",
    "/event/move.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/MoveRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_READ = Operation(
    _PACKAGE,
    "api.events.events_read",
    "GET",
    "/event/data.json",
    result="parse",
    retry_safe=False,
    params={
        "end": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "filter_": {"type": "string"},
        "id": {"type": "integer"},
        "include_ongoing_events": {"maximum": 1, "minimum": 0, "type": "integer"},
        "limit": {"minimum": 1, "type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
        "return_subset": {"const": 1, "type": "integer"},
        "start": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_WRITE = Operation(
    _PACKAGE,
    "api.events.events_write",
    "POST",
    "/event/data.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/EventsWriteRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_REMOVE = Operation(
    _PACKAGE,
    "api.events.events_remove",
    "DELETE",
    "/event/data.json",
    result="parse",
    retry_safe=False,
    params={
        "end": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "filter_": {"type": "string"},
        "id": {"type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
        "start": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_EVENTS_COUNT = Operation(
    _PACKAGE,
    "api.events.events_count",
    "GET",
    "/event/data/count.json",
    result="parse",
    retry_safe=False,
    params={
        "end": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
        "filter_": {"type": "string"},
        "id": {"type": "integer"},
        "include_ongoing_events": {"maximum": 1, "minimum": 0, "type": "integer"},
        "path": {"pattern": "^/", "type": "string"},
        "start": {"maximum": 253402300799000000, "minimum": -62135596800000000, "type": "integer"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_MODULES_LIST_ALL = Operation(
    _PACKAGE,
    "api.modules.modules_list_all",
    "GET",
    "/modules.json",
    result="parse",
    retry_safe=False,
    params={"statistics": {"maximum": 1, "minimum": 0, "type": "integer"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_MODULES_GET = Operation(
    _PACKAGE,
    "api.modules.modules_get",
    "GET",
    "/module.json",
    result="parse",
    retry_safe=False,
    params={"id": {"type": "integer"}, "name": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_MODULES_LOGS = Operation(
    _PACKAGE,
    "api.modules.modules_logs",
    "GET",
    "/module/logs.json",
    result="parse",
    retry_safe=False,
    params={"id": {"type": "integer"}, "name": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_APPS_LIST_ALL = Operation(
    _PACKAGE,
    "api.apps.apps_list_all",
    "GET",
    "/app.json",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_APPS_AUTH = Operation(
    _PACKAGE,
    "api.apps.apps_auth",
    "GET",
    "/app/auth",
    result="none",
    retry_safe=False,
    params={"x_app_id": {"pattern": "^[mp][0-9]+$", "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROXIES_LIST_ALL = Operation(
    _PACKAGE,
    "api.proxies.proxies_list_all",
    "GET",
    "/proxies.json",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_PROXIES_GET = Operation(
    _PACKAGE,
    "api.proxies.proxies_get",
    "GET",
    "/proxy.json",
    result="parse",
    retry_safe=False,
    params={"id": {"type": "integer"}, "name": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_MASTERS_LIST_ALL = Operation(
    _PACKAGE,
    "api.masters.masters_list_all",
    "GET",
    "/masters.json",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_MASTERS_ADD = Operation(
    _PACKAGE,
    "api.masters.masters_add",
    "POST",
    "/master.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/MasterAddRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_MASTERS_REMOVE = Operation(
    _PACKAGE,
    "api.masters.masters_remove",
    "DELETE",
    "/master.json",
    result="parse",
    retry_safe=False,
    params={
        "master_type": {"enum": ["user", "joule", "lumen"], "type": "string"},
        "name": {"minLength": 1, "type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FOLLOWERS_LIST_ALL = Operation(
    _PACKAGE,
    "api.followers.followers_list_all",
    "GET",
    "/followers.json",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FOLLOWERS_ADD = Operation(
    _PACKAGE,
    "api.followers.followers_add",
    "POST",
    "/follower.json",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/FollowerAddRequest"},
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_FOLLOWERS_REMOVE = Operation(
    _PACKAGE,
    "api.followers.followers_remove",
    "DELETE",
    "/follower.json",
    result="parse",
    retry_safe=False,
    params={"name": {"minLength": 1, "type": "string"}},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_ARCHIVES_UPLOAD = Operation(
    _PACKAGE,
    "api.archives.archives_upload",
    "POST",
    "/archive.json",
    result="parse",
    retry_safe=False,
    params={},
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)


class Node(Resource[SyncClient]):
    """`node` operations."""

    def banner(self, *, options: RequestOptions | None = None) -> str:
        """The text `Joule server`.

        `GET /`
        """
        return cast("str", self._client._call(_NODE_BANNER, {}, options))

    def version(self, *, options: RequestOptions | None = None) -> str:
        """The joule version as plain text, e.g. `1.0.1`.

        `GET /version`
        """
        return cast("str", self._client._call(_NODE_VERSION, {}, options))

    def info(self, *, options: RequestOptions | None = None) -> NodeInfo:
        """The node's version, name and UUID.

        `GET /version.json`
        """
        return cast("NodeInfo", self._client._call(_NODE_INFO, {}, options))

    def db_info(self, *, options: RequestOptions | None = None) -> DbInfo:
        """Disk usage of the node's database.

        `GET /dbinfo`
        """
        return cast("DbInfo", self._client._call(_NODE_DB_INFO, {}, options))

    def db_connection(self, *, options: RequestOptions | None = None) -> ConnectionInfo:
        """Credentials of the node database's `joule_module` role.

        `GET /db/connection.json`
        """
        return cast("ConnectionInfo", self._client._call(_NODE_DB_CONNECTION, {}, options))

    @property
    def with_raw_response(self) -> NodeWithRawResponse:
        return NodeWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> NodeWithStreamingResponse:
        return NodeWithStreamingResponse(self._client)


class NodeWithRawResponse(Resource[SyncClient]):
    """`node` operations, WithRawResponse."""

    def banner(self, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """The text `Joule server`.

        `GET /`
        """
        return self._client._call_raw(_NODE_BANNER, {}, options)

    def version(self, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """The joule version as plain text, e.g. `1.0.1`.

        `GET /version`
        """
        return self._client._call_raw(_NODE_VERSION, {}, options)

    def info(self, *, options: RequestOptions | None = None) -> RawResponse[NodeInfo]:
        """The node's version, name and UUID.

        `GET /version.json`
        """
        return self._client._call_raw(_NODE_INFO, {}, options)

    def db_info(self, *, options: RequestOptions | None = None) -> RawResponse[DbInfo]:
        """Disk usage of the node's database.

        `GET /dbinfo`
        """
        return self._client._call_raw(_NODE_DB_INFO, {}, options)

    def db_connection(self, *, options: RequestOptions | None = None) -> RawResponse[ConnectionInfo]:
        """Credentials of the node database's `joule_module` role.

        `GET /db/connection.json`
        """
        return self._client._call_raw(_NODE_DB_CONNECTION, {}, options)


class NodeWithStreamingResponse(Resource[SyncClient]):
    """`node` operations, WithStreamingResponse."""

    def banner(self, *, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """The text `Joule server`.

        `GET /`
        """
        return self._client._call_stream(_NODE_BANNER, {}, options)

    def version(self, *, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """The joule version as plain text, e.g. `1.0.1`.

        `GET /version`
        """
        return self._client._call_stream(_NODE_VERSION, {}, options)

    def info(self, *, options: RequestOptions | None = None) -> StreamedResponse[NodeInfo]:
        """The node's version, name and UUID.

        `GET /version.json`
        """
        return self._client._call_stream(_NODE_INFO, {}, options)

    def db_info(self, *, options: RequestOptions | None = None) -> StreamedResponse[DbInfo]:
        """Disk usage of the node's database.

        `GET /dbinfo`
        """
        return self._client._call_stream(_NODE_DB_INFO, {}, options)

    def db_connection(self, *, options: RequestOptions | None = None) -> StreamedResponse[ConnectionInfo]:
        """Credentials of the node database's `joule_module` role.

        `GET /db/connection.json`
        """
        return self._client._call_stream(_NODE_DB_CONNECTION, {}, options)


class Folders(Resource[SyncClient]):
    """`folders` operations."""

    def root(self, *, data_info: Literal[1] | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> Folder:
        """The whole folder tree from the root.

        `GET /folders.json`
        """
        return cast("Folder", self._client._call(_FOLDERS_ROOT, {"data_info": data_info}, options))

    def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Folder:
        """One folder, recursively (without `data_info`).

        `GET /folder.json`
        """
        return cast("Folder", self._client._call(_FOLDERS_GET, {"id": id, "path": path}, options))

    def update(self, *, body: FolderUpdateRequest, options: RequestOptions | None = None) -> Folder:
        """Rename a folder or change its description.

        `PUT /folder.json`
        """
        return cast("Folder", self._client._call(_FOLDERS_UPDATE, {"body": body}, options))

    def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        recursive: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Delete a folder, with its children when `recursive=1`.

        `DELETE /folder.json`
        """
        return cast(
            "str", self._client._call(_FOLDERS_DELETE, {"id": id, "path": path, "recursive": recursive}, options)
        )

    def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> FolderMoved:
        """Move a folder into another one (created when given by path).

        `PUT /folder/move.json`
        """
        return cast("FolderMoved", self._client._call(_FOLDERS_MOVE, {"body": body}, options))

    def map(
        self,
        *,
        data_stream_elements: str,
        event_streams: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FolderMap:
        """Which streams and folders hold the given elements and event streams (used by Lumen links).

        `GET /folder/map.json`
        """
        return cast(
            "FolderMap",
            self._client._call(
                _FOLDERS_MAP, {"data_stream_elements": data_stream_elements, "event_streams": event_streams}, options
            ),
        )

    @property
    def with_raw_response(self) -> FoldersWithRawResponse:
        return FoldersWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> FoldersWithStreamingResponse:
        return FoldersWithStreamingResponse(self._client)


class FoldersWithRawResponse(Resource[SyncClient]):
    """`folders` operations, WithRawResponse."""

    def root(
        self, *, data_info: Literal[1] | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Folder]:
        """The whole folder tree from the root.

        `GET /folders.json`
        """
        return self._client._call_raw(_FOLDERS_ROOT, {"data_info": data_info}, options)

    def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Folder]:
        """One folder, recursively (without `data_info`).

        `GET /folder.json`
        """
        return self._client._call_raw(_FOLDERS_GET, {"id": id, "path": path}, options)

    def update(self, *, body: FolderUpdateRequest, options: RequestOptions | None = None) -> RawResponse[Folder]:
        """Rename a folder or change its description.

        `PUT /folder.json`
        """
        return self._client._call_raw(_FOLDERS_UPDATE, {"body": body}, options)

    def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        recursive: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[str]:
        """Delete a folder, with its children when `recursive=1`.

        `DELETE /folder.json`
        """
        return self._client._call_raw(_FOLDERS_DELETE, {"id": id, "path": path, "recursive": recursive}, options)

    def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> RawResponse[FolderMoved]:
        """Move a folder into another one (created when given by path).

        `PUT /folder/move.json`
        """
        return self._client._call_raw(_FOLDERS_MOVE, {"body": body}, options)

    def map(
        self,
        *,
        data_stream_elements: str,
        event_streams: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FolderMap]:
        """Which streams and folders hold the given elements and event streams (used by Lumen links).

        `GET /folder/map.json`
        """
        return self._client._call_raw(
            _FOLDERS_MAP, {"data_stream_elements": data_stream_elements, "event_streams": event_streams}, options
        )


class FoldersWithStreamingResponse(Resource[SyncClient]):
    """`folders` operations, WithStreamingResponse."""

    def root(
        self, *, data_info: Literal[1] | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Folder]:
        """The whole folder tree from the root.

        `GET /folders.json`
        """
        return self._client._call_stream(_FOLDERS_ROOT, {"data_info": data_info}, options)

    def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Folder]:
        """One folder, recursively (without `data_info`).

        `GET /folder.json`
        """
        return self._client._call_stream(_FOLDERS_GET, {"id": id, "path": path}, options)

    def update(self, *, body: FolderUpdateRequest, options: RequestOptions | None = None) -> StreamedResponse[Folder]:
        """Rename a folder or change its description.

        `PUT /folder.json`
        """
        return self._client._call_stream(_FOLDERS_UPDATE, {"body": body}, options)

    def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        recursive: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[str]:
        """Delete a folder, with its children when `recursive=1`.

        `DELETE /folder.json`
        """
        return self._client._call_stream(_FOLDERS_DELETE, {"id": id, "path": path, "recursive": recursive}, options)

    def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> StreamedResponse[FolderMoved]:
        """Move a folder into another one (created when given by path).

        `PUT /folder/move.json`
        """
        return self._client._call_stream(_FOLDERS_MOVE, {"body": body}, options)

    def map(
        self,
        *,
        data_stream_elements: str,
        event_streams: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[FolderMap]:
        """Which streams and folders hold the given elements and event streams (used by Lumen links).

        `GET /folder/map.json`
        """
        return self._client._call_stream(
            _FOLDERS_MAP, {"data_stream_elements": data_stream_elements, "event_streams": event_streams}, options
        )


class DataStreams(Resource[SyncClient]):
    """`data_streams` operations."""

    def get(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        no_info: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> DataStream:
        """One data stream, with `data_info` unless `no-info` is given.

        `GET /stream.json`
        """
        return cast(
            "DataStream", self._client._call(_DATA_STREAMS_GET, {"id": id, "path": path, "no_info": no_info}, options)
        )

    def update(self, *, body: DataStreamUpdateRequest, options: RequestOptions | None = None) -> DataStream:
        """Change a stream's name, description, retention, decimation or elements.

        `PUT /stream.json`
        """
        return cast("DataStream", self._client._call(_DATA_STREAMS_UPDATE, {"body": body}, options))

    def create(self, *, body: DataStreamCreateRequest, options: RequestOptions | None = None) -> DataStream:
        """Create a data stream in a folder (a folder given by path is created).

        `POST /stream.json`
        """
        return cast("DataStream", self._client._call(_DATA_STREAMS_CREATE, {"body": body}, options))

    def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> str:
        """Delete a data stream and all its data.

        `DELETE /stream.json`
        """
        return cast("str", self._client._call(_DATA_STREAMS_DELETE, {"id": id, "path": path}, options))

    def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> DataStreamMoved:
        """Move a data stream into another folder (created when given by path).

        `PUT /stream/move.json`
        """
        return cast("DataStreamMoved", self._client._call(_DATA_STREAMS_MOVE, {"body": body}, options))

    def delete_annotations(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Remove a stream's annotations, optionally only those starting within `[start, end]`.

        `DELETE /stream/annotations.json`
        """
        return cast(
            "str",
            self._client._call(
                _DATA_STREAMS_DELETE_ANNOTATIONS,
                {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end},
                options,
            ),
        )

    @property
    def with_raw_response(self) -> DataStreamsWithRawResponse:
        return DataStreamsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> DataStreamsWithStreamingResponse:
        return DataStreamsWithStreamingResponse(self._client)


class DataStreamsWithRawResponse(Resource[SyncClient]):
    """`data_streams` operations, WithRawResponse."""

    def get(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        no_info: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[DataStream]:
        """One data stream, with `data_info` unless `no-info` is given.

        `GET /stream.json`
        """
        return self._client._call_raw(_DATA_STREAMS_GET, {"id": id, "path": path, "no_info": no_info}, options)

    def update(
        self, *, body: DataStreamUpdateRequest, options: RequestOptions | None = None
    ) -> RawResponse[DataStream]:
        """Change a stream's name, description, retention, decimation or elements.

        `PUT /stream.json`
        """
        return self._client._call_raw(_DATA_STREAMS_UPDATE, {"body": body}, options)

    def create(
        self, *, body: DataStreamCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[DataStream]:
        """Create a data stream in a folder (a folder given by path is created).

        `POST /stream.json`
        """
        return self._client._call_raw(_DATA_STREAMS_CREATE, {"body": body}, options)

    def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Delete a data stream and all its data.

        `DELETE /stream.json`
        """
        return self._client._call_raw(_DATA_STREAMS_DELETE, {"id": id, "path": path}, options)

    def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> RawResponse[DataStreamMoved]:
        """Move a data stream into another folder (created when given by path).

        `PUT /stream/move.json`
        """
        return self._client._call_raw(_DATA_STREAMS_MOVE, {"body": body}, options)

    def delete_annotations(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[str]:
        """Remove a stream's annotations, optionally only those starting within `[start, end]`.

        `DELETE /stream/annotations.json`
        """
        return self._client._call_raw(
            _DATA_STREAMS_DELETE_ANNOTATIONS,
            {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end},
            options,
        )


class DataStreamsWithStreamingResponse(Resource[SyncClient]):
    """`data_streams` operations, WithStreamingResponse."""

    def get(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        no_info: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[DataStream]:
        """One data stream, with `data_info` unless `no-info` is given.

        `GET /stream.json`
        """
        return self._client._call_stream(_DATA_STREAMS_GET, {"id": id, "path": path, "no_info": no_info}, options)

    def update(
        self, *, body: DataStreamUpdateRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[DataStream]:
        """Change a stream's name, description, retention, decimation or elements.

        `PUT /stream.json`
        """
        return self._client._call_stream(_DATA_STREAMS_UPDATE, {"body": body}, options)

    def create(
        self, *, body: DataStreamCreateRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[DataStream]:
        """Create a data stream in a folder (a folder given by path is created).

        `POST /stream.json`
        """
        return self._client._call_stream(_DATA_STREAMS_CREATE, {"body": body}, options)

    def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[str]:
        """Delete a data stream and all its data.

        `DELETE /stream.json`
        """
        return self._client._call_stream(_DATA_STREAMS_DELETE, {"id": id, "path": path}, options)

    def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> StreamedResponse[DataStreamMoved]:
        """Move a data stream into another folder (created when given by path).

        `PUT /stream/move.json`
        """
        return self._client._call_stream(_DATA_STREAMS_MOVE, {"body": body}, options)

    def delete_annotations(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[str]:
        """Remove a stream's annotations, optionally only those starting within `[start, end]`.

        `DELETE /stream/annotations.json`
        """
        return self._client._call_stream(
            _DATA_STREAMS_DELETE_ANNOTATIONS,
            {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end},
            options,
        )


class Data(Resource[SyncClient]):
    """`data` operations."""

    def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadDecimationLevel | NotGiven = NOT_GIVEN,
        subscribe: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> bytes:
        """Stream rows as binary, raw or decimated; or live rows with `subscribe=1`.

        `GET /data`
        """
        return cast(
            "bytes",
            self._client._call(
                _DATA_READ,
                {
                    "id": id,
                    "path": path,
                    "start": start,
                    "end": end,
                    "max_rows": max_rows,
                    "decimation_level": decimation_level,
                    "subscribe": subscribe,
                },
                options,
            ),
        )

    def write(
        self,
        *,
        body: File,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        merge_gap: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Append binary rows in the stream's layout, with optional interval tokens.

        `POST /data`
        """
        return cast(
            "str",
            self._client._call(_DATA_WRITE, {"body": body, "id": id, "path": path, "merge_gap": merge_gap}, options),
        )

    def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Delete rows in `[start, end)`, or all rows and decimations without bounds.

        `DELETE /data`
        """
        return cast(
            "str", self._client._call(_DATA_DELETE, {"id": id, "path": path, "start": start, "end": end}, options)
        )

    def read_json(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadJsonDecimationLevel | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> DataJson:
        """Rows as JSON, grouped by interval.

        `GET /data.json`
        """
        return cast(
            "DataJson",
            self._client._call(
                _DATA_READ_JSON,
                {
                    "id": id,
                    "path": path,
                    "start": start,
                    "end": end,
                    "max_rows": max_rows,
                    "decimation_level": decimation_level,
                },
                options,
            ),
        )

    def intervals(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> list[list[int]]:
        """The stream's intervals `[start, end]`, where `end` is the last timestamp + 1, clipped to the bounds.

        `GET /data/intervals.json`
        """
        return cast(
            "list[list[int]]",
            self._client._call(_DATA_INTERVALS, {"id": id, "path": path, "start": start, "end": end}, options),
        )

    def decimate(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> str:
        """Drop, then rebuild every decimation level (synchronously).

        `POST /data/decimate.json`
        """
        return cast("str", self._client._call(_DATA_DECIMATE, {"id": id, "path": path}, options))

    def drop_decimations(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> str:
        """Drop the decimation tables; decimated reads then return nothing.

        `DELETE /data/decimate.json`
        """
        return cast("str", self._client._call(_DATA_DROP_DECIMATIONS, {"id": id, "path": path}, options))

    def consolidate(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        max_gap: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> Consolidated:
        """Remove interval breaks of at most `max_gap` µs.

        `POST /data/consolidate.json`
        """
        return cast(
            "Consolidated",
            self._client._call(
                _DATA_CONSOLIDATE, {"id": id, "path": path, "max_gap": max_gap, "start": start, "end": end}, options
            ),
        )

    @property
    def with_raw_response(self) -> DataWithRawResponse:
        return DataWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> DataWithStreamingResponse:
        return DataWithStreamingResponse(self._client)


class DataWithRawResponse(Resource[SyncClient]):
    """`data` operations, WithRawResponse."""

    def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadDecimationLevel | NotGiven = NOT_GIVEN,
        subscribe: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[bytes]:
        """Stream rows as binary, raw or decimated; or live rows with `subscribe=1`.

        `GET /data`
        """
        return self._client._call_raw(
            _DATA_READ,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "max_rows": max_rows,
                "decimation_level": decimation_level,
                "subscribe": subscribe,
            },
            options,
        )

    def write(
        self,
        *,
        body: File,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        merge_gap: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[str]:
        """Append binary rows in the stream's layout, with optional interval tokens.

        `POST /data`
        """
        return self._client._call_raw(
            _DATA_WRITE, {"body": body, "id": id, "path": path, "merge_gap": merge_gap}, options
        )

    def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[str]:
        """Delete rows in `[start, end)`, or all rows and decimations without bounds.

        `DELETE /data`
        """
        return self._client._call_raw(_DATA_DELETE, {"id": id, "path": path, "start": start, "end": end}, options)

    def read_json(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadJsonDecimationLevel | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[DataJson]:
        """Rows as JSON, grouped by interval.

        `GET /data.json`
        """
        return self._client._call_raw(
            _DATA_READ_JSON,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "max_rows": max_rows,
                "decimation_level": decimation_level,
            },
            options,
        )

    def intervals(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[list[list[int]]]:
        """The stream's intervals `[start, end]`, where `end` is the last timestamp + 1, clipped to the bounds.

        `GET /data/intervals.json`
        """
        return self._client._call_raw(_DATA_INTERVALS, {"id": id, "path": path, "start": start, "end": end}, options)

    def decimate(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Drop, then rebuild every decimation level (synchronously).

        `POST /data/decimate.json`
        """
        return self._client._call_raw(_DATA_DECIMATE, {"id": id, "path": path}, options)

    def drop_decimations(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Drop the decimation tables; decimated reads then return nothing.

        `DELETE /data/decimate.json`
        """
        return self._client._call_raw(_DATA_DROP_DECIMATIONS, {"id": id, "path": path}, options)

    def consolidate(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        max_gap: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[Consolidated]:
        """Remove interval breaks of at most `max_gap` µs.

        `POST /data/consolidate.json`
        """
        return self._client._call_raw(
            _DATA_CONSOLIDATE, {"id": id, "path": path, "max_gap": max_gap, "start": start, "end": end}, options
        )


class DataWithStreamingResponse(Resource[SyncClient]):
    """`data` operations, WithStreamingResponse."""

    def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadDecimationLevel | NotGiven = NOT_GIVEN,
        subscribe: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[bytes]:
        """Stream rows as binary, raw or decimated; or live rows with `subscribe=1`.

        `GET /data`
        """
        return self._client._call_stream(
            _DATA_READ,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "max_rows": max_rows,
                "decimation_level": decimation_level,
                "subscribe": subscribe,
            },
            options,
        )

    def write(
        self,
        *,
        body: File,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        merge_gap: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[str]:
        """Append binary rows in the stream's layout, with optional interval tokens.

        `POST /data`
        """
        return self._client._call_stream(
            _DATA_WRITE, {"body": body, "id": id, "path": path, "merge_gap": merge_gap}, options
        )

    def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[str]:
        """Delete rows in `[start, end)`, or all rows and decimations without bounds.

        `DELETE /data`
        """
        return self._client._call_stream(_DATA_DELETE, {"id": id, "path": path, "start": start, "end": end}, options)

    def read_json(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadJsonDecimationLevel | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[DataJson]:
        """Rows as JSON, grouped by interval.

        `GET /data.json`
        """
        return self._client._call_stream(
            _DATA_READ_JSON,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "max_rows": max_rows,
                "decimation_level": decimation_level,
            },
            options,
        )

    def intervals(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[list[list[int]]]:
        """The stream's intervals `[start, end]`, where `end` is the last timestamp + 1, clipped to the bounds.

        `GET /data/intervals.json`
        """
        return self._client._call_stream(_DATA_INTERVALS, {"id": id, "path": path, "start": start, "end": end}, options)

    def decimate(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[str]:
        """Drop, then rebuild every decimation level (synchronously).

        `POST /data/decimate.json`
        """
        return self._client._call_stream(_DATA_DECIMATE, {"id": id, "path": path}, options)

    def drop_decimations(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[str]:
        """Drop the decimation tables; decimated reads then return nothing.

        `DELETE /data/decimate.json`
        """
        return self._client._call_stream(_DATA_DROP_DECIMATIONS, {"id": id, "path": path}, options)

    def consolidate(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        max_gap: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[Consolidated]:
        """Remove interval breaks of at most `max_gap` µs.

        `POST /data/consolidate.json`
        """
        return self._client._call_stream(
            _DATA_CONSOLIDATE, {"id": id, "path": path, "max_gap": max_gap, "start": start, "end": end}, options
        )


class Annotations(Resource[SyncClient]):
    """`annotations` operations."""

    def info(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnnotationInfo:
        """How many annotations a stream has, and the earliest and latest annotation start.

        `GET /annotations/info.json`
        """
        return cast(
            "AnnotationInfo",
            self._client._call(_ANNOTATIONS_INFO, {"stream_id": stream_id, "stream_path": stream_path}, options),
        )

    def get(
        self,
        *,
        stream_id: list[int] | NotGiven = NOT_GIVEN,
        stream_path: list[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> list[Annotation]:
        """The annotations of one or more streams, optionally only those starting within `[start, end]`.

        `GET /annotations.json`
        """
        return cast(
            "list[Annotation]",
            self._client._call(
                _ANNOTATIONS_GET,
                {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end},
                options,
            ),
        )

    def update(self, *, body: AnnotationUpdateRequest, options: RequestOptions | None = None) -> Annotation:
        """Change an annotation's title or content (its times cannot change).

        `PUT /annotation.json`
        """
        return cast("Annotation", self._client._call(_ANNOTATIONS_UPDATE, {"body": body}, options))

    def create(self, *, body: AnnotationCreateRequest, options: RequestOptions | None = None) -> Annotation:
        """Annotate a stream at `start`, or over `[start, end]`.

        `POST /annotation.json`
        """
        return cast("Annotation", self._client._call(_ANNOTATIONS_CREATE, {"body": body}, options))

    def delete(self, *, id: int, options: RequestOptions | None = None) -> str:
        """Delete one annotation.

        `DELETE /annotation.json`
        """
        return cast("str", self._client._call(_ANNOTATIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AnnotationsWithRawResponse:
        return AnnotationsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AnnotationsWithStreamingResponse:
        return AnnotationsWithStreamingResponse(self._client)


class AnnotationsWithRawResponse(Resource[SyncClient]):
    """`annotations` operations, WithRawResponse."""

    def info(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnnotationInfo]:
        """How many annotations a stream has, and the earliest and latest annotation start.

        `GET /annotations/info.json`
        """
        return self._client._call_raw(_ANNOTATIONS_INFO, {"stream_id": stream_id, "stream_path": stream_path}, options)

    def get(
        self,
        *,
        stream_id: list[int] | NotGiven = NOT_GIVEN,
        stream_path: list[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[list[Annotation]]:
        """The annotations of one or more streams, optionally only those starting within `[start, end]`.

        `GET /annotations.json`
        """
        return self._client._call_raw(
            _ANNOTATIONS_GET, {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end}, options
        )

    def update(
        self, *, body: AnnotationUpdateRequest, options: RequestOptions | None = None
    ) -> RawResponse[Annotation]:
        """Change an annotation's title or content (its times cannot change).

        `PUT /annotation.json`
        """
        return self._client._call_raw(_ANNOTATIONS_UPDATE, {"body": body}, options)

    def create(
        self, *, body: AnnotationCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[Annotation]:
        """Annotate a stream at `start`, or over `[start, end]`.

        `POST /annotation.json`
        """
        return self._client._call_raw(_ANNOTATIONS_CREATE, {"body": body}, options)

    def delete(self, *, id: int, options: RequestOptions | None = None) -> RawResponse[str]:
        """Delete one annotation.

        `DELETE /annotation.json`
        """
        return self._client._call_raw(_ANNOTATIONS_DELETE, {"id": id}, options)


class AnnotationsWithStreamingResponse(Resource[SyncClient]):
    """`annotations` operations, WithStreamingResponse."""

    def info(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[AnnotationInfo]:
        """How many annotations a stream has, and the earliest and latest annotation start.

        `GET /annotations/info.json`
        """
        return self._client._call_stream(
            _ANNOTATIONS_INFO, {"stream_id": stream_id, "stream_path": stream_path}, options
        )

    def get(
        self,
        *,
        stream_id: list[int] | NotGiven = NOT_GIVEN,
        stream_path: list[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[list[Annotation]]:
        """The annotations of one or more streams, optionally only those starting within `[start, end]`.

        `GET /annotations.json`
        """
        return self._client._call_stream(
            _ANNOTATIONS_GET, {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end}, options
        )

    def update(
        self, *, body: AnnotationUpdateRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[Annotation]:
        """Change an annotation's title or content (its times cannot change).

        `PUT /annotation.json`
        """
        return self._client._call_stream(_ANNOTATIONS_UPDATE, {"body": body}, options)

    def create(
        self, *, body: AnnotationCreateRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[Annotation]:
        """Annotate a stream at `start`, or over `[start, end]`.

        `POST /annotation.json`
        """
        return self._client._call_stream(_ANNOTATIONS_CREATE, {"body": body}, options)

    def delete(self, *, id: int, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Delete one annotation.

        `DELETE /annotation.json`
        """
        return self._client._call_stream(_ANNOTATIONS_DELETE, {"id": id}, options)


class EventStreams(Resource[SyncClient]):
    """`event_streams` operations."""

    def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> EventStream:
        """One event stream, with `data_info`.

        `GET /event.json`
        """
        return cast("EventStream", self._client._call(_EVENT_STREAMS_GET, {"id": id, "path": path}, options))

    def update(self, *, body: EventStreamUpdateRequest, options: RequestOptions | None = None) -> EventStream:
        """Change an event stream's name, description, fields, chunk duration or retention.

        `PUT /event.json`
        """
        return cast("EventStream", self._client._call(_EVENT_STREAMS_UPDATE, {"body": body}, options))

    def create(self, *, body: EventStreamCreateRequest, options: RequestOptions | None = None) -> EventStream:
        """Create an event stream in a folder (a folder given by path is created).

        `POST /event.json`
        """
        return cast("EventStream", self._client._call(_EVENT_STREAMS_CREATE, {"body": body}, options))

    def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> str:
        """Delete an event stream and its events.

        `DELETE /event.json`
        """
        return cast("str", self._client._call(_EVENT_STREAMS_DELETE, {"id": id, "path": path}, options))

    def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> EventStreamMoved:
        """Move an event stream into another folder (created when given by path).

        `PUT /event/move.json`
        """
        return cast("EventStreamMoved", self._client._call(_EVENT_STREAMS_MOVE, {"body": body}, options))

    @property
    def with_raw_response(self) -> EventStreamsWithRawResponse:
        return EventStreamsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> EventStreamsWithStreamingResponse:
        return EventStreamsWithStreamingResponse(self._client)


class EventStreamsWithRawResponse(Resource[SyncClient]):
    """`event_streams` operations, WithRawResponse."""

    def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[EventStream]:
        """One event stream, with `data_info`.

        `GET /event.json`
        """
        return self._client._call_raw(_EVENT_STREAMS_GET, {"id": id, "path": path}, options)

    def update(
        self, *, body: EventStreamUpdateRequest, options: RequestOptions | None = None
    ) -> RawResponse[EventStream]:
        """Change an event stream's name, description, fields, chunk duration or retention.

        `PUT /event.json`
        """
        return self._client._call_raw(_EVENT_STREAMS_UPDATE, {"body": body}, options)

    def create(
        self, *, body: EventStreamCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[EventStream]:
        """Create an event stream in a folder (a folder given by path is created).

        `POST /event.json`
        """
        return self._client._call_raw(_EVENT_STREAMS_CREATE, {"body": body}, options)

    def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Delete an event stream and its events.

        `DELETE /event.json`
        """
        return self._client._call_raw(_EVENT_STREAMS_DELETE, {"id": id, "path": path}, options)

    def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> RawResponse[EventStreamMoved]:
        """Move an event stream into another folder (created when given by path).

        `PUT /event/move.json`
        """
        return self._client._call_raw(_EVENT_STREAMS_MOVE, {"body": body}, options)


class EventStreamsWithStreamingResponse(Resource[SyncClient]):
    """`event_streams` operations, WithStreamingResponse."""

    def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[EventStream]:
        """One event stream, with `data_info`.

        `GET /event.json`
        """
        return self._client._call_stream(_EVENT_STREAMS_GET, {"id": id, "path": path}, options)

    def update(
        self, *, body: EventStreamUpdateRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[EventStream]:
        """Change an event stream's name, description, fields, chunk duration or retention.

        `PUT /event.json`
        """
        return self._client._call_stream(_EVENT_STREAMS_UPDATE, {"body": body}, options)

    def create(
        self, *, body: EventStreamCreateRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[EventStream]:
        """Create an event stream in a folder (a folder given by path is created).

        `POST /event.json`
        """
        return self._client._call_stream(_EVENT_STREAMS_CREATE, {"body": body}, options)

    def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[str]:
        """Delete an event stream and its events.

        `DELETE /event.json`
        """
        return self._client._call_stream(_EVENT_STREAMS_DELETE, {"id": id, "path": path}, options)

    def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> StreamedResponse[EventStreamMoved]:
        """Move an event stream into another folder (created when given by path).

        `PUT /event/move.json`
        """
        return self._client._call_stream(_EVENT_STREAMS_MOVE, {"body": body}, options)


class Events(Resource[SyncClient]):
    """`events` operations."""

    def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        limit: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        return_subset: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> EventsRead:
        """Events in ascending `start_time`, or a histogram when there are more than `limit`.

        `GET /event/data.json`
        """
        return cast(
            "EventsRead",
            self._client._call(
                _EVENTS_READ,
                {
                    "id": id,
                    "path": path,
                    "limit": limit,
                    "start": start,
                    "end": end,
                    "include_ongoing_events": include_ongoing_events,
                    "filter_": filter_,
                    "return_subset": return_subset,
                },
                options,
            ),
        )

    def write(self, *, body: EventsWriteRequest, options: RequestOptions | None = None) -> EventsWritten:
        """Add or update events.

        `POST /event/data.json`
        """
        return cast("EventsWritten", self._client._call(_EVENTS_WRITE, {"body": body}, options))

    def remove(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Remove events overlapping `[start, end)` and matching `filter`; everything without either.

        `DELETE /event/data.json`
        """
        return cast(
            "str",
            self._client._call(
                _EVENTS_REMOVE, {"id": id, "path": path, "start": start, "end": end, "filter_": filter_}, options
            ),
        )

    def count(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> EventCount:
        """How many events match.

        `GET /event/data/count.json`
        """
        return cast(
            "EventCount",
            self._client._call(
                _EVENTS_COUNT,
                {
                    "id": id,
                    "path": path,
                    "start": start,
                    "end": end,
                    "include_ongoing_events": include_ongoing_events,
                    "filter_": filter_,
                },
                options,
            ),
        )

    @property
    def with_raw_response(self) -> EventsWithRawResponse:
        return EventsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> EventsWithStreamingResponse:
        return EventsWithStreamingResponse(self._client)


class EventsWithRawResponse(Resource[SyncClient]):
    """`events` operations, WithRawResponse."""

    def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        limit: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        return_subset: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[EventsRead]:
        """Events in ascending `start_time`, or a histogram when there are more than `limit`.

        `GET /event/data.json`
        """
        return self._client._call_raw(
            _EVENTS_READ,
            {
                "id": id,
                "path": path,
                "limit": limit,
                "start": start,
                "end": end,
                "include_ongoing_events": include_ongoing_events,
                "filter_": filter_,
                "return_subset": return_subset,
            },
            options,
        )

    def write(self, *, body: EventsWriteRequest, options: RequestOptions | None = None) -> RawResponse[EventsWritten]:
        """Add or update events.

        `POST /event/data.json`
        """
        return self._client._call_raw(_EVENTS_WRITE, {"body": body}, options)

    def remove(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[str]:
        """Remove events overlapping `[start, end)` and matching `filter`; everything without either.

        `DELETE /event/data.json`
        """
        return self._client._call_raw(
            _EVENTS_REMOVE, {"id": id, "path": path, "start": start, "end": end, "filter_": filter_}, options
        )

    def count(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[EventCount]:
        """How many events match.

        `GET /event/data/count.json`
        """
        return self._client._call_raw(
            _EVENTS_COUNT,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "include_ongoing_events": include_ongoing_events,
                "filter_": filter_,
            },
            options,
        )


class EventsWithStreamingResponse(Resource[SyncClient]):
    """`events` operations, WithStreamingResponse."""

    def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        limit: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        return_subset: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[EventsRead]:
        """Events in ascending `start_time`, or a histogram when there are more than `limit`.

        `GET /event/data.json`
        """
        return self._client._call_stream(
            _EVENTS_READ,
            {
                "id": id,
                "path": path,
                "limit": limit,
                "start": start,
                "end": end,
                "include_ongoing_events": include_ongoing_events,
                "filter_": filter_,
                "return_subset": return_subset,
            },
            options,
        )

    def write(
        self, *, body: EventsWriteRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[EventsWritten]:
        """Add or update events.

        `POST /event/data.json`
        """
        return self._client._call_stream(_EVENTS_WRITE, {"body": body}, options)

    def remove(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[str]:
        """Remove events overlapping `[start, end)` and matching `filter`; everything without either.

        `DELETE /event/data.json`
        """
        return self._client._call_stream(
            _EVENTS_REMOVE, {"id": id, "path": path, "start": start, "end": end, "filter_": filter_}, options
        )

    def count(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[EventCount]:
        """How many events match.

        `GET /event/data/count.json`
        """
        return self._client._call_stream(
            _EVENTS_COUNT,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "include_ongoing_events": include_ongoing_events,
                "filter_": filter_,
            },
            options,
        )


class Modules(Resource[SyncClient]):
    """`modules` operations."""

    def list_all(
        self, *, statistics: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> list[Module]:
        """Every module, with CPU and memory statistics when asked (about 0.5 s per module).

        `GET /modules.json`
        """
        return cast("list[Module]", self._client._call(_MODULES_LIST_ALL, {"statistics": statistics}, options))

    def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Module:
        """One module, always with statistics.

        `GET /module.json`
        """
        return cast("Module", self._client._call(_MODULES_GET, {"name": name, "id": id}, options))

    def logs(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> list[str]:
        """The module's latest output lines, `[<ISO local time>]: <line>`.

        `GET /module/logs.json`
        """
        return cast("list[str]", self._client._call(_MODULES_LOGS, {"name": name, "id": id}, options))

    @property
    def with_raw_response(self) -> ModulesWithRawResponse:
        return ModulesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ModulesWithStreamingResponse:
        return ModulesWithStreamingResponse(self._client)


class ModulesWithRawResponse(Resource[SyncClient]):
    """`modules` operations, WithRawResponse."""

    def list_all(
        self, *, statistics: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[list[Module]]:
        """Every module, with CPU and memory statistics when asked (about 0.5 s per module).

        `GET /modules.json`
        """
        return self._client._call_raw(_MODULES_LIST_ALL, {"statistics": statistics}, options)

    def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Module]:
        """One module, always with statistics.

        `GET /module.json`
        """
        return self._client._call_raw(_MODULES_GET, {"name": name, "id": id}, options)

    def logs(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[list[str]]:
        """The module's latest output lines, `[<ISO local time>]: <line>`.

        `GET /module/logs.json`
        """
        return self._client._call_raw(_MODULES_LOGS, {"name": name, "id": id}, options)


class ModulesWithStreamingResponse(Resource[SyncClient]):
    """`modules` operations, WithStreamingResponse."""

    def list_all(
        self, *, statistics: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[list[Module]]:
        """Every module, with CPU and memory statistics when asked (about 0.5 s per module).

        `GET /modules.json`
        """
        return self._client._call_stream(_MODULES_LIST_ALL, {"statistics": statistics}, options)

    def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Module]:
        """One module, always with statistics.

        `GET /module.json`
        """
        return self._client._call_stream(_MODULES_GET, {"name": name, "id": id}, options)

    def logs(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[list[str]]:
        """The module's latest output lines, `[<ISO local time>]: <line>`.

        `GET /module/logs.json`
        """
        return self._client._call_stream(_MODULES_LOGS, {"name": name, "id": id}, options)


class Apps(Resource[SyncClient]):
    """`apps` operations."""

    def list_all(self, *, options: RequestOptions | None = None) -> list[App]:
        """Modules that are apps (`m<id>`) and proxies (`p<id>`).

        `GET /app.json`
        """
        return cast("list[App]", self._client._call(_APPS_LIST_ALL, {}, options))

    def auth(self, *, x_app_id: str, options: RequestOptions | None = None) -> None:
        """Where a reverse proxy should send an app's requests, in the `X-Proxy-Path` header.

        `GET /app/auth`
        """
        return cast("None", self._client._call(_APPS_AUTH, {"x_app_id": x_app_id}, options))

    @property
    def with_raw_response(self) -> AppsWithRawResponse:
        return AppsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AppsWithStreamingResponse:
        return AppsWithStreamingResponse(self._client)


class AppsWithRawResponse(Resource[SyncClient]):
    """`apps` operations, WithRawResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> RawResponse[list[App]]:
        """Modules that are apps (`m<id>`) and proxies (`p<id>`).

        `GET /app.json`
        """
        return self._client._call_raw(_APPS_LIST_ALL, {}, options)

    def auth(self, *, x_app_id: str, options: RequestOptions | None = None) -> RawResponse[None]:
        """Where a reverse proxy should send an app's requests, in the `X-Proxy-Path` header.

        `GET /app/auth`
        """
        return self._client._call_raw(_APPS_AUTH, {"x_app_id": x_app_id}, options)


class AppsWithStreamingResponse(Resource[SyncClient]):
    """`apps` operations, WithStreamingResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> StreamedResponse[list[App]]:
        """Modules that are apps (`m<id>`) and proxies (`p<id>`).

        `GET /app.json`
        """
        return self._client._call_stream(_APPS_LIST_ALL, {}, options)

    def auth(self, *, x_app_id: str, options: RequestOptions | None = None) -> StreamedResponse[None]:
        """Where a reverse proxy should send an app's requests, in the `X-Proxy-Path` header.

        `GET /app/auth`
        """
        return self._client._call_stream(_APPS_AUTH, {"x_app_id": x_app_id}, options)


class Proxies(Resource[SyncClient]):
    """`proxies` operations."""

    def list_all(self, *, options: RequestOptions | None = None) -> list[Proxy]:
        """Every proxied URL.

        `GET /proxies.json`
        """
        return cast("list[Proxy]", self._client._call(_PROXIES_LIST_ALL, {}, options))

    def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Proxy:
        """One proxy by name or id.

        `GET /proxy.json`
        """
        return cast("Proxy", self._client._call(_PROXIES_GET, {"name": name, "id": id}, options))

    @property
    def with_raw_response(self) -> ProxiesWithRawResponse:
        return ProxiesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ProxiesWithStreamingResponse:
        return ProxiesWithStreamingResponse(self._client)


class ProxiesWithRawResponse(Resource[SyncClient]):
    """`proxies` operations, WithRawResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> RawResponse[list[Proxy]]:
        """Every proxied URL.

        `GET /proxies.json`
        """
        return self._client._call_raw(_PROXIES_LIST_ALL, {}, options)

    def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Proxy]:
        """One proxy by name or id.

        `GET /proxy.json`
        """
        return self._client._call_raw(_PROXIES_GET, {"name": name, "id": id}, options)


class ProxiesWithStreamingResponse(Resource[SyncClient]):
    """`proxies` operations, WithStreamingResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> StreamedResponse[list[Proxy]]:
        """Every proxied URL.

        `GET /proxies.json`
        """
        return self._client._call_stream(_PROXIES_LIST_ALL, {}, options)

    def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> StreamedResponse[Proxy]:
        """One proxy by name or id.

        `GET /proxy.json`
        """
        return self._client._call_stream(_PROXIES_GET, {"name": name, "id": id}, options)


class Masters(Resource[SyncClient]):
    """`masters` operations."""

    def list_all(self, *, options: RequestOptions | None = None) -> list[Master]:
        """The users and nodes that may control this node.

        `GET /masters.json`
        """
        return cast("list[Master]", self._client._call(_MASTERS_LIST_ALL, {}, options))

    def add(self, *, body: MasterAddRequest, options: RequestOptions | None = None) -> MasterAdded:
        """Grant a user (a new API key) or another node access to this node.

        `POST /master.json`
        """
        return cast("MasterAdded", self._client._call(_MASTERS_ADD, {"body": body}, options))

    def remove(self, *, name: str, master_type: MastersRemoveMasterType, options: RequestOptions | None = None) -> str:
        """Revoke a master's access.

        `DELETE /master.json`
        """
        return cast("str", self._client._call(_MASTERS_REMOVE, {"name": name, "master_type": master_type}, options))

    @property
    def with_raw_response(self) -> MastersWithRawResponse:
        return MastersWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> MastersWithStreamingResponse:
        return MastersWithStreamingResponse(self._client)


class MastersWithRawResponse(Resource[SyncClient]):
    """`masters` operations, WithRawResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> RawResponse[list[Master]]:
        """The users and nodes that may control this node.

        `GET /masters.json`
        """
        return self._client._call_raw(_MASTERS_LIST_ALL, {}, options)

    def add(self, *, body: MasterAddRequest, options: RequestOptions | None = None) -> RawResponse[MasterAdded]:
        """Grant a user (a new API key) or another node access to this node.

        `POST /master.json`
        """
        return self._client._call_raw(_MASTERS_ADD, {"body": body}, options)

    def remove(
        self, *, name: str, master_type: MastersRemoveMasterType, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Revoke a master's access.

        `DELETE /master.json`
        """
        return self._client._call_raw(_MASTERS_REMOVE, {"name": name, "master_type": master_type}, options)


class MastersWithStreamingResponse(Resource[SyncClient]):
    """`masters` operations, WithStreamingResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> StreamedResponse[list[Master]]:
        """The users and nodes that may control this node.

        `GET /masters.json`
        """
        return self._client._call_stream(_MASTERS_LIST_ALL, {}, options)

    def add(self, *, body: MasterAddRequest, options: RequestOptions | None = None) -> StreamedResponse[MasterAdded]:
        """Grant a user (a new API key) or another node access to this node.

        `POST /master.json`
        """
        return self._client._call_stream(_MASTERS_ADD, {"body": body}, options)

    def remove(
        self, *, name: str, master_type: MastersRemoveMasterType, options: RequestOptions | None = None
    ) -> StreamedResponse[str]:
        """Revoke a master's access.

        `DELETE /master.json`
        """
        return self._client._call_stream(_MASTERS_REMOVE, {"name": name, "master_type": master_type}, options)


class Followers(Resource[SyncClient]):
    """`followers` operations."""

    def list_all(self, *, options: RequestOptions | None = None) -> list[Follower]:
        """The nodes this node controls, with their keys in plain text.

        `GET /followers.json`
        """
        return cast("list[Follower]", self._client._call(_FOLLOWERS_LIST_ALL, {}, options))

    def add(self, *, body: FollowerAddRequest, options: RequestOptions | None = None) -> FollowerAdded:
        """Called by a node that made this node its master; needs no key.

        `POST /follower.json`
        """
        return cast("FollowerAdded", self._client._call(_FOLLOWERS_ADD, {"body": body}, options))

    def remove(self, *, name: str, options: RequestOptions | None = None) -> str:
        """Remove a follower (the follower's key stays valid there).

        `DELETE /follower.json`
        """
        return cast("str", self._client._call(_FOLLOWERS_REMOVE, {"name": name}, options))

    @property
    def with_raw_response(self) -> FollowersWithRawResponse:
        return FollowersWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> FollowersWithStreamingResponse:
        return FollowersWithStreamingResponse(self._client)


class FollowersWithRawResponse(Resource[SyncClient]):
    """`followers` operations, WithRawResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> RawResponse[list[Follower]]:
        """The nodes this node controls, with their keys in plain text.

        `GET /followers.json`
        """
        return self._client._call_raw(_FOLLOWERS_LIST_ALL, {}, options)

    def add(self, *, body: FollowerAddRequest, options: RequestOptions | None = None) -> RawResponse[FollowerAdded]:
        """Called by a node that made this node its master; needs no key.

        `POST /follower.json`
        """
        return self._client._call_raw(_FOLLOWERS_ADD, {"body": body}, options)

    def remove(self, *, name: str, options: RequestOptions | None = None) -> RawResponse[str]:
        """Remove a follower (the follower's key stays valid there).

        `DELETE /follower.json`
        """
        return self._client._call_raw(_FOLLOWERS_REMOVE, {"name": name}, options)


class FollowersWithStreamingResponse(Resource[SyncClient]):
    """`followers` operations, WithStreamingResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> StreamedResponse[list[Follower]]:
        """The nodes this node controls, with their keys in plain text.

        `GET /followers.json`
        """
        return self._client._call_stream(_FOLLOWERS_LIST_ALL, {}, options)

    def add(
        self, *, body: FollowerAddRequest, options: RequestOptions | None = None
    ) -> StreamedResponse[FollowerAdded]:
        """Called by a node that made this node its master; needs no key.

        `POST /follower.json`
        """
        return self._client._call_stream(_FOLLOWERS_ADD, {"body": body}, options)

    def remove(self, *, name: str, options: RequestOptions | None = None) -> StreamedResponse[str]:
        """Remove a follower (the follower's key stays valid there).

        `DELETE /follower.json`
        """
        return self._client._call_stream(_FOLLOWERS_REMOVE, {"name": name}, options)


class Archives(Resource[SyncClient]):
    """`archives` operations."""

    def upload(self, *, body: File, options: RequestOptions | None = None) -> ArchiveReport:
        """Import a Joule data archive (a zip whose `metadata.json` has the joule magic).

        `POST /archive.json`
        """
        return cast("ArchiveReport", self._client._call(_ARCHIVES_UPLOAD, {"body": body}, options))

    @property
    def with_raw_response(self) -> ArchivesWithRawResponse:
        return ArchivesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ArchivesWithStreamingResponse:
        return ArchivesWithStreamingResponse(self._client)


class ArchivesWithRawResponse(Resource[SyncClient]):
    """`archives` operations, WithRawResponse."""

    def upload(self, *, body: File, options: RequestOptions | None = None) -> RawResponse[ArchiveReport]:
        """Import a Joule data archive (a zip whose `metadata.json` has the joule magic).

        `POST /archive.json`
        """
        return self._client._call_raw(_ARCHIVES_UPLOAD, {"body": body}, options)


class ArchivesWithStreamingResponse(Resource[SyncClient]):
    """`archives` operations, WithStreamingResponse."""

    def upload(self, *, body: File, options: RequestOptions | None = None) -> StreamedResponse[ArchiveReport]:
        """Import a Joule data archive (a zip whose `metadata.json` has the joule magic).

        `POST /archive.json`
        """
        return self._client._call_stream(_ARCHIVES_UPLOAD, {"body": body}, options)


class AsyncNode(Resource[AsyncClient]):
    """`node` operations."""

    async def banner(self, *, options: RequestOptions | None = None) -> str:
        """The text `Joule server`.

        `GET /`
        """
        return cast("str", await self._client._call(_NODE_BANNER, {}, options))

    async def version(self, *, options: RequestOptions | None = None) -> str:
        """The joule version as plain text, e.g. `1.0.1`.

        `GET /version`
        """
        return cast("str", await self._client._call(_NODE_VERSION, {}, options))

    async def info(self, *, options: RequestOptions | None = None) -> NodeInfo:
        """The node's version, name and UUID.

        `GET /version.json`
        """
        return cast("NodeInfo", await self._client._call(_NODE_INFO, {}, options))

    async def db_info(self, *, options: RequestOptions | None = None) -> DbInfo:
        """Disk usage of the node's database.

        `GET /dbinfo`
        """
        return cast("DbInfo", await self._client._call(_NODE_DB_INFO, {}, options))

    async def db_connection(self, *, options: RequestOptions | None = None) -> ConnectionInfo:
        """Credentials of the node database's `joule_module` role.

        `GET /db/connection.json`
        """
        return cast("ConnectionInfo", await self._client._call(_NODE_DB_CONNECTION, {}, options))

    @property
    def with_raw_response(self) -> AsyncNodeWithRawResponse:
        return AsyncNodeWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncNodeWithStreamingResponse:
        return AsyncNodeWithStreamingResponse(self._client)


class AsyncNodeWithRawResponse(Resource[AsyncClient]):
    """`node` operations, WithRawResponse."""

    async def banner(self, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """The text `Joule server`.

        `GET /`
        """
        return await self._client._call_raw(_NODE_BANNER, {}, options)

    async def version(self, *, options: RequestOptions | None = None) -> RawResponse[str]:
        """The joule version as plain text, e.g. `1.0.1`.

        `GET /version`
        """
        return await self._client._call_raw(_NODE_VERSION, {}, options)

    async def info(self, *, options: RequestOptions | None = None) -> RawResponse[NodeInfo]:
        """The node's version, name and UUID.

        `GET /version.json`
        """
        return await self._client._call_raw(_NODE_INFO, {}, options)

    async def db_info(self, *, options: RequestOptions | None = None) -> RawResponse[DbInfo]:
        """Disk usage of the node's database.

        `GET /dbinfo`
        """
        return await self._client._call_raw(_NODE_DB_INFO, {}, options)

    async def db_connection(self, *, options: RequestOptions | None = None) -> RawResponse[ConnectionInfo]:
        """Credentials of the node database's `joule_module` role.

        `GET /db/connection.json`
        """
        return await self._client._call_raw(_NODE_DB_CONNECTION, {}, options)


class AsyncNodeWithStreamingResponse(Resource[AsyncClient]):
    """`node` operations, WithStreamingResponse."""

    def banner(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """The text `Joule server`.

        `GET /`
        """
        return self._client._call_stream(_NODE_BANNER, {}, options)

    def version(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """The joule version as plain text, e.g. `1.0.1`.

        `GET /version`
        """
        return self._client._call_stream(_NODE_VERSION, {}, options)

    def info(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[NodeInfo]:
        """The node's version, name and UUID.

        `GET /version.json`
        """
        return self._client._call_stream(_NODE_INFO, {}, options)

    def db_info(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[DbInfo]:
        """Disk usage of the node's database.

        `GET /dbinfo`
        """
        return self._client._call_stream(_NODE_DB_INFO, {}, options)

    def db_connection(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ConnectionInfo]:
        """Credentials of the node database's `joule_module` role.

        `GET /db/connection.json`
        """
        return self._client._call_stream(_NODE_DB_CONNECTION, {}, options)


class AsyncFolders(Resource[AsyncClient]):
    """`folders` operations."""

    async def root(
        self, *, data_info: Literal[1] | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Folder:
        """The whole folder tree from the root.

        `GET /folders.json`
        """
        return cast("Folder", await self._client._call(_FOLDERS_ROOT, {"data_info": data_info}, options))

    async def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Folder:
        """One folder, recursively (without `data_info`).

        `GET /folder.json`
        """
        return cast("Folder", await self._client._call(_FOLDERS_GET, {"id": id, "path": path}, options))

    async def update(self, *, body: FolderUpdateRequest, options: RequestOptions | None = None) -> Folder:
        """Rename a folder or change its description.

        `PUT /folder.json`
        """
        return cast("Folder", await self._client._call(_FOLDERS_UPDATE, {"body": body}, options))

    async def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        recursive: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Delete a folder, with its children when `recursive=1`.

        `DELETE /folder.json`
        """
        return cast(
            "str", await self._client._call(_FOLDERS_DELETE, {"id": id, "path": path, "recursive": recursive}, options)
        )

    async def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> FolderMoved:
        """Move a folder into another one (created when given by path).

        `PUT /folder/move.json`
        """
        return cast("FolderMoved", await self._client._call(_FOLDERS_MOVE, {"body": body}, options))

    async def map(
        self,
        *,
        data_stream_elements: str,
        event_streams: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> FolderMap:
        """Which streams and folders hold the given elements and event streams (used by Lumen links).

        `GET /folder/map.json`
        """
        return cast(
            "FolderMap",
            await self._client._call(
                _FOLDERS_MAP, {"data_stream_elements": data_stream_elements, "event_streams": event_streams}, options
            ),
        )

    @property
    def with_raw_response(self) -> AsyncFoldersWithRawResponse:
        return AsyncFoldersWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncFoldersWithStreamingResponse:
        return AsyncFoldersWithStreamingResponse(self._client)


class AsyncFoldersWithRawResponse(Resource[AsyncClient]):
    """`folders` operations, WithRawResponse."""

    async def root(
        self, *, data_info: Literal[1] | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Folder]:
        """The whole folder tree from the root.

        `GET /folders.json`
        """
        return await self._client._call_raw(_FOLDERS_ROOT, {"data_info": data_info}, options)

    async def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Folder]:
        """One folder, recursively (without `data_info`).

        `GET /folder.json`
        """
        return await self._client._call_raw(_FOLDERS_GET, {"id": id, "path": path}, options)

    async def update(self, *, body: FolderUpdateRequest, options: RequestOptions | None = None) -> RawResponse[Folder]:
        """Rename a folder or change its description.

        `PUT /folder.json`
        """
        return await self._client._call_raw(_FOLDERS_UPDATE, {"body": body}, options)

    async def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        recursive: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[str]:
        """Delete a folder, with its children when `recursive=1`.

        `DELETE /folder.json`
        """
        return await self._client._call_raw(_FOLDERS_DELETE, {"id": id, "path": path, "recursive": recursive}, options)

    async def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> RawResponse[FolderMoved]:
        """Move a folder into another one (created when given by path).

        `PUT /folder/move.json`
        """
        return await self._client._call_raw(_FOLDERS_MOVE, {"body": body}, options)

    async def map(
        self,
        *,
        data_stream_elements: str,
        event_streams: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[FolderMap]:
        """Which streams and folders hold the given elements and event streams (used by Lumen links).

        `GET /folder/map.json`
        """
        return await self._client._call_raw(
            _FOLDERS_MAP, {"data_stream_elements": data_stream_elements, "event_streams": event_streams}, options
        )


class AsyncFoldersWithStreamingResponse(Resource[AsyncClient]):
    """`folders` operations, WithStreamingResponse."""

    def root(
        self, *, data_info: Literal[1] | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Folder]:
        """The whole folder tree from the root.

        `GET /folders.json`
        """
        return self._client._call_stream(_FOLDERS_ROOT, {"data_info": data_info}, options)

    def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Folder]:
        """One folder, recursively (without `data_info`).

        `GET /folder.json`
        """
        return self._client._call_stream(_FOLDERS_GET, {"id": id, "path": path}, options)

    def update(
        self, *, body: FolderUpdateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Folder]:
        """Rename a folder or change its description.

        `PUT /folder.json`
        """
        return self._client._call_stream(_FOLDERS_UPDATE, {"body": body}, options)

    def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        recursive: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[str]:
        """Delete a folder, with its children when `recursive=1`.

        `DELETE /folder.json`
        """
        return self._client._call_stream(_FOLDERS_DELETE, {"id": id, "path": path, "recursive": recursive}, options)

    def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> AsyncStreamedResponse[FolderMoved]:
        """Move a folder into another one (created when given by path).

        `PUT /folder/move.json`
        """
        return self._client._call_stream(_FOLDERS_MOVE, {"body": body}, options)

    def map(
        self,
        *,
        data_stream_elements: str,
        event_streams: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[FolderMap]:
        """Which streams and folders hold the given elements and event streams (used by Lumen links).

        `GET /folder/map.json`
        """
        return self._client._call_stream(
            _FOLDERS_MAP, {"data_stream_elements": data_stream_elements, "event_streams": event_streams}, options
        )


class AsyncDataStreams(Resource[AsyncClient]):
    """`data_streams` operations."""

    async def get(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        no_info: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> DataStream:
        """One data stream, with `data_info` unless `no-info` is given.

        `GET /stream.json`
        """
        return cast(
            "DataStream",
            await self._client._call(_DATA_STREAMS_GET, {"id": id, "path": path, "no_info": no_info}, options),
        )

    async def update(self, *, body: DataStreamUpdateRequest, options: RequestOptions | None = None) -> DataStream:
        """Change a stream's name, description, retention, decimation or elements.

        `PUT /stream.json`
        """
        return cast("DataStream", await self._client._call(_DATA_STREAMS_UPDATE, {"body": body}, options))

    async def create(self, *, body: DataStreamCreateRequest, options: RequestOptions | None = None) -> DataStream:
        """Create a data stream in a folder (a folder given by path is created).

        `POST /stream.json`
        """
        return cast("DataStream", await self._client._call(_DATA_STREAMS_CREATE, {"body": body}, options))

    async def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> str:
        """Delete a data stream and all its data.

        `DELETE /stream.json`
        """
        return cast("str", await self._client._call(_DATA_STREAMS_DELETE, {"id": id, "path": path}, options))

    async def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> DataStreamMoved:
        """Move a data stream into another folder (created when given by path).

        `PUT /stream/move.json`
        """
        return cast("DataStreamMoved", await self._client._call(_DATA_STREAMS_MOVE, {"body": body}, options))

    async def delete_annotations(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Remove a stream's annotations, optionally only those starting within `[start, end]`.

        `DELETE /stream/annotations.json`
        """
        return cast(
            "str",
            await self._client._call(
                _DATA_STREAMS_DELETE_ANNOTATIONS,
                {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end},
                options,
            ),
        )

    @property
    def with_raw_response(self) -> AsyncDataStreamsWithRawResponse:
        return AsyncDataStreamsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncDataStreamsWithStreamingResponse:
        return AsyncDataStreamsWithStreamingResponse(self._client)


class AsyncDataStreamsWithRawResponse(Resource[AsyncClient]):
    """`data_streams` operations, WithRawResponse."""

    async def get(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        no_info: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[DataStream]:
        """One data stream, with `data_info` unless `no-info` is given.

        `GET /stream.json`
        """
        return await self._client._call_raw(_DATA_STREAMS_GET, {"id": id, "path": path, "no_info": no_info}, options)

    async def update(
        self, *, body: DataStreamUpdateRequest, options: RequestOptions | None = None
    ) -> RawResponse[DataStream]:
        """Change a stream's name, description, retention, decimation or elements.

        `PUT /stream.json`
        """
        return await self._client._call_raw(_DATA_STREAMS_UPDATE, {"body": body}, options)

    async def create(
        self, *, body: DataStreamCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[DataStream]:
        """Create a data stream in a folder (a folder given by path is created).

        `POST /stream.json`
        """
        return await self._client._call_raw(_DATA_STREAMS_CREATE, {"body": body}, options)

    async def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Delete a data stream and all its data.

        `DELETE /stream.json`
        """
        return await self._client._call_raw(_DATA_STREAMS_DELETE, {"id": id, "path": path}, options)

    async def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> RawResponse[DataStreamMoved]:
        """Move a data stream into another folder (created when given by path).

        `PUT /stream/move.json`
        """
        return await self._client._call_raw(_DATA_STREAMS_MOVE, {"body": body}, options)

    async def delete_annotations(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[str]:
        """Remove a stream's annotations, optionally only those starting within `[start, end]`.

        `DELETE /stream/annotations.json`
        """
        return await self._client._call_raw(
            _DATA_STREAMS_DELETE_ANNOTATIONS,
            {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end},
            options,
        )


class AsyncDataStreamsWithStreamingResponse(Resource[AsyncClient]):
    """`data_streams` operations, WithStreamingResponse."""

    def get(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        no_info: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[DataStream]:
        """One data stream, with `data_info` unless `no-info` is given.

        `GET /stream.json`
        """
        return self._client._call_stream(_DATA_STREAMS_GET, {"id": id, "path": path, "no_info": no_info}, options)

    def update(
        self, *, body: DataStreamUpdateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DataStream]:
        """Change a stream's name, description, retention, decimation or elements.

        `PUT /stream.json`
        """
        return self._client._call_stream(_DATA_STREAMS_UPDATE, {"body": body}, options)

    def create(
        self, *, body: DataStreamCreateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DataStream]:
        """Create a data stream in a folder (a folder given by path is created).

        `POST /stream.json`
        """
        return self._client._call_stream(_DATA_STREAMS_CREATE, {"body": body}, options)

    def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str]:
        """Delete a data stream and all its data.

        `DELETE /stream.json`
        """
        return self._client._call_stream(_DATA_STREAMS_DELETE, {"id": id, "path": path}, options)

    def move(
        self, *, body: MoveRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[DataStreamMoved]:
        """Move a data stream into another folder (created when given by path).

        `PUT /stream/move.json`
        """
        return self._client._call_stream(_DATA_STREAMS_MOVE, {"body": body}, options)

    def delete_annotations(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[str]:
        """Remove a stream's annotations, optionally only those starting within `[start, end]`.

        `DELETE /stream/annotations.json`
        """
        return self._client._call_stream(
            _DATA_STREAMS_DELETE_ANNOTATIONS,
            {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end},
            options,
        )


class AsyncData(Resource[AsyncClient]):
    """`data` operations."""

    async def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadDecimationLevel | NotGiven = NOT_GIVEN,
        subscribe: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> bytes:
        """Stream rows as binary, raw or decimated; or live rows with `subscribe=1`.

        `GET /data`
        """
        return cast(
            "bytes",
            await self._client._call(
                _DATA_READ,
                {
                    "id": id,
                    "path": path,
                    "start": start,
                    "end": end,
                    "max_rows": max_rows,
                    "decimation_level": decimation_level,
                    "subscribe": subscribe,
                },
                options,
            ),
        )

    async def write(
        self,
        *,
        body: File,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        merge_gap: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Append binary rows in the stream's layout, with optional interval tokens.

        `POST /data`
        """
        return cast(
            "str",
            await self._client._call(
                _DATA_WRITE, {"body": body, "id": id, "path": path, "merge_gap": merge_gap}, options
            ),
        )

    async def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Delete rows in `[start, end)`, or all rows and decimations without bounds.

        `DELETE /data`
        """
        return cast(
            "str", await self._client._call(_DATA_DELETE, {"id": id, "path": path, "start": start, "end": end}, options)
        )

    async def read_json(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadJsonDecimationLevel | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> DataJson:
        """Rows as JSON, grouped by interval.

        `GET /data.json`
        """
        return cast(
            "DataJson",
            await self._client._call(
                _DATA_READ_JSON,
                {
                    "id": id,
                    "path": path,
                    "start": start,
                    "end": end,
                    "max_rows": max_rows,
                    "decimation_level": decimation_level,
                },
                options,
            ),
        )

    async def intervals(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> list[list[int]]:
        """The stream's intervals `[start, end]`, where `end` is the last timestamp + 1, clipped to the bounds.

        `GET /data/intervals.json`
        """
        return cast(
            "list[list[int]]",
            await self._client._call(_DATA_INTERVALS, {"id": id, "path": path, "start": start, "end": end}, options),
        )

    async def decimate(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> str:
        """Drop, then rebuild every decimation level (synchronously).

        `POST /data/decimate.json`
        """
        return cast("str", await self._client._call(_DATA_DECIMATE, {"id": id, "path": path}, options))

    async def drop_decimations(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> str:
        """Drop the decimation tables; decimated reads then return nothing.

        `DELETE /data/decimate.json`
        """
        return cast("str", await self._client._call(_DATA_DROP_DECIMATIONS, {"id": id, "path": path}, options))

    async def consolidate(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        max_gap: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> Consolidated:
        """Remove interval breaks of at most `max_gap` µs.

        `POST /data/consolidate.json`
        """
        return cast(
            "Consolidated",
            await self._client._call(
                _DATA_CONSOLIDATE, {"id": id, "path": path, "max_gap": max_gap, "start": start, "end": end}, options
            ),
        )

    @property
    def with_raw_response(self) -> AsyncDataWithRawResponse:
        return AsyncDataWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncDataWithStreamingResponse:
        return AsyncDataWithStreamingResponse(self._client)


class AsyncDataWithRawResponse(Resource[AsyncClient]):
    """`data` operations, WithRawResponse."""

    async def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadDecimationLevel | NotGiven = NOT_GIVEN,
        subscribe: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[bytes]:
        """Stream rows as binary, raw or decimated; or live rows with `subscribe=1`.

        `GET /data`
        """
        return await self._client._call_raw(
            _DATA_READ,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "max_rows": max_rows,
                "decimation_level": decimation_level,
                "subscribe": subscribe,
            },
            options,
        )

    async def write(
        self,
        *,
        body: File,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        merge_gap: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[str]:
        """Append binary rows in the stream's layout, with optional interval tokens.

        `POST /data`
        """
        return await self._client._call_raw(
            _DATA_WRITE, {"body": body, "id": id, "path": path, "merge_gap": merge_gap}, options
        )

    async def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[str]:
        """Delete rows in `[start, end)`, or all rows and decimations without bounds.

        `DELETE /data`
        """
        return await self._client._call_raw(_DATA_DELETE, {"id": id, "path": path, "start": start, "end": end}, options)

    async def read_json(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadJsonDecimationLevel | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[DataJson]:
        """Rows as JSON, grouped by interval.

        `GET /data.json`
        """
        return await self._client._call_raw(
            _DATA_READ_JSON,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "max_rows": max_rows,
                "decimation_level": decimation_level,
            },
            options,
        )

    async def intervals(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[list[list[int]]]:
        """The stream's intervals `[start, end]`, where `end` is the last timestamp + 1, clipped to the bounds.

        `GET /data/intervals.json`
        """
        return await self._client._call_raw(
            _DATA_INTERVALS, {"id": id, "path": path, "start": start, "end": end}, options
        )

    async def decimate(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Drop, then rebuild every decimation level (synchronously).

        `POST /data/decimate.json`
        """
        return await self._client._call_raw(_DATA_DECIMATE, {"id": id, "path": path}, options)

    async def drop_decimations(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Drop the decimation tables; decimated reads then return nothing.

        `DELETE /data/decimate.json`
        """
        return await self._client._call_raw(_DATA_DROP_DECIMATIONS, {"id": id, "path": path}, options)

    async def consolidate(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        max_gap: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[Consolidated]:
        """Remove interval breaks of at most `max_gap` µs.

        `POST /data/consolidate.json`
        """
        return await self._client._call_raw(
            _DATA_CONSOLIDATE, {"id": id, "path": path, "max_gap": max_gap, "start": start, "end": end}, options
        )


class AsyncDataWithStreamingResponse(Resource[AsyncClient]):
    """`data` operations, WithStreamingResponse."""

    def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadDecimationLevel | NotGiven = NOT_GIVEN,
        subscribe: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[bytes]:
        """Stream rows as binary, raw or decimated; or live rows with `subscribe=1`.

        `GET /data`
        """
        return self._client._call_stream(
            _DATA_READ,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "max_rows": max_rows,
                "decimation_level": decimation_level,
                "subscribe": subscribe,
            },
            options,
        )

    def write(
        self,
        *,
        body: File,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        merge_gap: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[str]:
        """Append binary rows in the stream's layout, with optional interval tokens.

        `POST /data`
        """
        return self._client._call_stream(
            _DATA_WRITE, {"body": body, "id": id, "path": path, "merge_gap": merge_gap}, options
        )

    def delete(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[str]:
        """Delete rows in `[start, end)`, or all rows and decimations without bounds.

        `DELETE /data`
        """
        return self._client._call_stream(_DATA_DELETE, {"id": id, "path": path, "start": start, "end": end}, options)

    def read_json(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        max_rows: int | NotGiven = NOT_GIVEN,
        decimation_level: DataReadJsonDecimationLevel | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[DataJson]:
        """Rows as JSON, grouped by interval.

        `GET /data.json`
        """
        return self._client._call_stream(
            _DATA_READ_JSON,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "max_rows": max_rows,
                "decimation_level": decimation_level,
            },
            options,
        )

    def intervals(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[list[list[int]]]:
        """The stream's intervals `[start, end]`, where `end` is the last timestamp + 1, clipped to the bounds.

        `GET /data/intervals.json`
        """
        return self._client._call_stream(_DATA_INTERVALS, {"id": id, "path": path, "start": start, "end": end}, options)

    def decimate(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str]:
        """Drop, then rebuild every decimation level (synchronously).

        `POST /data/decimate.json`
        """
        return self._client._call_stream(_DATA_DECIMATE, {"id": id, "path": path}, options)

    def drop_decimations(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str]:
        """Drop the decimation tables; decimated reads then return nothing.

        `DELETE /data/decimate.json`
        """
        return self._client._call_stream(_DATA_DROP_DECIMATIONS, {"id": id, "path": path}, options)

    def consolidate(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        max_gap: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[Consolidated]:
        """Remove interval breaks of at most `max_gap` µs.

        `POST /data/consolidate.json`
        """
        return self._client._call_stream(
            _DATA_CONSOLIDATE, {"id": id, "path": path, "max_gap": max_gap, "start": start, "end": end}, options
        )


class AsyncAnnotations(Resource[AsyncClient]):
    """`annotations` operations."""

    async def info(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AnnotationInfo:
        """How many annotations a stream has, and the earliest and latest annotation start.

        `GET /annotations/info.json`
        """
        return cast(
            "AnnotationInfo",
            await self._client._call(_ANNOTATIONS_INFO, {"stream_id": stream_id, "stream_path": stream_path}, options),
        )

    async def get(
        self,
        *,
        stream_id: list[int] | NotGiven = NOT_GIVEN,
        stream_path: list[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> list[Annotation]:
        """The annotations of one or more streams, optionally only those starting within `[start, end]`.

        `GET /annotations.json`
        """
        return cast(
            "list[Annotation]",
            await self._client._call(
                _ANNOTATIONS_GET,
                {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end},
                options,
            ),
        )

    async def update(self, *, body: AnnotationUpdateRequest, options: RequestOptions | None = None) -> Annotation:
        """Change an annotation's title or content (its times cannot change).

        `PUT /annotation.json`
        """
        return cast("Annotation", await self._client._call(_ANNOTATIONS_UPDATE, {"body": body}, options))

    async def create(self, *, body: AnnotationCreateRequest, options: RequestOptions | None = None) -> Annotation:
        """Annotate a stream at `start`, or over `[start, end]`.

        `POST /annotation.json`
        """
        return cast("Annotation", await self._client._call(_ANNOTATIONS_CREATE, {"body": body}, options))

    async def delete(self, *, id: int, options: RequestOptions | None = None) -> str:
        """Delete one annotation.

        `DELETE /annotation.json`
        """
        return cast("str", await self._client._call(_ANNOTATIONS_DELETE, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncAnnotationsWithRawResponse:
        return AsyncAnnotationsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAnnotationsWithStreamingResponse:
        return AsyncAnnotationsWithStreamingResponse(self._client)


class AsyncAnnotationsWithRawResponse(Resource[AsyncClient]):
    """`annotations` operations, WithRawResponse."""

    async def info(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[AnnotationInfo]:
        """How many annotations a stream has, and the earliest and latest annotation start.

        `GET /annotations/info.json`
        """
        return await self._client._call_raw(
            _ANNOTATIONS_INFO, {"stream_id": stream_id, "stream_path": stream_path}, options
        )

    async def get(
        self,
        *,
        stream_id: list[int] | NotGiven = NOT_GIVEN,
        stream_path: list[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[list[Annotation]]:
        """The annotations of one or more streams, optionally only those starting within `[start, end]`.

        `GET /annotations.json`
        """
        return await self._client._call_raw(
            _ANNOTATIONS_GET, {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end}, options
        )

    async def update(
        self, *, body: AnnotationUpdateRequest, options: RequestOptions | None = None
    ) -> RawResponse[Annotation]:
        """Change an annotation's title or content (its times cannot change).

        `PUT /annotation.json`
        """
        return await self._client._call_raw(_ANNOTATIONS_UPDATE, {"body": body}, options)

    async def create(
        self, *, body: AnnotationCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[Annotation]:
        """Annotate a stream at `start`, or over `[start, end]`.

        `POST /annotation.json`
        """
        return await self._client._call_raw(_ANNOTATIONS_CREATE, {"body": body}, options)

    async def delete(self, *, id: int, options: RequestOptions | None = None) -> RawResponse[str]:
        """Delete one annotation.

        `DELETE /annotation.json`
        """
        return await self._client._call_raw(_ANNOTATIONS_DELETE, {"id": id}, options)


class AsyncAnnotationsWithStreamingResponse(Resource[AsyncClient]):
    """`annotations` operations, WithStreamingResponse."""

    def info(
        self,
        *,
        stream_id: int | NotGiven = NOT_GIVEN,
        stream_path: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[AnnotationInfo]:
        """How many annotations a stream has, and the earliest and latest annotation start.

        `GET /annotations/info.json`
        """
        return self._client._call_stream(
            _ANNOTATIONS_INFO, {"stream_id": stream_id, "stream_path": stream_path}, options
        )

    def get(
        self,
        *,
        stream_id: list[int] | NotGiven = NOT_GIVEN,
        stream_path: list[str] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[list[Annotation]]:
        """The annotations of one or more streams, optionally only those starting within `[start, end]`.

        `GET /annotations.json`
        """
        return self._client._call_stream(
            _ANNOTATIONS_GET, {"stream_id": stream_id, "stream_path": stream_path, "start": start, "end": end}, options
        )

    def update(
        self, *, body: AnnotationUpdateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Annotation]:
        """Change an annotation's title or content (its times cannot change).

        `PUT /annotation.json`
        """
        return self._client._call_stream(_ANNOTATIONS_UPDATE, {"body": body}, options)

    def create(
        self, *, body: AnnotationCreateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Annotation]:
        """Annotate a stream at `start`, or over `[start, end]`.

        `POST /annotation.json`
        """
        return self._client._call_stream(_ANNOTATIONS_CREATE, {"body": body}, options)

    def delete(self, *, id: int, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """Delete one annotation.

        `DELETE /annotation.json`
        """
        return self._client._call_stream(_ANNOTATIONS_DELETE, {"id": id}, options)


class AsyncEventStreams(Resource[AsyncClient]):
    """`event_streams` operations."""

    async def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> EventStream:
        """One event stream, with `data_info`.

        `GET /event.json`
        """
        return cast("EventStream", await self._client._call(_EVENT_STREAMS_GET, {"id": id, "path": path}, options))

    async def update(self, *, body: EventStreamUpdateRequest, options: RequestOptions | None = None) -> EventStream:
        """Change an event stream's name, description, fields, chunk duration or retention.

        `PUT /event.json`
        """
        return cast("EventStream", await self._client._call(_EVENT_STREAMS_UPDATE, {"body": body}, options))

    async def create(self, *, body: EventStreamCreateRequest, options: RequestOptions | None = None) -> EventStream:
        """Create an event stream in a folder (a folder given by path is created).

        `POST /event.json`
        """
        return cast("EventStream", await self._client._call(_EVENT_STREAMS_CREATE, {"body": body}, options))

    async def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> str:
        """Delete an event stream and its events.

        `DELETE /event.json`
        """
        return cast("str", await self._client._call(_EVENT_STREAMS_DELETE, {"id": id, "path": path}, options))

    async def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> EventStreamMoved:
        """Move an event stream into another folder (created when given by path).

        `PUT /event/move.json`
        """
        return cast("EventStreamMoved", await self._client._call(_EVENT_STREAMS_MOVE, {"body": body}, options))

    @property
    def with_raw_response(self) -> AsyncEventStreamsWithRawResponse:
        return AsyncEventStreamsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncEventStreamsWithStreamingResponse:
        return AsyncEventStreamsWithStreamingResponse(self._client)


class AsyncEventStreamsWithRawResponse(Resource[AsyncClient]):
    """`event_streams` operations, WithRawResponse."""

    async def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[EventStream]:
        """One event stream, with `data_info`.

        `GET /event.json`
        """
        return await self._client._call_raw(_EVENT_STREAMS_GET, {"id": id, "path": path}, options)

    async def update(
        self, *, body: EventStreamUpdateRequest, options: RequestOptions | None = None
    ) -> RawResponse[EventStream]:
        """Change an event stream's name, description, fields, chunk duration or retention.

        `PUT /event.json`
        """
        return await self._client._call_raw(_EVENT_STREAMS_UPDATE, {"body": body}, options)

    async def create(
        self, *, body: EventStreamCreateRequest, options: RequestOptions | None = None
    ) -> RawResponse[EventStream]:
        """Create an event stream in a folder (a folder given by path is created).

        `POST /event.json`
        """
        return await self._client._call_raw(_EVENT_STREAMS_CREATE, {"body": body}, options)

    async def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Delete an event stream and its events.

        `DELETE /event.json`
        """
        return await self._client._call_raw(_EVENT_STREAMS_DELETE, {"id": id, "path": path}, options)

    async def move(self, *, body: MoveRequest, options: RequestOptions | None = None) -> RawResponse[EventStreamMoved]:
        """Move an event stream into another folder (created when given by path).

        `PUT /event/move.json`
        """
        return await self._client._call_raw(_EVENT_STREAMS_MOVE, {"body": body}, options)


class AsyncEventStreamsWithStreamingResponse(Resource[AsyncClient]):
    """`event_streams` operations, WithStreamingResponse."""

    def get(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[EventStream]:
        """One event stream, with `data_info`.

        `GET /event.json`
        """
        return self._client._call_stream(_EVENT_STREAMS_GET, {"id": id, "path": path}, options)

    def update(
        self, *, body: EventStreamUpdateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[EventStream]:
        """Change an event stream's name, description, fields, chunk duration or retention.

        `PUT /event.json`
        """
        return self._client._call_stream(_EVENT_STREAMS_UPDATE, {"body": body}, options)

    def create(
        self, *, body: EventStreamCreateRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[EventStream]:
        """Create an event stream in a folder (a folder given by path is created).

        `POST /event.json`
        """
        return self._client._call_stream(_EVENT_STREAMS_CREATE, {"body": body}, options)

    def delete(
        self, *, id: int | NotGiven = NOT_GIVEN, path: str | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str]:
        """Delete an event stream and its events.

        `DELETE /event.json`
        """
        return self._client._call_stream(_EVENT_STREAMS_DELETE, {"id": id, "path": path}, options)

    def move(
        self, *, body: MoveRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[EventStreamMoved]:
        """Move an event stream into another folder (created when given by path).

        `PUT /event/move.json`
        """
        return self._client._call_stream(_EVENT_STREAMS_MOVE, {"body": body}, options)


class AsyncEvents(Resource[AsyncClient]):
    """`events` operations."""

    async def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        limit: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        return_subset: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> EventsRead:
        """Events in ascending `start_time`, or a histogram when there are more than `limit`.

        `GET /event/data.json`
        """
        return cast(
            "EventsRead",
            await self._client._call(
                _EVENTS_READ,
                {
                    "id": id,
                    "path": path,
                    "limit": limit,
                    "start": start,
                    "end": end,
                    "include_ongoing_events": include_ongoing_events,
                    "filter_": filter_,
                    "return_subset": return_subset,
                },
                options,
            ),
        )

    async def write(self, *, body: EventsWriteRequest, options: RequestOptions | None = None) -> EventsWritten:
        """Add or update events.

        `POST /event/data.json`
        """
        return cast("EventsWritten", await self._client._call(_EVENTS_WRITE, {"body": body}, options))

    async def remove(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> str:
        """Remove events overlapping `[start, end)` and matching `filter`; everything without either.

        `DELETE /event/data.json`
        """
        return cast(
            "str",
            await self._client._call(
                _EVENTS_REMOVE, {"id": id, "path": path, "start": start, "end": end, "filter_": filter_}, options
            ),
        )

    async def count(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> EventCount:
        """How many events match.

        `GET /event/data/count.json`
        """
        return cast(
            "EventCount",
            await self._client._call(
                _EVENTS_COUNT,
                {
                    "id": id,
                    "path": path,
                    "start": start,
                    "end": end,
                    "include_ongoing_events": include_ongoing_events,
                    "filter_": filter_,
                },
                options,
            ),
        )

    @property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        return AsyncEventsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncEventsWithStreamingResponse:
        return AsyncEventsWithStreamingResponse(self._client)


class AsyncEventsWithRawResponse(Resource[AsyncClient]):
    """`events` operations, WithRawResponse."""

    async def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        limit: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        return_subset: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[EventsRead]:
        """Events in ascending `start_time`, or a histogram when there are more than `limit`.

        `GET /event/data.json`
        """
        return await self._client._call_raw(
            _EVENTS_READ,
            {
                "id": id,
                "path": path,
                "limit": limit,
                "start": start,
                "end": end,
                "include_ongoing_events": include_ongoing_events,
                "filter_": filter_,
                "return_subset": return_subset,
            },
            options,
        )

    async def write(
        self, *, body: EventsWriteRequest, options: RequestOptions | None = None
    ) -> RawResponse[EventsWritten]:
        """Add or update events.

        `POST /event/data.json`
        """
        return await self._client._call_raw(_EVENTS_WRITE, {"body": body}, options)

    async def remove(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[str]:
        """Remove events overlapping `[start, end)` and matching `filter`; everything without either.

        `DELETE /event/data.json`
        """
        return await self._client._call_raw(
            _EVENTS_REMOVE, {"id": id, "path": path, "start": start, "end": end, "filter_": filter_}, options
        )

    async def count(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[EventCount]:
        """How many events match.

        `GET /event/data/count.json`
        """
        return await self._client._call_raw(
            _EVENTS_COUNT,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "include_ongoing_events": include_ongoing_events,
                "filter_": filter_,
            },
            options,
        )


class AsyncEventsWithStreamingResponse(Resource[AsyncClient]):
    """`events` operations, WithStreamingResponse."""

    def read(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        limit: int,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        return_subset: Literal[1] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[EventsRead]:
        """Events in ascending `start_time`, or a histogram when there are more than `limit`.

        `GET /event/data.json`
        """
        return self._client._call_stream(
            _EVENTS_READ,
            {
                "id": id,
                "path": path,
                "limit": limit,
                "start": start,
                "end": end,
                "include_ongoing_events": include_ongoing_events,
                "filter_": filter_,
                "return_subset": return_subset,
            },
            options,
        )

    def write(
        self, *, body: EventsWriteRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[EventsWritten]:
        """Add or update events.

        `POST /event/data.json`
        """
        return self._client._call_stream(_EVENTS_WRITE, {"body": body}, options)

    def remove(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[str]:
        """Remove events overlapping `[start, end)` and matching `filter`; everything without either.

        `DELETE /event/data.json`
        """
        return self._client._call_stream(
            _EVENTS_REMOVE, {"id": id, "path": path, "start": start, "end": end, "filter_": filter_}, options
        )

    def count(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        end: int | NotGiven = NOT_GIVEN,
        include_ongoing_events: int | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[EventCount]:
        """How many events match.

        `GET /event/data/count.json`
        """
        return self._client._call_stream(
            _EVENTS_COUNT,
            {
                "id": id,
                "path": path,
                "start": start,
                "end": end,
                "include_ongoing_events": include_ongoing_events,
                "filter_": filter_,
            },
            options,
        )


class AsyncModules(Resource[AsyncClient]):
    """`modules` operations."""

    async def list_all(
        self, *, statistics: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> list[Module]:
        """Every module, with CPU and memory statistics when asked (about 0.5 s per module).

        `GET /modules.json`
        """
        return cast("list[Module]", await self._client._call(_MODULES_LIST_ALL, {"statistics": statistics}, options))

    async def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Module:
        """One module, always with statistics.

        `GET /module.json`
        """
        return cast("Module", await self._client._call(_MODULES_GET, {"name": name, "id": id}, options))

    async def logs(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> list[str]:
        """The module's latest output lines, `[<ISO local time>]: <line>`.

        `GET /module/logs.json`
        """
        return cast("list[str]", await self._client._call(_MODULES_LOGS, {"name": name, "id": id}, options))

    @property
    def with_raw_response(self) -> AsyncModulesWithRawResponse:
        return AsyncModulesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncModulesWithStreamingResponse:
        return AsyncModulesWithStreamingResponse(self._client)


class AsyncModulesWithRawResponse(Resource[AsyncClient]):
    """`modules` operations, WithRawResponse."""

    async def list_all(
        self, *, statistics: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[list[Module]]:
        """Every module, with CPU and memory statistics when asked (about 0.5 s per module).

        `GET /modules.json`
        """
        return await self._client._call_raw(_MODULES_LIST_ALL, {"statistics": statistics}, options)

    async def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Module]:
        """One module, always with statistics.

        `GET /module.json`
        """
        return await self._client._call_raw(_MODULES_GET, {"name": name, "id": id}, options)

    async def logs(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[list[str]]:
        """The module's latest output lines, `[<ISO local time>]: <line>`.

        `GET /module/logs.json`
        """
        return await self._client._call_raw(_MODULES_LOGS, {"name": name, "id": id}, options)


class AsyncModulesWithStreamingResponse(Resource[AsyncClient]):
    """`modules` operations, WithStreamingResponse."""

    def list_all(
        self, *, statistics: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[Module]]:
        """Every module, with CPU and memory statistics when asked (about 0.5 s per module).

        `GET /modules.json`
        """
        return self._client._call_stream(_MODULES_LIST_ALL, {"statistics": statistics}, options)

    def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Module]:
        """One module, always with statistics.

        `GET /module.json`
        """
        return self._client._call_stream(_MODULES_GET, {"name": name, "id": id}, options)

    def logs(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[list[str]]:
        """The module's latest output lines, `[<ISO local time>]: <line>`.

        `GET /module/logs.json`
        """
        return self._client._call_stream(_MODULES_LOGS, {"name": name, "id": id}, options)


class AsyncApps(Resource[AsyncClient]):
    """`apps` operations."""

    async def list_all(self, *, options: RequestOptions | None = None) -> list[App]:
        """Modules that are apps (`m<id>`) and proxies (`p<id>`).

        `GET /app.json`
        """
        return cast("list[App]", await self._client._call(_APPS_LIST_ALL, {}, options))

    async def auth(self, *, x_app_id: str, options: RequestOptions | None = None) -> None:
        """Where a reverse proxy should send an app's requests, in the `X-Proxy-Path` header.

        `GET /app/auth`
        """
        return cast("None", await self._client._call(_APPS_AUTH, {"x_app_id": x_app_id}, options))

    @property
    def with_raw_response(self) -> AsyncAppsWithRawResponse:
        return AsyncAppsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncAppsWithStreamingResponse:
        return AsyncAppsWithStreamingResponse(self._client)


class AsyncAppsWithRawResponse(Resource[AsyncClient]):
    """`apps` operations, WithRawResponse."""

    async def list_all(self, *, options: RequestOptions | None = None) -> RawResponse[list[App]]:
        """Modules that are apps (`m<id>`) and proxies (`p<id>`).

        `GET /app.json`
        """
        return await self._client._call_raw(_APPS_LIST_ALL, {}, options)

    async def auth(self, *, x_app_id: str, options: RequestOptions | None = None) -> RawResponse[None]:
        """Where a reverse proxy should send an app's requests, in the `X-Proxy-Path` header.

        `GET /app/auth`
        """
        return await self._client._call_raw(_APPS_AUTH, {"x_app_id": x_app_id}, options)


class AsyncAppsWithStreamingResponse(Resource[AsyncClient]):
    """`apps` operations, WithStreamingResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[list[App]]:
        """Modules that are apps (`m<id>`) and proxies (`p<id>`).

        `GET /app.json`
        """
        return self._client._call_stream(_APPS_LIST_ALL, {}, options)

    def auth(self, *, x_app_id: str, options: RequestOptions | None = None) -> AsyncStreamedResponse[None]:
        """Where a reverse proxy should send an app's requests, in the `X-Proxy-Path` header.

        `GET /app/auth`
        """
        return self._client._call_stream(_APPS_AUTH, {"x_app_id": x_app_id}, options)


class AsyncProxies(Resource[AsyncClient]):
    """`proxies` operations."""

    async def list_all(self, *, options: RequestOptions | None = None) -> list[Proxy]:
        """Every proxied URL.

        `GET /proxies.json`
        """
        return cast("list[Proxy]", await self._client._call(_PROXIES_LIST_ALL, {}, options))

    async def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> Proxy:
        """One proxy by name or id.

        `GET /proxy.json`
        """
        return cast("Proxy", await self._client._call(_PROXIES_GET, {"name": name, "id": id}, options))

    @property
    def with_raw_response(self) -> AsyncProxiesWithRawResponse:
        return AsyncProxiesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncProxiesWithStreamingResponse:
        return AsyncProxiesWithStreamingResponse(self._client)


class AsyncProxiesWithRawResponse(Resource[AsyncClient]):
    """`proxies` operations, WithRawResponse."""

    async def list_all(self, *, options: RequestOptions | None = None) -> RawResponse[list[Proxy]]:
        """Every proxied URL.

        `GET /proxies.json`
        """
        return await self._client._call_raw(_PROXIES_LIST_ALL, {}, options)

    async def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> RawResponse[Proxy]:
        """One proxy by name or id.

        `GET /proxy.json`
        """
        return await self._client._call_raw(_PROXIES_GET, {"name": name, "id": id}, options)


class AsyncProxiesWithStreamingResponse(Resource[AsyncClient]):
    """`proxies` operations, WithStreamingResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[list[Proxy]]:
        """Every proxied URL.

        `GET /proxies.json`
        """
        return self._client._call_stream(_PROXIES_LIST_ALL, {}, options)

    def get(
        self, *, name: str | NotGiven = NOT_GIVEN, id: int | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[Proxy]:
        """One proxy by name or id.

        `GET /proxy.json`
        """
        return self._client._call_stream(_PROXIES_GET, {"name": name, "id": id}, options)


class AsyncMasters(Resource[AsyncClient]):
    """`masters` operations."""

    async def list_all(self, *, options: RequestOptions | None = None) -> list[Master]:
        """The users and nodes that may control this node.

        `GET /masters.json`
        """
        return cast("list[Master]", await self._client._call(_MASTERS_LIST_ALL, {}, options))

    async def add(self, *, body: MasterAddRequest, options: RequestOptions | None = None) -> MasterAdded:
        """Grant a user (a new API key) or another node access to this node.

        `POST /master.json`
        """
        return cast("MasterAdded", await self._client._call(_MASTERS_ADD, {"body": body}, options))

    async def remove(
        self, *, name: str, master_type: MastersRemoveMasterType, options: RequestOptions | None = None
    ) -> str:
        """Revoke a master's access.

        `DELETE /master.json`
        """
        return cast(
            "str", await self._client._call(_MASTERS_REMOVE, {"name": name, "master_type": master_type}, options)
        )

    @property
    def with_raw_response(self) -> AsyncMastersWithRawResponse:
        return AsyncMastersWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncMastersWithStreamingResponse:
        return AsyncMastersWithStreamingResponse(self._client)


class AsyncMastersWithRawResponse(Resource[AsyncClient]):
    """`masters` operations, WithRawResponse."""

    async def list_all(self, *, options: RequestOptions | None = None) -> RawResponse[list[Master]]:
        """The users and nodes that may control this node.

        `GET /masters.json`
        """
        return await self._client._call_raw(_MASTERS_LIST_ALL, {}, options)

    async def add(self, *, body: MasterAddRequest, options: RequestOptions | None = None) -> RawResponse[MasterAdded]:
        """Grant a user (a new API key) or another node access to this node.

        `POST /master.json`
        """
        return await self._client._call_raw(_MASTERS_ADD, {"body": body}, options)

    async def remove(
        self, *, name: str, master_type: MastersRemoveMasterType, options: RequestOptions | None = None
    ) -> RawResponse[str]:
        """Revoke a master's access.

        `DELETE /master.json`
        """
        return await self._client._call_raw(_MASTERS_REMOVE, {"name": name, "master_type": master_type}, options)


class AsyncMastersWithStreamingResponse(Resource[AsyncClient]):
    """`masters` operations, WithStreamingResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[list[Master]]:
        """The users and nodes that may control this node.

        `GET /masters.json`
        """
        return self._client._call_stream(_MASTERS_LIST_ALL, {}, options)

    def add(
        self, *, body: MasterAddRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[MasterAdded]:
        """Grant a user (a new API key) or another node access to this node.

        `POST /master.json`
        """
        return self._client._call_stream(_MASTERS_ADD, {"body": body}, options)

    def remove(
        self, *, name: str, master_type: MastersRemoveMasterType, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[str]:
        """Revoke a master's access.

        `DELETE /master.json`
        """
        return self._client._call_stream(_MASTERS_REMOVE, {"name": name, "master_type": master_type}, options)


class AsyncFollowers(Resource[AsyncClient]):
    """`followers` operations."""

    async def list_all(self, *, options: RequestOptions | None = None) -> list[Follower]:
        """The nodes this node controls, with their keys in plain text.

        `GET /followers.json`
        """
        return cast("list[Follower]", await self._client._call(_FOLLOWERS_LIST_ALL, {}, options))

    async def add(self, *, body: FollowerAddRequest, options: RequestOptions | None = None) -> FollowerAdded:
        """Called by a node that made this node its master; needs no key.

        `POST /follower.json`
        """
        return cast("FollowerAdded", await self._client._call(_FOLLOWERS_ADD, {"body": body}, options))

    async def remove(self, *, name: str, options: RequestOptions | None = None) -> str:
        """Remove a follower (the follower's key stays valid there).

        `DELETE /follower.json`
        """
        return cast("str", await self._client._call(_FOLLOWERS_REMOVE, {"name": name}, options))

    @property
    def with_raw_response(self) -> AsyncFollowersWithRawResponse:
        return AsyncFollowersWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncFollowersWithStreamingResponse:
        return AsyncFollowersWithStreamingResponse(self._client)


class AsyncFollowersWithRawResponse(Resource[AsyncClient]):
    """`followers` operations, WithRawResponse."""

    async def list_all(self, *, options: RequestOptions | None = None) -> RawResponse[list[Follower]]:
        """The nodes this node controls, with their keys in plain text.

        `GET /followers.json`
        """
        return await self._client._call_raw(_FOLLOWERS_LIST_ALL, {}, options)

    async def add(
        self, *, body: FollowerAddRequest, options: RequestOptions | None = None
    ) -> RawResponse[FollowerAdded]:
        """Called by a node that made this node its master; needs no key.

        `POST /follower.json`
        """
        return await self._client._call_raw(_FOLLOWERS_ADD, {"body": body}, options)

    async def remove(self, *, name: str, options: RequestOptions | None = None) -> RawResponse[str]:
        """Remove a follower (the follower's key stays valid there).

        `DELETE /follower.json`
        """
        return await self._client._call_raw(_FOLLOWERS_REMOVE, {"name": name}, options)


class AsyncFollowersWithStreamingResponse(Resource[AsyncClient]):
    """`followers` operations, WithStreamingResponse."""

    def list_all(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[list[Follower]]:
        """The nodes this node controls, with their keys in plain text.

        `GET /followers.json`
        """
        return self._client._call_stream(_FOLLOWERS_LIST_ALL, {}, options)

    def add(
        self, *, body: FollowerAddRequest, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[FollowerAdded]:
        """Called by a node that made this node its master; needs no key.

        `POST /follower.json`
        """
        return self._client._call_stream(_FOLLOWERS_ADD, {"body": body}, options)

    def remove(self, *, name: str, options: RequestOptions | None = None) -> AsyncStreamedResponse[str]:
        """Remove a follower (the follower's key stays valid there).

        `DELETE /follower.json`
        """
        return self._client._call_stream(_FOLLOWERS_REMOVE, {"name": name}, options)


class AsyncArchives(Resource[AsyncClient]):
    """`archives` operations."""

    async def upload(self, *, body: File, options: RequestOptions | None = None) -> ArchiveReport:
        """Import a Joule data archive (a zip whose `metadata.json` has the joule magic).

        `POST /archive.json`
        """
        return cast("ArchiveReport", await self._client._call(_ARCHIVES_UPLOAD, {"body": body}, options))

    @property
    def with_raw_response(self) -> AsyncArchivesWithRawResponse:
        return AsyncArchivesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncArchivesWithStreamingResponse:
        return AsyncArchivesWithStreamingResponse(self._client)


class AsyncArchivesWithRawResponse(Resource[AsyncClient]):
    """`archives` operations, WithRawResponse."""

    async def upload(self, *, body: File, options: RequestOptions | None = None) -> RawResponse[ArchiveReport]:
        """Import a Joule data archive (a zip whose `metadata.json` has the joule magic).

        `POST /archive.json`
        """
        return await self._client._call_raw(_ARCHIVES_UPLOAD, {"body": body}, options)


class AsyncArchivesWithStreamingResponse(Resource[AsyncClient]):
    """`archives` operations, WithStreamingResponse."""

    def upload(self, *, body: File, options: RequestOptions | None = None) -> AsyncStreamedResponse[ArchiveReport]:
        """Import a Joule data archive (a zip whose `metadata.json` has the joule magic).

        `POST /archive.json`
        """
        return self._client._call_stream(_ARCHIVES_UPLOAD, {"body": body}, options)


class JouleClientBase(SyncClient):
    """The generated client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error_body", "ErrorBody")

    @property
    def node(self) -> Node:
        return Node(self)

    @property
    def folders(self) -> Folders:
        return Folders(self)

    @property
    def data_streams(self) -> DataStreams:
        return DataStreams(self)

    @property
    def data(self) -> Data:
        return Data(self)

    @property
    def annotations(self) -> Annotations:
        return Annotations(self)

    @property
    def event_streams(self) -> EventStreams:
        return EventStreams(self)

    @property
    def events(self) -> Events:
        return Events(self)

    @property
    def modules(self) -> Modules:
        return Modules(self)

    @property
    def apps(self) -> Apps:
        return Apps(self)

    @property
    def proxies(self) -> Proxies:
        return Proxies(self)

    @property
    def masters(self) -> Masters:
        return Masters(self)

    @property
    def followers(self) -> Followers:
        return Followers(self)

    @property
    def archives(self) -> Archives:
        return Archives(self)


class AsyncJouleClientBase(AsyncClient):
    """The generated async client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error_body", "ErrorBody")

    @property
    def node(self) -> AsyncNode:
        return AsyncNode(self)

    @property
    def folders(self) -> AsyncFolders:
        return AsyncFolders(self)

    @property
    def data_streams(self) -> AsyncDataStreams:
        return AsyncDataStreams(self)

    @property
    def data(self) -> AsyncData:
        return AsyncData(self)

    @property
    def annotations(self) -> AsyncAnnotations:
        return AsyncAnnotations(self)

    @property
    def event_streams(self) -> AsyncEventStreams:
        return AsyncEventStreams(self)

    @property
    def events(self) -> AsyncEvents:
        return AsyncEvents(self)

    @property
    def modules(self) -> AsyncModules:
        return AsyncModules(self)

    @property
    def apps(self) -> AsyncApps:
        return AsyncApps(self)

    @property
    def proxies(self) -> AsyncProxies:
        return AsyncProxies(self)

    @property
    def masters(self) -> AsyncMasters:
        return AsyncMasters(self)

    @property
    def followers(self) -> AsyncFollowers:
        return AsyncFollowers(self)

    @property
    def archives(self) -> AsyncArchives:
        return AsyncArchives(self)


OPERATIONS = (
    _NODE_BANNER,
    _NODE_VERSION,
    _NODE_INFO,
    _NODE_DB_INFO,
    _NODE_DB_CONNECTION,
    _FOLDERS_ROOT,
    _FOLDERS_GET,
    _FOLDERS_UPDATE,
    _FOLDERS_DELETE,
    _FOLDERS_MOVE,
    _FOLDERS_MAP,
    _DATA_STREAMS_GET,
    _DATA_STREAMS_UPDATE,
    _DATA_STREAMS_CREATE,
    _DATA_STREAMS_DELETE,
    _DATA_STREAMS_MOVE,
    _DATA_STREAMS_DELETE_ANNOTATIONS,
    _DATA_READ,
    _DATA_WRITE,
    _DATA_DELETE,
    _DATA_READ_JSON,
    _DATA_INTERVALS,
    _DATA_DECIMATE,
    _DATA_DROP_DECIMATIONS,
    _DATA_CONSOLIDATE,
    _ANNOTATIONS_INFO,
    _ANNOTATIONS_GET,
    _ANNOTATIONS_UPDATE,
    _ANNOTATIONS_CREATE,
    _ANNOTATIONS_DELETE,
    _EVENT_STREAMS_GET,
    _EVENT_STREAMS_UPDATE,
    _EVENT_STREAMS_CREATE,
    _EVENT_STREAMS_DELETE,
    _EVENT_STREAMS_MOVE,
    _EVENTS_READ,
    _EVENTS_WRITE,
    _EVENTS_REMOVE,
    _EVENTS_COUNT,
    _MODULES_LIST_ALL,
    _MODULES_GET,
    _MODULES_LOGS,
    _APPS_LIST_ALL,
    _APPS_AUTH,
    _PROXIES_LIST_ALL,
    _PROXIES_GET,
    _MASTERS_LIST_ALL,
    _MASTERS_ADD,
    _MASTERS_REMOVE,
    _FOLLOWERS_LIST_ALL,
    _FOLLOWERS_ADD,
    _FOLLOWERS_REMOVE,
    _ARCHIVES_UPLOAD,
)
