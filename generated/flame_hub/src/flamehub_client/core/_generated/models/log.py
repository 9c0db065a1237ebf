from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_labels import LogLabels


T = TypeVar("T", bound="Log")


@_attrs_define
class Log:
    """A log line from the telemetry service.

    Attributes:
        time (str):
        message (str):
        level (str): `emerg`, `alert`, `crit`, `error`, `warn`, `notice`, `info` or `debug`.
        service (str | Unset):
        channel (str | Unset): `http`, `websocket`, `background` or `system`.
        labels (LogLabels | Unset):
    """

    time: str
    message: str
    level: str
    service: str | Unset = UNSET
    channel: str | Unset = UNSET
    labels: LogLabels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        message = self.message

        level = self.level

        service = self.service

        channel = self.channel

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "message": message,
                "level": level,
            }
        )
        if service is not UNSET:
            field_dict["service"] = service
        if channel is not UNSET:
            field_dict["channel"] = channel
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.log_labels import LogLabels

        d = dict(src_dict)
        time = d.pop("time")

        message = d.pop("message")

        level = d.pop("level")

        service = d.pop("service", UNSET)

        channel = d.pop("channel", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: LogLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = LogLabels.from_dict(_labels)

        log = cls(
            time=time,
            message=message,
            level=level,
            service=service,
            channel=channel,
            labels=labels,
        )

        log.additional_properties = d
        return log

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
