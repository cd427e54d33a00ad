"""A file's bytes to text, and a fixed text back to the same bytes: the encoding each format's own rules find.

UTF-8 is the default and the norm.  Translation files and old documentation often are not: TMX exported in
UTF-16 (its specification's other encoding), a PO file whose header says ``charset=ISO-8859-1``, an XLIFF or
TMX whose XML declaration names its encoding, HTML with ``<meta charset="windows-1252">``.  A file is read
in the encoding found, in this order, and written back in it by ``--fix``:

1. a byte order mark (UTF-8, UTF-16 or UTF-32, either order), for every format;
2. XLIFF and TMX without one: UTF-16 told by the first characters (``<?`` with NUL bytes, the XML
   specification's appendix F), then the ``encoding`` of the XML declaration;
3. HTML: a ``<meta charset>``, or a ``<meta http-equiv="Content-Type" content="…; charset=…">``, starting in
   the first 1024 bytes and not in a comment, as a browser's prescan finds it; ``ISO-8859-1`` and
   ``US-ASCII`` mean windows-1252 there (the Encoding standard), and a page that declares nothing and is not
   UTF-8 is read as windows-1252, a browser's fallback for Western pages (Python's windows-1252, which
   leaves five bytes undefined: a page holding one is refused);
4. PO: the ``charset`` of the header's ``Content-Type`` (the header: an entry ``msgid ""`` before any other;
   a template's placeholder ``CHARSET`` is UTF-8);
5. a Java ``.properties`` bundle that is not UTF-8: ISO-8859-1, as Java reads it (its default before Java 9, its
   fallback since).

A declared 8-bit encoding that the bytes contradict (a catalog converted to UTF-8 under its old
``charset=ISO-8859-1`` header: non-ASCII bytes that are valid UTF-8, as Latin-1 text almost never is) gives
way to UTF-8, with a warning.

Anything else is UTF-8, strictly: plain text and Markdown have no way to declare an encoding, and guessing
one would change a file's text behind its author's back.  A declared encoding must be a file's encoding:
ASCII where the text is ASCII, with no escapes and no shifts (not ``unicode_escape``, UTF-7 or ISO-2022-JP).
A fix that the file's encoding cannot hold (a curly quotation mark in ISO-8859-1) is not offered, and the
finding stays; nor is any fix in a file whose bytes its encoding would not give back as they are (a Big5 or
Shift_JIS file holding one of the codes that two characters share).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from ..errors import InputError

UTF8 = "utf-8"
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, UTF8),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_XML_UTF16 = ((b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))
_NAME = rb"[A-Za-z0-9][\w.:-]{0,39}"  # an encoding's label
_LABEL = rb"""["']?\s*(""" + _NAME + rb")"
# (expressions as text, compiled by ``re`` on first use: a Markdown or plain-text run never needs one)
_XML_DECLARATION = rb"<\?xml\s[^>]*?encoding\s*=\s*" + _LABEL
# a browser's prescan, in short: comments skipped, each <meta> tag's attributes read
_PRESCAN = rb"(?is)<!--(?:.*?-->|.*)|<meta(?=[\s/])[^>]*>"  # (a comment never closed runs to the end)
_ATTRIBUTE = rb"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?"""
_CHARSET = rb"(?i)charset\s*=\s*" + _LABEL
_PO_HEADER = rb'(?m)^msgid[ \t]+""[ \t]*\r?\nmsgstr[ \t]+("[^\n]*\n(?:[ \t]*"[^\n]*\n)*)'
_PO_ENTRY = rb"(?m)^(?:msgid|msgctxt)\b"
_PO_CHARSET = rb"(?i)Content-Type:[^\n]*?charset=" + _LABEL
_WIDE = ("utf-16", "utf-32")
_HTML_WINDOWS_1252 = ("iso8859-1", "ascii")  # the Encoding standard's labels of windows-1252
# what a file's encoding gives back as it is: ASCII, and no escape (\u00e9), shift (~{, ESC $ B) or UTF-7 (+AGE-)
_PROBE = bytes(b for b in range(128) if b not in (0x1B, 0x5C)) + rb"\u00e9\xe9+AGE-~{" + b"\x1b$B!!\x1b(B"


XML_FORMATS = ("xliff", "tmx", "ts", "resx", "stringsdict", "android", "xml", "ttml")  # read as their declaration says


class Decoded(NamedTuple):
    text: str
    encoding: str
    bom: bool
    exact: bool = True  # the text, encoded again, gives the file's bytes back (else no fix is offered)
    warning: str | None = None  # a declaration the bytes contradict (read as what they are)


def decode(data: bytes, path: str, fmt: str = "text") -> Decoded:
    """Bytes -> (text, encoding, had a byte order mark, exact), or InputError naming the file and the problem."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(_decode(data, len(bom), encoding, path, "its byte order mark says"), encoding, True)
    if fmt in XML_FORMATS:
        for start, encoding in _XML_UTF16:
            if data.startswith(start):
                return Decoded(_decode(data, 0, encoding, path, "its first characters say"), encoding, False)
    if _utf16_without_bom(data):
        raise InputError(path, "UTF-16 text without a byte order mark: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)")
    encoding, where = _declared(data, path, fmt)
    why = where and f"{where} says"
    if fmt == "properties" and not data.isascii():
        try:
            data.decode(UTF8)
        except UnicodeDecodeError:  # Java reads a bundle that is not UTF-8 as ISO-8859-1 (its default before Java 9)
            return Decoded(_decode(data, 0, "latin-1", path, None), "latin-1", False)  # (a NUL byte: binary)
    if where is None and fmt == "html" and b"\x00" not in data:
        try:
            return Decoded(data.decode(UTF8), UTF8, False)
        except UnicodeDecodeError:  # a page that declares nothing: read as a browser reads it
            encoding, why = "cp1252", "a browser reads a page that declares none and is not UTF-8"
    if encoding != UTF8 and not data.isascii():
        try:  # a header left from an older life of the file: bytes that are UTF-8 are UTF-8
            text = data.decode(UTF8)
        except UnicodeDecodeError:
            pass
        else:
            return Decoded(text, UTF8, False, True, f"{where} names {encoding}, but the file is UTF-8: read as UTF-8")
    text = _decode(data, 0, encoding, path, why)
    return Decoded(text, encoding, False, encoding == UTF8 or text.encode(encoding) == data)


def encode(text: str, encoding: str, bom: bool) -> bytes:
    """The bytes of ``text`` in the file's encoding, with its byte order mark if it had one."""
    return (("\ufeff" if bom else "") + text).encode(encoding)


def encode_diff(diff: str, encoding: str) -> bytes:
    """A file's patch as ``git apply`` wants it: its two header lines (paths) as the file system names them
    (UTF-8), the rest in the file's encoding (a UTF-16 or UTF-32 file is binary to git: its patch is in
    UTF-8, to be read)."""
    if encoding == UTF8 or encoding.startswith(_WIDE):
        return diff.encode(UTF8, "surrogateescape")
    head = diff.split("\n", 2)
    body = head.pop() if len(head) == 3 else ""
    return "\n".join(head + [""]).encode(UTF8, "surrogateescape") + body.encode(encoding, "replace")


def can_hold(encoding: str, text: str) -> bool:
    """Can a file in ``encoding`` hold ``text`` as it is?"""
    if encoding.startswith("utf-") or text.isascii():
        return True
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _decode(data: bytes, start: int, encoding: str, path: str, why: str | None) -> str:
    wide = encoding.startswith(_WIDE)
    nul = -1 if wide else data.find(b"\x00", start)
    if nul >= 0:
        raise InputError(path, f"binary file (NUL byte at byte {nul})")
    try:
        text = data[start:].decode(encoding)
    except UnicodeDecodeError as exc:
        said = f" (as {why})" if why and encoding != UTF8 else ""
        raise InputError(path, f"not valid {'UTF-8' if encoding == UTF8 else encoding} at byte {exc.start + start}"
                               f"{said}") from None
    nul = text.find("\x00") if wide else -1
    if nul >= 0:
        raise InputError(path, f"binary file (NUL character at character {nul})")
    return text


def _declared(data: bytes, path: str, fmt: str) -> tuple[str, str | None]:
    """The encoding an 8-bit file declares and where ("its XML declaration"); UTF-8 and None if it declares none."""
    if fmt in XML_FORMATS:
        label, where = _group(re.match(_XML_DECLARATION, data)), "its XML declaration"
    elif fmt == "html":
        label, where = _html_label(data), "its <meta charset>"
    elif fmt == "po":
        label, where = _po_label(data), "its header's charset"
    elif fmt == "latex":
        label, where = _latex_label(data), "its \\usepackage[…]{inputenc}"
    else:
        return UTF8, None
    if label is None or label.upper() == "CHARSET":
        return UTF8, None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        raise InputError(path, f"{where} names an unknown encoding {label!r}") from None
    if name.startswith(_WIDE) or name in (UTF8, "utf-8-sig"):
        return UTF8, where  # (UTF-16 declared by an 8-bit file: the bytes say UTF-8, as browsers read it)
    if not _usable(name):
        raise InputError(path, f"{where} names {label!r}, not an encoding a text file can be in")
    if fmt == "html" and name in _HTML_WINDOWS_1252:
        name = "cp1252"
    return name, where


def _group(m) -> str | None:
    return None if m is None else m.group(1).decode("ascii")


def _html_label(data: bytes) -> str | None:
    for m in re.finditer(_PRESCAN, data[:4096]):
        if m.start() >= 1024:
            break
        if m.group().startswith(b"<!--"):
            continue
        attributes: dict = {}
        for a in re.finditer(_ATTRIBUTE, m.group()[5:]):
            value = next((v for v in a.groups()[1:] if v is not None), b"")
            attributes.setdefault(a.group(1).lower(), value.strip())
        if b"charset" in attributes:
            label = re.match(_NAME, attributes[b"charset"])
            if label:
                return label.group().decode("ascii")
        elif attributes.get(b"http-equiv", b"").lower() == b"content-type":
            label = _group(re.search(_CHARSET, attributes.get(b"content", b"")))
            if label:
                return label
    return None


def _po_label(data: bytes) -> str | None:
    """The charset of the header, the entry ``msgid ""`` that comes before any other."""
    m = re.search(_PO_HEADER, data[:65536])
    if m is None or re.search(_PO_ENTRY, data[:m.start()]):
        return None
    return _group(re.search(_PO_CHARSET, m.group(1)))


# inputenc's names for the encodings Python knows by others
_INPUTENC = {"latin1": "latin-1", "latin9": "iso8859-15", "latin2": "iso8859-2", "latin10": "iso8859-16",
             "ansinew": "cp1252", "applemac": "mac-roman", "utf8x": "utf-8", "x-mac-roman": "mac-roman"}


def _latex_label(data: bytes) -> str | None:
    """The encoding a LaTeX file's ``\\usepackage[latin1]{inputenc}`` names (its last option: inputenc's)."""
    m = re.search(rb"(?m)^[^%\n]*?\\usepackage\s*\[([^\]]*)\]\s*\{inputenc\}", data[:65536])
    if m is None:
        return None
    label = m.group(1).decode("ascii", "replace").split(",")[-1].strip()
    return _INPUTENC.get(label, label) or None


def _usable(name: str) -> bool:
    """Is ``name`` an encoding a file can be in (``_PROBE``)?"""
    try:
        return _PROBE.decode(name) == _PROBE.decode("ascii") and _PROBE.decode("ascii").encode(name) == _PROBE
    except Exception:  # noqa: BLE001  (idna, undefined, rot13…: whatever they raise, not a file's encoding)
        return False


def _utf16_without_bom(data: bytes) -> bool:
    """Is ``data`` UTF-16 without a byte order mark (where its NUL bytes fall)?"""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return len(head) >= 4 and min(even, odd) == 0 and max(even, odd) * 4 >= len(head)  # a NUL on one side only
