"""What the table commands share (Streamlit's ``elements/lib``): a table as
columns, the formats data comes in, and ``st.column_config``."""
