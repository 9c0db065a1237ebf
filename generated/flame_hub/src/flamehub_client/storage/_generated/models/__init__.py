"""Contains all the data models used in inputs/outputs"""

from .bucket import Bucket
from .bucket_collection import BucketCollection
from .bucket_create import BucketCreate
from .bucket_file import BucketFile
from .bucket_file_collection import BucketFileCollection
from .bucket_file_record import BucketFileRecord
from .bucket_record import BucketRecord
from .bucket_update import BucketUpdate
from .bucket_upload import BucketUpload
from .collection_meta import CollectionMeta
from .error import Error
from .issue import Issue
from .issue_meta import IssueMeta
from .query_schema import QuerySchema
from .record_meta import RecordMeta
from .service_status import ServiceStatus

__all__ = (
    "Bucket",
    "BucketCollection",
    "BucketCreate",
    "BucketFile",
    "BucketFileCollection",
    "BucketFileRecord",
    "BucketRecord",
    "BucketUpdate",
    "BucketUpload",
    "CollectionMeta",
    "Error",
    "Issue",
    "IssueMeta",
    "QuerySchema",
    "RecordMeta",
    "ServiceStatus",
)
