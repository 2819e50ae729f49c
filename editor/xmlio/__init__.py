"""XML at the edges: hardened reading, canonical atomic writing, the schema."""

from editor.xmlio.errors import DocumentError
from editor.xmlio.reader import read_bytes, read_file
from editor.xmlio.writer import atomic_write, save, to_bytes

__all__ = ["DocumentError", "atomic_write", "read_bytes", "read_file", "save", "to_bytes"]
