"""TQ401 untranslated-fragment, TQ402 untranslated-sentence, TQ403 untranslated-word: three outcomes of
one classifier of the French left in English text.

Cheap cues first (word lists, word frequencies), a language identifier last, for rare words.
Only the sentences of the lines ``prefilter`` finds are read.  ``tokens`` gives each word of such a
sentence its kind (a French function word of ``french_cues.tsv``, a lowercase word with French
accents or missing from ``english_words.txt`` and weighed by ``frequencies``, English, code, or part
of a name; the loan phrases of ``french_in_english.tsv`` are English).  Here the identifier (lingua)
decides the rare words that spell like French (``UNSURE``: alone, only those of a French family,
``frequencies.relative``); `dont` before an English verb is `don't` (``_apostrophe_dropped``, the word
classes of ``common.lexicon``); a sentence mostly French is TQ402, a
run of adjacent French-looking words TQ401 and a single one TQ403, several words confirmed by the
mean of their French-against-English frequency evidence.  ``exemptions`` then spares titles in
italics, quoted titles, terms quoted or bracketed on purpose and a link's whole text.
"""

from __future__ import annotations

from ...documents import MESSAGES
from .. import Rule
from ..common import Pattern, one_of
from ..common.lexicon import lexicon
from .emphasis import with_bold_labels
from .exemptions import exempt
from .frequencies import evidence, relative
from .labels import french_label, offers_french, said
from .lexicon import (
    ENGLISH, FRENCH, MAYBE, NAME, OTHER, STRONG, UNSURE, WEAK, WORD_ALONE, WORD_IN_RUN, contractions,
    french_confidence, is_english,
)
from .prefilter import has_seed, seed_lines
from .tokens import adjacent, tokenize

_TABLES = ("french_cues.tsv", "french_in_english.tsv", "english_words.txt", "french_word_frequencies.tsv",
           "french_trigrams.tsv", "french_endings.tsv", "english_lexicon.tsv", "english_function_words.tsv",
           "french_name_heads.tsv", "word_order.tsv")

RULES = [
    Rule(
        code="TQ401",
        name="untranslated-fragment",
        severity="warning",
        summary="A French phrase left untranslated inside an English sentence",
        what="Flags a run of two or more French words inside an English sentence (`selon les syndicats`, "
        "`“dans les prochains jours”`): French function words (`dans`, `les`, `selon`, `qu'`) or words "
        "missing from the English word list that French uses far more than English. Loan phrases "
        "(`coup d'état`, `raison d'être`), proper names (`Le Monde`, `Rue de Rivoli`, `Assemblée "
        "nationale`, `the Centre national du cinéma`) and titles in italics are not flagged.",
        why="Machine translation copies what it cannot translate, and a post-editor skimming for sense "
        "misses it; an English reader cannot understand the fragment.",
        before="The strike will continue, selon les syndicats.",
        after="The strike will continue, according to the unions.",
        fix="none: the fragment needs a translator.",
        data=_TABLES,
    ),
    Rule(
        code="TQ402",
        name="untranslated-sentence",
        severity="warning",
        summary="A whole French sentence left between English ones",
        what="Flags a sentence of four or more words that is mostly French words, and whose words French "
        "uses far more than English (word frequencies), in an English document; in a file of software strings "
        "(PO, JSON, YAML, Android…), a string of a few words that is French as a whole (`Créer un sondage`, "
        "`Sondage anonyme`) or a French label of several words in bold (`click **Ajouter une commande**`) or in a menu "
        "path (`Édition → Rechercher et remplacer`), names, "
        "loans and words English shares aside.",
        why="A sentence the MT system or the translator skipped is lost to the English reader, and often "
        "shows a segmentation or alignment error upstream.",
        before="The minister spoke on Monday. Il a annoncé une réforme des retraites. Unions reacted.",
        after="The minister spoke on Monday. He announced a pension reform. Unions reacted.",
        fix="none: the sentence needs a translator.",
        data=_TABLES,
    ),
    Rule(
        code="TQ403",
        name="untranslated-word",
        severity="warning",
        summary="A single French word left untranslated inside an English sentence",
        what="Flags one French word in an English sentence: a French function word (`et`, `qui`, `également`), a "
        "lowercase word with French accents that English has not borrowed (`siècle`, `travaillé`), or a lowercase "
        "word missing from the English word list that is frequent in French and rare in English (`comportement`, "
        "`maisons`; a rare word spelled like French goes to a language identifier, and needs a French word of its "
        "family: `targueront`, of `targuer`); in a file of software strings, a string that is one French word "
        "English hardly writes (`Supprimer`, `anonyme`); in prose, a French label in bold that the sentence says "
        "names a thing of an interface (`click **Supprimer**`), or in a menu path (`Go to Réglages → Outils`). "
        "Loanwords, also in the plural (`café`, `crêpes`, "
        "`déjà vu`, `maître d'`), names (`Le Canard enchaîné`), code, handles and acronyms (`os.getxattr`, "
        "`libxml2`, `SES`), a word the document writes as code elsewhere (`du` where it also writes `du -s`), "
        "nonce words and `dont` for `don't` (`I dont know`) are not flagged.",
        why="One untranslated word breaks a sentence for an English reader and is easy to miss in review, "
        "because the rest of the sentence reads well.",
        before="Many rhythms observed in physiology and comportement depend on biological clocks.",
        after="Many rhythms observed in physiology and behaviour depend on biological clocks.",
        fix="none: choosing the English word needs a translator.",
        data=_TABLES,
    ),
]

# thresholds on the mean evidence of several words (``frequencies.evidence``: -3 English to 3 French)
RUN = 1.0  # a run of two or more French-looking words
SENTENCE = 1.5  # a whole sentence, or a run that has no French word of its own (`En outre`)
MIN_SENTENCE_WORDS = 4

# a sentence ends at . ! ? … (then closing quotes) before a space, or at a line break
SENTENCE_BREAK = Pattern(one_of(".!?", "…") + "+" + one_of("\"»)\\]", "”’") + r"*(?=\s)|\n")  # [.!?…]+["”’»)\]]*(?=\s)|\n
_FRENCHISH = (STRONG, WEAK, FRENCH, MAYBE)
_DETERMINERS = frozenset("au aux ce ces cet cette de des du la le les leur leurs sa ses son un une".split())
# a short paragraph that leads into what follows (`Utiliser la commande :`, MT docs of stop 51): read as a label
_LEAD_IN = Pattern(r"\W*[^\W\d_][\w'’-]*(?:[ \u00a0][\w'’-]+){0,5}[ \u00a0\u202f]*:\s*")


def check(doc, ctx):
    strings = doc.format in MESSAGES
    held, sure = [], False  # capitalised words alone that may be names, said only beside a sure French string
    for seg in doc.segments:
        if offers_french(seg.text):
            continue  # a language menu or switch is written in the language it offers (`Passer en français`)
        label = french_label(seg.text) if strings or seg.label or _LEAD_IN.fullmatch(seg.text) else None
        if label is not None and not label.sure:
            held.append((seg, label))
            continue
        sure = sure or label is not None
        found = said(seg.text, label) if label else find(seg.text)
        yield from _problems(doc, ctx, seg, with_bold_labels(doc, seg, found))
    if sure:
        for seg, label in held:
            yield from _problems(doc, ctx, seg, said(seg.text, label))


def _problems(doc, ctx, seg, found):
    for i, j, code, message in found:
        if not exempt(doc, seg, i, j, code) and ctx.enabled(code):
            yield seg.problem(i, j, code, message)


def find(text: str, strings: bool = False):
    """Yield (start, end, code, message) for the French left in ``text``; ``strings``: ``text`` is a string of a
    software-strings file (a label or a message), which may be French as a whole (``labels``)."""
    if strings and (label := french_label(text)) is not None and label.sure:
        yield from said(text, label)
        return
    for line_start, line_end in seed_lines(text):
        spans = list(sentences(text, line_start, line_end))  # a sentence never crosses a line
        for s, e in spans:
            # the line holds a seed chunk, and a sentence ends only before a space: a line's only sentence holds it
            if len(spans) == 1 or has_seed(text, s, e):
                yield from _find_in_sentence(text, e, tokenize(text, s, e))


def sentences(text: str, start: int = 0, end: int | None = None):
    """(start, end) of each sentence of ``text[start:end]``."""
    end = len(text) if end is None else end
    for m in SENTENCE_BREAK.finditer(text, start, end):
        stop = m.end()
        if text[start:stop].strip():
            yield start, stop
        start = stop
    if text[start:end].strip():
        yield start, end


def _find_in_sentence(text, e, tokens):
    # the rare words that spell like French: the identifier decides; alone, only a word of a French
    # family (`targueront`: `targuer`): puns, dialect and Elvish spell like French too (`riplais`, `silivren`).
    # A word of no French family is at most MAYBE, which counts only beside a French word: the identifier
    # (whose model takes most of a second to load) is asked about it only in a sentence that has one
    unsure = [t for t in tokens if t.kind == UNSURE]
    of_a_family = [t for t in unsure if relative(t.text.lower())]  # may be flagged alone
    for tok in of_a_family:
        conf = french_confidence(tok.text.lower())
        tok.kind = FRENCH if conf >= WORD_ALONE else (MAYBE if conf >= WORD_IN_RUN else ENGLISH)
    if not any(t.kind in (STRONG, FRENCH) for t in tokens) and not _weak_pair(text, tokens):
        return
    for tok in unsure:
        if tok.kind == UNSURE:
            tok.kind = MAYBE if french_confidence(tok.text.lower()) >= WORD_IN_RUN else ENGLISH
    words = [t for t in tokens if t.kind not in (NAME, OTHER)]
    frenchish = [t for t in words if t.kind in _FRENCHISH]
    strong = [t for t in words if t.kind in (STRONG, FRENCH)]
    # a whole French sentence
    if len(words) >= MIN_SENTENCE_WORDS and len(frenchish) >= 0.6 * len(words) and len(strong) >= 2:
        a, b = tokens[0].start, _sentence_end(text, tokens[-1].end, e)
        if _mean_evidence(words) >= SENTENCE:
            yield a, b, "TQ402", "Untranslated French sentence"
            return
    # runs of adjacent French-looking words
    n = len(tokens)
    k = 0
    while k < n:
        if tokens[k].kind not in _FRENCHISH:
            k += 1
            continue
        j = k + 1
        while j < n and tokens[j].kind in _FRENCHISH and adjacent(text, tokens[j - 1], tokens[j]):
            j += 1
        # `vos otros`, `Hier liegt ein Mann`, `NO_COLOR environ`: next to another language or code;
        # `I dont know`: English `don't`
        if j - k == 1 and (_foreign(text, tokens, k, k - 1) or _foreign(text, tokens, k, j)
                           or _apostrophe_dropped(text, tokens, k)):
            k = j
            continue
        yield from _run(text, tokens[k:j])
        k = j


def _weak_pair(text, tokens) -> bool:
    """A French function word that English also has (``la``, ``en``) beside a word leaning French
    (``bataille``, ``outre``): together French (``_run``), with no other French word in the sentence."""
    return any({a.kind, b.kind} == {WEAK, MAYBE} and adjacent(text, a, b) for a, b in zip(tokens, tokens[1:]))


def _opens_noun_phrase(run, i) -> bool:
    """``la`` in ``la première fois``, ``pour`` in ``pour la première``: a French determiner before a
    French word, or a word before such a determiner, is French even when English has the word."""
    if i + 1 >= len(run):
        return False
    word, nxt = run[i].text.lower(), run[i + 1]
    if word in _DETERMINERS and nxt.kind in (STRONG, FRENCH, MAYBE) and nxt.text.lower() not in _DETERMINERS:
        return True
    return nxt.text.lower() in _DETERMINERS and _opens_noun_phrase(run, i + 1)


def _sentence_end(text, b, e):
    """Extend a sentence span over its final punctuation (not closing quotes)."""
    while b < e and text[b] in ".!?…":
        b += 1
    return b


def _run(text, run):
    # weak edges that are English words (car, pour, plus, son) are English here
    while run and run[0].kind in (WEAK, MAYBE) and (run[0].kind == MAYBE or is_english(run[0].text.lower())) \
            and not _opens_noun_phrase(run, 0):
        run = run[1:]
    while run and run[-1].kind == WEAK and is_english(run[-1].text.lower()):
        run = run[:-1]
    if not run:
        return
    a, b = run[0].start, run[-1].end
    if not any(t.kind in (STRONG, FRENCH) for t in run):
        # `En outre`, `la bataille`: a French function word and a word leaning French, together French
        if not (len(run) >= 2 and any(t.kind == MAYBE for t in run) and any(t.kind == WEAK for t in run)
                and _mean_evidence(run) >= SENTENCE):
            return
    if len(run) == 1:
        tok = run[0]
        what = f"`{tok.text}`" + (f" ({tok.gloss})" if tok.gloss else "")
        yield a, b, "TQ403", f"Untranslated French word {what}"
        return
    if _mean_evidence(run) < RUN:
        return
    glosses = [f"`{t.text}`: {t.gloss}" for t in run if t.gloss and t.kind == STRONG][:2]
    extra = f" ({'; '.join(glosses)})" if glosses else ""
    yield a, b, "TQ401", f"Untranslated French fragment `{text[a:b]}`{extra}"


def _mean_evidence(tokens) -> float:
    """How French some words are together: their evidence's mean (an elision French, an English-listed word English)."""
    return sum(3.0 if t.elided else -2.0 if t.kind == ENGLISH else evidence(t.text.lower().replace("’", "'"))
               for t in tokens) / len(tokens)


_ASKING = frozenset("why how where what when who so".split())  # before `dont you`: an English question


def _apostrophe_dropped(text, tokens, k) -> bool:
    """Is ``tokens[k]`` an English contraction written without its apostrophe (`dont`: ``contractions``)?
    French `dont` follows a noun and comes before its clause's subject (`the house dont the roof`,
    `the report dont we spoke`); the English typo comes before a verb or an adverb (`dont know`,
    `dont even`), or after a pronoun (`I dont wanna`)."""
    tok = tokens[k]
    if tok.text.lower() not in contractions():
        return False
    lex = lexicon()

    def english(n, *classes):
        near = tokens[n] if 0 <= n < len(tokens) else None
        return near is not None and near.kind in (ENGLISH, NAME) \
            and adjacent(text, *sorted((tok, near), key=lambda t: t.start)) \
            and any(lex.has_class(near.text.lower(), cls) for cls in classes)

    if english(k + 1, "PRON") and (k == 0 or tokens[k - 1].text.lower() in _ASKING or tok.text[:1].isupper()):
        return True  # `Why dont you come?`, `Dont we all?`: an English question, not a clause on a noun
    if english(k + 1, "DET", "PRON"):
        return False  # `dont the`, `dont we`: French, before its clause's subject
    return english(k + 1, "VERB", "AUX", "ADV") or english(k - 1, "PRON")


def _foreign(text, tokens, k, n) -> bool:
    """Is ``tokens[n]``, next to ``tokens[k]``, code, or (when ``tokens[k]`` is a function word) a word of
    neither French nor English (Latin, Spanish, German)?"""
    if not 0 <= n < len(tokens) or tokens[n].kind != OTHER:
        return False
    near = tokens[n]
    if not adjacent(text, *sorted((tokens[k], near), key=lambda t: t.start)):
        return False
    if near.code:
        return True
    return tokens[k].kind in (STRONG, WEAK) and len(near.text) >= 3 and "'" not in near.text and "’" not in near.text
