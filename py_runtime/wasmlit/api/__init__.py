"""What ``import streamlit as st`` returns (``st.py``), and the pieces behind it.

``new_session`` makes an engine session whose scripts see this API.
"""

from wasmlit.api.environment import new_session

__all__ = ["new_session"]
