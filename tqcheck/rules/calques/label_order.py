"""TQ304, a label after its noun: `click the button **Save**`, `a meter *Linky*`, `the plugin <b>Brother</b>`.

French names a button, a menu or a device by its noun first, then the label set off in bold or italics (*le bouton
**Enregistrer***, *un compteur *Linky**); English puts the label first (`the **Save** button`, `a *Linky* meter`).
Machine-translated documentation keeps the French order.  Found where a determiner and a noun that names a thing of
an interface or a device (``word_order.tsv``'s ``label-noun`` rows: button, menu, tab, plugin, printer…) come right
before an emphasised label, in Markdown (``**``, ``*``, ``__``, ``_``) or HTML (``<b>``, ``<strong>``, ``<em>``,
``<i>``) that starts with a capital, a digit or ``+``, and no such noun follows the label.  The emphasis is read
from the file (the segment holds the text without it).  Code spans are left alone: English names an option, a file
or a command that way too (`the option `--force``).

Evidence: 15 pairs of Jeedom plugin documentation machine-translated from French (stop 45): 14 matches, 10 of them
traces an editor had annotated there by hand and the 4 others the same order (`the menu **Plugins → Energy**`, `the
box **Widget template**`); 0 in their French sources; 0 in 1.4 M words of native Markdown (npm READMEs), in the
native HTML and reST manuals of ``bench/measure_native.py``, in 95 k words of native documentation of 36 projects,
and in 17 k words of modern MT blog posts.
"""

from __future__ import annotations

from ..common import Pattern
from ..common.emphasis import emphasised
from .word_order import exceptions

_CANDIDATE = Pattern(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Yy]our|[Ee]ach)\s+(?:new\s+|different\s+)?([a-z]+)\s(?=[A-Z0-9+])")
_WORD = Pattern(r"\W*([A-Za-z]+)")


def problems(doc, seg):
    """``(start, end, message, suggestion)`` of each noun followed by its emphasised label in ``seg``."""
    text = seg.text
    if seg.mapping is None or not _CANDIDATE.search(text):
        return  # (a verbatim segment has no markup inside it)
    raw = doc.text[seg.offset(0):seg.offset(len(text))]  # (the segment's own stretch of the file: linear)
    if not any(c in raw for c in "*_<"):
        return
    nouns = exceptions()["label-noun"]
    for m in _CANDIDATE.finditer(text):
        noun = m.group(1)
        if not _names_a_thing(noun, nouns):
            continue
        j = m.end()
        end = emphasised(doc, seg, j)  # an emphasis between the space and the label
        if end is None:
            continue
        after = _WORD.match(text, end)
        if after and _names_a_thing(after[1].lower(), nouns):
            continue  # `the **Save** button` written after it all the same
        label, determiner = text[j:end].strip(), m.group().split()[0]
        yield (m.start(1), end, f'"{noun} {label}": a label after its noun, the French way (*le bouton '
               f'Enregistrer*): in English, "{determiner} {label} {noun}"', None)


def _names_a_thing(word: str, nouns) -> bool:
    """Is a lowercase word a ``label-noun``, or its plural (`tabs`)?"""
    return word in nouns or word.endswith("s") and word[:-1] in nouns
