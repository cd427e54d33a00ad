"""The primitives every detector is written with: patterns, the words around an offset, data tables."""

from .context import (
    CODE_MARKS, SENTENCE_END, SPACES, has_no_break, line_bounds, line_ends_sentence, looks_like_prose, match_case,
    minority, previous_word, sentence_start, space_name, word_before,
)
from .patterns import (LONG, URL, Pattern, Spans, alternation, anchor_lines, digit_view, finditer_in, merge_spans, one_of,
                       word_start)
from .tables import DATA_DIR, TABLES, Table, TableError, read_rows

__all__ = [
    "CODE_MARKS", "SENTENCE_END", "SPACES", "has_no_break", "line_bounds", "line_ends_sentence", "looks_like_prose",
    "match_case", "minority", "previous_word", "sentence_start", "space_name", "word_before", "LONG", "URL", "Pattern",
    "alternation", "anchor_lines", "digit_view", "finditer_in", "merge_spans", "one_of", "word_start", "Spans",
    "DATA_DIR", "TABLES", "Table", "TableError", "read_rows",
]
