"""st.dataframe, st.table and st.json through AppTest: the values Streamlit's
AppTest gives (DataFrames read back from what travels to the page), the
formats data comes in, selections under the key, and the errors."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from wasmlit.testing import AppTest


def run(source: str) -> AppTest:
    at = AppTest.from_string(source).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_plain_python_formats_become_the_tables_streamlit_draws() -> None:
    at = run('''
        import streamlit as st
        st.dataframe([{"a": 1, "b": "x"}, {"a": 2, "c": 3.5}])
        st.dataframe({"k": 1, "j": 2})
        st.dataframe([[1, 2], [3, 4]])
        st.dataframe([3, 1, 2])
        st.dataframe({"x": {"r1": 1, "r2": 2}, "y": {"r2": 5}})
    ''')
    records, kv, rows, values, nested = (d.value for d in at.dataframe)
    assert list(records.columns) == ["a", "b", "c"] and records["a"].tolist() == [1, 2]
    assert records["b"].tolist()[0] == "x" and pd.isna(records["b"].tolist()[1]) and records["c"].tolist()[1] == 3.5
    assert kv.index.tolist() == ["k", "j"] and kv["value"].tolist() == [1, 2]
    assert list(rows.columns) == [0, 1] and rows.values.tolist() == [[1, 2], [3, 4]]
    assert list(values.columns) == ["value"] and values["value"].tolist() == [3, 1, 2]
    assert nested.index.tolist() == ["r1", "r2"] and nested["y"].tolist()[1] == 5


def test_pandas_frames_round_trip_with_their_index_and_types() -> None:
    at = run('''
        import streamlit as st, pandas as pd
        df = pd.DataFrame({"n": [1, 2, 3], "x": [0.5, None, 2.25], "ok": [True, False, True],
                           "when": pd.to_datetime(["2024-01-01 00:00", "2024-02-01 10:30", None]),
                           "tz": pd.to_datetime(["2024-01-01 12:00"] * 3).tz_localize("Europe/Paris"),
                           "cat": pd.Categorical(["a", "b", "a"]), "maybe": pd.array([1, None, 3], dtype="Int64")},
                          index=pd.Index(["r1", "r2", "r3"], name="row"))
        st.dataframe(df)
    ''')
    got = at.dataframe[0].value
    assert got.index.tolist() == ["r1", "r2", "r3"] and got.index.name == "row"
    assert got["n"].tolist() == [1, 2, 3] and str(got["n"].dtype) == "int64"
    assert got["x"].tolist()[0] == 0.5 and pd.isna(got["x"].tolist()[1])
    assert got["ok"].tolist() == [True, False, True]
    assert got["when"].tolist()[1] == pd.Timestamp("2024-02-01 10:30") and pd.isna(got["when"].tolist()[2])
    assert str(got["tz"].dt.tz) == "Europe/Paris" and got["tz"].tolist()[0] == pd.Timestamp("2024-01-01 12:00",
                                                                                             tz="Europe/Paris")
    assert got["cat"].tolist() == ["a", "b", "a"]
    assert got["maybe"].tolist()[0] == 1 and pd.isna(got["maybe"].tolist()[1])


def test_a_large_numeric_frame_travels_as_binary_columns() -> None:
    at = run('''
        import streamlit as st, numpy as np
        st.dataframe(np.arange(200_000, dtype="float64").reshape(100_000, 2))
    ''')
    data = at.dataframe[0]._node.props["data"]
    assert [c["enc"] for c in data["columns"]] == ["f64", "f64"]
    assert all(isinstance(c["data"], bytes) and len(c["data"]) == 800_000 for c in data["columns"])
    assert at.dataframe[0].value.iloc[-1].tolist() == [199_998.0, 199_999.0]


def test_column_config_hides_labels_and_configures_columns() -> None:
    at = run('''
        import streamlit as st
        st.dataframe({"a": [1], "b": [2], "c": [3]}, column_order=["c", "a"], hide_index=True,
                     column_config={"a": st.column_config.NumberColumn("Amount", format="$%d", min_value=0),
                                    "b": None, "c": "Label", 1: st.column_config.Column(width="small")})
    ''')
    props = at.dataframe[0]._node.props
    assert props["column_config"]["a"] == {"label": "Amount", "type_config": {"type": "number", "format": "$%d",
                                                                              "min_value": 0}}
    assert props["column_config"]["b"] == {"hidden": True} and props["column_config"]["c"] == {"label": "Label"}
    assert props["column_config"]["_pos:1"] == {"width": "small"}
    assert props["column_config"]["_index"] == {"hidden": True} and props["column_order"] == ["c", "a"]


def test_column_config_resolves_as_in_streamlit() -> None:
    at = run('''
        import streamlit as st
        import streamlit.column_config as cc
        from streamlit.column_config import LinkColumn
        st.write(st.column_config.ProgressColumn("P", min_value=0, max_value=10) == cc.ProgressColumn(
            "P", min_value=0, max_value=10))
        st.write(LinkColumn(display_text="Open")["type_config"]["display_text"])
        st.write(sorted(n for n in dir(st.column_config) if n.endswith("Column")))
    ''')
    assert at.markdown[0].value == "`True`" and at.markdown[1].value == "Open"
    assert "MultiselectColumn" in at.json[0].value and "JsonColumn" in at.json[0].value


def test_invalid_arguments_raise_streamlits_errors() -> None:
    at = AppTest.from_string('''
        import streamlit as st
        st.dataframe([1], on_select="rerun", selection_mode=["single-row", "multi-row"])
    ''').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitIncompatibleParametersError"
    assert "Only one row selection mode can be specified." in at.exception[0].value
    at = AppTest.from_string('import streamlit as st\nst.dataframe([1], width=None)').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitInvalidWidthError"
    at = AppTest.from_string('import streamlit as st\nst.dataframe([1], selection_default={"selection": {}})').run()
    assert "cannot be used together" in at.exception[0].value
    at = AppTest.from_string('import streamlit as st\nst.json({}, expanded="yes")').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitInvalidParameterTypeError"
    at = AppTest.from_string('import streamlit as st\nst.dataframe(object())').run()
    assert "Unable to convert object of type `object`" in at.exception[0].value


def test_selection_lives_under_the_key_and_can_be_set_from_session_state() -> None:
    at = run('''
        import streamlit as st
        event = st.dataframe({"a": [1, 2, 3], "b": [4, 5, 6]}, key="sel", on_select="rerun",
                             selection_mode=["multi-row", "single-column"])
        st.write(str(event))
        st.write(event.selection.rows == st.session_state.sel["selection"]["rows"])
    ''')
    assert at.markdown[0].value == "{'selection': {'rows': [], 'columns': [], 'cells': []}}"
    # Set from the test before a run, the selection comes back as given (as in Streamlit's AppTest) ...
    at.session_state["sel"] = {"selection": {"rows": [2, 0, 9, 2], "columns": ["b", "a", "zz"]}}
    at.run()
    assert at.markdown[0].value == "{'selection': {'rows': [2, 0, 9, 2], 'columns': ['b', 'a', 'zz']}}"
    assert at.markdown[1].value == "`True`"
    # ... set by the script, it is checked: out-of-range rows and unknown columns dropped, one column kept.
    at = run('''
        import streamlit as st
        st.session_state.sel = {"selection": {"rows": [2, 0, 9, 2], "columns": ["b", "a", "zz"]}}
        event = st.dataframe({"a": [1, 2, 3], "b": [4, 5, 6]}, key="sel", on_select="rerun",
                             selection_mode=["multi-row", "single-column"])
        st.write(str(event))
    ''')
    assert at.markdown[0].value == "{'selection': {'rows': [2, 0], 'columns': ['b'], 'cells': []}}"
    with pytest.raises(Exception, match="AppTest can inspect this element"):
        at.dataframe[0].set_value({})


def test_selection_default_and_required_single_row() -> None:
    at = run('''
        import streamlit as st
        a = st.dataframe([1, 2], key="a", on_select="rerun", selection_mode="single-row-required")
        b = st.dataframe([1, 2], key="b", on_select="rerun", selection_default={"selection": {"rows": [1]}})
        st.write(str(a.selection.rows), str(b.selection.rows))
    ''')
    assert at.markdown[0].value == "[0] [1]"


def test_selection_state_is_read_only() -> None:
    at = AppTest.from_string('''
        import streamlit as st
        event = st.dataframe([1], on_select="rerun")
        event.selection["rows"] = [0]
    ''').run()
    assert "Widget state is read-only" in at.exception[0].value


def test_table_hides_a_range_index_and_the_header_of_headerless_data() -> None:
    at = run('''
        import streamlit as st
        st.table({"a": [1, 2]})
        st.table([[1, 2]])
        st.table({"k": "v"}, hide_header=False, border="horizontal")
    ''')
    plain, rows, kv = (t._node.props for t in at.table)
    assert plain["hide_index"] is True and plain["hide_header"] is False
    assert rows["hide_header"] is True
    assert kv["hide_index"] is False and kv["hide_header"] is False and kv["border"] == "horizontal"
    assert at.table[0].value["a"].tolist() == [1, 2]
    at = AppTest.from_string('import streamlit as st\nst.table([1], border="dotted")').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitValueError"


def test_json_keeps_strings_and_expanded_depth() -> None:
    at = run('''
        import streamlit as st
        st.json('{"a": 1}', expanded=False)
        st.json({"s": {1, 2}, "d": __import__("datetime").date(2024, 1, 2)}, expanded=2)
    ''')
    assert at.json[0].value == '{"a": 1}' and at.json[0].expanded is False
    assert at.json[1]._node.props["expanded"] == 2 and at.json[1].expanded is True
    assert '"s": [1, 2]' in at.json[1].value and "datetime.date(2024, 1, 2)" in at.json[1].value


def test_dates_and_times_round_trip_through_the_wire() -> None:
    at = run('''
        import streamlit as st, datetime as dt
        st.dataframe({"d": [dt.date(2024, 3, 4)], "t": [dt.time(9, 30, 15, 500)],
                      "w": [dt.datetime(2024, 3, 4, 5, 6, 7)], "span": [dt.timedelta(hours=2)]})
    ''')
    value = at.dataframe[0].value
    assert value["d"].tolist() == [dt.date(2024, 3, 4)] and value["t"].tolist() == [dt.time(9, 30, 15, 500)]
    assert value["w"].tolist() == [pd.Timestamp(2024, 3, 4, 5, 6, 7)]
    assert value["span"].tolist() == [dt.timedelta(hours=2)]


def test_dataframe_proto_has_streamlits_fields_and_enums() -> None:
    """Docs examples of st.dataframe/column_config: ``.proto`` reads as Streamlit's Dataframe message."""
    at = run('''
        import streamlit as st
        st.dataframe({"a": [1, 2]}, column_config={"a": st.column_config.NumberColumn("A", format="%d")},
                     hide_index=True)
        st.dataframe({"a": [1, 2]}, key="s", on_select="rerun", selection_mode=["single-cell", "multi-row"],
                     selection_default={"selection": {"rows": [1]}})
    ''')
    plain, selectable = at.dataframe
    assert __import__("json").loads(plain.proto.columns) == {
        "a": {"label": "A", "type_config": {"type": "number", "format": "%d"}}, "_index": {"hidden": True}}
    assert (plain.proto.id, plain.proto.editing_mode, plain.proto.selection_mode, plain.proto.row_height) == ("", 0, [], 0)
    assert (plain.proto.placeholder, plain.proto.alt, plain.proto.selection_state, plain.key) == ("", "", "", None)
    assert selectable.proto.selection_mode == [1, 4]  # MULTI_ROW, SINGLE_CELL
    assert selectable.proto.selection_default == '{"selection": {"rows": [1], "columns": [], "cells": []}}'
    assert selectable.key == "s" and selectable.proto.id.endswith("-s")


def test_a_selection_set_by_the_script_keeps_cells_only_in_single_cell_mode() -> None:
    """As Streamlit: a multi-cell selection is a range, so cells set from Python are dropped;
    the page is told the checked selection once (``selection_state``)."""
    at = run('''
        import streamlit as st
        if "once" not in st.session_state:
            st.session_state.once = st.session_state.sel = {"selection": {"rows": [0], "cells": [[0, "a"]]}}
        event = st.dataframe({"a": [1, 2]}, key="sel", on_select="rerun", selection_mode=["multi-row", "multi-cell"])
        st.write(str(event))
    ''')
    assert at.markdown[0].value == "{'selection': {'rows': [0], 'columns': [], 'cells': []}}"
    assert at.dataframe[0].proto.selection_state == '{"selection": {"rows": [0], "columns": [], "cells": []}}'
    at.run()
    assert at.dataframe[0].proto.selection_state == ""


def test_a_keyed_button_column_registers_its_click_under_the_key() -> None:
    """ButtonColumn docs example: the click lives in st.session_state[key], None without a click."""
    at = run('''
        import streamlit as st
        st.dataframe({"name": ["Al", "Bo"], "view": ["View", "View"]}, column_config={
            "view": st.column_config.ButtonColumn("", type="tertiary", key="view_click")}, hide_index=True)
        st.write(str(st.session_state.view_click))
    ''')
    assert at.session_state["view_click"] is None and at.markdown[0].value == "None"
    widgets = at.dataframe[0].proto.button_click_widgets
    assert list(widgets) == ["view"] and widgets["view"].endswith("-view_click")
    assert at.dataframe[0].proto.id == ""


def test_table_and_json_protos_use_streamlits_enums() -> None:
    at = run('''
        import streamlit as st
        st.table({"a": [1]}, border="horizontal")
        st.table({"a": [1]}, border=False, alt="A table")
        st.json({"a": {"b": 1}}, expanded=2)
        st.json([1], expanded=0)
    ''')
    assert (at.table[0].proto.border_mode, at.table[0].border_mode, at.table[0].proto.alt) == (2, 2, "")
    assert (at.table[1].proto.border_mode, at.table[1].proto.alt) == (1, "A table")
    assert (at.json[0].proto.expanded, at.json[0].proto.max_expand_depth, at.json[0].max_expand_depth) == (True, 2, 2)
    assert (at.json[1].expanded, at.json[1].proto.max_expand_depth) == (True, 0)  # an int depth, even 0


def test_columns_read_back_as_streamlit_1_67s_arrow_round_trip_gives_them() -> None:
    """MultiIndex labels stay tuples, decimals stay Decimals at Arrow's one scale, bytes stay
    bytes, pandas' string dtype stays "string", and what Arrow cannot hold (mixed objects,
    complex numbers) reads back as "string" text, as 1.67's AppTest gives them."""
    from decimal import Decimal

    at = run('''
        from decimal import Decimal
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("A", "x"), ("A", "y")])))
        st.dataframe(pd.DataFrame({"d": [Decimal("1.5"), Decimal("2")], "b": [b"a", b"b"],
                                   "s": pd.array(["a", None], dtype="string"), "o": ["a", 1], "c": [1 + 2j, 3j],
                                   "p": pd.period_range("2024-01", periods=2, freq="M")}))
    ''')
    assert list(at.dataframe[0].value.columns) == [("A", "x"), ("A", "y")]
    value = at.dataframe[1].value
    assert value["d"].tolist() == [Decimal("1.5"), Decimal("2.0")] and str(value["d"].dtype) == "object"
    assert value["b"].tolist() == [b"a", b"b"]
    assert str(value["s"].dtype) == "string" and value["s"].isna().tolist() == [False, True]
    assert (str(value["o"].dtype), value["o"].tolist()) == ("string", ["a", "1"])
    assert (str(value["c"].dtype), value["c"].tolist()) == ("string", ["(1+2j)", "3j"])
    assert str(value["p"].dtype) == "period[M]" and str(value["p"][0]) == "2024-01"


def test_decimals_keep_every_digit_and_a_complex_nan_is_missing() -> None:
    """Arrow's decimal128 keeps digits a float would lose, and 1.67 turns a complex column into
    pandas' string dtype, where a complex NaN is <NA> (as its AppTest gives them back)."""
    from decimal import Decimal

    at = run('''
        from decimal import Decimal
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"d": [Decimal("1.12345678901234567890"), Decimal("2.5"), None]}))
        st.dataframe(pd.DataFrame({"c": [complex(1, 2), complex(float("nan"), 0)]}))
    ''')
    assert at.dataframe[0].value["d"].tolist() == [Decimal("1.12345678901234567890"), Decimal("2.50000000000000000000"), None]
    c = at.dataframe[1].value["c"]
    assert str(c.dtype) == "string" and c.tolist()[0] == "(1+2j)" and c.isna().tolist() == [False, True]


def test_dicts_read_back_as_arrow_structs() -> None:
    """Every key any row has, nested dicts alike; a field of integers with a gap reads back as
    floats, but a row that is None leaves its neighbours' integers alone (1.67's AppTest)."""
    at = run('''
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"m": [{"a": 1, "c": True}, {"b": "x", "a": 2}, None]}))
        st.dataframe(pd.DataFrame({"m": [{"a": 1, "n": {"z": 1}}, {"b": "x", "n": {"y": 2}}]}))
    ''')
    assert at.dataframe[0].value["m"].tolist() == [{"a": 1, "c": True, "b": None}, {"a": 2, "c": None, "b": "x"}, None]
    assert type(at.dataframe[0].value["m"][0]["a"]) is int
    rows = at.dataframe[1].value["m"].tolist()
    assert rows == [{"a": 1.0, "n": {"z": 1.0, "y": None}, "b": None}, {"a": None, "n": {"z": None, "y": 2.0}, "b": "x"}]
    assert type(rows[0]["a"]) is float and type(rows[1]["n"]["y"]) is float


def test_python_datetimes_take_the_first_ones_zone_and_empty_data_has_1_67s_shape() -> None:
    """Arrow's rules, as 1.67's AppTest reads them back: a column of datetimes in mixed zones reads in
    the first value's zone (naive ones counting as UTC); ``{}`` has no columns; empty columns are floats."""
    at = run('''
        import datetime as dt
        import pandas as pd
        import streamlit as st
        aware = dt.datetime(2020, 10, 22, 6, 7, tzinfo=dt.timezone.utc)
        offset = pd.to_datetime("2022-03-11 17:41:00-05:00")
        st.dataframe(pd.DataFrame({"m": [aware, offset, dt.datetime(2021, 1, 1), None]}))
        st.dataframe(pd.DataFrame({"m": [dt.datetime(2021, 1, 1), aware]}))
        st.dataframe({})
        st.dataframe({"name": [], "type": []})
    ''')
    mixed, naive, empty, columns = (d.value for d in at.dataframe)
    assert str(mixed["m"].dtype) == "datetime64[us, UTC]"
    assert [str(v) for v in mixed["m"]] == ["2020-10-22 06:07:00+00:00", "2022-03-11 22:41:00+00:00",
                                            "2021-01-01 00:00:00+00:00", "NaT"]
    assert str(naive["m"].dtype) == "datetime64[us]" and str(naive["m"][1]) == "2020-10-22 06:07:00"
    assert list(empty.columns) == [] and len(empty) == 0
    assert [str(t) for t in columns.dtypes] == ["float64", "float64"]


def test_big_integers_and_dict_cells_read_back_as_1_67s_and_a_plain_dataframe_has_no_key() -> None:
    at = run('''
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"a": [1009513310189256287, 2]}), key="plain")
        st.dataframe(pd.DataFrame({"d": [{"1": "2"}, {"6": "3"}]}), key="picked", on_select="rerun")
    ''')
    plain, picked = at.dataframe
    assert plain.value["a"].tolist() == [1009513310189256287, 2] and str(plain.value["a"].dtype) == "int64"
    # Arrow's struct has every key any row has.
    assert picked.value["d"].tolist() == [{"1": "2", "6": None}, {"1": None, "6": "3"}]
    assert (plain.key, picked.key) == (None, "picked")  # 1.67 gives a plain dataframe no id, so no key


def test_categorical_columns_read_back_as_the_same_categoricals() -> None:
    """data_editor docs example (category columns): Arrow keeps categories and their order."""
    at = run('''
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"c": pd.Categorical(["b", "a", None], categories=["b", "a", "z"], ordered=True),
                                   "n": pd.Series([1, 2, 1], dtype="category")}))
    ''')
    value = at.dataframe[0].value
    assert value["c"].dtype == pd.CategoricalDtype(["b", "a", "z"], ordered=True)
    assert value["n"].dtype == pd.CategoricalDtype([1, 2]) and value["n"].tolist() == [1, 2, 1]
    assert value["c"].isna().tolist() == [False, False, True]


def test_array_cells_are_lists_and_0d_arrays_are_text() -> None:
    """A column of NumPy arrays is an Arrow list column (it used to raise); 0-d arrays are no
    scalars to Arrow, so 1.67 sends them as text."""
    at = run('''
        import numpy as np
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"a": [np.array([1, 2]), np.array([3])]}))
        st.table(pd.DataFrame({"z": [np.array(1), np.array(2)]}))
    ''')
    assert not at.exception
    assert [list(v) for v in at.dataframe[0].value["a"]] == [[1, 2], [3]]
    z = at.table[0].value["z"]
    assert str(z.dtype) == "string" and z.tolist() == ["1", "2"]


def test_sparse_data_is_arrows_error_and_number_labels_read_back_as_numbers() -> None:
    """Arrow refuses sparse columns, and 1.67 shows its TypeError; float column labels come back
    as floats, as the Arrow round trip keeps them."""
    at = AppTest.from_string('''
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame([[1, 2]], columns=[1.5, 2.5]))
        st.dataframe(pd.DataFrame({"sp": pd.arrays.SparseArray([0, 1])}))
    ''').run()
    assert list(at.dataframe[0].value.columns) == [1.5, 2.5]
    assert at.exception[0].value == "Sparse pandas data (column sp) not supported."
