"""slider: numbers, dates, times and datetimes, single values and ranges."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget, url_form
from wasmlit.widgets.wire import is_int, require_list, require_number

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

class _SliderCodec:
    """Converts slider values of one data type to and from wire numbers
    (dates, times and datetimes travel as epoch microseconds)."""

    def __init__(self, kind: str, tz: Any = None) -> None:
        self.kind = kind
        self.tz = tz

    @classmethod
    def for_values(cls, values: Sequence[Any], min_value: Any, max_value: Any, step: Any) -> _SliderCodec:
        sample = next((v for v in [*values, min_value, max_value] if v is not None), 0)
        if isinstance(sample, datetime):
            return cls("datetime", sample.tzinfo)
        if isinstance(sample, date):
            return cls("date")
        if isinstance(sample, time):
            return cls("time", sample.tzinfo)
        numbers_given = [v for v in [*values, min_value, max_value, step] if v is not None]
        if all(is_int(v) for v in numbers_given):
            return cls("int")
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in numbers_given):
            if any(is_int(v) for v in [*values, min_value, max_value] if v is not None) and any(
                isinstance(v, float) for v in [*values, min_value, max_value] if v is not None
            ):
                raise StreamlitMixedNumericTypesError(value=values[0] if values else None, min_value=min_value, max_value=max_value, step=step)
            return cls("float")
        raise StreamlitAPIException(f"Slider value arguments must be of matching types. Got {sample!r}.")

    def bounds(self, values: Sequence[Any], lo: Any, hi: Any, step: Any) -> tuple[Any, Any, Any]:
        first = values[0] if values else None
        if self.kind == "int":
            return (0 if lo is None else lo, 100 if hi is None else hi, 1 if step is None else step)
        if self.kind == "float":
            return (0.0 if lo is None else lo, 1.0 if hi is None else hi, 0.01 if step is None else step)
        if self.kind in ("date", "datetime"):
            anchor = first if first is not None else (lo if lo is not None else hi)
            lo = anchor - timedelta(days=14) if lo is None else lo
            hi = anchor + timedelta(days=14) if hi is None else hi
            # As in Streamlit: a day, or 15 minutes when the range is shorter than a day.
            default_step = timedelta(days=1) if abs(hi - lo) >= timedelta(days=1) else timedelta(minutes=15)
            return (lo, hi, default_step if step is None else step)
        return (time.min.replace(tzinfo=self.tz) if lo is None else lo,
                time.max.replace(tzinfo=self.tz) if hi is None else hi,
                timedelta(minutes=15) if step is None else step)

    def to_wire(self, v: Any) -> Any:
        if self.kind in ("int", "float"):
            return v
        if self.kind == "date":
            dt = datetime.combine(v, time()).replace(tzinfo=UTC)
        elif self.kind == "time":
            dt = datetime.combine(date(2000, 1, 1), v).replace(tzinfo=UTC)
        else:
            dt = v.replace(tzinfo=UTC)
        return int((dt - _EPOCH) / timedelta(microseconds=1))

    def from_wire(self, w: Any) -> Any:
        if self.kind == "int":
            return int(w)
        if self.kind == "float":
            return float(w)
        dt = _EPOCH + timedelta(microseconds=int(w))
        if self.kind == "date":
            return dt.date()
        if self.kind == "time":
            return dt.time().replace(tzinfo=self.tz)
        return dt.replace(tzinfo=self.tz)

    def default_format(self) -> str:
        """Streamlit's format when none is given (printf for numbers, momentJS for dates)."""
        return {"int": "%d", "float": "%0.2f", "time": "HH:mm"}.get(self.kind, "YYYY-MM-DD")

    def step_to_wire(self, step: Any) -> Any:
        if isinstance(step, timedelta):
            return int(step / timedelta(microseconds=1))
        return step


class SliderMixin(Cursor):
    def slider(
        self,
        label: str,
        min_value: Any = None,
        max_value: Any = None,
        value: Any = None,
        step: Any = None,
        format: str | None = None,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | str | None = "rerun",
        args: Any = None,
        kwargs: Any = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        label = str(label)
        raw_identity = {"label": label, "min_value": min_value, "max_value": max_value, "value": value,
                        "step": step, "format": format, "help": help, "width": width}
        if value is None:
            value = min_value if min_value is not None else (max_value if max_value is not None else 0)
            if min_value is None and max_value is not None and not isinstance(max_value, (date, time)):
                value = 0 if is_int(max_value) else 0.0
        is_range = isinstance(value, (list, tuple))
        values = list(value) if is_range else [value]
        if is_range and len(values) not in (0, 1, 2):
            raise StreamlitAPIException("Slider value should either be an int/float/datetime or a list/tuple of 0 to 2 ints/floats/datetimes")
        codec = _SliderCodec.for_values(values, min_value, max_value, step)
        lo, hi, stp = codec.bounds(values, min_value, max_value, step)
        # As 1.67: reversed bounds and a reversed range are swapped, the bounds widen to take the
        # value in, and an empty range is the whole scale.
        if lo > hi:
            lo, hi = hi, lo
        if len(values) == 2 and values[0] > values[1]:
            values.reverse()
        if values:
            lo, hi = min(values[0], lo), max(values[-1], hi)
        else:
            values = [lo, hi]
        if lo == hi:  # the page could draw no track (1.67 raises here too, naming dates as datetimes)
            shown = datetime.combine(lo, time()) if codec.kind == "date" else lo
            raise StreamlitInvalidMinMaxError(shown, shown)
        initial = tuple(values) if is_range else values[0]

        lo_wire, hi_wire = codec.to_wire(lo), codec.to_wire(hi)

        def deserialize(wire: Any) -> Any:
            items = require_list(wire if isinstance(wire, list) else [wire])
            numbers = [require_number(w, integer=codec.kind != "float") for w in items]
            if len(numbers) != len(values) or any(not lo_wire <= n <= hi_wire for n in numbers):
                return initial  # as 1.67: a value of the wrong length or out of bounds is the default
            parsed = [codec.from_wire(w) for w in numbers]
            return tuple(parsed) if is_range else parsed[0]

        def check_bounds(v: Any) -> None:
            """1.67's error for a value out of bounds (only session_state can set one)."""
            for item in (v if isinstance(v, (list, tuple)) else [v]):
                try:
                    wire = codec.to_wire(item)
                except (TypeError, ValueError, AttributeError):
                    continue  # a value of another type: not this check's to judge
                if wire < lo_wire:
                    raise StreamlitValueBelowMinError(item, lo)
                if wire > hi_wire:
                    raise StreamlitValueAboveMaxError(item, hi)

        def serialize(v: Any) -> list[Any]:
            items = list(v) if isinstance(v, (list, tuple)) else [v]
            return [codec.to_wire(i) for i in items]

        spec = WidgetSpec(
            type="slider",
            label=label,
            identity=raw_identity,
            key_identity={"min_value", "max_value", "step"},
            default=lambda: initial,
            serialize=serialize,
            deserialize=deserialize,
            value_check=check_bounds,
            props={"data_type": codec.kind, "min": codec.to_wire(lo), "max": codec.to_wire(hi),
                   "step": codec.step_to_wire(stp), "format": codec.default_format() if format is None else format},
        )
        if codec.kind in ("int", "float"):
            spec.url = (url_form("numbers", codec.kind == "int", lo, hi, len(values)) if is_range
                        else url_form("number", codec.kind == "int", lo, hi))
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility,
                           bind=bind, persist_state=persist_state)
