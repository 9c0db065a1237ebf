from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.load_status import LoadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form import FreeForm
    from ..models.study_case import StudyCase


T = TypeVar("T", bound="LoadedStudyCase")


@_attrs_define
class LoadedStudyCase:
    """
    Attributes:
        study_case (StudyCase):
        load_status (LoadStatus):
        treenode (FreeForm | Unset):
        post_processings (FreeForm | Unset):
        plotly (FreeForm | Unset):
        n2_diagram (FreeForm | Unset):
        dashboard (FreeForm | Unset):
        user_id_execution_authorized (int | None | Unset):
        no_data (bool | Unset):
        read_only (bool | Unset):
        can_reload (bool | Unset):
    """

    study_case: StudyCase
    load_status: LoadStatus
    treenode: FreeForm | Unset = UNSET
    post_processings: FreeForm | Unset = UNSET
    plotly: FreeForm | Unset = UNSET
    n2_diagram: FreeForm | Unset = UNSET
    dashboard: FreeForm | Unset = UNSET
    user_id_execution_authorized: int | None | Unset = UNSET
    no_data: bool | Unset = UNSET
    read_only: bool | Unset = UNSET
    can_reload: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        study_case = self.study_case.to_dict()

        load_status = self.load_status.value

        treenode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.treenode, Unset):
            treenode = self.treenode.to_dict()

        post_processings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_processings, Unset):
            post_processings = self.post_processings.to_dict()

        plotly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plotly, Unset):
            plotly = self.plotly.to_dict()

        n2_diagram: dict[str, Any] | Unset = UNSET
        if not isinstance(self.n2_diagram, Unset):
            n2_diagram = self.n2_diagram.to_dict()

        dashboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard, Unset):
            dashboard = self.dashboard.to_dict()

        user_id_execution_authorized: int | None | Unset
        if isinstance(self.user_id_execution_authorized, Unset):
            user_id_execution_authorized = UNSET
        else:
            user_id_execution_authorized = self.user_id_execution_authorized

        no_data = self.no_data

        read_only = self.read_only

        can_reload = self.can_reload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "study_case": study_case,
                "load_status": load_status,
            }
        )
        if treenode is not UNSET:
            field_dict["treenode"] = treenode
        if post_processings is not UNSET:
            field_dict["post_processings"] = post_processings
        if plotly is not UNSET:
            field_dict["plotly"] = plotly
        if n2_diagram is not UNSET:
            field_dict["n2_diagram"] = n2_diagram
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if user_id_execution_authorized is not UNSET:
            field_dict["user_id_execution_authorized"] = user_id_execution_authorized
        if no_data is not UNSET:
            field_dict["no_data"] = no_data
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if can_reload is not UNSET:
            field_dict["can_reload"] = can_reload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.free_form import FreeForm
        from ..models.study_case import StudyCase

        d = dict(src_dict)
        study_case = StudyCase.from_dict(d.pop("study_case"))

        load_status = LoadStatus(d.pop("load_status"))

        _treenode = d.pop("treenode", UNSET)
        treenode: FreeForm | Unset
        if isinstance(_treenode, Unset):
            treenode = UNSET
        else:
            treenode = FreeForm.from_dict(_treenode)

        _post_processings = d.pop("post_processings", UNSET)
        post_processings: FreeForm | Unset
        if isinstance(_post_processings, Unset):
            post_processings = UNSET
        else:
            post_processings = FreeForm.from_dict(_post_processings)

        _plotly = d.pop("plotly", UNSET)
        plotly: FreeForm | Unset
        if isinstance(_plotly, Unset):
            plotly = UNSET
        else:
            plotly = FreeForm.from_dict(_plotly)

        _n2_diagram = d.pop("n2_diagram", UNSET)
        n2_diagram: FreeForm | Unset
        if isinstance(_n2_diagram, Unset):
            n2_diagram = UNSET
        else:
            n2_diagram = FreeForm.from_dict(_n2_diagram)

        _dashboard = d.pop("dashboard", UNSET)
        dashboard: FreeForm | Unset
        if isinstance(_dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = FreeForm.from_dict(_dashboard)

        def _parse_user_id_execution_authorized(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id_execution_authorized = _parse_user_id_execution_authorized(d.pop("user_id_execution_authorized", UNSET))

        no_data = d.pop("no_data", UNSET)

        read_only = d.pop("read_only", UNSET)

        can_reload = d.pop("can_reload", UNSET)

        loaded_study_case = cls(
            study_case=study_case,
            load_status=load_status,
            treenode=treenode,
            post_processings=post_processings,
            plotly=plotly,
            n2_diagram=n2_diagram,
            dashboard=dashboard,
            user_id_execution_authorized=user_id_execution_authorized,
            no_data=no_data,
            read_only=read_only,
            can_reload=can_reload,
        )

        loaded_study_case.additional_properties = d
        return loaded_study_case

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
