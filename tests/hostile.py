"""Hostile and broken inputs, made at test time (nothing large is committed): the cases of the hostile-input suite.

Each case is a file (or a name that is not a file) that every command and
the window must take calmly: a document, or one line naming the file and
what is wrong; never a traceback, a hang, a fetch or a read of another file.
The suite runs them through every command (tests/cli/test_hostile_commands.py)
and through opening in the window (tests/gui/test_hostile_open.py).

Attacks that would reach out (XXE, external DTDs, parameter entities,
XInclude, style sheets) point at two traps: an HTTP listener of the test's
own on 127.0.0.1 and named pipes (FIFOs) that a test watches: opening one
for reading, which any fetch must, is seen from outside the process.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import socket
import threading
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from editor.xmlio import to_bytes
from editor.xmlio.reader import MAX_BYTES
from tests.factories import base_document, mod_document
from tests.wordfiles import body, package
from tests.wordfiles import zipped as _zip

SECRET = "TOP-SECRET-CONTENT-OF-ANOTHER-FILE"


@dataclass(frozen=True)
class Case:
    """One input: its file, whether the text importer is the reader meant, and what it may cost."""

    name: str
    path: Path
    text: bool = False  # plain text or a Word file, for the importer (also offered to the XML commands)
    heavy: bool = False  # a large valid document: not exported or printed here (benchmarks/ measures the largest ones)
    fetch_trap: bool = False  # names a FIFO trap: only run in a subprocess, where a regression is a timeout, not a hang


class _Watcher:
    """A loop on a thread of its own from `with` to its end."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


class Listener(_Watcher):
    """An HTTP server on loopback that answers nothing and remembers every connection."""

    def __init__(self) -> None:
        super().__init__()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def __exit__(self, *_exc: object) -> None:
        super().__exit__()
        self.sock.close()


class FifoTrap(_Watcher):
    """A named pipe nobody should open: a watcher sees any reader open it (and lets it read nothing)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        os.mkfifo(path)
        self.opened = 0

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)  # succeeds only while a reader has it open
            except OSError:
                self._stop.wait(0.005)
                continue
            self.opened += 1
            os.close(fd)  # the reader gets end of file


GOOD = to_bytes(base_document())
MOD = to_bytes(mod_document()[0])
HEAD = '<resolution version="1" body="WTSA">'
TAIL = "<number>1</number><title>x</title></resolution>"


def _resolution(body: str = "", attrs: str = "") -> str:
    return f'<resolution version="1" body="WTSA"{attrs}><number>1</number><title>x</title>{body}</resolution>'


def _section(clauses: str) -> str:
    return f'<section kind="operative"><keyword>resolves</keyword>{clauses}</section>'


def _clause(text: str, label: str = "1", attrs: str = "") -> str:
    return f"<clause{attrs}><label>{label}</label><text>{text}</text></clause>"


MARK = ' rev-id="{id}" rev-author="ARB" rev-date="{date}"'


def _png() -> bytes:
    raw = b"\x00" + b"\xff\x00\x00" * 4
    chunk = zlib.compress(raw)

    def part(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    return b"\x89PNG\r\n\x1a\n" + part(b"IHDR", (4).to_bytes(4, "big") + (1).to_bytes(4, "big") + b"\x08\x02\x00\x00\x00") + \
        part(b"IDAT", chunk) + part(b"IEND", b"")


def _xml_cases(port: int, trap: Path, secret: Path) -> dict[str, bytes | str]:
    """Name -> content of the documents that are hostile by their bytes."""
    http = f"http://127.0.0.1:{port}"
    cases: dict[str, bytes | str] = {
        # entities and document types
        "billion-laughs": '<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY a "lol">\n' + "".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9)) + f"]>\n{HEAD}<number>&j;</number><title>x</title></resolution>",
        "quadratic-blowup": f'<!DOCTYPE r [<!ENTITY a "{"x" * 50000}">]>\n{HEAD}<number>{"&a;" * 5000}</number><title>x</title></resolution>',
        "xxe-file": f'<!DOCTYPE r [<!ENTITY s SYSTEM "file://{secret}">]>\n{HEAD}<number>&s;</number><title>x</title></resolution>',
        "xxe-http": f'<!DOCTYPE r [<!ENTITY s SYSTEM "{http}/secret">]>\n{HEAD}<number>&s;</number><title>x</title></resolution>',
        "xxe-passwd": f'<!DOCTYPE r [<!ENTITY s SYSTEM "file:///etc/passwd">]>\n{HEAD}<number>&s;</number><title>x</title></resolution>',
        "external-dtd-http": f'<!DOCTYPE resolution SYSTEM "{http}/evil.dtd">\n{_resolution()}',
        "external-dtd-public": f'<!DOCTYPE resolution PUBLIC "-//EVIL//DTD x//EN" "{http}/public.dtd">\n{_resolution()}',
        "parameter-entity-http": f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{http}/p.ent"> %p;]>\n{_resolution()}',
        "parameter-entity-nested": f'<!DOCTYPE r [<!ENTITY % a "<!ENTITY &#x25; b SYSTEM \'{http}/b\'>"> %a; %b;]>\n{_resolution()}',
        "attlist-defaults": '<!DOCTYPE resolution [<!ATTLIST resolution draft CDATA "true">]>\n' + _resolution(),
        "attlist-deletes-clauses": '<!DOCTYPE resolution [<!ATTLIST clause rev CDATA "del">]>\n' + _resolution(_section(_clause("a;"))),
        "doctype-after-comment": "<!-- " + "x" * 70000 + ' -->\n<!DOCTYPE resolution [<!ATTLIST resolution draft CDATA "true">]>\n' + _resolution(),
        "doctype-after-pi": '<?xml version="1.0"?>\n<?page 1?>\n<!DOCTYPE resolution>\n' + _resolution(),
        "doctype-bare": "<!DOCTYPE resolution>\n" + _resolution(),
        "doctype-in-cdata": _resolution(_section(_clause("<![CDATA[<!DOCTYPE x [<!ENTITY y 'z'>]>]]>;"))),
        "doctype-in-comment": "<!-- <!DOCTYPE resolution [<!ENTITY x 'y'>]> -->\n" + _resolution(),
        "entity-outside-dtd": '<?xml version="1.0"?>\n<!ENTITY x "y">\n' + _resolution(),
        "undefined-entity": _resolution(_section(_clause("&nbsp;&copy;"))),
        "xinclude-file": _resolution(_section(_clause('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>'))),
        "xinclude-http": _resolution(_section(_clause(f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{http}/x"/>'))),
        "stylesheet-pi": f'<?xml-stylesheet type="text/xsl" href="{http}/s.xsl"?>\n' + _resolution(),
        "schema-location": _resolution(attrs=f' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x {http}/x.xsd"'),
        "xml-1.1-control-ref": '<?xml version="1.1"?>\n' + _resolution(_section(_clause("&#x1;"))),
        "char-ref-nul": _resolution(_section(_clause("&#0;"))),
        "char-ref-huge": _resolution(_section(_clause("&#99999999;"))),
        "char-ref-surrogate": _resolution(_section(_clause("&#xD800;"))),
        # structure
        "deep-100000": "<a>" * 100_000 + "</a>" * 100_000,
        "deep-inline-250": _resolution(_section(_clause("<b>" * 250 + "x" + "</b>" * 250))),
        "deep-items": _resolution(_section("<clause><text>a</text>" + "<item><text>b</text>" * 6 + "</item>" * 6 + "</clause>")),
        "huge-attribute": _resolution(attrs=' x="' + "a" * 11_000_000 + '"'),
        "huge-author": _resolution(_section(_clause("a;", attrs=' rev="ins"' + MARK.format(id=1, date="2022-01-01T00:00:00Z").replace(
            'rev-author="ARB"', 'rev-author="' + "A" * 2_000_000 + '"')))),
        "huge-text-node": _resolution(_section(_clause("x" * 11_000_000))),
        "many-attributes": f'<resolution version="1" body="WTSA" {" ".join(f"a{i}={chr(34)}1{chr(34)}" for i in range(5000))}>{TAIL}',
        "duplicate-attribute": '<resolution version="1" version="1" body="WTSA">' + TAIL,
        "many-spans": _resolution(_section(_clause("a<b>b</b>" * 10_000))),
        "many-clauses": _resolution(_section("".join(_clause(f"c {i};", str(i + 1)) for i in range(10_000)))),
        "long-clause": _resolution(_section(_clause("word " * 100_000))),
        "many-sections": _resolution("".join(_section(_clause("a;")) for _ in range(2000))),
        "namespace-default": '<resolution xmlns="http://example.invalid/ns" version="1" body="WTSA">' + TAIL,
        "namespace-prefixed": '<r:resolution xmlns:r="urn:x" version="1" body="WTSA"><number>1</number><title>x</title></r:resolution>',
        "xml-lang": _resolution(attrs=' xml:lang="ar"'),
        # attributes and values
        "unknown-root-attribute": _resolution(attrs=' colour="red"'),
        "bad-body": '<resolution version="1" body="XYZ">' + TAIL,
        "bad-version": '<resolution version="2" body="WTSA">' + TAIL,
        "no-version": '<resolution body="WTSA">' + TAIL,
        "bad-kind": _resolution('<section kind="sideways"><keyword>k</keyword></section>'),
        "rev-id-5000-digits": _resolution(_section(_clause("a;", attrs=' rev="ins"' + MARK.format(id="9" * 5000, date="2022-01-01T00:00:00Z")))),
        "rev-id-zero": _resolution(_section(_clause("a;", attrs=' rev="ins"' + MARK.format(id=0, date="2022-01-01T00:00:00Z")))),
        "rev-id-negative": _resolution(_section(_clause("a;", attrs=' rev="ins"' + MARK.format(id=-5, date="2022-01-01T00:00:00Z")))),
        "rev-id-leading-zero": _resolution(_section(_clause("a;", attrs=' rev="ins"' + MARK.format(id="007", date="2022-01-01T00:00:00Z")))),
        "rev-date-year-99999": _resolution(_section(_clause("a;", attrs=' rev="ins"' + MARK.format(id=1, date="99999-01-01T00:00:00Z")))),
        "rev-date-garbage": _resolution(_section(_clause("a;", attrs=' rev="ins"' + MARK.format(id=1, date="yesterday")))),
        "rev-without-mark": _resolution(_section(_clause("a;", attrs=' rev="ins"'))),
        "ins-inside-ins": _resolution(_section(_clause(f'<ins{MARK.format(id=1, date="2022-01-01T00:00:00Z")}><ins{MARK.format(id=2, date="2022-01-01T00:00:00Z")}>x</ins></ins>'))),
        "duplicate-rev-ids": _resolution(_section(_clause(f'<ins{MARK.format(id=1, date="2022-01-01T00:00:00Z")}>x</ins> y <del{MARK.format(id=1, date="2022-01-01T00:00:00Z")}>z</del>;'))),
        "label-5000-digits": _resolution(_section(_clause("a;", label="9" * 5000))),
        "identifier-5000-digits": f'<contribution version="1"><cover/><proposal action="MOD" id="ARB/36A2/{"1" * 5000}"><resolution body="WTSA"><number>1</number><title>x</title></resolution></proposal></contribution>',
        "footnote-key-superscript": _resolution('<footnote key="²">note</footnote>'),
        "footnote-empty-key": _resolution('<footnote key="">note</footnote>'),
        "footnote-missing-target": _resolution(_section(_clause('see<fn key="404"/>;'))),
        "footnote-duplicate-keys": _resolution('<footnote key="1">a</footnote><footnote key="1">b</footnote>'),
        "xref-anywhere": _resolution(_section(_clause('<xref to="considering zz)">x</xref>;'))),
        "many-footnotes": _resolution("".join(f'<footnote key="{i}">note {i}</footnote>' for i in range(10_000))),
        "many-proposals": '<contribution version="1"><cover/>' + "".join(
            f'<proposal action="MOD" id="ARB/1A1/{i}"><resolution body="WTSA"><number>{i}</number><title>t</title></resolution></proposal>'
            for i in range(1, 1001)) + "</contribution>",
        "add-and-mod": '<contribution version="1"><cover/><proposal action="ADD" id="X/1/1"><resolution body="WTSA" draft="true"><number>[X-1]</number><title>t</title></resolution></proposal></contribution>',
        "empty-contribution": '<contribution version="1"><cover/></contribution>',
        "proposal-without-resolution": '<contribution version="1"><cover/><proposal action="SUP" id="X/1/1"/></contribution>',
        # characters
        "bidi-overrides": _resolution(_section(_clause("that \u202eegnahc\u202c the \u2067text\u2069 \u200f;", label="a\u202e)"))),
        "zero-width": _resolution(_section(_clause("zero\u200bwidth\u200d\ufeff;"))),
        "raw-control-character": _resolution(_section(_clause("a\x01b;"))).encode(),
        "raw-escape-sequence": _resolution(_section(_clause("\x1b[31mred\x1b[0m;"))).encode(),
        "noncharacter-fffe": _resolution(_section(_clause("\ufffe;"))).encode("utf-8", "surrogatepass"),
        "cesu-surrogate": _resolution(_section(_clause("X;"))).encode().replace(b"X", b"\xed\xa0\x80"),
        "crlf": _resolution(_section(_clause("a;"))).replace("><", ">\r\n<"),
        "cr-only": _resolution(_section(_clause("a;"))).replace("><", ">\r<"),
        "entities-escaped": _resolution(_section(_clause("&amp;&lt;&gt;&quot;&apos; &#233;&#x2013;;"))),
        "cdata-text": _resolution(_section(_clause("<![CDATA[a < b & c]]>;"))),
        "comments-and-pis": _resolution(_section("<!--c--><?pi x?>" + _clause("a<!--c-->b<?pi?>;"))),
        "nbsp-and-tabs": _resolution(_section(_clause("a\u00a0b\tc;"))),
        "arabic-and-han": _resolution(_section(_clause("يقرر أن 决定;", label="أ)"))),
        "astral": _resolution(_section(_clause("\U0001d400\U0001f600;"))),
    }
    cases["utf16-bom-valid"] = GOOD.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    cases["utf16-le-no-bom"] = GOOD.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le")
    cases["utf16-be-bom"] = b"\xfe\xff" + GOOD.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-be")
    cases["utf16-doctype"] = ('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE resolution [<!ATTLIST clause rev CDATA "del">]>\n'
                              + _resolution(_section(_clause("a;")))).encode("utf-16")
    cases["utf16-entity"] = ('<?xml version="1.0" encoding="UTF-16"?>\n' + HEAD + "\n<number>&x;</number><title>x</title></resolution>").encode("utf-16")
    cases["utf32-bom"] = GOOD.decode().replace('encoding="UTF-8"', 'encoding="UTF-32"').encode("utf-32")
    cases["utf8-bom"] = b"\xef\xbb\xbf" + GOOD
    cases["declared-latin1"] = GOOD.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"').replace(b"Article 1", "Artícle 1".encode("latin-1"))
    cases["declared-unknown-encoding"] = GOOD.replace(b'encoding="UTF-8"', b'encoding="x-no-such-encoding"')
    cases["declared-ebcdic"] = GOOD.replace(b'encoding="UTF-8"', b'encoding="EBCDIC-US"')
    cases["utf16-declared-utf8-bytes"] = GOOD.replace(b'encoding="UTF-8"', b'encoding="UTF-16"')
    cases["bom-only"] = b"\xef\xbb\xbf"
    cases["empty"] = b""
    cases["whitespace-only"] = b" \n\t\r\n "
    cases["nul-only"] = b"\x00" * 4096
    cases["nul-at-start"] = b"\x00" + GOOD
    cases["nul-in-middle"] = GOOD[:200] + b"\x00" + GOOD[200:]
    cases["xml-declaration-only"] = b'<?xml version="1.0"?>'
    for i, at in enumerate((10, 300, len(GOOD) // 2, len(GOOD) - 30, len(GOOD) - 2)):
        cases[f"invalid-utf8-{i}"] = GOOD[:at] + b"\xc3\x28\xff" + GOOD[at:]
    # files that are something else
    docx = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    cases["docx-renamed"] = docx
    cases["zip-bomb"] = _zip({"word/document.xml": b"\x00" * 50_000_000})
    cases["zip-bomb-nested"] = _zip({"inner.zip": _zip({"a.xml": b"<" * 20_000_000}), "word/document.xml": b"<x/>"})
    cases["zip-truncated"] = docx[:60]
    cases["png-renamed"] = _png()
    cases["pdf-renamed"] = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    cases["gzip-renamed"] = gzip.compress(GOOD)
    cases["our-schema"] = (Path(__file__).resolve().parents[1] / "schemas" / "resolution.rng").read_bytes()
    cases["html"] = "<!DOCTYPE html><html><body><p>Resolution 7</p></body></html>"
    cases["xhtml"] = '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>'
    cases["svg"] = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    cases["word-document-xml"] = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'
    cases["json"] = b'{"resolution": 7}'
    rng = random.Random(12)
    for i in range(6):
        cases[f"binary-garbage-{i}"] = bytes(rng.randrange(256) for _ in range(rng.choice((16, 400, 5000))))
    for i, at in enumerate(sorted({int(len(MOD) * k / 40) for k in range(1, 40)})):
        cases[f"mod-cut-at-{i:02d}"] = MOD[:at]
    cases["mod-valid"] = MOD
    cases["resolution-valid"] = GOOD
    cases["fifo-external-dtd"] = f'<!DOCTYPE resolution SYSTEM "file://{trap}">\n{_resolution()}'
    cases["fifo-parameter-entity"] = f'<!DOCTYPE r [<!ENTITY % p SYSTEM "file://{trap}"> %p;]>\n{_resolution()}'
    cases["fifo-xxe"] = f'<!DOCTYPE r [<!ENTITY s SYSTEM "file://{trap}">]>\n{HEAD}<number>&s;</number><title>x</title></resolution>'
    cases["fifo-xinclude"] = _resolution(_section(_clause(f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{trap}" parse="text"/>')))
    return cases


TEXT_CASES: dict[str, bytes] = {
    "text-binary-garbage": bytes(random.Random(3).randrange(256) for _ in range(20_000)),
    "text-control-characters": b"RESOLUTION 7\n\x01\x02\x1b[31m resolves\n1\tto \x07ring\n",
    "text-cp1252-controls": b"RESOLUTION 7\n\x81\x8d\x8f\x90\x9d resolves\n1\tto do\n",
    "text-bidi": "RESOLUTION 7\n\u202eresolves\u202c\n1\tto \u2067do\u2069;\n".encode(),
    "text-utf16": "RESOLUTION 7 (Rev. Geneva, 2022)\nresolves\n1\tto do;\n".encode("utf-16"),
    "text-utf16-odd": b"\xff\xfeR\x00E\x00S",
    "text-nul": b"RESOLUTION 7\n\x00\x00\n",
    "text-png": _png(),
    "text-docx": _zip({"word/document.xml": b"<w:document/>"}),
    "text-pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
    "text-empty": b"",
    "text-long-line": ("x" * 200_000).encode(),
    "text-labels-only": "".join(f"{chr(97 + i % 26)})\n" for i in range(3000)).encode(),
    "text-xml-looking": GOOD,
    "text-seed-like": b"RESOLUTION 7 (Rev. Geneva, 2022)\nCollaboration\n(Helsinki, 1993)\nThe Assembly (Geneva, 2022),\nconsidering\na)\tthat x;\nb)\tthat y,\nresolves\n1\tto do.\n",
    "text-invalid-utf8": b"RESOLUTION 7\n\xc3\x28\xa0\xa1 resolves\n",
}


def _missing(data: bytes, name: str) -> bytes:
    """The Word file `data` without its member `name` (its relationships still name it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return _zip({n: z.read(n) for n in z.namelist() if n != name})


def _ole(stream: str) -> bytes:
    """The start of an OLE compound file whose directory names `stream` (a .doc, or an encrypted .docx)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + stream.encode("utf-16-le") + b"\x00" * 1024


def _lying_header(data: bytes) -> bytes:
    """A ZIP whose headers claim its first member inflates to 100 bytes (it inflates to much more)."""
    out = bytearray(data)
    local = out.find(b"PK\x03\x04")
    out[local + 22:local + 26] = (100).to_bytes(4, "little")
    central = out.find(b"PK\x01\x02")
    out[central + 24:central + 28] = (100).to_bytes(4, "little")
    return bytes(out)


def word_cases() -> dict[str, bytes]:
    """Name -> bytes of Word files that are hostile or broken, and one sound one (`docx-valid`)."""
    from editor.export.docx.writer import to_bytes as docx_bytes

    paragraph = '<w:p><w:pPr><w:pStyle w:val="ResNo"/></w:pPr><w:r><w:t>RESOLUTION 7</w:t></w:r></w:p>'
    big = b"<w:p/>" * 12_000_000  # 72 MB, inflating past the 64 MiB limit of a part
    return {
        "docx-valid": docx_bytes(mod_document()[0]),
        "docx-zip-bomb": package(body("").replace(b"</w:body>", big + b"</w:body>")),
        "docx-zip-bomb-total": package(body(paragraph), **{kind: b" " * 60_000_000 + b"<x/>" for kind in
                                                                ("styles", "numbering", "footnotes", "comments", "settings")}),
        "docx-lying-header": _lying_header(package(body(paragraph * 20_000))),
        "docx-doctype": package(b'<!DOCTYPE w:document [<!ENTITY x "y">]>' + body(paragraph)),
        "docx-entity-styles": package(body(paragraph), styles=b'<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">]><s>&a;</s>'),
        "docx-missing-document": _missing(package(body(paragraph)), "word/document.xml"),
        "docx-missing-footnotes": _missing(package(body(paragraph), footnotes=b"<x/>"), "word/footnotes.xml"),
        "docx-corrupt-part": package(body(paragraph)[:-30]),
        "docx-not-word-zip": _zip({"readme.txt": b"hello", "data/table.csv": b"a,b\n1,2\n"}),
        "docx-odt": _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office:document-content/>"}),
        "docx-encrypted": _ole("EncryptedPackage"),
        "docx-truncated": package(body(paragraph))[:200],
        "docx-empty": b"",
    }


def make_cases(folder: Path, port: int, trap: Path) -> list[Case]:
    """Write every case under `folder`; `port` is the loopback listener's, `trap` a watched FIFO."""
    folder.mkdir(parents=True, exist_ok=True)
    secret = folder / "secret.txt"
    secret.write_text(SECRET)
    heavy = {"many-footnotes", "many-clauses", "many-spans", "long-clause", "many-sections", "many-proposals", "huge-author"}
    out: list[Case] = []
    for name, content in _xml_cases(port, trap, secret).items():
        path = folder / f"{name}.xml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        out.append(Case(name, path, heavy=name in heavy, fetch_trap=name.startswith("fifo-")))
    for name, content in TEXT_CASES.items():
        path = folder / f"{name}.txt"
        path.write_bytes(content)
        out.append(Case(name, path, text=True))
    for name, content in word_cases().items():
        path = folder / f"{name}.docx"
        path.write_bytes(content)
        out.append(Case(name, path, text=True))
    word97 = folder / "word97.doc"
    word97.write_bytes(_ole("WordDocument"))
    out.append(Case("word97-doc", word97, text=True))
    out.extend(_odd_files(folder))
    return out


def _odd_files(folder: Path) -> list[Case]:
    """Names that are not a readable regular file, and files with names that are traps themselves."""
    odd = folder / "odd"
    odd.mkdir()
    (odd / "dev-zero.xml").symlink_to("/dev/zero")
    (odd / "dev-urandom.txt").symlink_to("/dev/urandom")
    os.mkfifo(odd / "fifo.xml")
    os.mkfifo(odd / "fifo.txt")
    (odd / "folder.xml").mkdir()
    (odd / "loop.xml").symlink_to(odd / "loop.xml")
    (odd / "dangling.xml").symlink_to(odd / "nowhere.xml")
    sparse = odd / "over-the-limit.xml"
    with open(sparse, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    cases = [Case(p.stem + ("-text" if p.suffix == ".txt" else ""), p, text=p.suffix == ".txt") for p in sorted(odd.iterdir())]
    cases.append(Case("missing", odd / "missing.xml"))
    named = {"name-newline": "draft\nerror: forged.xml", "name-escape": "draft\x1b[2J\x1b[31m.xml",
             "name-bidi": "draft\u202elmx.txt.xml", "name-invalid-utf8": os.fsdecode(b"draft-\xff\xfe.xml")}
    for case, name in named.items():
        path = odd / name
        path.write_bytes(GOOD)
        cases.append(Case(case, path))
    return cases
