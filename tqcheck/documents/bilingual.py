"""What the bilingual readers (XLIFF, TMX, PO, TSV) share: a unit's text as pieces, then a Segment.

A reader collects the text of a unit's source or target as ``Pieces``: runs that are verbatim in
the file, decoded characters (an XML entity, a PO escape: each spans its whole escape in the file)
and opaque tokens (an inline tag or code: one ``PLACEHOLDER`` spanning the markup).  ``segment()``
then hides the placeholders of the text itself (``%s``, ``%(name)s``, ``{0}``, ``{name}``...) behind
``PLACEHOLDER`` too, and builds a ``FileSegment``: a ``Segment`` whose fixes are written in the
file's own syntax (``"`` becomes ``\\"`` in a PO string, ``&`` becomes ``&amp;`` in XML), or
dropped where they cannot be (a tab in a TSV cell).  Only target segments go to the rules; the
source is kept in ``Document.pairs``.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field, replace

from .directives import DIRECTIVE_RE, add_directive
from .locales import UNKNOWN, foreign, named_language
from .model import PLACEHOLDER, Document, Pair, Segment, is_prose

# placeholders of software strings, opaque to the rules: Apple's substitutions (%#@files@, %arg), printf,
# Objective-C (%@) and Python %-formats (never `% o`: a space flag would take `50 % of` for a format), Qt's and
# KDE's %1, %L1, %{name}, ${name} and expressions (Jakarta EL's ${a ? 'b' : ''}, #{bean.x}), {{ name }}, {0},
# {0,number}, .NET's {0:N2}, {name}, {name:fmt}, {name!r}
PLACEHOLDER_RE = re.compile(
    r"%(?:[1-9]\d*\$)?#@\w+@|%arg\b|(?<![\w@])@[A-Za-z_]\w*@(?![\w@])"  # (and SPIP's @name@)
    r"|%(?:\(\w+\)|[1-9]\d*\$)?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|ll|[hlLqjzt])?[diouxXeEfFgGaAcspn%@]"
    r"|%L?[1-9]\d?(?!\d)"
    r"|%\{\w+\}|[$#]\{[^{}\n]*\}|\{\{\s*[\w.]+\s*\}\}"
    r"|\{\d+(?:[,:][^{}\n]*)?\}|\{[A-Za-z_][\w.]*(?:![rsa])?(?::[^{}\n]*)?\}"
)

# a menu's mnemonic (`&Save`, `In&sert`: the letter after `&` is underlined): a `&` before a letter, not between
# capitals (`R&D`), after another `&`, nor an entity's (`&nbsp;` in rich text)
MNEMONIC = re.compile(r"(?<![A-Z&])&(?=[^\W\d_])(?![A-Za-z]+;)|(?<=[A-Z])&(?=[a-z])")

# in a resource file's string, markup is not text either: `<a href="%{url}">`, `</b>`, `<!-- -->`; `<br/>` a line break
PLACEHOLDER_OR_TAG_RE = re.compile(PLACEHOLDER_RE.pattern + r"|((?i:</?br\s*/?>))|</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>"
                                   r"|<!--.*?-->", re.S)


@dataclass(eq=False)
class FileSegment(Segment):
    """A segment of a bilingual file: each fix's replacement is written through ``escape``, which
    returns it in the file's syntax, or None when it cannot be written there (then no fix)."""

    escape: object = field(default=None, repr=False)  # (replacement, start, end) -> str | None

    def problem(self, *args, **kwargs):
        found = super().problem(*args, **kwargs)
        fix = found.fix
        if fix is not None and self.escape is not None:
            start, end = (found.start, found.end) if fix.start is None else (fix.start, fix.end)
            written = self.escape(fix.replacement, start, end)
            found.fix = None if written is None else replace(fix, replacement=written)
        return found


class Pieces:
    """The text of one unit's source or target, piece by piece, with where each piece is in the file."""

    __slots__ = ("parts",)

    def __init__(self):
        # (text, start, end): a verbatim run when end >= 0; else text stands for the file's [start, -end)
        self.parts: list[tuple[str, int, int]] = []

    def __bool__(self) -> bool:
        return bool(self.parts)

    def text(self) -> str:  # as read: escapes decoded, opaque spans as PLACEHOLDER
        return "".join(p[0] for p in self.parts)

    def verbatim(self, text: str, start: int) -> None:
        if text:
            self.parts.append((text, start, start + len(text)))

    def decoded(self, text: str, start: int, end: int) -> None:
        """``text`` stands for the file's ``[start, end)`` (an entity, an escape, a CR LF read as a line
        break): never verbatim, so no fix edits it."""
        self.parts.append((text, start, -end))

    def opaque(self, start: int, end: int) -> None:
        self.parts.append((PLACEHOLDER, start, -end))


def strip_mnemonics(pieces: Pieces, opaque: list) -> Pieces:
    """The pieces as a menu shows them (Qt, Windows Forms): a mnemonic's ``&`` is nothing, its span opaque (no fix
    crosses it), and ``&&`` is one ``&``.  The ``&`` may be verbatim (CDATA) or an entity (``&amp;``)."""
    text = pieces.text()
    if "&" not in text:
        return pieces
    drop = {m.start() for m in MNEMONIC.finditer(text)} | {m.start() + 1 for m in re.finditer("&&", text)}
    out, at = Pieces(), 0
    for chars, start, end in pieces.parts:
        marks = [k for k in range(at, at + len(chars)) if k in drop]
        if not marks:
            out.parts.append((chars, start, end))
        elif end < 0:  # a decoded `&` (`&amp;`): one character for its whole span
            opaque.append((start, -end))
        else:
            last = 0
            for k in marks:
                out.verbatim(chars[last:k - at], start + last)
                opaque.append((start + k - at, start + k - at + 1))
                last = k - at + 1
            out.verbatim(chars[last:], start + last)
        at += len(chars)
    return out


def segment(doc: Document, pieces: Pieces, escape=None, tags: bool = False) -> FileSegment | None:
    """The segment of ``pieces`` (None when empty).  Inline placeholders of the text (and, with ``tags``, its
    markup) become ``PLACEHOLDER``; every opaque span goes to ``doc.opaque``."""
    if not pieces:
        return None
    parts = pieces.parts
    text = parts[0][0] if len(parts) == 1 else "".join(p[0] for p in parts)
    hidden = PLACEHOLDER_OR_TAG_RE if tags and "<" in text else PLACEHOLDER_RE
    has_placeholder = ("%" in text or "{" in text or "@" in text or "<" in text) and hidden.search(text) is not None
    if len(parts) == 1 and parts[0][2] >= 0 and not has_placeholder:  # one verbatim run: no mapping needed
        return FileSegment(text, parts[0][1], None, doc.text, escape=escape)
    positions: list[int] = []
    ends, k = {}, 0
    for chars, start, end in parts:
        n = len(chars)
        if end >= 0:  # verbatim
            positions += range(start, start + n)
        else:
            positions += [start] * n
            for m in range(k, k + n):
                ends[m] = -end
            if chars == PLACEHOLDER:
                doc.opaque.append((start, -end))
        k += n
    typecode = "i" if len(doc.text) < 2**31 - 1 else "q"
    pos = array(typecode, positions)  # a Python list of ints costs 36 bytes a character
    if has_placeholder:
        text, pos, ends = _hide_placeholders(doc, text, pos, ends, typecode, hidden)
    return FileSegment(text, pos[0], pos, doc.text, ends or None, escape=escape)


def _hide_placeholders(doc, text, pos, ends, typecode, hidden=PLACEHOLDER_RE):
    matches = list(hidden.finditer(text))
    if not matches:
        return text, pos, ends
    out, out_pos, out_ends, last = [], array(typecode), {}, 0

    def copy(i, j):
        base = len(out_pos)
        out.append(text[i:j])
        out_pos.extend(pos[i:j])
        for m in range(i, j):
            if m in ends:
                out_ends[base + m - i] = ends[m]

    for m in matches:
        i, j = m.span()
        copy(last, i)
        start, end = pos[i], ends.get(j - 1, pos[j - 1] + 1)
        out_ends[len(out_pos)] = end
        out.append("\n" if m.lastindex else PLACEHOLDER)  # `<br />1) Click…`: a line break, opaque as markup
        out_pos.append(start)
        doc.opaque.append((start, end))
        last = j
    copy(last, len(text))
    return "".join(out), out_pos, out_ends


def add_pair(doc: Document, source: Pieces, target: Pieces, unit_id: str, escape, spaces_count: bool = True,
             tags: bool = False, **unit) -> None:
    """One unit: its target (if it holds prose) to the rules, and the pair to ``doc.pairs``; ``tags``: markup in the
    text (a PO string's `<a href="%(url)s">`) is opaque, as placeholders are; ``unit``: ``Pair.context``, ``fuzzy``."""
    source_segment = segment(doc, source, tags=tags)
    target_segment = segment(doc, target, escape, tags)
    if target_segment is not None and not target_segment.text.strip():
        target_segment = None  # an empty target: an untranslated unit
    if target_segment is not None and is_prose(target_segment.text):
        doc.segments.append(target_segment)
    doc.pairs.append(Pair(source_segment.text if source_segment else "", target_segment, 1.0, unit_id,
                          source_segment, spaces_count, **unit))


def add_units(doc: Document, found, escape) -> None:
    """A resource file's ``(key, pieces)``, in the file's order: each that holds prose a segment, and a unit
    (``Document.units``, which ``pairing`` pairs by key with ``--source``)."""
    doc.units = {}
    for key, pieces in found:
        seg = segment(doc, pieces, escape, tags=True)
        if seg is not None and is_prose(seg.text):
            doc.segments.append(seg)
            doc.units[key] = seg
    finish(doc)


def finish(doc: Document) -> None:
    """What every reader does last: the opaque spans in order (the engine bisects them)."""
    doc.opaque.sort()


def directive(doc: Document, comment: str, offset: int, raw: str | None = None):
    """A ``tqcheck:`` suppression comment (``comment``: its text without the comment markers) at
    ``offset``; ``raw``: the comment as written, when it is not ``<!--comment-->``.  Returns the
    ``ignore`` directive whose block the reader must end (``.last``), or None."""
    if not DIRECTIVE_RE.match(comment):
        return None
    counts = len(doc.directives), len(doc.bad_directives)
    add_directive(doc, comment, offset, None)
    added = doc.directives[counts[0]:] or doc.bad_directives[counts[1]:]
    if not added:
        return None
    d = added[0]
    if raw is not None:
        d.text = raw
        d.end_line, d.end_column = doc.position(offset + len(raw))
    return d if d.kind == "ignore" and d in doc.directives[counts[0]:] else None


# ------------------------------------------------------------------ escaping fixes


def po_escape(replacement: str, start: int, end: int) -> str | None:
    """A replacement inside a PO string: C escapes; no other control character."""
    out = replacement.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return None if any(ord(c) < 32 for c in out) else out


def tsv_escape(replacement: str, start: int, end: int) -> str | None:
    """A replacement inside a TSV cell: no tab or line break (TSV has no escape for them)."""
    return None if any(c in replacement for c in "\t\r\n") else replacement


class XmlEscape:
    """A replacement inside XML text: ``&``, ``<`` and ``>`` as entities, except in a CDATA
    section (``cdata``: its document spans), where they stay and ``]]>`` cannot be written."""

    def __init__(self, cdata: list[tuple[int, int]]):
        self.cdata = cdata

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        if any(a <= start and end <= b for a, b in self.cdata):
            return None if "]]>" in replacement else replacement
        return replacement.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MnemonicEscape(XmlEscape):
    """XML escaping in a menu's text (Qt, Windows Forms), and no fix that could make or unmake a mnemonic
    (``MNEMONIC`` reads the character before an ``&``, the letters after it and what follows them): none writes an
    ``&``, edits those, or puts a ``;`` right after them."""

    _AMP = re.compile(r"&(?:amp;)?")
    _LETTERS = re.compile(r"[^\W\d_]*")

    def __init__(self, text: str, cdata: list):
        super().__init__(cdata)
        self.text = text

    def __call__(self, replacement: str, start: int, end: int) -> str | None:
        text = self.text
        if "&" in replacement or text.startswith("&", end):
            return None
        for m in self._AMP.finditer(text, max(0, start - 40), start + 1):
            letters = self._LETTERS.match(text, m.end()).end()
            if start < letters or start == m.end() or start == letters and ";" in replacement[:1] + text[end:end + 1]:
                return None
        return super().__call__(replacement, start, end)


def foreign_units(doc: Document, langs: list, where: str) -> None:
    """After a reader skipped the units whose target is not English (``langs``, one a unit, ``where`` says
    which): a file with no other unit is not English at all; else a warning counts them."""
    if langs and not doc.pairs:
        declare_target(doc, "the target language", langs[0])
    elif langs:
        n = len(langs)
        doc.warnings.append(f"{n} unit{'s' if n > 1 else ''} {where} ({', '.join(sorted(set(langs)))}): not checked")


def declare_language(doc: Document, what: str, lang: str) -> None:
    """The language a file declares (``what`` says where), else the one its path names."""
    if lang:
        declare_target(doc, what, lang)
    else:
        declare_path_target(doc)


def declare_path_target(doc: Document) -> None:
    """A file that declares no target language: the one its path names (``named_language``), if any."""
    declare_target(doc, "the language its path names", named_language(doc.path))


def declare_target(doc: Document, what: str, lang: str | None) -> None:
    """A file that says its target is not English (``what`` says where) is not checked: French rules on a
    French target would flag every word, and a safe fix would write English typography into French."""
    if foreign(lang):
        doc.foreign = f"{what} is {lang!r}"
    elif (lang or "").strip() and lang.strip().lower() not in UNKNOWN:
        doc.declared_english = True  # (its text is not guessed: an English catalog left in French is checked)
