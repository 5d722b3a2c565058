"""``st.column_config`` (``import streamlit.column_config``): the column
types of st.dataframe and st.data_editor."""

from __future__ import annotations

from wasmlit.elements.lib.column_types import (
    AreaChartColumn,
    AudioColumn,
    BarChartColumn,
    ButtonColumn,
    CheckboxColumn,
    Column,
    DateColumn,
    DatetimeColumn,
    ImageColumn,
    JsonColumn,
    LineChartColumn,
    LinkColumn,
    ListColumn,
    MarkdownColumn,
    MultiselectColumn,
    NumberColumn,
    ProgressColumn,
    SelectboxColumn,
    TextColumn,
    TimeColumn,
    VideoColumn,
)

__all__ = [
    "AreaChartColumn", "AudioColumn", "BarChartColumn", "ButtonColumn", "CheckboxColumn", "Column", "DateColumn",
    "DatetimeColumn", "ImageColumn", "JsonColumn", "LineChartColumn", "LinkColumn", "ListColumn", "MarkdownColumn",
    "MultiselectColumn", "NumberColumn", "ProgressColumn", "SelectboxColumn", "TextColumn", "TimeColumn",
    "VideoColumn",
]
