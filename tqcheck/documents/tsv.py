"""Bilingual TSV: ``source<TAB>target`` a line; the target cell is checked, the source paired.

The target is the second cell (up to the next tab or the end of the line); further cells are
not read.  A line without a tab is not a pair: the lines without one are counted in one warning.
Cells are taken as written (no quoting, no escapes); a fix that would put a tab or a line break
in a cell is dropped.  The pair's id is the line number.
"""

from __future__ import annotations

from . import bilingual
from .bilingual import Pieces
from .model import Document


def parse_tsv(doc: Document) -> None:
    text, pos, size, line = doc.text, 0, len(doc.text), 0
    no_tab: list[int] = []
    while pos < size:
        eol = text.find("\n", pos)
        eol = size if eol < 0 else eol
        end = eol - 1 if eol > pos and text[eol - 1] == "\r" else eol
        line += 1
        tab = text.find("\t", pos, end)
        if tab < 0:
            if text[pos:end].strip():
                no_tab.append(line)
        else:
            stop = text.find("\t", tab + 1, end)
            stop = end if stop < 0 else stop
            source, target = Pieces(), Pieces()
            source.verbatim(text[pos:tab], pos)
            target.verbatim(text[tab + 1:stop], tab + 1)
            bilingual.add_pair(doc, source, target, str(line), bilingual.tsv_escape)
        pos = eol + 1
    if no_tab:
        doc.warn_lines(no_tab[0], len(no_tab), "no tab (a bilingual TSV line is source<TAB>target): not checked")
    bilingual.finish(doc)
