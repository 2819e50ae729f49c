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


# -- the declaration refused on the parsed tree, in any encoding, wherever it stands ------------------

UTF16_DEFAULTS = ('<?xml version="1.0" encoding="UTF-16"?>\n'
                  '<!DOCTYPE resolution [<!ATTLIST clause rev CDATA "del" rev-id CDATA "1" rev-author CDATA "x" '
                  'rev-date CDATA "2022-01-01T00:00:00Z">]>\n'
                  '<resolution version="1" body="WTSA"><number>1</number><title>x</title><section kind="operative">'
                  '<keyword>resolves</keyword><clause><text>kept</text></clause></section></resolution>')


def test_a_utf16_doctype_with_default_attributes_is_refused(tmp_path: Path) -> None:
    """The bytes hold no ASCII "<!DOCTYPE"; its ATTLIST would have marked every clause deleted."""
    err = _error(_write(tmp_path, "u16.xml", UTF16_DEFAULTS.encode("utf-16")))
    assert "DOCTYPE" in err.message and (err.line, err.column) == (2, 1)


def test_a_doctype_after_a_long_comment_is_refused(tmp_path: Path) -> None:
    data = ('<?xml version="1.0"?>\n<!-- ' + "x" * 70000 + ' -->\n<!DOCTYPE resolution [<!ATTLIST resolution draft CDATA "true">]>\n'
            '<resolution version="1" body="WTSA"><number>1</number><title>x</title></resolution>')
    err = _error(_write(tmp_path, "late.xml", data))
    assert "DOCTYPE" in err.message and (err.line, err.column) == (3, 1)


def test_a_doctype_inside_cdata_or_a_comment_is_text(tmp_path: Path) -> None:
    data = ('<!-- <!DOCTYPE resolution [<!ENTITY x "y">]> -->\n<resolution version="1" body="WTSA">'
            '<number><![CDATA[<!DOCTYPE x>]]></number><title>x</title></resolution>')
    doc = read_file(_write(tmp_path, "text.xml", data))
    assert doc.proposals[0].resolution.number.text() == "<!DOCTYPE x>"  # type: ignore[union-attr]


# -- regular files only, never more than the limit ----------------------------------------------------


def _refused_in_time(path: Path) -> DocumentError:
    """Read `path`, failing the test (not hanging it) if the read blocks."""
    import signal

    def stuck(*_args: object) -> None:
        raise AssertionError(f"reading {path} blocked")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(10)
    try:
        return _error(path)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_devices_and_pipes_are_refused_without_reading(tmp_path: Path) -> None:
    import os

    (tmp_path / "zero.xml").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.xml")
    assert "is a device, not a file" in _refused_in_time(tmp_path / "zero.xml").message
    assert "is a named pipe, not a file" in _refused_in_time(tmp_path / "pipe.xml").message
    (tmp_path / "link.xml").symlink_to(tmp_path / "pipe.xml")
    assert "named pipe" in _refused_in_time(tmp_path / "link.xml").message


# -- numbers the schema bounds, and messages in the drafter's words ------------------------------------

RESOLUTION = '<resolution version="1" body="WTSA"{attrs}><number>1</number><title>x</title>{body}</resolution>'


def test_a_rev_id_of_5000_digits_is_refused_by_the_schema(tmp_path: Path) -> None:
    clause = ('<section kind="operative"><keyword>resolves</keyword>\n<clause rev="ins" rev-id="' + "9" * 5000 +
              '" rev-author="a" rev-date="2022-01-01T00:00:00Z"><text>a</text></clause></section>')
    err = _error(_write(tmp_path, "big.xml", RESOLUTION.format(attrs="", body=clause)))
    assert err.line == 2 and err.message.startswith("not a valid Resolution Editor document: <clause> has rev-id=")
    assert "where a whole number from 1 to 999999999 is expected" in err.message


def test_an_entity_reference_in_utf16_is_named_with_its_place(tmp_path: Path) -> None:
    data = '<?xml version="1.0" encoding="UTF-16"?>\n<resolution version="1" body="WTSA">\n<number>&x;</number><title>x</title></resolution>'
    err = _error(_write(tmp_path, "ent.xml", data.encode("utf-16")))
    assert (err.line, err.column) == (3, 12) and err.message == "is not well-formed XML: Entity 'x' not defined"


@pytest.mark.parametrize(("attrs", "body", "message"), [
    (' colour="red"', "", '<resolution> has an attribute colour="red", which this vocabulary does not give it'),
    (' body="XYZ"', "", '<resolution> has body="XYZ", where one of WTSA, PP, WTDC, RA, WRC, WTPF, CWG, OTHER is expected'),
    ("", '<section kind="operative"><keyword>k</keyword><clause><text>a<p/></text></clause></section>', "<p> cannot stand inside <text>"),
])
def test_schema_messages_name_what_is_wrong(tmp_path: Path, attrs: str, body: str, message: str) -> None:
    data = RESOLUTION.format(attrs=attrs, body=body).replace(' body="WTSA" body="XYZ"', ' body="XYZ"')
    err = _error(_write(tmp_path, "bad.xml", data))
    assert err.message == f"not a valid Resolution Editor document: {message}"
    assert err.line == 1 and err.column is None  # never "column 0"


def test_a_missing_element_and_the_order_are_named(tmp_path: Path) -> None:
    missing = _error(_write(tmp_path, "a.xml", '<resolution version="1" body="WTSA"><number>1</number>\n<section kind="operative">'
                                               '<keyword>k</keyword></section></resolution>'))
    assert missing.message.endswith("<resolution> has no <title>, which it must have") and missing.line == 2
    order = _error(_write(tmp_path, "b.xml", '<resolution version="1" body="WTSA"><title>x</title>\n<number>1</number></resolution>'))
    assert "<title> is out of place inside <resolution>, whose elements come in the order <number>, <adoption>, <title>" in order.message


def test_file_names_are_printed_safely() -> None:
    err = DocumentError("evil\n\x1b[31mname\u202egpj.xml\udcff", "is empty", 1, 1)
    assert str(err) == "evil\\n\\x1b[31mname\\u202egpj.xml\\xff:1:1: is empty"
    assert err.path == "evil\n\x1b[31mname\u202egpj.xml\udcff"  # the name itself is kept for opening the file
