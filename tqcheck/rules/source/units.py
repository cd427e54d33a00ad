"""TQ608 untranslated-unit: a unit of a translation file with no English translation, whose French source the
reader gets instead.

A bilingual reader keeps a unit whose target is missing or empty as a pair without target (``Pair.target`` None);
a PO entry marked ``fuzzy`` keeps its target (the other rules read it: a reviewer wants its traces) and says so
(``Pair.fuzzy``), for ``msgfmt``, Django's ``compilemessages`` and Babel's ``compile`` leave it out of the compiled
catalog unless told to use fuzzy entries.  Either way gettext shows the ``msgid``, and most loaders the source.

Only a source that reads as French is reported, read as TQ602 reads a target left as its source (``copies``):
French as a whole, a French label (``labels.french_label``), never a name, a word English writes too (``OK``,
``Email``, ``Paris``) or a message key.  A catalog whose sources read as English has none: in an ``en_GB.po`` of
American messages an empty ``msgstr`` means "as the source".  The finding is on the source, the only text the
unit has in the file; an article aligned with ``--source`` has its source elsewhere, and TQ604 reports a source
sentence it lacks.
"""

from __future__ import annotations

from .. import Rule
from ..untranslated.labels import french_label
from . import CONFIDENT, MESSAGE_KEY, sources_in_english, whole
from .copies import french_whole

RULES = [
    Rule(
        code="TQ608",
        name="untranslated-unit",
        severity="warning",
        summary="A unit of a translation file with no English translation (empty, or a fuzzy PO entry)",
        what="Flags the French source of a unit of a bilingual file (PO, XLIFF, Qt Linguist, TMX, TSV, CSV, XLSX, "
        "String Catalog) whose target is missing or empty, or, in a PO catalog, whose entry is marked `fuzzy`: "
        "`msgfmt`, Django's `compilemessages` and Babel leave a fuzzy entry out of the compiled catalog unless "
        "told otherwise, and gettext then shows the `msgid`. Only a source that reads as French is flagged "
        "(`Mot de passe oublié ?`, `Créer un sondage`), read as TQ602 reads a target left as its source: not "
        "`OK`, `Email`, a name or a message key. A catalog whose sources read as English (an `en_GB.po` of "
        "American messages, where an empty translation means \"as the source\") has none. The finding is on "
        "the source, the only text such a unit has. The example is a bilingual TSV line with an empty target.",
        why="An untranslated unit puts a whole French string in front of the English reader, and nothing in the "
        "English text shows it: no word is wrong, one is missing. pofilter's `untranslated` test and Xbench's "
        "untranslated-segments check report it for the same reason.",
        before="Mot de passe oublié ?\t",
        after="Mot de passe oublié ?\tForgot your password?",
        fix="none: the unit needs a translator.",
        data=("french_cues.tsv", "french_in_english.tsv", "english_words.txt"),
    ),
]


def check(doc, ctx):
    if doc.source_path is not None:
        return  # an article's source is another file: TQ604 reports a source sentence its translation lacks
    if not any(p.target is None or p.fuzzy for p in doc.pairs) or sources_in_english(doc):
        return
    for pair in doc.pairs:
        seg = pair.source_segment
        if seg is None or pair.confidence < CONFIDENT or not (pair.target is None or pair.fuzzy):
            continue
        source = seg.text.strip()
        if not source or MESSAGE_KEY.fullmatch(source) or not (french_whole(source) or french_label(source)):
            continue
        if pair.target is None:
            yield whole(seg, "TQ608", "No English translation: readers get this French source")
        else:
            yield whole(seg, "TQ608", "Marked fuzzy: the compiled catalog leaves it out, and readers get this "
                        "French source")
