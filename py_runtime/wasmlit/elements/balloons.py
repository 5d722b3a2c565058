"""st.balloons."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Self

from wasmlit.errors import StreamlitAPIException
from wasmlit.engine.cursor import Cursor


class BalloonsMixin(Cursor):
    def balloons(self) -> None:
        """Celebration effects are decorative; wasmlit draws nothing."""
