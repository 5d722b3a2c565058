"""wasmlit: Streamlit-style apps that run entirely in the browser."""

__version__ = "0.1.0"
