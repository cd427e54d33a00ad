"""E-books (``.epub``): a book translated from French, read chapter by chapter in reading order, read-only as Word
files are (``office``).

The container names the package (``META-INF/container.xml``), whose spine gives the chapters in reading order.  Each
chapter (XHTML) is read by the HTML reader (``html``): what it calls prose, and nothing else (navigation, code,
scripts, styles, notes for screen readers kept out as on any page).  Each of its paragraphs is one line of the
document's text, so a finding's line is the paragraph's number in the book.  A French book reads as French and is not
checked, as any document.  A book encrypted by DRM (``META-INF/encryption.xml``) cannot be read: one error line.
"""

from __future__ import annotations

import posixpath
import re

from ..errors import InputError
from .encodings import Decoded
from .office import member, open_archive, part

KIND = "an .epub"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_XHTML = ("application/xhtml+xml", "text/html")
_BREAKS = re.compile(r"\s*\n\s*")
_HEAD = re.compile(r"<head\b.*?</head\s*>", re.I | re.S)


def extract(data: bytes, path: str, fmt: str = "epub") -> Decoded:
    archive = open_archive(data, path, KIND)
    with archive:
        if "META-INF/encryption.xml" in archive.namelist() and b"EncryptedData" in (
                member(archive, "META-INF/encryption.xml", path, KIND) or b""):
            raise InputError(path, "an encrypted (DRM) e-book: its chapters cannot be read")
        container = part(archive, "META-INF/container.xml", path, KIND, needed=True)
        rootfile = next((r.get("full-path") for r in container.iter(_CONTAINER + "rootfile")), None)
        if not rootfile:
            raise InputError(path, f"not {KIND} file: its container names no package")
        package = part(archive, rootfile, path, KIND, needed=True)
        lines = []
        for name in _chapters(package, posixpath.dirname(rootfile)):
            try:
                lines += _paragraphs(member(archive, name, path, KIND) or b"", name)
            except InputError as exc:
                raise InputError(path, exc.problem if exc.path == path else f"{name}: {exc.problem}") from None
    text = "\n".join(lines) + "\n" if lines else ""
    return Decoded(text, "epub", False, False)


def _chapters(package, folder: str) -> list:
    """The archive names of the spine's XHTML documents, in reading order."""
    items = {i.get("id"): i for i in package.iter(_OPF + "item")}
    out = []
    for ref in package.iter(_OPF + "itemref"):
        item = items.get(ref.get("idref"))
        if item is not None and item.get("media-type") in _XHTML and item.get("href"):
            out.append(posixpath.normpath(posixpath.join(folder, item.get("href").split("#")[0])))
    return out


def _paragraphs(data: bytes, name: str) -> list:
    """A chapter's prose, as the HTML reader reads it: one line a paragraph."""
    from .encodings import decode as decode_text
    from .html import parse_html
    from .model import Document

    text = _HEAD.sub("", decode_text(data, name, "html").text, count=1)  # a chapter's <title> is not read as text
    doc = Document(path=name, text=text, format="html")
    parse_html(doc)
    return [_BREAKS.sub(" ", seg.text).strip() for seg in doc.segments if seg.text.strip()]
