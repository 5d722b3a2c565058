"""``wasmlit.testing``: a headless harness with the API of
``streamlit.testing.v1``. Scripts run on the same engine as in the browser."""

from wasmlit.testing.app_test import AppTest, AppTestError

__all__ = ["AppTest", "AppTestError"]
