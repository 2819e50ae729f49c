"""ITU-styled Word files with real revision marks (python-docx plus small OXML helpers)."""
