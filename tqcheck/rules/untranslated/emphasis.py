"""A French label left in bold in English prose: `click **Supprimer**`, `The button <b>Partager</b>`, `- **Nom** :`.

Documentation names the buttons, menus and fields of an interface in bold.  Machine-translated documentation of a
French interface keeps their French names there, capitalised: the sentence reader (``classify``) takes a capitalised
word for a name, so these pass it.  Read as a whole, as a string of a resource file is read (``labels.french_label``),
a bold label that is surely French is reported where its sentence says it names a thing of an interface (a verb such
as click or press, a noun such as button or tab, a French spaced colon after it): TQ403 for one word, TQ402 for
several.  Not reported: a label English writes too or that may be a name (`Note`, `Retour`, `Adresse`, `Nuit`,
`Renault`), a loan (`Fromage`, `Crème brûlée`), a name of several capitalised words (`Le Monde`), a bold word with
nothing around it that names an interface (`the grands crus **Grenouilles** and **Valmur**`), italics (a title,
``exemptions``).

Evidence: the Jeedom plugin pages of stop 49's fresh machine-translated set held 6 such labels an editor annotated
(`**Activer**`, `**Nom**`, `**Editer**`, `**Nouveau**`, `**Supprimer**`, `**Partager**`): 3 of them sure here, and
the others are words English has or that name (`Nom`, `Editer`, `Nouveau`), left to the sentence reader.
"""

from __future__ import annotations

from bisect import bisect_left

from ..common import Pattern, Spans
from ..common.emphasis import BOLD, emphasised
from .labels import french_label
from .lexicon import is_english
from .paths import names_an_interface, path_labels

_WORDS = Pattern(r"[a-z]+")
_WORD_AFTER = Pattern(r"[ \t]*([a-z]+)")
_REACH = 50  # characters before the label where its sentence may say it names a thing of an interface
_CAPITAL = Pattern(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][^\W\d_]*")  # a word opening with a capital
_MARKS = ("**", "__", "<b", "<strong", "<B", "<STRONG")


def bold_labels(doc, seg):
    """``(start, end, code, message)`` of each surely French label in bold in ``seg``."""
    text = seg.text
    if seg.mapping is None or not text:
        return
    first = seg.offset(0)
    raw = doc.text[max(0, first - 80):seg.offset(len(text) - 1) + 10]  # (the segment's stretch of the file)
    if not any(mark in raw for mark in _MARKS):
        return
    for m in _CAPITAL.finditer(text):
        if is_english(m.group().lower()):
            continue  # (a label's first word English: `**Save**`, no French label; most bold words of a page)
        j = m.start()
        end = emphasised(doc, seg, j, BOLD)
        if end is None:
            continue
        label = french_label(text[j:end])
        if label is None or not label.sure or not _of_an_interface(text, j, end):
            continue
        a, b = j + label.start, j + label.end
        if label.words > 1:
            yield a, b, "TQ402", "Untranslated French label in bold"
        else:
            yield a, b, "TQ403", f"Untranslated French word `{text[a:b]}` (a label in bold)"


def _of_an_interface(text: str, j: int, end: int) -> bool:
    """Does the sentence say that the label at ``text[j:end]`` names a thing of an interface: a verb of acting on one
    or a noun naming one right before it (`click **X**`, `click on **X**`, `the tab **X**`: ``word_order.tsv``'s
    label-verb and label-noun rows), such a noun right after it (`**X** button`), or a French spaced colon after it
    (`- **Activer** : makes`)?  Not where the sentence speaks of the French (`labelled **Enregistrer** in the French
    version`: named on purpose).  A bold name (a wine's climat, `choose **Grenouilles**`, a dish) has none of them."""
    from ..calques.word_order import exceptions

    start = max(0, j - _REACH, *(text.rfind(mark, max(0, j - _REACH), j) + 1 for mark in ".!?\n"))
    stop = min(len(text), end + 2 * _REACH)  # (a sentence's end looked for near: a paragraph may be megabytes)
    sentence_end = min((k for k in (text.find(mark, end, stop) for mark in ".!?\n") if k >= 0), default=stop)
    if "French" in text[start:sentence_end] or "français" in text[start:sentence_end]:
        return False
    nouns = exceptions()["label-noun"]
    before = _WORDS.findall(text[start:j].lower())[-2:]
    if before and before[-1] == "on":
        before = before[:-1]
    if before and names_an_interface(before[-1]):
        return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and after[1] in nouns or text.startswith((" :", "\u00a0:", "\u202f:"), end)


def with_bold_labels(doc, seg, found) -> list:
    """``found`` (the sentence reader's ``(start, end, code, message)`` in ``seg``) with the bold labels and the labels
    of menu paths (``paths``; one that a bold label holds is said once): a label replaces what it holds (`**Ajouter
    une commande**`: one label, not the fragment `une commande`), and is left out where a finding overlaps it
    otherwise.  One pass over both, in text order (a paragraph of thousands of labels)."""
    labels = list(bold_labels(doc, seg))
    taken = Spans(label[:2] for label in labels)
    for path in path_labels(seg):  # (a bold label in a path is said once)
        if taken.free(*path[:2]):
            labels.append(path)
    if not labels:
        return list(found)
    labels.sort()
    found = sorted(found)
    starts, reach, furthest = [p[0] for p in found], [], -1
    for p in found:  # the furthest end of the findings up to each one
        furthest = max(furthest, p[1])
        reach.append(furthest)
    dropped, added = set(), []
    for label in labels:
        a, b = label[:2]
        first = k = bisect_left(starts, a)
        while k < len(found) and found[k][0] < b and found[k][1] <= b:
            k += 1  # the findings the label holds
        if (k == len(found) or found[k][0] >= b) and not (first and reach[first - 1] > a):
            dropped.update(range(first, k))  # (none overlapping it from before, nor past its end)
            added.append(label)
    return sorted([p for n, p in enumerate(found) if n not in dropped] + added)
