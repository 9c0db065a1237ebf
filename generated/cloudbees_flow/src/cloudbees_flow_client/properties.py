"""Properties: by a relative name plus locators (`projectName`, `jobId`, ...) or by a full path.

A full path starts with `/` (`/projects/Default/PythonProperty`, `/myJob/summary`). In the URL the whole name is one
path segment with its slashes escaped as `%2F`, which the server decodes; names with spaces and any Unicode are
percent-encoded the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack, overload

from client_runtime import RequestOptions

from . import _resources
from .envelopes import AsyncUnwrapped, Unwrapped, as_bool, items
from .errors import NoSuchProperty

if TYPE_CHECKING:
    from ._generated.models.property_ import Property
    from ._generated.models.property_sheet import PropertySheet

T = TypeVar("T")


class Locators(TypedDict, total=False):
    """What a relative property name is relative to; a full path may use them too (`/myJob` needs `job_id`)."""

    project_name: str
    procedure_name: str
    job_id: str
    job_step_id: str
    property_sheet_id: str
    pipeline_name: str
    release_name: str
    application_name: str
    environment_name: str
    artifact_name: str
    artifact_version_name: str
    flow_runtime_id: str


@dataclass(frozen=True)
class PropertyEntry:
    """A property with its flags as bools; `raw` is the property exactly as the server sent it.

    A sheet has `property_sheet_id` and no `value`.
    """

    name: str
    value: str | None
    property_id: str | None
    property_sheet_id: str | None
    description: str
    expandable: bool
    tracked: bool
    counter: bool
    raw: Property

    @property
    def is_sheet(self) -> bool:
        return self.property_sheet_id is not None

    @classmethod
    def from_model(cls, model: Property) -> PropertyEntry:
        """The entry for a generated `Property`."""
        return cls(
            name=model.property_name,
            value=_text(model.value),
            property_id=_text(model.property_id),
            property_sheet_id=_text(model.property_sheet_id),
            description=_text(model.description) or "",
            expandable=as_bool(model.expandable),
            tracked=as_bool(model.tracked),
            counter=as_bool(model.counter),
            raw=model,
        )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _expand(expand: bool | None) -> dict[str, Any]:
    return {} if expand is None else {"expand": "1" if expand else "0"}


def _sheet_values(sheet: PropertySheet) -> tuple[dict[str, Any], dict[str, str]]:
    """The values in `sheet`, and the ids of the sheets nested in it by name."""
    values: dict[str, Any] = {}
    nested: dict[str, str] = {}
    for model in items(sheet.property_):
        entry = PropertyEntry.from_model(model)
        if entry.property_sheet_id is not None:
            nested[entry.name] = entry.property_sheet_id
        else:
            values[entry.name] = entry.value
    return values, nested


class Properties(_resources.Properties):
    """Property operations, plus `get_property`, `set_property` and `get_property_sheet`."""

    list = Unwrapped(_resources.Properties.list, lambda e: e.property_sheet)  # type: ignore[assignment]
    get = Unwrapped(_resources.Properties.get, lambda e: e.property_)  # type: ignore[assignment]
    set = Unwrapped(_resources.Properties.set, lambda e: e.property_)  # type: ignore[assignment]
    create = Unwrapped(_resources.Properties.create, lambda e: e.property_)  # type: ignore[assignment]
    get_sheet = Unwrapped(_resources.Properties.get_sheet, lambda e: e.property_sheet)  # type: ignore[assignment]

    @overload
    def get_property(
        self,
        path: str,
        *,
        expand: bool | None = None,
        options: RequestOptions | None = None,
        **locators: Unpack[Locators],
    ) -> PropertyEntry: ...

    @overload
    def get_property(
        self,
        path: str,
        *,
        default: T,
        expand: bool | None = None,
        options: RequestOptions | None = None,
        **locators: Unpack[Locators],
    ) -> PropertyEntry | T: ...

    def get_property(
        self,
        path: str,
        *,
        default: Any = NoSuchProperty,
        expand: bool | None = None,
        options: RequestOptions | None = None,
        **locators: Unpack[Locators],
    ) -> Any:
        """A property by relative name plus locators, or by full path; `default` in place of NoSuchProperty.

        Example::

            client.properties.get_property("PythonProperty", project_name="Default").value
            client.properties.get_property("/projects/Default/missing", default=None)
        """
        try:
            model = self.get(path, **_expand(expand), options=options, **locators)
        except NoSuchProperty:
            if default is NoSuchProperty:
                raise
            return default
        return PropertyEntry.from_model(model)

    def set_property(
        self, path: str, value: str, *, options: RequestOptions | None = None, **locators: Unpack[Locators]
    ) -> PropertyEntry:
        """Set a property's value, creating the property if needed; returns it as set.

        The value travels in the query string, as in the vendor's sample and `properties.set(value=...)`.

        Example: ``client.properties.set_property("PythonProperty", "new value", project_name="Default")``
        """
        return PropertyEntry.from_model(self.set(path, value=value, options=options, **locators))

    def get_property_sheet(
        self,
        path: str | None = None,
        *,
        expand: bool | None = None,
        options: RequestOptions | None = None,
        **locators: Unpack[Locators],
    ) -> dict[str, Any]:
        """A sheet as a dict of values, nested sheets as nested dicts; without `path`, the locators' own sheet.

        Example: ``client.properties.get_property_sheet("ec_config", project_name="Default")["url"]``
        """
        if path is None:
            sheet = self.list(**_expand(expand), options=options, **locators)
        else:
            entry = self.get_property(path, expand=expand, options=options, **locators)
            sheet = self.get_sheet(_sheet_id(entry, path), **_expand(expand), options=options)
        values, nested = _sheet_values(sheet)
        for name, sheet_id in nested.items():
            values[name] = self.get_property_sheet(expand=expand, options=options, property_sheet_id=sheet_id)
        return values


class AsyncProperties(_resources.AsyncProperties):
    """Async twin of Properties."""

    list = AsyncUnwrapped(_resources.AsyncProperties.list, lambda e: e.property_sheet)  # type: ignore[assignment]
    get = AsyncUnwrapped(_resources.AsyncProperties.get, lambda e: e.property_)  # type: ignore[assignment]
    set = AsyncUnwrapped(_resources.AsyncProperties.set, lambda e: e.property_)  # type: ignore[assignment]
    create = AsyncUnwrapped(_resources.AsyncProperties.create, lambda e: e.property_)  # type: ignore[assignment]
    get_sheet = AsyncUnwrapped(  # type: ignore[assignment]
        _resources.AsyncProperties.get_sheet, lambda e: e.property_sheet
    )

    @overload
    async def get_property(
        self,
        path: str,
        *,
        expand: bool | None = None,
        options: RequestOptions | None = None,
        **locators: Unpack[Locators],
    ) -> PropertyEntry: ...

    @overload
    async def get_property(
        self,
        path: str,
        *,
        default: T,
        expand: bool | None = None,
        options: RequestOptions | None = None,
        **locators: Unpack[Locators],
    ) -> PropertyEntry | T: ...

    async def get_property(
        self,
        path: str,
        *,
        default: Any = NoSuchProperty,
        expand: bool | None = None,
        options: RequestOptions | None = None,
        **locators: Unpack[Locators],
    ) -> Any:
        """A property by relative name plus locators, or by full path; `default` in place of NoSuchProperty."""
        try:
            model = await self.get(path, **_expand(expand), options=options, **locators)
        except NoSuchProperty:
            if default is NoSuchProperty:
                raise
            return default
        return PropertyEntry.from_model(model)

    async def set_property(
        self, path: str, value: str, *, options: RequestOptions | None = None, **locators: Unpack[Locators]
    ) -> PropertyEntry:
        """Set a property's value (in the query string), creating the property if needed; returns it as set."""
        return PropertyEntry.from_model(await self.set(path, value=value, options=options, **locators))

    async def get_property_sheet(
        self,
        path: str | None = None,
        *,
        expand: bool | None = None,
        options: RequestOptions | None = None,
        **locators: Unpack[Locators],
    ) -> dict[str, Any]:
        """A sheet as a dict of values, nested sheets as nested dicts; without `path`, the locators' own sheet."""
        if path is None:
            sheet = await self.list(**_expand(expand), options=options, **locators)
        else:
            entry = await self.get_property(path, expand=expand, options=options, **locators)
            sheet = await self.get_sheet(_sheet_id(entry, path), **_expand(expand), options=options)
        values, nested = _sheet_values(sheet)
        for name, sheet_id in nested.items():
            values[name] = await self.get_property_sheet(expand=expand, options=options, property_sheet_id=sheet_id)
        return values


def _sheet_id(entry: PropertyEntry, path: str) -> str:
    if entry.property_sheet_id is None:
        raise ValueError(f"{path!r} is a property, not a property sheet")
    return entry.property_sheet_id
