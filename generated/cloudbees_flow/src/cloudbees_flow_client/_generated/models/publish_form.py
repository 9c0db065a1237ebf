from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from .. import types
from ..models.publish_form_action import PublishFormAction, check_publish_form_action
from ..models.publish_form_compress import (
    PublishFormCompress,
    check_publish_form_compress,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="PublishForm")


@_attrs_define
class PublishForm:
    """
    Attributes:
        artifact_name (str): `groupId:artifactKey`.
        artifact_version_version (str):
        action (PublishFormAction):  Default: 'publishArtifact'.
        files (list[File]):
        repository_name (str | Unset):
        compress (PublishFormCompress | Unset):
        commander_session_id (str | Unset):
    """

    artifact_name: str
    artifact_version_version: str
    files: list[File]
    action: PublishFormAction = "publishArtifact"
    repository_name: str | Unset = UNSET
    compress: PublishFormCompress | Unset = UNSET
    commander_session_id: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)

    def to_dict(self) -> dict[str, Any]:
        artifact_name = self.artifact_name

        artifact_version_version = self.artifact_version_version

        action: str = self.action

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_tuple()

            files.append(files_item)

        repository_name = self.repository_name

        compress: str | Unset = UNSET
        if not isinstance(self.compress, Unset):
            compress = self.compress

        commander_session_id = self.commander_session_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "artifactName": artifact_name,
                "artifactVersionVersion": artifact_version_version,
                "action": action,
                "files": files,
            }
        )
        if repository_name is not UNSET:
            field_dict["repositoryName"] = repository_name
        if compress is not UNSET:
            field_dict["compress"] = compress
        if commander_session_id is not UNSET:
            field_dict["commanderSessionId"] = commander_session_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("artifactName", (None, str(self.artifact_name).encode(), "text/plain")))

        files.append(
            (
                "artifactVersionVersion",
                (None, str(self.artifact_version_version).encode(), "text/plain"),
            )
        )

        files.append(("action", (None, str(self.action).encode(), "text/plain")))

        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        if not isinstance(self.repository_name, Unset):
            files.append(
                (
                    "repositoryName",
                    (None, str(self.repository_name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.compress, Unset):
            files.append(("compress", (None, str(self.compress).encode(), "text/plain")))

        if not isinstance(self.commander_session_id, Unset):
            files.append(
                (
                    "commanderSessionId",
                    (None, str(self.commander_session_id).encode(), "text/plain"),
                )
            )

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        artifact_name = d.pop("artifactName")

        artifact_version_version = d.pop("artifactVersionVersion")

        action = check_publish_form_action(d.pop("action"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = File(payload=BytesIO(files_item_data))

            files.append(files_item)

        repository_name = d.pop("repositoryName", UNSET)

        _compress = d.pop("compress", UNSET)
        compress: PublishFormCompress | Unset
        if isinstance(_compress, Unset):
            compress = UNSET
        else:
            compress = check_publish_form_compress(_compress)

        commander_session_id = d.pop("commanderSessionId", UNSET)

        publish_form = cls(
            artifact_name=artifact_name,
            artifact_version_version=artifact_version_version,
            action=action,
            files=files,
            repository_name=repository_name,
            compress=compress,
            commander_session_id=commander_session_id,
        )

        return publish_form
