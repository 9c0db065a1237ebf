"""Timeseries values: read from a start, for a period or the most recent; write `{epoch_ms: value}` or
multi-field points from Python, numpy or pandas values.

Times are timezone-aware datetimes, dates (midnight UTC) or epoch milliseconds; numpy `datetime64` values are UTC
by definition. Naive datetimes are refused rather than guessed (a pandas index: `.tz_localize("UTC")`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any, cast

from client_runtime import NOT_GIVEN, InvalidRequest, NotGiven, RequestOptions

from . import _resources
from ._data import (
    AsyncCreating,
    AsyncCreatingMany,
    AsyncListing,
    AsyncSharing,
    AsyncTrash,
    Creating,
    CreatingMany,
    Listing,
    Sharing,
    Trash,
    check_roles,
    model_class,
)
from .filters import iso_utc

if TYPE_CHECKING:
    from ._generated.models.paginated_time_series import PaginatedTimeSeries  # noqa: F401  # named in base classes
    from ._generated.models.time_series import TimeSeries
    from ._generated.models.time_series_group import TimeSeriesGroup
    from ._generated.models.time_series_value import TimeSeriesValue
    from ._generated.models.time_series_values_input import TimeSeriesValuesInput

Instant = datetime | date | int | float


def epoch_ms(value: Any, where: str = "time") -> int:
    """Epoch milliseconds of a time.

    >>> from datetime import datetime, UTC
    >>> epoch_ms(datetime(2024, 1, 1, tzinfo=UTC)), epoch_ms(1700000000000), epoch_ms("1234")
    (1704067200000, 1700000000000, 1234)
    """
    if isinstance(value, bool):
        raise InvalidRequest(where, "must be a time, got a boolean")
    if type(value).__name__ == "datetime64":
        return int(value.astype("datetime64[ms]").astype("int64"))
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidRequest(where, f"must be timezone-aware (e.g. tzinfo=UTC), got the naive {value.isoformat()}")
        return round(value.timestamp() * 1000)
    if isinstance(value, date):
        return epoch_ms(datetime.combine(value, time(), UTC), where)
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, int | float):
        return epoch_ms(item(), where)
    if isinstance(value, int | float) and math.isfinite(value):
        return int(value)
    if isinstance(value, str) and value.isascii() and value.lstrip("-").isdigit():
        return int(value)  # the seed's own sample writes its keys as strings: {'1234': 5}
    raise InvalidRequest(where, f"must be a datetime, a date or epoch milliseconds, got {type(value).__name__}")


def _scalar(value: Any, where: str) -> Any:
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, int | float | str | bool):
        value = item()
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidRequest(where, f"must be a finite number, got {value!r}; JSON has no NaN")
    if isinstance(value, Mapping):
        return {str(k): _scalar(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, datetime | date):
        return iso_utc(value, where)
    if not isinstance(value, int | float | str | bool):
        raise InvalidRequest(where, f"must be a number, a string or a mapping of fields, got {type(value).__name__}")
    return value


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value) in ("NaT", "<NA>")


def values_body(values: Any) -> dict[str, Any]:
    """`{"<epoch ms>": value}` from a mapping, `(time, value)` pairs, a pandas Series or a DataFrame.

    A DataFrame gives one multi-field point per row (missing cells are left out); a mapping value gives a
    multi-field point too.

    >>> from datetime import datetime, UTC
    >>> values_body({datetime(2024, 1, 1, tzinfo=UTC): 5, 1704067201000: {"a": 1, "b": 2}})
    {'1704067200000': 5, '1704067201000': {'a': 1, 'b': 2}}
    """
    pairs: Iterable[tuple[Any, Any]]
    if hasattr(values, "columns") and hasattr(values, "iterrows"):
        pairs = (
            (index, {str(column): cell for column, cell in row.items() if not _is_missing(cell)})
            for index, row in values.iterrows()
        )
    elif isinstance(values, Mapping) or (hasattr(values, "index") and hasattr(values, "items")):
        pairs = values.items()
    elif isinstance(values, Iterable) and not isinstance(values, str | bytes):
        pairs = values
    else:
        raise InvalidRequest("values", f"must be a mapping of times to values, got {type(values).__name__}")
    body: dict[str, Any] = {}
    for pair in pairs:
        if not isinstance(pair, Sequence | tuple) or len(pair) != 2:
            raise InvalidRequest("values", f"must hold (time, value) pairs, got {pair!r}")
        key = str(epoch_ms(pair[0], f"values[{pair[0]!r}]"))
        body[key] = _scalar(pair[1], f"values[{key}]")
    if not body:
        raise InvalidRequest("values", "must hold at least one value")
    return body


def _values_input(values: Any) -> TimeSeriesValuesInput:
    return cast("TimeSeriesValuesInput", model_class("TimeSeriesValuesInput").from_dict(values_body(values)))


def _before(before: Instant | str | None) -> str | NotGiven:
    if before is None:
        return NOT_GIVEN
    if isinstance(before, str):
        return before
    if isinstance(before, int | float):
        return iso_utc(datetime.fromtimestamp(before / 1000, UTC), "before")
    return iso_utc(before, "before")


def _asset_values(
    name: str, values: Any, read_permissions: Sequence[str], read_write_permissions: Sequence[str], metadata: Any
) -> Any:
    dto: dict[str, Any] = {
        "name": name,
        "readPermissions": list(read_permissions),
        "readWritePermissions": list(read_write_permissions),
        "values": values_body(values),
    }
    if metadata is not None:
        dto["metadata"] = dict(metadata)
    return model_class("AssetTimeSeriesValues").from_dict(dto)


class Timeseries(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["TimeSeries", "PaginatedTimeSeries"],
    Creating["TimeSeries"],
    CreatingMany["TimeSeries"],
    Sharing,
    Trash["TimeSeries"],
    _resources.Timeseries,
):
    """`timeseries` (`/tsm`): metadata like any resource, plus reading and writing values."""

    _model = "TimeSeries"

    def values(
        self,
        id: str,
        start: Instant = 0,
        end: Instant | None = None,
        *,
        limit: int | None = None,
        group: TimeSeriesGroup | None = None,
        options: RequestOptions | None = None,
    ) -> list[TimeSeriesValue]:
        """Values from `start` on (at most `limit`), or between `start` and `end`; `group` ("10s" … "7d") aggregates.

        Example: ``client.timeseries.values(ts_id, datetime(2024, 1, 1, tzinfo=UTC), group="1h")``
        """
        begin = epoch_ms(start, "start")
        grouping: Any = NOT_GIVEN if group is None else group
        if end is None:
            count: Any = NOT_GIVEN if limit is None else limit
            return self.get_values(id, begin, limit=count, group=grouping, options=options)
        if limit is not None:
            raise InvalidRequest("limit", "applies to values from a start time, not to a period")
        return self.get_values_of_period(id, begin, epoch_ms(end, "end"), group=grouping, options=options)

    def most_recent(
        self, id: str, before: Instant | str | None = None, *, options: RequestOptions | None = None
    ) -> TimeSeriesValue:
        """The newest value, or the newest before `before`."""
        return self.get_most_recent(id, before=_before(before), options=options)

    def add_values(  # type: ignore[override]  # plain Python, numpy or pandas values instead of the model
        self, id: str, values: Any, *, options: RequestOptions | None = None
    ) -> None:
        """Add `{time: value}` points; a mapping value (or a DataFrame row) is a multi-field point.

        Example: ``client.timeseries.add_values(ts_id, {datetime.now(UTC): 21.5})``
        """
        super().add_values(id, body=_values_input(values), options=options)

    def add_asset_values(  # type: ignore[override]  # plain values instead of the model
        self,
        asset_id: str,
        name: str,
        values: Any,
        *,
        read_permissions: Sequence[str],
        read_write_permissions: Sequence[str],
        metadata: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> TimeSeries:
        """Add values to the asset's series `name`, creating the series if it does not exist yet."""
        dto = _asset_values(name, values, read_permissions, read_write_permissions, metadata)
        check_roles({"readPermissions": list(read_permissions)}, self._client.permitted_roles())
        check_roles({"readWritePermissions": list(read_write_permissions)}, self._client.permitted_roles())
        return super().add_asset_values(asset_id, body=dto, options=options)


class AsyncTimeseries(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["TimeSeries", "PaginatedTimeSeries"],
    AsyncCreating["TimeSeries"],
    AsyncCreatingMany["TimeSeries"],
    AsyncSharing,
    AsyncTrash["TimeSeries"],
    _resources.AsyncTimeseries,
):
    """Async twin of Timeseries."""

    _model = "TimeSeries"

    async def values(
        self,
        id: str,
        start: Instant = 0,
        end: Instant | None = None,
        *,
        limit: int | None = None,
        group: TimeSeriesGroup | None = None,
        options: RequestOptions | None = None,
    ) -> list[TimeSeriesValue]:
        """Values from `start` on (at most `limit`), or between `start` and `end`; `group` aggregates."""
        begin = epoch_ms(start, "start")
        grouping: Any = NOT_GIVEN if group is None else group
        if end is None:
            count: Any = NOT_GIVEN if limit is None else limit
            return await self.get_values(id, begin, limit=count, group=grouping, options=options)
        if limit is not None:
            raise InvalidRequest("limit", "applies to values from a start time, not to a period")
        return await self.get_values_of_period(id, begin, epoch_ms(end, "end"), group=grouping, options=options)

    async def most_recent(
        self, id: str, before: Instant | str | None = None, *, options: RequestOptions | None = None
    ) -> TimeSeriesValue:
        """The newest value, or the newest before `before`."""
        return await self.get_most_recent(id, before=_before(before), options=options)

    async def add_values(  # type: ignore[override]  # plain Python, numpy or pandas values instead of the model
        self, id: str, values: Any, *, options: RequestOptions | None = None
    ) -> None:
        """Add `{time: value}` points; a mapping value (or a DataFrame row) is a multi-field point."""
        await super().add_values(id, body=_values_input(values), options=options)

    async def add_asset_values(  # type: ignore[override]  # plain values instead of the model
        self,
        asset_id: str,
        name: str,
        values: Any,
        *,
        read_permissions: Sequence[str],
        read_write_permissions: Sequence[str],
        metadata: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> TimeSeries:
        """Add values to the asset's series `name`, creating the series if it does not exist yet."""
        dto = _asset_values(name, values, read_permissions, read_write_permissions, metadata)
        held = await self._client.permitted_roles()
        check_roles({"readPermissions": list(read_permissions)}, held)
        check_roles({"readWritePermissions": list(read_write_permissions)}, held)
        return await super().add_asset_values(asset_id, body=dto, options=options)
