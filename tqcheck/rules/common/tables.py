"""Typed data tables: one TSV of ``tqcheck/data/``, its columns declared where it is used.

A detector declares the table it reads::

    MONTHS = Table("numbers_months.tsv", key="french", choices={"capitalised": ("yes", "no")})

and gets typed rows (``row.french``, ``row.english``) the first time a document needs them.  The
declaration is also the table's schema: ``Table.validate()`` checks the header, required cells,
allowed values, ``a|b`` list cells, the sort order, duplicates and (for mappings) loops, and
``tests/test_tables.py`` runs it for every table in ``TABLES``.  At run time rows are read once and
not validated again: the shipped data is checked by the tests.

Every table has a column saying why each row is there: ``why`` unless ``reason`` names another.
"""

from __future__ import annotations

import os
from operator import itemgetter

DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "data")

TABLES: dict[str, "Table"] = {}  # file name -> declaration, filled as rule modules are imported

# how a table is sorted: by its key column(s), compared this way
ORDERS = {
    "plain": lambda key: key,
    "casefold": lambda key: tuple((k.casefold(), k) for k in key),
    "lower": lambda key: tuple(k.lower() for k in key),
    None: None,
}


class TableError(ValueError):
    def __init__(self, name: str, line: int, message: str):
        super().__init__(f"tqcheck/data/{name}:{line}: {message}")


def _read(name: str) -> bytes:
    """The bytes of ``tqcheck/data/<name>``, line ends as text mode's universal newlines make them.  Read as
    bytes: a text-mode read of a file holding a character above U+00FF (``’``, ``€``) scans it character by
    character for line ends, about 15 instructions a character (5 M for ``calque_patterns.tsv``)."""
    with open(os.path.join(DATA_DIR, name), "rb") as handle:
        data = handle.read()
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


def read_text(name: str) -> str:
    """The text of ``tqcheck/data/<name>``, as ``open(..., encoding="utf-8").read()`` gives it."""
    return _read(name).decode("utf-8")


def _cells(name: str) -> tuple:
    """The header of ``tqcheck/data/<name>``, its rows' cells (padded or cut to the header's width) and
    their line numbers.  ``#`` starts a comment line; blank lines are skipped."""
    # each line decoded on its own: one with a character above U+00FF (``’``) takes two bytes a character,
    # and the others keep one, where the whole file decoded at once would take two for every character
    lines = [line.decode("utf-8") for line in _read(name).split(b"\n")]
    header, rows, numbers = None, [], []
    for number, line in enumerate(lines, 1):
        if not line or line[0] == "#" or not line.strip():
            continue
        cells = line.split("\t")
        if header is None:
            header, width = cells, len(cells)
            continue
        if len(cells) != width:
            cells = (cells + [""] * width)[:width]
        rows.append(cells)
        numbers.append(number)
    return tuple(header or ()), rows, numbers


def read_rows(name: str):
    """``(line number, {column: cell})`` for each row of ``tqcheck/data/<name>``, and the header (missing
    trailing cells are empty): what ``Table.validate`` reads."""
    header, rows, numbers = _cells(name)
    return header, [(number, dict(zip(header, cells))) for number, cells in zip(numbers, rows)]


def row_type(columns: tuple) -> type:
    """A tuple type whose items are also attributes named by ``columns``: a namedtuple without
    ``collections.namedtuple``'s cost of making the class (it compiles code for each one), which a
    run pays for every table it reads.  ``Row(iterable)`` makes a row."""
    namespace = {name: property(itemgetter(i), doc=f"column {name}") for i, name in enumerate(columns)}
    namespace.update(__slots__=(), _fields=columns, __repr__=_row_repr)
    return type("Row", (tuple,), namespace)


def _row_repr(row) -> str:
    return "Row(" + ", ".join(f"{name}={value!r}" for name, value in zip(row._fields, row)) + ")"


class Table:
    """One data table: its declared columns, and its rows read on first use."""

    def __init__(self, name: str, key, *, choices=None, lists=(), required=(), order="casefold",
                 reason: str = "why", loops: tuple[str, str] | None = None, unique: bool = True):
        self.name = name
        self.key = (key,) if isinstance(key, str) else tuple(key)
        self.choices = dict(choices or {})
        self.lists = tuple(lists)
        self.required = tuple(dict.fromkeys((*self.key, *required, reason)))
        self.order, self.reason, self.loops, self.unique = order, reason, loops, unique
        self._rows = None
        if name in TABLES and TABLES[name].key != self.key:
            raise RuntimeError(f"{name} declared twice with different keys")
        TABLES.setdefault(name, self)

    @property
    def rows(self) -> tuple:
        """Typed rows: attribute access by column; list columns are tuples."""
        if self._rows is None:
            self._rows = self._read()
        return self._rows

    def _read(self) -> tuple:
        """The rows of ``_cells``, typed, without a dictionary per row (a run reads thousands)."""
        header, rows, _ = _cells(self.name)
        Row, new = row_type(tuple(c.replace("-", "_") for c in header)), tuple.__new__
        lists = [i for i, c in enumerate(header) if c in self.lists]
        if lists:
            for cells in rows:
                for i in lists:
                    cells[i] = tuple(filter(None, cells[i].split("|")))
        return tuple([new(Row, cells) for cells in rows])

    def where(self, **match) -> tuple:
        return tuple(r for r in self.rows if all(getattr(r, k) == v for k, v in match.items()))

    def mapping(self, key: str, value: str, **match) -> dict:
        return {getattr(r, key): getattr(r, value) for r in self.where(**match)}

    def column(self, name: str, **match) -> tuple:
        return tuple(getattr(r, name) for r in self.where(**match))

    def validate(self) -> list[str]:
        """Everything wrong with the file against its declaration, as ``file:line: message`` strings."""
        header, rows = read_rows(self.name)
        where = f"tqcheck/data/{self.name}"
        missing = [c for c in (*self.required, *self.choices, *self.lists) if c not in header]
        if missing:
            return [f"{where}: missing column(s) {', '.join(missing)}"]
        errors, seen, keys = [], {}, []
        for line, cells in rows:
            for column in self.required:
                if not cells[column].strip():
                    errors.append(f"{where}:{line}: empty {column}")
            for column, allowed in self.choices.items():
                values = cells[column].split("|") if column in self.lists else [cells[column]]
                bad = [v for v in values if v not in allowed]
                if bad:
                    errors.append(f"{where}:{line}: {column} {bad[0]!r} is not one of {', '.join(allowed)}")
            key = tuple(cells[c] for c in self.key)
            if self.unique and key in seen:
                errors.append(f"{where}:{line}: duplicate of line {seen[key]} ({' '.join(key)})")
            seen.setdefault(key, line)
            keys.append((line, key))
        sort_key = ORDERS[self.order] if not callable(self.order) else self.order
        if sort_key is not None:
            for (_, a), (line, b) in zip(keys, keys[1:]):
                if sort_key(b) < sort_key(a):
                    errors.append(f"{where}:{line}: not sorted ({' '.join(b)} after {' '.join(a)})")
                    break
        if self.loops:
            errors += _loops(where, rows, *self.loops)
        return errors


def _loops(where, rows, source, target):
    """A mapping column pair with a chain (a→b, b→c) or a loop."""
    mapping = {cells[source]: (line, cells[target]) for line, cells in rows}
    errors = []
    for key, (line, value) in mapping.items():
        if value in mapping and value != key:
            errors.append(f"{where}:{line}: {key} → {value} → {mapping[value][1]}: chains and loops are not allowed")
    return errors
