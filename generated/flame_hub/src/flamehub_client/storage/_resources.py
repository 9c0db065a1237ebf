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
    from ._generated.models.bucket_collection import BucketCollection
    from ._generated.models.bucket_create import BucketCreate
    from ._generated.models.bucket_file_collection import BucketFileCollection
    from ._generated.models.bucket_file_record import BucketFileRecord
    from ._generated.models.bucket_record import BucketRecord
    from ._generated.models.bucket_update import BucketUpdate
    from ._generated.models.bucket_upload import BucketUpload
    from ._generated.models.service_status import ServiceStatus

_PACKAGE = __name__.rpartition(".")[0] + "._generated"

COMPONENTS: dict[str, Any] = {
    "BucketCreate": {
        "additionalProperties": False,
        "properties": {
            "name": {"maxLength": 256, "minLength": 3, "type": "string"},
            "realmId": {
                "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                "type": ["string", "null"],
            },
            "region": {"maxLength": 256, "minLength": 3, "type": ["string", "null"]},
        },
        "required": ["name"],
        "type": "object",
    },
    "BucketUpdate": {"additionalProperties": False, "properties": {}, "type": "object"},
}

# The JSON bodies of the documented 2xx answers, checked before decoding (client_runtime._conform).
RESPONSES = (
    '{"components":{'
    '"Bucket":{"properties": {"actorId": {"type": ["string", "null"]}, "actorType": {"type": ["string", "null"]}, "createdAt": {"type": "string"}, "id": {"type": "string"}, "name": {"type": "string"}, "realmId": {"type": ["string", "null"]}, "region": {"type": ["string", "null"]}, "updatedAt": {"type": "string"}}, "required": ["id", "name", "region", "actorId", "actorType", "realmId", "createdAt", "updatedAt"], "type": "object"}'
    ',"BucketCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/Bucket"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"BucketFile":{"properties": {"actorId": {"type": "string"}, "actorType": {"type": "string"}, "bucket": {"$ref": "#/components/schemas/Bucket"}, "bucketId": {"type": "string"}, "createdAt": {"type": "string"}, "directory": {"type": "string"}, "hash": {"type": "string"}, "id": {"type": "string"}, "name": {"type": "string"}, "path": {"type": "string"}, "realmId": {"type": "string"}, "size": {"type": ["integer", "null"]}, "updatedAt": {"type": "string"}}, "required": ["id", "name", "path", "directory", "hash", "size", "actorType", "actorId", "realmId", "bucketId", "createdAt", "updatedAt"], "type": "object"}'
    ',"BucketFileCollection":{"properties": {"data": {"items": {"$ref": "#/components/schemas/BucketFile"}, "type": "array"}, "meta": {"$ref": "#/components/schemas/CollectionMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"BucketFileRecord":{"properties": {"data": {"$ref": "#/components/schemas/BucketFile"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"BucketRecord":{"properties": {"data": {"$ref": "#/components/schemas/Bucket"}, "meta": {"$ref": "#/components/schemas/RecordMeta"}}, "required": ["data", "meta"], "type": "object"}'
    ',"CollectionMeta":{"properties": {"limit": {"type": "integer"}, "offset": {"type": "integer"}, "schema": {"$ref": "#/components/schemas/QuerySchema"}, "total": {"type": "integer"}}, "required": ["total"], "type": "object"}'
    ',"QuerySchema":{"type": "object"}'
    ',"RecordMeta":{"properties": {"schema": {"$ref": "#/components/schemas/QuerySchema"}}, "type": "object"}'
    ',"ServiceStatus":{"properties": {"version": {"type": "string"}}, "type": "object"}'
    "}"
    ',"operations":{'
    '"api.bucket_files.bucket_files_delete":{"$ref": "#/components/schemas/BucketFileRecord"}'
    ',"api.bucket_files.bucket_files_get":{"$ref": "#/components/schemas/BucketFileRecord"}'
    ',"api.bucket_files.bucket_files_list":{"$ref": "#/components/schemas/BucketFileCollection"}'
    ',"api.buckets.buckets_create":{"$ref": "#/components/schemas/BucketRecord"}'
    ',"api.buckets.buckets_delete":{"$ref": "#/components/schemas/BucketRecord"}'
    ',"api.buckets.buckets_get":{"$ref": "#/components/schemas/BucketRecord"}'
    ',"api.buckets.buckets_list":{"$ref": "#/components/schemas/BucketCollection"}'
    ',"api.buckets.buckets_update":{"$ref": "#/components/schemas/BucketRecord"}'
    ',"api.buckets.buckets_upload":{"$ref": "#/components/schemas/BucketFileCollection"}'
    ',"api.status.status_get":{"$ref": "#/components/schemas/ServiceStatus"}'
    "}}"
)

_BUCKETS_LIST = Operation(
    _PACKAGE,
    "api.buckets.buckets_list",
    "GET",
    "/buckets",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_BUCKETS_CREATE = Operation(
    _PACKAGE,
    "api.buckets.buckets_create",
    "POST",
    "/buckets",
    result="parse",
    retry_safe=False,
    params={},
    body={"$ref": "#/components/schemas/BucketCreate"},
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_BUCKETS_GET = Operation(
    _PACKAGE,
    "api.buckets.buckets_get",
    "GET",
    "/buckets/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_BUCKETS_UPDATE = Operation(
    _PACKAGE,
    "api.buckets.buckets_update",
    "POST",
    "/buckets/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body={"$ref": "#/components/schemas/BucketUpdate"},
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_BUCKETS_DELETE = Operation(
    _PACKAGE,
    "api.buckets.buckets_delete",
    "DELETE",
    "/buckets/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_BUCKET_FILES_LIST = Operation(
    _PACKAGE,
    "api.bucket_files.bucket_files_list",
    "GET",
    "/bucket-files",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "filter_": {"type": "string"},
        "include": {"type": "string"},
        "sort": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_BUCKET_FILES_GET = Operation(
    _PACKAGE,
    "api.bucket_files.bucket_files_get",
    "GET",
    "/bucket-files/{id}",
    result="parse",
    retry_safe=False,
    params={
        "fields": {"type": "string"},
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        },
        "include": {"type": "string"},
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_BUCKET_FILES_DELETE = Operation(
    _PACKAGE,
    "api.bucket_files.bucket_files_delete",
    "DELETE",
    "/bucket-files/{id}",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=202,
    responses=RESPONSES,
)
_BUCKETS_UPLOAD = Operation(
    _PACKAGE,
    "api.buckets.buckets_upload",
    "POST",
    "/buckets/{id}/upload",
    result="parse",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=201,
    responses=RESPONSES,
)
_BUCKETS_STREAM = Operation(
    _PACKAGE,
    "api.buckets.buckets_stream",
    "GET",
    "/buckets/{id}/stream",
    result="bytes",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_BUCKET_FILES_STREAM = Operation(
    _PACKAGE,
    "api.bucket_files.bucket_files_stream",
    "GET",
    "/bucket-files/{id}/stream",
    result="bytes",
    retry_safe=False,
    params={
        "id": {
            "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            "type": "string",
        }
    },
    body=None,
    components=COMPONENTS,
    success=200,
    responses=RESPONSES,
)
_STATUS_GET = Operation(
    _PACKAGE,
    "api.status.status_get",
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


class Buckets(Resource[SyncClient]):
    """`buckets` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> BucketCollection:
        """List buckets, filtered, sorted and paged.

        `GET /buckets`
        """
        return cast(
            "BucketCollection",
            self._client._call(
                _BUCKETS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def create(self, *, body: BucketCreate, options: RequestOptions | None = None) -> BucketRecord:
        """Create a Bucket.

        `POST /buckets`
        """
        return cast("BucketRecord", self._client._call(_BUCKETS_CREATE, {"body": body}, options))

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> BucketRecord:
        """Get one Bucket.

        `GET /buckets/{id}`
        """
        return cast(
            "BucketRecord", self._client._call(_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options)
        )

    def update(self, id: str, *, body: BucketUpdate, options: RequestOptions | None = None) -> BucketRecord:
        """Update a Bucket.

        `POST /buckets/{id}`
        """
        return cast("BucketRecord", self._client._call(_BUCKETS_UPDATE, {"id": id, "body": body}, options))

    def delete(self, id: str, *, options: RequestOptions | None = None) -> BucketRecord:
        """Delete a Bucket.

        `DELETE /buckets/{id}`
        """
        return cast("BucketRecord", self._client._call(_BUCKETS_DELETE, {"id": id}, options))

    def upload(self, id: str, *, body: BucketUpload, options: RequestOptions | None = None) -> BucketFileCollection:
        """Upload files into a bucket.

        `POST /buckets/{id}/upload`
        """
        return cast("BucketFileCollection", self._client._call(_BUCKETS_UPLOAD, {"id": id, "body": body}, options))

    def stream(self, id: str, *, options: RequestOptions | None = None) -> bytes:
        """Download a whole bucket as a tar archive.

        `GET /buckets/{id}/stream`
        """
        return cast("bytes", self._client._call(_BUCKETS_STREAM, {"id": id}, options))

    @property
    def with_raw_response(self) -> BucketsWithRawResponse:
        return BucketsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> BucketsWithStreamingResponse:
        return BucketsWithStreamingResponse(self._client)


class BucketsWithRawResponse(Resource[SyncClient]):
    """`buckets` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[BucketCollection]:
        """List buckets, filtered, sorted and paged.

        `GET /buckets`
        """
        return self._client._call_raw(
            _BUCKETS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: BucketCreate, options: RequestOptions | None = None) -> RawResponse[BucketRecord]:
        """Create a Bucket.

        `POST /buckets`
        """
        return self._client._call_raw(_BUCKETS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[BucketRecord]:
        """Get one Bucket.

        `GET /buckets/{id}`
        """
        return self._client._call_raw(_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: BucketUpdate, options: RequestOptions | None = None
    ) -> RawResponse[BucketRecord]:
        """Update a Bucket.

        `POST /buckets/{id}`
        """
        return self._client._call_raw(_BUCKETS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[BucketRecord]:
        """Delete a Bucket.

        `DELETE /buckets/{id}`
        """
        return self._client._call_raw(_BUCKETS_DELETE, {"id": id}, options)

    def upload(
        self, id: str, *, body: BucketUpload, options: RequestOptions | None = None
    ) -> RawResponse[BucketFileCollection]:
        """Upload files into a bucket.

        `POST /buckets/{id}/upload`
        """
        return self._client._call_raw(_BUCKETS_UPLOAD, {"id": id, "body": body}, options)

    def stream(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[bytes]:
        """Download a whole bucket as a tar archive.

        `GET /buckets/{id}/stream`
        """
        return self._client._call_raw(_BUCKETS_STREAM, {"id": id}, options)


class BucketsWithStreamingResponse(Resource[SyncClient]):
    """`buckets` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[BucketCollection]:
        """List buckets, filtered, sorted and paged.

        `GET /buckets`
        """
        return self._client._call_stream(
            _BUCKETS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(self, *, body: BucketCreate, options: RequestOptions | None = None) -> StreamedResponse[BucketRecord]:
        """Create a Bucket.

        `POST /buckets`
        """
        return self._client._call_stream(_BUCKETS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[BucketRecord]:
        """Get one Bucket.

        `GET /buckets/{id}`
        """
        return self._client._call_stream(_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: BucketUpdate, options: RequestOptions | None = None
    ) -> StreamedResponse[BucketRecord]:
        """Update a Bucket.

        `POST /buckets/{id}`
        """
        return self._client._call_stream(_BUCKETS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[BucketRecord]:
        """Delete a Bucket.

        `DELETE /buckets/{id}`
        """
        return self._client._call_stream(_BUCKETS_DELETE, {"id": id}, options)

    def upload(
        self, id: str, *, body: BucketUpload, options: RequestOptions | None = None
    ) -> StreamedResponse[BucketFileCollection]:
        """Upload files into a bucket.

        `POST /buckets/{id}/upload`
        """
        return self._client._call_stream(_BUCKETS_UPLOAD, {"id": id, "body": body}, options)

    def stream(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[bytes]:
        """Download a whole bucket as a tar archive.

        `GET /buckets/{id}/stream`
        """
        return self._client._call_stream(_BUCKETS_STREAM, {"id": id}, options)


class BucketFiles(Resource[SyncClient]):
    """`bucket_files` operations."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> BucketFileCollection:
        """List bucket files, filtered, sorted and paged.

        `GET /bucket-files`
        """
        return cast(
            "BucketFileCollection",
            self._client._call(
                _BUCKET_FILES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> BucketFileRecord:
        """Get one BucketFile.

        `GET /bucket-files/{id}`
        """
        return cast(
            "BucketFileRecord",
            self._client._call(_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    def delete(self, id: str, *, options: RequestOptions | None = None) -> BucketFileRecord:
        """Delete a BucketFile.

        `DELETE /bucket-files/{id}`
        """
        return cast("BucketFileRecord", self._client._call(_BUCKET_FILES_DELETE, {"id": id}, options))

    def stream(self, id: str, *, options: RequestOptions | None = None) -> bytes:
        """Download one file's bytes.

        `GET /bucket-files/{id}/stream`
        """
        return cast("bytes", self._client._call(_BUCKET_FILES_STREAM, {"id": id}, options))

    @property
    def with_raw_response(self) -> BucketFilesWithRawResponse:
        return BucketFilesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> BucketFilesWithStreamingResponse:
        return BucketFilesWithStreamingResponse(self._client)


class BucketFilesWithRawResponse(Resource[SyncClient]):
    """`bucket_files` operations, WithRawResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[BucketFileCollection]:
        """List bucket files, filtered, sorted and paged.

        `GET /bucket-files`
        """
        return self._client._call_raw(
            _BUCKET_FILES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[BucketFileRecord]:
        """Get one BucketFile.

        `GET /bucket-files/{id}`
        """
        return self._client._call_raw(_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[BucketFileRecord]:
        """Delete a BucketFile.

        `DELETE /bucket-files/{id}`
        """
        return self._client._call_raw(_BUCKET_FILES_DELETE, {"id": id}, options)

    def stream(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[bytes]:
        """Download one file's bytes.

        `GET /bucket-files/{id}/stream`
        """
        return self._client._call_raw(_BUCKET_FILES_STREAM, {"id": id}, options)


class BucketFilesWithStreamingResponse(Resource[SyncClient]):
    """`bucket_files` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[BucketFileCollection]:
        """List bucket files, filtered, sorted and paged.

        `GET /bucket-files`
        """
        return self._client._call_stream(
            _BUCKET_FILES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> StreamedResponse[BucketFileRecord]:
        """Get one BucketFile.

        `GET /bucket-files/{id}`
        """
        return self._client._call_stream(_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[BucketFileRecord]:
        """Delete a BucketFile.

        `DELETE /bucket-files/{id}`
        """
        return self._client._call_stream(_BUCKET_FILES_DELETE, {"id": id}, options)

    def stream(self, id: str, *, options: RequestOptions | None = None) -> StreamedResponse[bytes]:
        """Download one file's bytes.

        `GET /bucket-files/{id}/stream`
        """
        return self._client._call_stream(_BUCKET_FILES_STREAM, {"id": id}, options)


class Status(Resource[SyncClient]):
    """`status` operations."""

    def get(self, *, options: RequestOptions | None = None) -> ServiceStatus:
        """The service's version.

        `GET /`
        """
        return cast("ServiceStatus", self._client._call(_STATUS_GET, {}, options))

    @property
    def with_raw_response(self) -> StatusWithRawResponse:
        return StatusWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> StatusWithStreamingResponse:
        return StatusWithStreamingResponse(self._client)


class StatusWithRawResponse(Resource[SyncClient]):
    """`status` operations, WithRawResponse."""

    def get(self, *, options: RequestOptions | None = None) -> RawResponse[ServiceStatus]:
        """The service's version.

        `GET /`
        """
        return self._client._call_raw(_STATUS_GET, {}, options)


class StatusWithStreamingResponse(Resource[SyncClient]):
    """`status` operations, WithStreamingResponse."""

    def get(self, *, options: RequestOptions | None = None) -> StreamedResponse[ServiceStatus]:
        """The service's version.

        `GET /`
        """
        return self._client._call_stream(_STATUS_GET, {}, options)


class AsyncBuckets(Resource[AsyncClient]):
    """`buckets` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> BucketCollection:
        """List buckets, filtered, sorted and paged.

        `GET /buckets`
        """
        return cast(
            "BucketCollection",
            await self._client._call(
                _BUCKETS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def create(self, *, body: BucketCreate, options: RequestOptions | None = None) -> BucketRecord:
        """Create a Bucket.

        `POST /buckets`
        """
        return cast("BucketRecord", await self._client._call(_BUCKETS_CREATE, {"body": body}, options))

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> BucketRecord:
        """Get one Bucket.

        `GET /buckets/{id}`
        """
        return cast(
            "BucketRecord",
            await self._client._call(_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def update(self, id: str, *, body: BucketUpdate, options: RequestOptions | None = None) -> BucketRecord:
        """Update a Bucket.

        `POST /buckets/{id}`
        """
        return cast("BucketRecord", await self._client._call(_BUCKETS_UPDATE, {"id": id, "body": body}, options))

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> BucketRecord:
        """Delete a Bucket.

        `DELETE /buckets/{id}`
        """
        return cast("BucketRecord", await self._client._call(_BUCKETS_DELETE, {"id": id}, options))

    async def upload(
        self, id: str, *, body: BucketUpload, options: RequestOptions | None = None
    ) -> BucketFileCollection:
        """Upload files into a bucket.

        `POST /buckets/{id}/upload`
        """
        return cast(
            "BucketFileCollection", await self._client._call(_BUCKETS_UPLOAD, {"id": id, "body": body}, options)
        )

    async def stream(self, id: str, *, options: RequestOptions | None = None) -> bytes:
        """Download a whole bucket as a tar archive.

        `GET /buckets/{id}/stream`
        """
        return cast("bytes", await self._client._call(_BUCKETS_STREAM, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncBucketsWithRawResponse:
        return AsyncBucketsWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncBucketsWithStreamingResponse:
        return AsyncBucketsWithStreamingResponse(self._client)


class AsyncBucketsWithRawResponse(Resource[AsyncClient]):
    """`buckets` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[BucketCollection]:
        """List buckets, filtered, sorted and paged.

        `GET /buckets`
        """
        return await self._client._call_raw(
            _BUCKETS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def create(self, *, body: BucketCreate, options: RequestOptions | None = None) -> RawResponse[BucketRecord]:
        """Create a Bucket.

        `POST /buckets`
        """
        return await self._client._call_raw(_BUCKETS_CREATE, {"body": body}, options)

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[BucketRecord]:
        """Get one Bucket.

        `GET /buckets/{id}`
        """
        return await self._client._call_raw(_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options)

    async def update(
        self, id: str, *, body: BucketUpdate, options: RequestOptions | None = None
    ) -> RawResponse[BucketRecord]:
        """Update a Bucket.

        `POST /buckets/{id}`
        """
        return await self._client._call_raw(_BUCKETS_UPDATE, {"id": id, "body": body}, options)

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[BucketRecord]:
        """Delete a Bucket.

        `DELETE /buckets/{id}`
        """
        return await self._client._call_raw(_BUCKETS_DELETE, {"id": id}, options)

    async def upload(
        self, id: str, *, body: BucketUpload, options: RequestOptions | None = None
    ) -> RawResponse[BucketFileCollection]:
        """Upload files into a bucket.

        `POST /buckets/{id}/upload`
        """
        return await self._client._call_raw(_BUCKETS_UPLOAD, {"id": id, "body": body}, options)

    async def stream(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[bytes]:
        """Download a whole bucket as a tar archive.

        `GET /buckets/{id}/stream`
        """
        return await self._client._call_raw(_BUCKETS_STREAM, {"id": id}, options)


class AsyncBucketsWithStreamingResponse(Resource[AsyncClient]):
    """`buckets` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[BucketCollection]:
        """List buckets, filtered, sorted and paged.

        `GET /buckets`
        """
        return self._client._call_stream(
            _BUCKETS_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def create(
        self, *, body: BucketCreate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[BucketRecord]:
        """Create a Bucket.

        `POST /buckets`
        """
        return self._client._call_stream(_BUCKETS_CREATE, {"body": body}, options)

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[BucketRecord]:
        """Get one Bucket.

        `GET /buckets/{id}`
        """
        return self._client._call_stream(_BUCKETS_GET, {"id": id, "fields": fields, "include": include}, options)

    def update(
        self, id: str, *, body: BucketUpdate, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[BucketRecord]:
        """Update a Bucket.

        `POST /buckets/{id}`
        """
        return self._client._call_stream(_BUCKETS_UPDATE, {"id": id, "body": body}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[BucketRecord]:
        """Delete a Bucket.

        `DELETE /buckets/{id}`
        """
        return self._client._call_stream(_BUCKETS_DELETE, {"id": id}, options)

    def upload(
        self, id: str, *, body: BucketUpload, options: RequestOptions | None = None
    ) -> AsyncStreamedResponse[BucketFileCollection]:
        """Upload files into a bucket.

        `POST /buckets/{id}/upload`
        """
        return self._client._call_stream(_BUCKETS_UPLOAD, {"id": id, "body": body}, options)

    def stream(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[bytes]:
        """Download a whole bucket as a tar archive.

        `GET /buckets/{id}/stream`
        """
        return self._client._call_stream(_BUCKETS_STREAM, {"id": id}, options)


class AsyncBucketFiles(Resource[AsyncClient]):
    """`bucket_files` operations."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> BucketFileCollection:
        """List bucket files, filtered, sorted and paged.

        `GET /bucket-files`
        """
        return cast(
            "BucketFileCollection",
            await self._client._call(
                _BUCKET_FILES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
            ),
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> BucketFileRecord:
        """Get one BucketFile.

        `GET /bucket-files/{id}`
        """
        return cast(
            "BucketFileRecord",
            await self._client._call(_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options),
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> BucketFileRecord:
        """Delete a BucketFile.

        `DELETE /bucket-files/{id}`
        """
        return cast("BucketFileRecord", await self._client._call(_BUCKET_FILES_DELETE, {"id": id}, options))

    async def stream(self, id: str, *, options: RequestOptions | None = None) -> bytes:
        """Download one file's bytes.

        `GET /bucket-files/{id}/stream`
        """
        return cast("bytes", await self._client._call(_BUCKET_FILES_STREAM, {"id": id}, options))

    @property
    def with_raw_response(self) -> AsyncBucketFilesWithRawResponse:
        return AsyncBucketFilesWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncBucketFilesWithStreamingResponse:
        return AsyncBucketFilesWithStreamingResponse(self._client)


class AsyncBucketFilesWithRawResponse(Resource[AsyncClient]):
    """`bucket_files` operations, WithRawResponse."""

    async def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[BucketFileCollection]:
        """List bucket files, filtered, sorted and paged.

        `GET /bucket-files`
        """
        return await self._client._call_raw(
            _BUCKET_FILES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    async def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> RawResponse[BucketFileRecord]:
        """Get one BucketFile.

        `GET /bucket-files/{id}`
        """
        return await self._client._call_raw(
            _BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options
        )

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[BucketFileRecord]:
        """Delete a BucketFile.

        `DELETE /bucket-files/{id}`
        """
        return await self._client._call_raw(_BUCKET_FILES_DELETE, {"id": id}, options)

    async def stream(self, id: str, *, options: RequestOptions | None = None) -> RawResponse[bytes]:
        """Download one file's bytes.

        `GET /bucket-files/{id}/stream`
        """
        return await self._client._call_raw(_BUCKET_FILES_STREAM, {"id": id}, options)


class AsyncBucketFilesWithStreamingResponse(Resource[AsyncClient]):
    """`bucket_files` operations, WithStreamingResponse."""

    def list(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        filter_: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[BucketFileCollection]:
        """List bucket files, filtered, sorted and paged.

        `GET /bucket-files`
        """
        return self._client._call_stream(
            _BUCKET_FILES_LIST, {"sort": sort, "fields": fields, "include": include, "filter_": filter_}, options
        )

    def get(
        self,
        id: str,
        *,
        fields: str | NotGiven = NOT_GIVEN,
        include: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncStreamedResponse[BucketFileRecord]:
        """Get one BucketFile.

        `GET /bucket-files/{id}`
        """
        return self._client._call_stream(_BUCKET_FILES_GET, {"id": id, "fields": fields, "include": include}, options)

    def delete(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[BucketFileRecord]:
        """Delete a BucketFile.

        `DELETE /bucket-files/{id}`
        """
        return self._client._call_stream(_BUCKET_FILES_DELETE, {"id": id}, options)

    def stream(self, id: str, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[bytes]:
        """Download one file's bytes.

        `GET /bucket-files/{id}/stream`
        """
        return self._client._call_stream(_BUCKET_FILES_STREAM, {"id": id}, options)


class AsyncStatus(Resource[AsyncClient]):
    """`status` operations."""

    async def get(self, *, options: RequestOptions | None = None) -> ServiceStatus:
        """The service's version.

        `GET /`
        """
        return cast("ServiceStatus", await self._client._call(_STATUS_GET, {}, options))

    @property
    def with_raw_response(self) -> AsyncStatusWithRawResponse:
        return AsyncStatusWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncStatusWithStreamingResponse:
        return AsyncStatusWithStreamingResponse(self._client)


class AsyncStatusWithRawResponse(Resource[AsyncClient]):
    """`status` operations, WithRawResponse."""

    async def get(self, *, options: RequestOptions | None = None) -> RawResponse[ServiceStatus]:
        """The service's version.

        `GET /`
        """
        return await self._client._call_raw(_STATUS_GET, {}, options)


class AsyncStatusWithStreamingResponse(Resource[AsyncClient]):
    """`status` operations, WithStreamingResponse."""

    def get(self, *, options: RequestOptions | None = None) -> AsyncStreamedResponse[ServiceStatus]:
        """The service's version.

        `GET /`
        """
        return self._client._call_stream(_STATUS_GET, {}, options)


class StorageClientBase(SyncClient):
    """The generated client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error", "Error")

    @property
    def buckets(self) -> Buckets:
        return Buckets(self)

    @property
    def bucket_files(self) -> BucketFiles:
        return BucketFiles(self)

    @property
    def status(self) -> Status:
        return Status(self)


class AsyncStorageClientBase(AsyncClient):
    """The generated async client: one property per resource."""

    error_model = ErrorModel(_PACKAGE, "models.error", "Error")

    @property
    def buckets(self) -> AsyncBuckets:
        return AsyncBuckets(self)

    @property
    def bucket_files(self) -> AsyncBucketFiles:
        return AsyncBucketFiles(self)

    @property
    def status(self) -> AsyncStatus:
        return AsyncStatus(self)


OPERATIONS = (
    _BUCKETS_LIST,
    _BUCKETS_CREATE,
    _BUCKETS_GET,
    _BUCKETS_UPDATE,
    _BUCKETS_DELETE,
    _BUCKET_FILES_LIST,
    _BUCKET_FILES_GET,
    _BUCKET_FILES_DELETE,
    _BUCKETS_UPLOAD,
    _BUCKETS_STREAM,
    _BUCKET_FILES_STREAM,
    _STATUS_GET,
)
