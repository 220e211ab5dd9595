"""The Streamlit app (`streamlit run dashboard/app.py`)."""
