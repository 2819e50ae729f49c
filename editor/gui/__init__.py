"""The desktop window (PySide6): a thin layer over the model's operations."""
