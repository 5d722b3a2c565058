"""What several commands share (Streamlit's ``elements/lib``): chart data without
pandas, the built-in charts' Vega-Lite specs, colours; a table as columns, the
formats data comes in, and ``st.column_config``."""
