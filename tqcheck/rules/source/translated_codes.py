"""Code spans a translation may translate (``markup``, TQ605): a label in code font (`` `Paramètres` `` for
`` `Settings` ``), a formula written in words (`` `(minimum + 4 × probable + maximum) / 6` ``), a template whose
words name what to write (`` `nom d'utilisateur:mot de passe` `` for `` `username:password` ``).  Each takes off the
``missing`` and ``extra`` counts of a pair the placeholders that stand for one another."""

from __future__ import annotations

import re
from collections import Counter

from ..common import Pattern


def _label(key: str) -> bool:
    """Is ``key`` a label in code font (Markdown's `` `Generate a backup` ``, `` `Paramètres` ``): a button's or a
    menu's name?  Words of letters, several of them, or one that is capitalised or accented; not code (`` `ls
    /tmp` ``, `` `ls -la` ``, `` `True_value` ``, `` `README` ``)."""
    if not key.startswith("`"):
        return False
    text = key.strip("`").strip()
    return _LABEL.fullmatch(text) is not None and "_" not in text and (
        " " in text or not text.isascii() or text[0].isupper() and not text.isupper())


_LABEL = Pattern(r"[^\W\d_][\w'’]*(?:[ -][^\W\d_][\w'’]*)*[.:…!?]?")


def _french_label(key: str) -> bool:
    """Is ``key`` a label (``_label``) in French: accented, or with a word ten times commoner in French?"""
    from ..untranslated.frequencies import commoner_in_french

    return _label(key) and (not key.isascii() or any(map(commoner_in_french, key.strip("`").lower().split())))


def translated_labels(missing: Counter, extra: Counter) -> None:
    """Take out of ``missing`` and ``extra`` the French labels in code font the translation gives as capitalised
    English ones, when they are as many (`` `Générer une sauvegarde` `` for `` `Generate a backup` ``): a translated
    document translates them.  Commands and constants stay as written (`` `git push` `` is no `` `git pull` ``)."""
    french = [k for k in missing.elements() if _french_label(k)]
    english = [k for k in extra.elements() if _label(k) and k.strip("`")[:1].isupper() and not _french_label(k)]
    if len(french) != len(english):
        return  # which English label stands for which French one is not clear: each is reported
    for f, e in zip(french, english):
        missing[f] -= 1
        extra[e] -= 1


_WORDS_RUN = Pattern(r"[^\W\d_]+(?:[ '’-]+[^\W\d_]+)*")
_OPERATOR = Pattern(r"[+×*±÷](?=.*\d)|\d.*[+×*±÷]")  # arithmetic and a figure: a formula, not a query or a test


def translated_words(missing: Counter, extra: Counter) -> None:
    """Take off a formula written in words (arithmetic, a figure and a space in it) that the translation gives in English
    words, every symbol kept (`` `(minimum + 4 × probable + maximum) / 6` `` for `` `(minimum + 4 × most likely +
    maximum) / 6` ``); not a command (`` `git push` ``, `` `ls -R` ``), nor a word that is none of either language."""
    from ..untranslated.frequencies import zipf
    from ..untranslated.lexicon import is_english

    def shape(key):
        return _WORDS_RUN.sub("w", key) if " " in key and _OPERATOR.search(key) else None

    for k in [k for k in missing if shape(k)]:
        for e in [e for e in extra if extra[e] and shape(e) == shape(k)]:
            ours, theirs = set(_WORDS_RUN.findall(k)), set(_WORDS_RUN.findall(e))
            if any(f"{run}(" in k or f"{run} (" in k for run in ours - theirs):
                continue  # a function's name (`max(a, b)`): code, never translated
            french = {w for run in ours - theirs for w in run.lower().split()}
            english = {w for run in theirs - ours for w in run.lower().split()}
            if french and all(len(w) > 2 and (is_english(w) or (zipf(w) or (0,))[0] >= 3) for w in french) and \
                    all(len(w) > 2 and is_english(w) for w in english):
                n = min(missing[k], extra[e])
                missing[k] -= n
                extra[e] -= n


_CAMEL = Pattern(r"[a-z][A-Z]")  # an identifier's inner capital
_TEMPLATE = Pattern(r"[w\d:/|.,@_#-]+")  # (`w:w`, `w1/w2`; not `age > limite`, `prix + taxe`, `f(w)`: code renamed)


def translated_templates(missing: Counter, extra: Counter) -> None:
    """Take off a code span that is a template of words in French (`` `nom d'utilisateur:mot de passe` ``,
    `` `niveau1/niveau2` ``) and the one of English words with the same marks and figures the translation gives
    for it (`` `username:password` ``, `` `level1/level2` ``): one of each shape on either side, the French one
    with a word French writes far more (`nom`, `niveau`), the English one of English words only (`` `git push` `` is
    no `` `git pull` ``: two English commands), joined by separators only (`` `age > limite` `` is code renamed)."""
    from ..untranslated.frequencies import commoner_in_french
    from ..untranslated.lexicon import is_english

    def shape(key):  # (a template's words joined by separators and figures: no operator, quote or bracket of code)
        form = _WORDS_RUN.sub("w", key) if key.startswith("`") and _WORDS_RUN.search(key) else None
        return form if form is not None and _TEMPLATE.fullmatch(form.strip("`")) else None

    def words(key):
        return [w for run in _WORDS_RUN.findall(key) for w in re.split(r"['’ -]+", run.lower())]

    ours = {k: form for k in missing if missing[k] > 0 and (form := shape(k))}  # (each shape found once: linear)
    theirs: dict = {}
    for e in extra:
        if extra[e] > 0 and (form := shape(e)):
            theirs.setdefault(form, []).append(e)
    counts = Counter(ours.values())
    for k, form in ours.items():
        if counts[form] != 1 or len(theirs.get(form, ())) != 1:
            continue  # which stands for which is not clear
        e = theirs[form][0]
        if not all(map(is_english, words(e))) or not any(not w.isascii() or commoner_in_french(w) for w in words(k)) \
                or _CAMEL.search(k) or _CAMEL.search(e):
            continue  # (`spec.runStrategy` for `spec.running`: an identifier, no French word)
        n = min(missing[k], extra[e])
        missing[k] -= n
        extra[e] -= n
