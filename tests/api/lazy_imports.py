"""A fresh interpreter runs a plain script, then one that uses a module wasmlit imports on first
use: did the plain run leave the module out, and what did the second script draw?"""

from __future__ import annotations

import subprocess
import sys
import textwrap

_PROBE = textwrap.dedent('''
    import sys
    from wasmlit.engine.script import ScriptSource
    from wasmlit.api import new_session

    new_session(ScriptSource("<plain>", source="import streamlit as st\\nst.text('hi')\\n")).run()
    print("after a plain run:", {module!r} in sys.modules)
    result = new_session(ScriptSource("<uses>", source={uses!r})).run()
    print("drawn:", result.ops[0]["node"]["props"]["body"])
''')


def probe_lazy_import(module: str, uses: str) -> tuple[bool, str]:
    """(whether a plain run imported ``module``, the text ``uses`` drew with st.text)."""
    out = subprocess.run([sys.executable, "-c", _PROBE.format(module=module, uses=uses)],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    imported = "after a plain run: True" in out
    drawn = out.split("drawn: ", 1)[1].strip() if "drawn: " in out else ""
    return imported, drawn
