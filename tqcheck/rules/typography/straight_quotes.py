"""TQ102's straight quotes: French spacing inside ``"`` (``the exhibition " Flamenco and Life"``), read a line at
a time; ``spacing.py`` (TQ102, TQ106) calls it for a segment that holds a straight double quote.

A straight quote opens or closes; its neighbours usually say which (``"word`` opens, ``word"`` closes) and
the quotes of a line alternate.  A quote spaced on both sides takes the role its place in the alternation
gives it, when the line's other quotes agree with one alternation; a quote left without a partner there is
reported only on local evidence (the line's start, ``conditions, " explains``).  A fix is safe only after an
opening quote whose partner is tight (``" Flamenco and Life"``) or that opens a line (``" Each second``)
the line before did not leave inside a quotation; quotes spaced at both ends may show a literal with its
spaces (``search for " the "``), so theirs are unsafe.  A line with an inch mark (``5 " wide``), a quote
inside a word, a quote named as a character (``the " character``, ``use " or '``), wide spacing (ditto
marks, tables) or code is not paired.
"""

from __future__ import annotations

from ..common import SPACES, Pattern, looks_like_prose, one_of, space_name

_STRAIGHT_OPENERS = set("([{—–/")
# what a closing quote's space follows: a word, a number, sentence punctuation, a closing bracket
_CLOSED_BY = set(".,!?;…)]%'’")
_CLAUSE_END = set(",.!?…")  # ``conditions, " explains``: a quotation ended with its own punctuation
_CHARACTER_WORDS = frozenset(
    "character characters char chars sign signs symbol symbols mark marks key keys quote quotes quotation "
    "delimiter delimiters separator separators".split())
_OPEN, _CLOSE, _UNKNOWN = "O", "C", "?"
_NONE = None, None, None  # not a quote to reason about
_WORD_AFTER = Pattern(r"\w+")
_CODE_CUE = Pattern(r"[{}=\\|<>`]|(?<=[\w.])\((?!s\))|%[0-9]*[sdfxlu]\b|\$[a-z_{(]|\);")
_ALTERNATIVE = Pattern(r" ['‘`]")  # ``" or '``: the quote named next to another
_ALTERNATIVE_BEFORE = Pattern(r"['‘`] (?:or|and)$")  # ``the characters ' or "``: after another
# one of SPACES, spelled to compile cheaply (one_of)
_SPACE = one_of("".join(c for c in SPACES if c <= "\xff"), "".join(c for c in SPACES if c > "\xff"))
# a quote with a space on a side that may be its inside: both sides, or one side and the line's edge,
# a bracket or punctuation on the other
_SPACED_QUOTE = Pattern(f'(?m)"(?:(?<![^{SPACES}([{{\\n]")(?={_SPACE})|(?<={_SPACE}")(?=$|\\r|[,.;:!?)\\]]))')


def _straight_quote(text, q, ls, le):
    """``(role, hint, around)`` of the straight quote ``text[q]`` on the line ``text[ls:le]``: role ``O``,
    ``C``, ``?`` (spaced both sides) or ``None`` (not a quote this can reason about); ``hint`` the role the
    neighbours suggest for a ``?``; ``around`` the span of the quote and the spaces beside it."""
    i = q
    while i > ls and text[i - 1] in SPACES:
        i -= 1
    j = q + 1
    while j < le and text[j] in SPACES:
        j += 1
    before, after = (q - i if i > ls else 0), j - q - 1  # a line's indent is not a space before
    prev = text[i - 1] if i > ls else ""
    nxt = text[j] if j < le else ""
    if before > 2 or after > 2 or "\t" in (prev, nxt) or prev.isdigit() or prev == '"' or nxt == '"':
        return _NONE  # layout, ditto marks, an inch mark, ``" "``
    if before == 1 and _ALTERNATIVE_BEFORE.search(text, max(ls, i - 8), i):
        return _NONE  # ``the characters \' or "``: the quote named after another (Piwigo's strings)
    if not before and prev:
        if prev in _STRAIGHT_OPENERS:  # ``(" word``, not a call ``printf(" x ")``
            if i - 1 > ls and text[i - 2].isalnum():
                return _NONE
            return _OPEN, None, (i, j)
        if not after and nxt.isalnum():
            return _NONE  # ``word"word``
        return _CLOSE, None, (i, j)  # ``word"`` then a space, punctuation or the end
    if not after and nxt:
        if before and nxt in ",.;:!?)]" and (prev.isalnum() or prev in _CLOSED_BY) and (
                j + 1 >= le or text[j + 1] in SPACES and text[j + 2:j + 3] != '"' or text[j + 1] in ")]"):
            # ``Life ",``: spaced before, closed by punctuation (not ``"..." opens``, ``"."`` ``", "`` quote a mark)
            return _CLOSE, None, (i, j)
        return _OPEN, None, (i, j)  # ``"word`` after a space or at the start
    if not nxt:  # the line ends: a closing quote, if what it follows is prose (not ``"import sys; "``), and if
        # after a word, it closes a quotation opened before it on its line or left open by the line before; else,
        # where the paragraph goes on, it may open one that wraps (``which required "⏎httplib2" would``)
        above = text.rfind("\n", 0, max(ls - 1, 0)) + 1
        if prev.isalnum() and before and (text.count('"', ls, i) % 2 or text.count('"', above, ls) % 2
                                          or not _paragraph_goes_on(text, le)):
            return _CLOSE, None, (i, j)
        if before and prev in _CLOSED_BY and prev not in ",;":
            return _CLOSE, None, (i, j)
        return _NONE
    if not prev:  # the line starts with a quote and a space: an opening one, if a word follows (not indented:
        # ``    " KLhaOyk"`` continues a string in code)
        return (_OPEN, None, (i, j)) if nxt.isalpha() and q == ls else _NONE
    # spaced both sides: ``a " final status " will``
    if (nxt in "'‘`" or prev in "'’`" or not (nxt.isalnum() or nxt in "([")
            or not (prev.isalnum() or prev in _CLOSED_BY or prev == ":")):
        return _NONE  # ``' " '``, ``- " -``: a character shown, or a drawing
    word = _WORD_AFTER.match(text, j)
    if word and (word.group().lower() in _CHARACTER_WORDS
                 or word.group() in ("or", "and") and _ALTERNATIVE.match(text, word.end())):
        return _NONE  # ``the " character``, ``use " or '``
    hint = None
    if prev in _CLAUSE_END and nxt.islower() and i >= ls + 2 and text[i - 2].isalnum():
        hint = _CLOSE  # ``conditions, " explains``
    elif prev == ":" and nxt.isupper():
        hint = _OPEN  # ``he said: " We``
    return _UNKNOWN, hint, (i, j)


def space_inside_straight_quotes(seg):
    """The spaces inside straight quotes, a line at a time: only the lines with a quote that has a space
    on its inside, whichever that is, are read quote by quote."""
    text = seg.text
    done = -1  # the end of the last line read
    for m in _SPACED_QUOTE.finditer(text):
        if m.start() < done:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.start())
        if le < 0:
            le = len(text)
        if le > ls and text[le - 1] == "\r":
            le -= 1  # a CRLF line: the carriage return is not what follows a closing quote
        yield from _line_quotes(seg, text, ls, le)
        done = le


def _line_quotes(seg, text, ls, le):
    quotes = []
    q = text.find('"', ls, le)
    while q >= 0:
        role, hint, around = _straight_quote(text, q, ls, le)
        quotes.append((q, role, _inside(q, role, around, le) if role in (_OPEN, _CLOSE) else None, hint, around))
        q = text.find('"', q + 1, le)
    if not any(spaced or role == _UNKNOWN for _, role, spaced, _, _ in quotes):
        return  # no quote spaced inside (the common case: ``"word"``)
    if _CODE_CUE.search(text, ls, le):
        return  # ``print " hello "``, ``x = " a "``: code, whose spaces are part of a literal
    roles = _alternation([hint or role for _, role, _, hint, _ in quotes])
    n = len(quotes)
    for k, (q, role, spaced, hint, around) in enumerate(quotes):
        if role is None or role != _UNKNOWN and spaced is None:
            continue  # not a quote, or one written tight
        if roles is not None:
            role_here = roles[k]
            partner = k + 1 if role_here == _OPEN else k - 1
            if not 0 <= partner < n:
                partner = None  # the line starts or ends inside the quotation
                if role == _UNKNOWN and hint != role_here:
                    continue
        else:  # no alternation: only a quote that says its role itself, paired with a neighbour that agrees
            if role == _UNKNOWN:
                if hint is None:
                    continue  # spaced both sides, and nothing says which way it faces
                role_here = hint
                neighbour = k + 1 if hint == _CLOSE else k - 1
                if 0 <= neighbour < n and quotes[neighbour][1] == hint:
                    continue  # ``methods, " constructor",``: the next quote closes, so this one opens
            elif role == _CLOSE and not (k + 1 < n and quotes[k + 1][1] == _CLOSE) or role == _OPEN and q == ls:
                role_here = role  # (a closing quote before another closing one may open: ``by "! mpfr_equal_p";``)
            else:
                continue
            partner = k + 1 if role_here == _OPEN else k - 1
            if not (0 <= partner < n and quotes[partner][1] == (_CLOSE if role_here == _OPEN else _OPEN)):
                partner = None
        if spaced is None:  # a quote spaced both sides, now that its role is known
            spaced = _inside(q, role_here, around, le)
        if not looks_like_prose(text, q):
            continue
        if partner is not None:
            a, b = sorted((q, quotes[partner][0]))
            content = text[a + 1:b]
            if not any(c.isalnum() for c in content):
                continue  # ``" , "``, ``" "``: a literal, its spaces part of it
            _, partner_role, partner_spaced, _, _ = quotes[partner]
            one_sided = partner_role != _UNKNOWN and partner_spaced is None
            if one_sided and (len(_WORD_AFTER.findall(content)) < 2
                              or role_here == _CLOSE and content.rstrip()[-1:] in ":;,"):
                continue  # ``"From " line``, ``"Tagger: "``: a literal and its own space
            # only a title or a sentence whose opening quote kept its space (``" Flamenco and Life"``) is surely
            # prose; a quotation spaced at both ends may show a literal with its spaces (``search for " the "``)
            # and a trailing space may be a prompt's (``"Are you sure? "``): no safe fix
            safe = (one_sided and role_here == _OPEN and spaced[1] - spaced[0] == 1 and text[spaced[1]].isupper()
                    and all(w.isalpha() for w in _WORD_AFTER.findall(content)))  # words, not ``" K1 K2 NoSymbol"``
        else:
            # ``" Each second…`` opens a line, unless the line before left a quotation open (a wrapped
            # paragraph's ``"We will win\n" Each``: the quote may close it)
            above = text.rfind("\n", 0, max(ls - 1, 0)) + 1
            safe = (role_here == _OPEN and q == ls and text[spaced[1]].isupper()
                    and text.count('"', above, ls) % 2 == 0)
        i, j = spaced
        where = "after the opening quote `\"`" if i > q else "before the closing quote `\"`"
        yield seg.problem(i, j, "TQ102", f"{space_name(text[i:j])} {where} (French spacing)", "",
                          applicability="safe" if safe else "unsafe")


def _paragraph_goes_on(text, le) -> bool:
    """Does the line ending at ``le`` (before its ``\\r\\n`` or ``\\n``) go on into a next line that holds text?"""
    nl = text.find("\n", le)
    if nl < 0:
        return False
    end = text.find("\n", nl + 1)
    return bool(text[nl + 1:end if end >= 0 else len(text)].strip())


def _inside(q, role, around, le):
    """The span of the spaces inside the quote ``text[q]`` of ``role`` (after an opening one, before a closing
    one), from ``around`` (``_straight_quote``); None when the quote is written tight."""
    i, j = around
    if role == _OPEN:
        return (q + 1, j) if q + 1 < j < le else None
    return (i, q) if i < q else None


def _alternation(labels):
    """The role of each quote of a line if they alternate (``"`` opens, the next closes) in one way only
    that agrees with the roles their neighbours give; None if a quote cannot be placed or both ways fit
    and the first quote does not say which."""
    if any(label is None for label in labels):
        return None
    fits = []
    for first in (_OPEN, _CLOSE):
        roles = [first if k % 2 == 0 else (_CLOSE if first == _OPEN else _OPEN) for k in range(len(labels))]
        if all(label == _UNKNOWN or label == role for label, role in zip(labels, roles)):
            fits.append(roles)
    if len(fits) == 1:
        roles = fits[0]
        # a quote left without a partner in the line (the line starts or ends inside a quotation) must say
        # so itself: ``said " Červenohorské sedlo " a thick layer of snow, " said`` nests a quotation
        if roles[0] == _CLOSE and labels[0] == _UNKNOWN or roles[-1] == _OPEN and labels[-1] == _UNKNOWN:
            return None
        return roles
    if len(fits) == 2 and len(labels) % 2 == 0:
        return fits[0]  # all spaced both sides: ``a " final status " will``, one quotation
    return None
