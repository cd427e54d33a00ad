"""Resource files keyed by their French sources: Laravel's ``lang/en.json``, Jeedom's ``core/i18n/en_US.json``, a
Symfony ``messages.en.yaml`` written with its French as keys (``Mes caméras: My cameras``), a French-first app's
``en.lproj/Localizable.strings`` (``genstrings`` keys each string by its source: ``"Annuler" = "Cancel";``).

Such a file is bilingual by itself.  Where its keys read as French (their function words, ``language``), each text
is paired with its key, as a PO file's ``msgstr`` with its ``msgid``, so that the source-aware rules compare the two
without ``--source``: a text left as its key (``"Dupliquer": "Dupliquer"``), a number lost, an empty text (no
English at all).  The object a text is in is its context, as a Qt context is (Jeedom's: the source file that
shows it): TQ609 compares the translations of one source within one context only.  A key that is an identifier
(``menu.open``, ``btn_save``, ``errors:x``, ``camelCase``) is no source and pairs with nothing, nor is a lowercase
word (``open``, ``title``: labels are capitalised).  ``--source`` pairs by key instead (``pairing``)."""

from __future__ import annotations

import re

from . import bilingual
from .language import function_words
from .model import Document, Pair

# keys read as French sources: this many French function words at least, and this many times the English ones (a
# catalog's strings are short: `Mot de passe oublié ?`, `Vous avez des messages`; an English key holds none)
KEYS_FRENCH, KEYS_RATIO = 2, 2
IDENTIFIER = re.compile(r"[\w$@-]*[._:/][\w.$@:/-]*|[a-z]+[A-Z]\w*|[a-z][a-z0-9-]*")  # (a label is capitalised)


def pair_with_keys(doc: Document, keyed: list) -> None:
    """``keyed``: ``(unit path, key, key_pieces, text pieces)`` of each string of ``doc`` read under a key
    (``key_pieces()`` reads the key as ``Pieces``, mapped to the file); ``doc.units`` read already.  Where the keys
    read as French, each text (or an empty one) joins ``doc.pairs`` with its key as its source."""
    keyed = [unit for unit in keyed if unit[1].strip() and not IDENTIFIER.fullmatch(unit[1].strip())]
    french, english = function_words((key for _, key, _, _ in keyed), strings=True)
    if french < KEYS_FRENCH or french < KEYS_RATIO * english:
        return
    for path, key, key_pieces, pieces in keyed:
        target = doc.units.get(path)
        if target is None and pieces.text().strip():
            continue  # a text that is no prose (a number, a placeholder): nothing to compare
        source = bilingual.segment(doc, key_pieces(), tags=True)
        # its context: the object it is in (Jeedom's, the source file that shows it, which may need its own words)
        context = path[:-len(key) - 1] if path.endswith("." + key) else ""
        doc.pairs.append(Pair(source.text if source else "", target, 1.0, path, source, context=context))
