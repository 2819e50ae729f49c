"""Broken and hostile files: one clear message naming the file and the place, never harm."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from editor.xmlio import DocumentError, read_file

SECRET = "TOP-SECRET-CONTENT-OF-ANOTHER-FILE"

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<resolution version="1" body="WTSA"><number>&lol3;</number><title>x</title></resolution>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file://{secret}">]>
<resolution version="1" body="WTSA"><number>&secret;</number><title>x</title></resolution>
"""

NETWORK_DTD = """<?xml version="1.0"?>
<!DOCTYPE resolution SYSTEM "http://example.invalid/evil.dtd">
<resolution version="1" body="WTSA"><number>1</number><title>x</title></resolution>
"""

MALFORMED = """<?xml version="1.0" encoding="UTF-8"?>
<resolution version="1" body="WTSA">
  <number>7</number>
  <title>Unclosed
</resolution>
"""

WRONG_VOCABULARY = """<?xml version="1.0" encoding="UTF-8"?>
<html><body><p>Resolution 7</p></body></html>
"""

WRONG_NESTING = """<?xml version="1.0" encoding="UTF-8"?>
<resolution version="1" body="WTSA">
  <number>7</number>
  <title>T</title>
  <section kind="preambular">
    <keyword>considering</keyword>
    <clause><text>a</text><bogus/></clause>
  </section>
</resolution>
"""


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _error(path: Path) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        read_file(path)
    err = info.value
    assert str(path) in str(err), "the message names the file"
    assert "Traceback" not in str(err)
    return err


def test_billion_laughs_is_refused_at_the_declaration(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, "laughs.xml", BILLION_LAUGHS))
    assert err.line == 2 and err.column == 1
    assert "DOCTYPE" in err.message


def test_external_entity_never_reads_the_other_file(tmp_path: Path) -> None:
    secret = _write(tmp_path, "secret.txt", SECRET)
    err = _error(_write(tmp_path, "xxe.xml", EXTERNAL_ENTITY.format(secret=secret)))
    assert SECRET not in str(err)
    assert err.line == 2


def test_external_dtd_is_not_fetched(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, "dtd.xml", NETWORK_DTD))
    assert err.line == 2


def test_entity_declared_late_in_a_large_file_is_found(tmp_path: Path) -> None:
    filler = "<!-- " + "x" * 70000 + " -->\n"
    err = _error(_write(tmp_path, "late.xml", '<?xml version="1.0"?>\n' + filler + '<!ENTITY x "y">\n<resolution/>'))
    assert err.line == 3


def test_malformed_xml_names_line_and_column(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, "broken.xml", MALFORMED))
    assert err.line == 5
    assert err.column is not None
    assert "well-formed" in err.message


def test_wrong_vocabulary_is_one_sentence(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, "page.xml", WRONG_VOCABULARY))
    assert err.line == 2
    assert "not a valid Resolution Editor document" in err.message
    assert "root element is <html>" in err.message


def test_unknown_element_is_named_with_its_line(tmp_path: Path) -> None:
    """libxml2 only says the parent "failed to validate"; the drafter is told which element is foreign."""
    err = _error(_write(tmp_path, "nested.xml", WRONG_NESTING))
    assert "<bogus> is not an element of this vocabulary" in err.message
    assert str(tmp_path / "nested.xml") in str(err)


def test_schema_error_points_at_the_offending_line(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, "nested.xml", WRONG_NESTING))
    assert err.line == 7


def test_non_xml_and_empty_files(tmp_path: Path) -> None:
    assert "well-formed" in _error(_write(tmp_path, "bin.xml", bytes(range(256)) * 4)).message
    assert "empty" in _error(_write(tmp_path, "empty.xml", b"")).message


def test_corrupt_docx_and_zip_are_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "contribution.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert "ZIP archive" in _error(path).message
    truncated = _write(tmp_path, "cut.docx", path.read_bytes()[:40])
    assert "ZIP archive" in _error(truncated).message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "does not exist" in _error(tmp_path / "nowhere.xml").message
    assert "folder" in _error(tmp_path).message


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from editor.xmlio import reader

    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    err = _error(_write(tmp_path, "big.xml", "<resolution/>" + " " * 200))
    assert "larger than" in err.message
