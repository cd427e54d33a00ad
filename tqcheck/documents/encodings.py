"""A file's bytes to text, and a fixed text back to the same bytes: the encoding each format's own rules find.

UTF-8 is the default and the norm.  Translation files and old documentation often are not: TMX exported in
UTF-16 (its specification's other encoding), a PO file whose header says ``charset=ISO-8859-1``, an XLIFF or
TMX whose XML declaration names its encoding, HTML with ``<meta charset="windows-1252">``.  A file is read
in the encoding found, in this order, and written back in it by ``--fix``:

1. a byte order mark (UTF-8, UTF-16 or UTF-32, either order), for every format;
2. XLIFF and TMX without one: UTF-16 told by the first characters (``<?`` with NUL bytes, the XML
   specification's appendix F), then the ``encoding`` of the XML declaration;
3. HTML: a ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` in the first 1024 bytes, as a browser's
   prescan finds it; ``ISO-8859-1`` and ``US-ASCII`` mean windows-1252 there (the Encoding standard), and a
   page that declares nothing and is not UTF-8 is read as windows-1252, a browser's fallback for Western
   pages;
4. PO: the ``charset`` of the header's ``Content-Type`` (a template's placeholder ``CHARSET`` is UTF-8).

Anything else is UTF-8, strictly: plain text and Markdown have no way to declare an encoding, and guessing
one would change a file's text behind its author's back.  A fix that the file's encoding cannot hold (a
curly quotation mark in ISO-8859-1) is not offered; the finding stays.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

UTF8 = "utf-8"
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, UTF8),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_XML_UTF16 = ((b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))
_LABEL = rb"""["']?\s*([A-Za-z0-9][\w.:-]*)"""
_XML_DECLARATION = re.compile(rb"<\?xml\s[^>]*?encoding\s*=\s*" + _LABEL)
_META = re.compile(rb"<meta\s[^>]*?charset\s*=\s*" + _LABEL, re.IGNORECASE)
_PO_CHARSET = re.compile(rb'^"Content-Type:[^"\n]*charset=' + _LABEL, re.MULTILINE | re.IGNORECASE)
_BLANK_LINE = re.compile(rb"\n[ \t\r]*\n")
_WIDE = ("utf-16", "utf-32")
_HTML_WINDOWS_1252 = ("iso8859-1", "ascii")  # the Encoding standard's labels of windows-1252


def decode(data: bytes, path: str, fmt: str = "text") -> tuple[str, str, bool]:
    """Bytes -> (text, encoding, had a byte order mark), or InputError naming the file and the problem."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, len(bom), encoding, path, "its byte order mark"), encoding, True
    if fmt in ("xliff", "tmx"):
        for start, encoding in _XML_UTF16:
            if data.startswith(start):
                return _decode(data, 0, encoding, path, "its first characters"), encoding, False
    wide = _wide_encoding(data)
    if wide:
        raise InputError(path, f"{wide} text without a byte order mark: convert it to UTF-8 (iconv -f {wide} -t UTF-8)")
    encoding, why = _declared(data, path, fmt)
    if why is None and fmt == "html" and b"\x00" not in data:
        try:
            return data.decode(UTF8), UTF8, False
        except UnicodeDecodeError:  # a page that declares nothing: read as a browser reads it
            encoding, why = "cp1252", "a page that declares no encoding and is not UTF-8"
    return _decode(data, 0, encoding, path, why), encoding, False


def encode(text: str, encoding: str, bom: bool) -> bytes:
    """The bytes of ``text`` in the file's encoding, with its byte order mark if it had one."""
    return (("\ufeff" if bom else "") + text).encode(encoding)


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
        said = f" (as {why} says)" if why and encoding != UTF8 else ""
        raise InputError(path, f"not valid {'UTF-8' if encoding == UTF8 else encoding} at byte {exc.start + start}"
                               f"{said}") from None
    nul = text.find("\x00") if wide else -1
    if nul >= 0:
        raise InputError(path, f"binary file (NUL character at character {nul})")
    return text


def _declared(data: bytes, path: str, fmt: str) -> tuple[str, str | None]:
    """The encoding an 8-bit file declares and where ("its XML declaration"); UTF-8 and None if it declares none."""
    if fmt in ("xliff", "tmx"):
        m, where = _XML_DECLARATION.match(data, 0, 1024), "its XML declaration"
    elif fmt == "html":
        m, where = _META.search(data, 0, 1024), "its <meta charset>"
    elif fmt == "po":  # in the header, the first entry: up to the first blank line
        blank = _BLANK_LINE.search(data, 0, 65536)
        m, where = _PO_CHARSET.search(data, 0, blank.start() if blank else 65536), "its header's charset"
    else:
        return UTF8, None
    if m is None or m.group(1).upper() == b"CHARSET":
        return UTF8, None
    label = m.group(1).decode("ascii")
    try:
        info = codecs.lookup(label)
    except LookupError:
        raise InputError(path, f"{where} names an unknown encoding {label!r}") from None
    name = info.name
    if name.startswith(_WIDE) or name == UTF8:
        return UTF8, where  # (UTF-16 declared by an 8-bit file: the bytes say UTF-8, as browsers read it)
    if not getattr(info, "_is_text_encoding", True) or name == "utf-7" or "<a=".encode(name) != b"<a=":
        raise InputError(path, f"{where} names {label!r}, not an encoding a text file can be in")
    if fmt == "html" and name in _HTML_WINDOWS_1252:
        name = "cp1252"
    return name, where


def _wide_encoding(data: bytes) -> str | None:
    """"UTF-16" for text in UTF-16 without a byte order mark (where its NUL bytes fall)."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if min(even, odd) == 0 and max(even, odd) * 4 >= len(head):  # half the pairs: a NUL on one side only
        return "UTF-16"
    return None
