"""Helpers that several chart commands share (Streamlit's ``elements/lib``):
chart data without pandas, the built-in charts' Vega-Lite specs, colours."""
