"""``st.echo``: show the code of a ``with`` block, then run it."""

from __future__ import annotations

import contextlib
import inspect
import textwrap
from collections.abc import Iterator

from wasmlit.api.delta_generator import main_dg


@contextlib.contextmanager
def echo(code_location: str = "above") -> Iterator[None]:
    """Show the code of the ``with`` block (above or below its output), then run it."""
    frame = inspect.currentframe()
    caller = frame.f_back.f_back if frame and frame.f_back else None
    lines: list[str] = []
    if caller is not None:
        try:
            source = inspect.getsourcelines(caller)[0]
            start = caller.f_lineno - (caller.f_code.co_firstlineno if caller.f_code.co_name != "<module>" else 1)
            block = source[start + 1:]
            indent = len(block[0]) - len(block[0].lstrip()) if block else 0
            for line in block:
                if line.strip() and len(line) - len(line.lstrip()) < indent:
                    break
                lines.append(line)
        except (OSError, IndexError):
            pass
    code = textwrap.dedent("".join(lines)).rstrip()
    if code_location == "below":  # as 1.67: no placeholder, the code goes after the block's output
        yield
        main_dg.code(code, "python")
    else:
        main_dg.empty().code(code, "python")
        yield
