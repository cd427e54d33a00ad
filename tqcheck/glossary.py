"""Read a house glossary: the file the config's ``glossary`` key names.

Two formats:

* CSV or TSV, one ``variant,preferred`` row a line (the delimiter is a tab when the first row holds
  one; further cells are notes, ignored); blank lines and ``#`` comment lines are skipped, and a first row whose second cell is
  ``preferred`` (or ``preferred term``, ``use``, ``term``) is a header.
* TBX (a ``.tbx`` file, or any file that starts with ``<``): in each ``termEntry`` /
  ``conceptEntry``, the English term marked preferred by its ``administrativeStatus`` or
  ``normativeAuthorization`` is the preferred term and the entry's other English terms are its variants.

Either may give source terms (TQ606: where the French source has the term, the translation must use the
preferred one): a CSV/TSV column headed ``source`` (or ``french``, ``fr``; a row may then leave its
variant empty: ``,National Assembly,Assemblée nationale``), or the French terms of a TBX entry.
``read_glossary_file`` returns both; ``read_glossary`` the ``(variant, preferred)`` pairs only.

``read_glossary`` returns ``(variant, preferred)`` pairs and raises ``ConfigError`` with a one-line
``path: error: line N: …`` message (the line where it can) for every problem: a file it cannot read,
bad UTF-8, a row that is not two cells, bad XML, a variant given two preferred terms, a loop
(``Kiev → Kyiv → Kiev``).  A chain (``Kiev → Kyiv``, ``Kyiv → KYIV``) is followed to its end, so
every variant maps to a term the glossary does not itself replace.

Config loading calls this once; detector families read ``config.glossary`` and never the file.
"""

from __future__ import annotations

from .errors import ConfigError

_HEADER_SECOND_CELLS = ("preferred", "preferred term", "use", "term")
_SOURCE_HEADERS = ("source", "source term", "french", "fr")


class Glossary(tuple):
    """``(pairs, sources)``: ``(variant, preferred)`` and ``(source term, preferred)`` pairs, in file order."""

    @property
    def pairs(self):
        return self[0]

    @property
    def sources(self):
        return self[1]


def read_glossary(path: str) -> tuple[tuple[str, str], ...]:
    """The ``(variant, preferred)`` pairs of the glossary at ``path``, in file order."""
    return read_glossary_file(path).pairs


def read_glossary_file(path: str) -> Glossary:
    """The ``(variant, preferred)`` and ``(source term, preferred)`` pairs of the glossary at ``path``."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise ConfigError(f"{path}: error: cannot read glossary ({exc.strerror or exc})") from None
    try:
        data = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise _error(path, line, f"glossary is not valid UTF-8 ({exc.reason})") from None
    if path.lower().endswith(".tbx") or data.lstrip().startswith("<"):
        pairs, sources = _parse_tbx(path, data)
    else:
        pairs, sources = _parse_csv(path, data)
    pairs = _validate(path, pairs)
    resolved = dict(pairs)
    sources = _validate(path, [(s, resolved.get(p, p), line) for s, p, line in sources], "source term ")
    return Glossary((pairs, sources))


def _error(path: str, line, message: str) -> ConfigError:
    """``path: error: line N: message``, on one line (the config loader's ``path: error:`` form)."""
    where = f"line {line}: " if line else ""
    return ConfigError(f"{path}: error: {where}{message}".replace("\n", " "))


def _validate(path: str, pairs, what: str = "") -> tuple[tuple[str, str], ...]:
    """Pairs (variant, preferred, line) -> (variant, preferred) pairs, chains followed."""
    mapping: dict[str, str] = {}
    lines: dict[str, int | None] = {}
    for variant, preferred, line in pairs:
        if variant == preferred:
            continue
        if variant in mapping and mapping[variant] != preferred:
            first = f" (line {lines[variant]})" if lines[variant] else ""
            raise _error(path, line, f"glossary maps {what}{variant!r} to both {mapping[variant]!r}{first} and {preferred!r}")
        if variant not in mapping:
            mapping[variant], lines[variant] = preferred, line
    resolved = {}
    for variant in mapping:
        seen = [variant]
        term = mapping[variant]
        while term in mapping:
            if term in seen:
                loop = " -> ".join(repr(t) for t in seen[seen.index(term):] + [term])
                raise _error(path, lines[variant], f"glossary loop: {loop}")
            seen.append(term)
            term = mapping[term]
        resolved[variant] = term
    return tuple(resolved.items())


def _parse_csv(path: str, data: str):
    import csv

    rows = [(number, line) for number, line in enumerate(data.splitlines(), 1)
            if line.strip() and not line.lstrip().startswith("#")]
    delimiter = "\t" if rows and "\t" in rows[0][1] else ","
    pairs, sources, column = [], [], None
    for index, (number, line) in enumerate(rows):
        try:
            cells = [c.strip() for c in next(csv.reader([line], delimiter=delimiter))]
        except csv.Error as exc:
            raise _error(path, number, f"glossary row is not valid CSV ({exc})") from None
        if index == 0 and len(cells) >= 2 and cells[1].lower() in _HEADER_SECOND_CELLS:
            column = next((k for k, c in enumerate(cells) if c.lower() in _SOURCE_HEADERS), None)
            continue  # a header row
        source = cells[column] if column is not None and column < len(cells) else ""
        if source and len(cells) >= 2 and cells[1]:
            sources.append((source, cells[1], number))
            if not cells[0]:
                continue  # a source term and its translation, no variant
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise _error(path, number, f"glossary row must be `variant{delimiter}preferred` (two non-empty "
                         f"cells first), got {line.strip()!r}")
        pairs.append((cells[0], cells[1], number))
    return pairs, sources


def _parse_tbx(path: str, data: str):
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        message = str(exc).split(": line", 1)[0]
        raise _error(path, line, f"glossary is not valid TBX/XML ({message})") from None

    def local(tag):
        return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""

    pairs, sources = [], []
    for entry in root.iter():
        if local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        preferred, variants, french = None, [], []
        for lang in entry.iter():
            if local(lang.tag) != "langSet":
                continue
            code = next((v for k, v in lang.attrib.items() if k.endswith("lang")), "en")
            if code.lower().startswith("fr"):
                french += [t for t in ("".join(n.itertext()).strip() for n in lang.iter() if local(n.tag) == "term") if t]
            if not code.lower().startswith("en"):
                continue
            for tig in lang:
                term, status = None, "admitted"
                for node in tig.iter():
                    name = local(node.tag)
                    if name == "term":
                        term = "".join(node.itertext()).strip()
                    elif node.get("type") in ("administrativeStatus", "normativeAuthorization") or name in (
                            "administrativeStatus", "normativeAuthorization"):
                        status = (node.text or "").lower()
                if not term:
                    continue
                if "preferred" in status and preferred is None:
                    preferred = term
                else:
                    variants.append(term)
        if preferred:
            pairs += [(v, preferred, None) for v in variants]
            sources += [(f, preferred, None) for f in french]
    return pairs, sources
