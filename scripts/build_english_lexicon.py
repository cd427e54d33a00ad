#!/usr/bin/env python3
"""Write ``tqcheck/data/english_lexicon.tsv`` (and ``english_frequent_words.txt``), the English word classes and lemmas of the token-pattern
rules (``tqcheck/rules/common/tokens.py``); the output is committed.

    .venv/bin/pip install '.[data]' && .venv/bin/python scripts/build_english_lexicon.py

lemminflect (Brad Jascob, MIT licence; its lemma and inflection tables come from the SPECIALIST Lexicon of
the US National Library of Medicine, public) takes about 3 s to import and load, far over a linter's start-up
budget, so it is used here only.  For the ``TOP`` most frequent English words of wordfreq's list (Robyn
Speer et al., word lists CC-BY-SA 4.0; used only to choose which words to keep) that lemminflect knows, and
for every inflection of the verbs among them, a row gives:

    class (NOUN VERB ADJ ADV)    lemma    its other forms (space-separated)

grouped by lemma and class, one row each (``VERB  declare  declared declares declaring``), so that
``<declare>`` in a pattern finds declare, declares, declared, declaring, and ``NOUN`` a noun; the rows are
sorted by class, then lemma, so that a class is read as one block of text (a few milliseconds).  The
closed classes (determiners, pronouns, prepositions…) are in ``english_function_words.tsv``, written by hand.
"""

from __future__ import annotations

import os
import re
from importlib.metadata import version

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tqcheck", "data", "english_lexicon.tsv")
RANKED = os.path.join(ROOT, "tqcheck", "data", "english_frequent_words.txt")
TOP_RANKED = 3000  # the frequent words whose rank chooses a token pattern's anchor
TOP = 40_000  # words of wordfreq's English list kept (with the inflections of their verbs)
CLASSES = ("NOUN", "VERB", "ADJ", "ADV")
WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)?")


def main():
    import lemminflect  # build time only
    from wordfreq import top_n_list

    entries: dict[str, tuple[set, set]] = {}

    def add(word):
        if word in entries or not WORD.fullmatch(word):
            return
        found = lemminflect.getAllLemmas(word)
        classes = {c for c in found if c in CLASSES}
        if classes:
            entries[word] = (classes, {lemma for c in classes for lemma in found[c]})

    for word in top_n_list("en", TOP):
        add(word)
    for word, (classes, lemmas) in list(entries.items()):
        for lemma in lemmas | {word}:
            for forms in lemminflect.getAllInflections(lemma).values():
                for form in forms:
                    add(form)
    groups: dict[tuple, set] = {}
    for word, (classes, lemmas) in entries.items():
        found = lemminflect.getAllLemmas(word)
        for cls in classes:
            for lemma in found[cls]:
                groups.setdefault((lemma, cls), set()).add(word)
    lines = [
        "# English word classes and lemmas for the token-pattern rules (TQ302-TQ306): `<declare>` in a pattern",
        "# matches the lemma's row's forms; NOUN, VERB, ADJ, ADV a word of a row of that class.",
        f"# Built by scripts/build_english_lexicon.py from lemminflect {version('lemminflect')} (MIT; tables from the",
        "# SPECIALIST Lexicon, US National Library of Medicine) for the "
        f"{TOP:,} most frequent words of wordfreq {version('wordfreq')}",
        "# (word lists CC-BY-SA 4.0, used to choose the words) and the inflections of their verbs. Regenerate with that script.",
        "# Columns: class, lemma, its other forms (space-separated). One row per class and lemma, sorted by class, then lemma.",
        "class\tlemma\tforms",
    ]
    for (lemma, cls) in sorted(groups, key=lambda k: (CLASSES.index(k[1]), k[0])):
        forms = " ".join(sorted(groups[lemma, cls] - {lemma}))
        lines.append(f"{cls}\t{lemma}\t{forms}")
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    top = [w for w in top_n_list("en", 3 * TOP_RANKED) if WORD.fullmatch(w)][:TOP_RANKED]
    with open(RANKED, "w", encoding="utf-8") as handle:
        handle.write(f"# The {TOP_RANKED:,} most frequent English words of wordfreq {version('wordfreq')} (CC-BY-SA 4.0), most "
                     "frequent first, one a line.\n# A token pattern anchors on the fixed word that starts the fewest of these "
                     "words (the later, the rarer).\n# Built by scripts/build_english_lexicon.py; regenerate with it.\n")
        handle.write("\n".join(top) + "\n")
    print(f"{OUT}: {len(entries)} words in {len(groups)} rows")


if __name__ == "__main__":
    main()
