"""The desktop window (PySide6): a thin layer over the model's operations."""

from editor.qtcompat import protect_singletons

# PySide6 6.12 on Python 3.11 leaks references to None, True and False on Qt calls
# (see editor.qtcompat); every window, panel and test imports this package first.
protect_singletons()
