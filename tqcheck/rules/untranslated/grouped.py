"""A sorted text of rows in groups, a blank line between groups of the rows that share their first three letters
(``english_words.txt``, ``french_word_frequencies.tsv``), read group by group (no rule of its own): a short text
finds the few groups it needs by bisection, a long one splits the text once."""

from __future__ import annotations

GROUP = 3  # the letters a group's rows share
SEARCHES = 200  # groups found one by one (``find_group``); past this many, a long text: the file is split once


def group_key(group: str) -> str:
    """The key of a group of rows (or of one row): its first three letters, or its first word when shorter."""
    return group[:GROUP].split("\t")[0].split("\n")[0]


def find_group(text, key: str, start: int = 0) -> str:
    """The group of ``text[start:]`` (rows sorted, in groups of the rows that share their key, a blank line
    between groups: ``english_words.txt`` and this table; a str, or UTF-8 bytes) whose key is ``key``,
    or ``""``.  Found by bisection on the rows, so that a short text reads the few groups it needs
    without splitting a file of thousands of them."""
    lo, hi = start, len(text)
    while lo < hi:  # the first place from which the next row's key is not below ``key``
        mid = (lo + hi) // 2
        start = _next_row(text, mid)
        if start < len(text) and _row_key(text, start) < key:
            lo = mid + 1
        else:
            hi = mid
    start = _next_row(text, lo)
    end = text.find(b"\n\n" if isinstance(text, bytes) else "\n\n", start)
    group = text[start:] if end < 0 else text[start:end]
    if isinstance(group, bytes):
        group = group.decode("utf-8")
    return group if group and group_key(group) == key else ""


def _row_key(text, start: int) -> str:
    """The key of the row that starts at ``text[start]``; of UTF-8 bytes, from its first characters
    (``GROUP`` characters take at most four bytes each: a character cut at the slice's end comes after them)."""
    if isinstance(text, bytes):
        return group_key(text[start:start + 4 * GROUP].decode("utf-8", "ignore"))
    return group_key(text[start:start + GROUP])


class GroupedRows:
    """A sorted text of rows in groups (``find_group``), read through ``body()`` (the text, and where its
    rows start) on first use: the first ``SEARCHES`` groups asked for are found by bisection (a short text
    reads a few), and past that, a long text, the text is split into its groups once."""

    def __init__(self, body):
        self.body, self._asked, self._split = body, 0, None

    def groups(self) -> dict:
        """Every group, as text, by its key."""
        if self._split is None:
            text, start = self.body()
            body = text[start:]
            if isinstance(body, bytes):
                body = body.decode("utf-8")
            self._split = {group_key(part): part for part in body.split("\n\n") if part}
        return self._split

    def group(self, key: str) -> str:
        """The group whose key is ``key``, as text, or ``""``."""
        if self._split is None and self._asked < SEARCHES:
            self._asked += 1
            text, start = self.body()
            return find_group(text, key, start)
        return self.groups().get(key, "")


def _next_row(text: str, i: int) -> int:
    """Where the first row starting at or after ``text[i]`` starts (``len(text)``: none)."""
    newline = b"\n" if isinstance(text, bytes) else "\n"
    if i > 0 and text[i - 1:i] != newline:
        i = text.find(newline, i) + 1 or len(text)
    while text.startswith(newline, i):  # a blank line between groups
        i += 1
    return i
