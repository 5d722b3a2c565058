"""date_input and time_input. Dates travel as ISO strings, times as HH:MM[:SS]."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget, to_key, url_form
from wasmlit.widgets.wire import require_list

#: The orders and separators the fields of date_input and datetime_input take (Streamlit 1.67).
DATE_FORMATS = tuple(f"{order[0]}{sep}{order[1]}{sep}{order[2]}" for sep in "/.-"
                     for order in (("YYYY", "MM", "DD"), ("DD", "MM", "YYYY"), ("MM", "DD", "YYYY")))


def _check_date_format(format: str) -> None:
    if format not in DATE_FORMATS:
        raise StreamlitValueError("format", [f"'{f}'" for f in DATE_FORMATS], f"Provided value: {format!r}.")


def _to_date(v: Any) -> date | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        if v == "today":
            return date.today()
        try:
            return date.fromisoformat(v)
        except ValueError:
            raise StreamlitAPIException(f"Date value has invalid format: {v!r}. Use YYYY-MM-DD.") from None
    raise StreamlitAPIException(f"Date value has invalid type: {type(v).__name__}")

def _add_years(d: date, years: int) -> date:
    if not 1 <= d.year + years <= 9999:
        return date.max if years > 0 else date.min
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _date_input_values(value: Any, min_value: Any, max_value: Any) -> tuple[list[Any], bool, date, date]:
    """date_input's dates, whether it is a range, and its bounds, by 1.67's rules: an
    unset bound lies ten years before the first date or after the last one (or today);
    the default "today" moves inside the bounds, any other value must lie within them."""
    is_range = isinstance(value, (list, tuple))
    dates = [_to_date(v) for v in value] if is_range else ([] if value is None else [_to_date(value)])
    if is_range and len(dates) > 2:
        raise StreamlitAPIException("DateInput value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime values")
    known = [d for d in dates if d is not None]
    lo = _to_date(min_value) or _add_years(known[0] if known else date.today(), -10)
    hi = _to_date(max_value) or _add_years(known[-1] if known else date.today(), 10)
    if isinstance(value, str) and value == "today":
        known = [min(max(known[0], lo), hi)]
        dates = list(known)
    if lo > hi:
        raise StreamlitInvalidMinMaxError(lo, hi)
    if known and known[0] < lo:
        raise StreamlitValueBelowMinError(known[0], lo)
    if known and known[-1] > hi:
        raise StreamlitValueAboveMaxError(known[-1], hi)
    return dates, is_range, lo, hi

def _to_time(v: Any) -> time | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.time()
    if isinstance(v, time):
        return v
    if isinstance(v, str):
        if v == "now":
            return datetime.now().time().replace(second=0, microsecond=0)
        try:
            return time.fromisoformat(v)
        except ValueError:
            raise StreamlitAPIException(f"Time value has invalid format: {v!r}. Use HH:MM.") from None
    raise StreamlitAPIException(f"The type of value should be one of datetime, time or None. Got {type(v).__name__}")

def _time_wire(t: time | None) -> str | None:
    if t is None:
        return None
    return t.strftime("%H:%M:%S" if t.second else "%H:%M")


class TimeWidgetsMixin(Cursor):
    def date_input(
        self,
        label: str,
        value: Any = "today",
        min_value: Any = None,
        max_value: Any = None,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        format: str = "YYYY/MM/DD",
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        _check_date_format(format)
        label = str(label)
        dates, is_range, lo, hi = _date_input_values(value, min_value, max_value)
        # The widget's identity is its parameters' (as 1.67's), never the state's.
        identity = {"label": label, "value": [d.isoformat() for d in dates if d is not None], "min_value": lo.isoformat(),
                    "max_value": hi.isoformat(), "help": help, "format": format, "width": width}
        user_key = to_key(key)
        if isinstance(value, str) and value == "today" and user_key is not None:
            # 1.67: a widget left at its default takes its shape and bounds from a value
            # the script put under its key (a range there makes it a range widget).
            state = require_run_context().state
            if state.has(user_key):
                dates, is_range, lo, hi = _date_input_values(state.get_item(user_key), min_value, max_value)
        initial = tuple(dates) if is_range else (dates[0] if dates else None)

        def serialize(v: Any) -> list[str]:
            items = list(v) if isinstance(v, (list, tuple)) else ([] if v is None else [v])
            return [d.isoformat() for d in items if d is not None]

        def deserialize(wire: Any) -> Any:
            items = [date.fromisoformat(s) for s in require_list(wire or [], max_len=2 if is_range else 1)]
            for d in items:
                if not lo <= d <= hi:
                    raise ValueError(f"{d} is outside {lo} to {hi}")
            if is_range:
                return tuple(items)
            return items[0] if items else None

        spec = WidgetSpec(
            type="date_input",
            label=label,
            identity=identity,
            key_identity={"format"},
            default=lambda: initial, serialize=serialize, deserialize=deserialize,
            props={"is_range": is_range, "min": lo.isoformat(), "max": hi.isoformat(), "format": format,
                   **({"required": True} if required else {}),
                   # 1.67 offers "Clear date" when the widget may hold no date: it started with none.
                   **({"clearable": True} if not dates and not required else {})},
        )
        spec.url = url_form("dates", is_range, lo, hi)
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)

    def time_input(
        self,
        label: str,
        value: Any = "now",
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        step: Any = timedelta(minutes=15),
        format: str = "24h",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> time | None:
        if format not in ("12h", "24h", "localized"):
            raise StreamlitValueError("format", ["'12h'", "'24h'", "'localized'"])
        label = str(label)
        initial = _to_time(value)
        step_seconds = int(step.total_seconds()) if isinstance(step, timedelta) else int(step)
        if not 1 <= step_seconds <= 23 * 3600:
            raise StreamlitValueOutOfRangeError("step", f"{step_seconds} seconds", "1 second", "23 hours")
        if initial is not None and step_seconds % 60 == 0:
            # As in Streamlit 1.67: a minute-granular widget drops the seconds of
            # its value (value=datetime.now() would otherwise change identity).
            initial = initial.replace(second=0, microsecond=0)

        def deserialize(wire: Any) -> time | None:
            return None if wire in (None, "") else time.fromisoformat(wire)

        spec = WidgetSpec(
            type="time_input",
            label=label,
            identity={"label": label, "value": _time_wire(initial), "help": help, "step": step_seconds, "width": width},
            key_identity={"step"},
            default=lambda: initial, serialize=_time_wire, deserialize=deserialize,
            adopt=_to_time,
            props={"step": step_seconds, **({"required": True} if required else {}),
                   **({"clearable": True} if initial is None and not required else {}),
                   **({"format": format} if format != "24h" else {})},
        )
        spec.url = url_form("TIME")
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)


def _to_datetime(v: Any) -> datetime | None:
    if v is None:
        return None
    if isinstance(v, str):
        if v == "now":
            return datetime.now().replace(second=0, microsecond=0)
        try:
            v = datetime.fromisoformat(v)
        except ValueError:
            raise StreamlitAPIException(f"Datetime value has invalid format: {v!r}. Use ISO 8601 (YYYY-MM-DDTHH:MM).") from None
    if isinstance(v, datetime):
        return v.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(v, date):
        return datetime(v.year, v.month, v.day)
    if isinstance(v, time):
        return datetime.combine(date.today(), v).replace(second=0, microsecond=0)
    raise StreamlitAPIException(f"The type of value should be one of datetime, date, time, str or None. Got {type(v).__name__}")


def _datetime_wire(v: datetime | None) -> str | None:
    return None if v is None else v.strftime("%Y-%m-%dT%H:%M")


class DateTimeInputMixin(Cursor):
    """st.datetime_input (Streamlit 1.67): a date and a time of day in one field;
    it travels as ``YYYY-MM-DDTHH:MM``."""

    def datetime_input(
        self,
        label: str,
        value: Any = "now",
        min_value: Any = None,
        max_value: Any = None,
        *,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        format: str = "YYYY/MM/DD",
        step: Any = timedelta(minutes=15),
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> datetime | None:
        _check_date_format(format)
        label = str(label)
        initial = _to_datetime(value)
        anchor = initial or datetime.now().replace(second=0, microsecond=0)
        lo = _to_datetime(min_value) or datetime.combine(_add_years(anchor.date(), -10), time(0, 0))
        hi = _to_datetime(max_value) or datetime.combine(_add_years(anchor.date(), 10), time(23, 59))
        if lo > hi:
            raise StreamlitAPIException(f"The `min_value`, set to {lo}, shouldn't be larger than the `max_value`, set to {hi}.")
        if initial is not None and not lo <= initial <= hi:
            raise StreamlitValueOutOfRangeError("value", initial, lo, hi)
        seconds = int(step.total_seconds()) if isinstance(step, timedelta) else int(step)
        if not 60 <= seconds <= 23 * 3600:
            raise StreamlitAPIException(f"`step` must be between 60 seconds and 23 hours but is currently set to {seconds} seconds.")

        def deserialize(wire: Any) -> datetime | None:
            if wire is None:
                return None
            if not isinstance(wire, str):
                raise ValueError(f"expected an ISO datetime, got {wire!r}")
            parsed = datetime.fromisoformat(wire).replace(second=0, microsecond=0, tzinfo=None)
            if not lo <= parsed <= hi:
                raise ValueError(f"{wire} is outside [{_datetime_wire(lo)}, {_datetime_wire(hi)}]")
            return parsed

        def serialize(v: Any) -> str | None:
            return _datetime_wire(_to_datetime(v))

        spec = WidgetSpec(
            type="date_time_input",
            label=label,
            identity={"label": label, "value": _datetime_wire(initial), "min_value": _datetime_wire(lo),
                      "max_value": _datetime_wire(hi), "help": help, "format": format, "step": seconds, "width": width},
            key_identity={"min_value", "max_value", "step"},
            id_type="date_time_input",
            default=lambda: initial,
            serialize=serialize,
            deserialize=deserialize,
            props={"min": _datetime_wire(lo), "max": _datetime_wire(hi), "format": format, "step": seconds,
                   "required": bool(required), "default": _datetime_wire(initial),
                   **({"clearable": True} if initial is None and not required else {})},
        )
        return draw_widget(self, spec, key=key, on_change=on_change, args=args,
                           kwargs=kwargs, disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)
