"""The desktop window (PySide6): a thin layer over the model's operations."""

from editor.gui.pyside_fix import pin_none

pin_none()
