"""The typed element lists (``at.button``, ``col.text`` ...), shared by
AppTest and every block: each walks the nodes below its owner."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wasmlit.testing.element_list import ElementList

#: ``get()`` names answered as the attribute of that name is (1.67's ElementTree.get): the
#: subsets and blocks whose node type alone does not pick them out.
_GET_COLLECTIONS = {
    "pills": "pills", "segmented_control": "segmented_control", "container": "container", "grid": "grid",
    "form": "form", "form_submit_button": "form_submit_button", "data_editor": "data_editor",
    "chat_message": "chat_message", "columns": "columns", "column": "columns", "expander": "expander",
    "status": "status", "tabs": "tabs", "tab": "tabs",
}
#: Public ``get()`` names that are not the node's type.
_GET_TYPE_ALIASES = {"datetime_input": "date_time_input", "help": "help_info"}


class AppTestError(Exception):
    """A test asked for something a user could not do."""


def _by_type(owner: Any, *types: str) -> ElementList[Any]:
    """Every element below ``owner`` whose Streamlit type name is one of ``types``."""
    return ElementList([n for n in owner._descendants() if n.type in types])


class ElementQueries:
    """Mixin: needs ``_descendants()`` yielding wrapped nodes in page order."""

    def _descendants(self) -> Iterator[Any]:
        raise NotImplementedError

    # text
    title = property(lambda self: _by_type(self, "title"))
    header = property(lambda self: _by_type(self, "header"))
    subheader = property(lambda self: _by_type(self, "subheader"))
    markdown = property(lambda self: _by_type(self, "markdown"))
    caption = property(lambda self: _by_type(self, "caption"))
    latex = property(lambda self: _by_type(self, "latex"))
    divider = property(lambda self: _by_type(self, "divider"))
    text = property(lambda self: _by_type(self, "text"))
    code = property(lambda self: _by_type(self, "code"))
    json = property(lambda self: _by_type(self, "json"))
    # status
    success = property(lambda self: _by_type(self, "success"))
    info = property(lambda self: _by_type(self, "info"))
    warning = property(lambda self: _by_type(self, "warning"))
    error = property(lambda self: _by_type(self, "error"))
    exception = property(lambda self: _by_type(self, "exception"))
    metric = property(lambda self: _by_type(self, "metric"))
    progress = property(lambda self: _by_type(self, "progress"))
    toast = property(lambda self: _by_type(self, "toast"))
    dataframe = property(lambda self: _by_type(self, "dataframe"))
    table = property(lambda self: _by_type(self, "table"))
    data_editor = property(lambda self: ElementList([
        n for n in self._descendants() if n.type == "dataframe" and n.editing_mode != "read_only"]))
    # widgets
    # A submit button is a "button" too (rule 66); it is the one with a form.
    button = property(lambda self: _by_type(self, "button"))
    form_submit_button = property(lambda self: ElementList(
        [n for n in self._descendants() if n.type == "button" and n.form_id]))
    download_button = property(lambda self: _by_type(self, "download_button"))
    checkbox = property(lambda self: _by_type(self, "checkbox"))
    toggle = property(lambda self: _by_type(self, "toggle"))
    radio = property(lambda self: _by_type(self, "radio"))
    selectbox = property(lambda self: _by_type(self, "selectbox"))
    multiselect = property(lambda self: _by_type(self, "multiselect"))
    slider = property(lambda self: _by_type(self, "slider"))
    select_slider = property(lambda self: _by_type(self, "select_slider"))
    text_input = property(lambda self: _by_type(self, "text_input"))
    text_area = property(lambda self: _by_type(self, "text_area"))
    number_input = property(lambda self: _by_type(self, "number_input"))
    date_input = property(lambda self: _by_type(self, "date_input"))
    time_input = property(lambda self: _by_type(self, "time_input"))
    color_picker = property(lambda self: _by_type(self, "color_picker"))
    file_uploader = property(lambda self: _by_type(self, "file_uploader"))
    chat_input = property(lambda self: _by_type(self, "chat_input"))
    button_group = property(lambda self: _by_type(self, "button_group"))
    feedback = property(lambda self: _by_type(self, "feedback"))
    chat_message = property(lambda self: _by_type(self, "chat_message"))
    # Streamlit 1.67's newer commands
    menu_button = property(lambda self: _by_type(self, "menu_button"))
    pagination = property(lambda self: _by_type(self, "pagination"))
    audio_input = property(lambda self: _by_type(self, "audio_input"))
    camera_input = property(lambda self: _by_type(self, "camera_input"))
    datetime_input = property(lambda self: _by_type(self, "date_time_input"))
    grid = property(lambda self: _by_type(self, "grid_container"))
    pills = property(lambda self: ElementList(
        [n for n in self._descendants() if n.type == "button_group" and n._node.props.get("style") == "pills"]))
    segmented_control = property(lambda self: ElementList(
        [n for n in self._descendants()
         if n.type == "button_group" and n._node.props.get("style") == "segmented_control"]))
    link_button = property(lambda self: _by_type(self, "link_button"))
    page_link = property(lambda self: _by_type(self, "page_link"))
    image = property(lambda self: _by_type(self, "image"))
    html = property(lambda self: _by_type(self, "html"))
    help = property(lambda self: _by_type(self, "help_info"))
    space = property(lambda self: _by_type(self, "space"))
    # blocks
    columns = property(lambda self: _by_type(self, "column"))
    tabs = property(lambda self: _by_type(self, "tab"))
    expander = property(lambda self: _by_type(self, "expander"))
    form = property(lambda self: _by_type(self, "form"))
    status = property(lambda self: _by_type(self, "status"))
    # st.container blocks, without the row wrapper that st.columns makes.
    container = property(lambda self: ElementList([
        n for n in self._descendants()
        if n.type == "flex_container" and not any(c.type == "column" for c in n.children.values())
    ]))

    def get(self, element_type: str) -> list[Any]:
        """Every element of a Streamlit type name (``at.get("dataframe")``)."""
        if element_type in _GET_COLLECTIONS:
            return list(getattr(self, _GET_COLLECTIONS[element_type]))
        resolved = _GET_TYPE_ALIASES.get(element_type, element_type)
        return [n for n in self._descendants() if n.type == resolved]

    def get_by_key(self, key: str) -> Any:
        matches = [n for n in self._descendants() if getattr(n, "key", None) == key]
        if not matches:
            raise KeyError(key)
        if len(matches) > 1:
            raise AppTestError(
                f"Multiple elements have key '{key}'. Scope the query to a container or use a typed collection."
            )
        return matches[0]


