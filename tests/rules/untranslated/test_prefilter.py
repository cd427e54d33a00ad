"""The lines worth reading (tqcheck.rules.untranslated.prefilter): a fast path that must change nothing."""

import json
import subprocess
import sys

from tqcheck.rules.untranslated import classify, prefilter, tokens

from conftest import ROOT, shared, wmt_lines


def _every_sentence(text):
    """What ``classify.find`` yields without the prefilter: every sentence of every line classified."""
    for s, e in classify.sentences(text):
        yield from classify._find_in_sentence(text, e, tokens.tokenize(text, s, e))


def test_prefilter_finds_what_reading_every_sentence_finds():
    demetr = shared("data", "demetr-fr", "demetr_french_all_perturbations.jsonl").read_text(encoding="utf-8")
    items = [json.loads(line) for line in demetr.splitlines()]
    lines = [d["pert_sent"] for d in items if d["pert_desc"] == "codemix"]
    lines += wmt_lines("newstest2013-ref.en", 400)
    lines += wmt_lines("system-outputs/newstest2013.fr-en.CMU_Tree-to-Tree.2893", 400)
    lines += ["For the first time, pour la première fois.  En outre, the l'année “dans les jours”, said Le Monde.",
              "Il a annoncé une réforme des retraites pour l'année prochaine. Crêpes, café crème and banlieues."]
    text = "\n".join(lines)
    plain = list(_every_sentence(text))
    assert len(plain) > 50  # the sample holds French
    assert list(classify.find(text)) == plain
    # one line at a time (short texts, other chunks learned first) as well
    assert [f for line in lines for f in classify.find(line)] == [f for line in lines for f in _every_sentence(line)]


def test_seed_lines_are_the_lines_holding_a_seed_word():
    # the chunks seen before by a look-up each, the new ones where they stand: the lines whose words hold a seed,
    # a text read for the first time (its chunks new, some repeated, some inside others) or again
    from tqcheck.rules.untranslated.lexicon import TOKEN

    lines = wmt_lines("system-outputs/newstest2013.fr-en.rbmt-1", 300)
    lines += ["zorglubées zorglubées.", "xzorglubées zorglubées", "(zorglubées)\tand zorglubées", "", "  plain  ",
              "the zorglubéesx", "dans", "dans", "l'orgueilleuse", "Xgromplais, a name", "then gromplais, twice"]
    assert prefilter.is_seed("gromplais") and not prefilter.is_seed("Xgromplais")  # a new seed inside a name
    for text in ("\n".join(lines), "\n".join(lines[::-1]), " dans\n\nzorglubées "):
        plain = []
        start = 0
        for line in text.split("\n"):
            if any(prefilter.is_seed(w) for w in TOKEN.findall(line)):
                plain.append((start, start + len(line)))
            start += len(line) + 1
        assert plain
        assert prefilter.seed_lines(text) == plain
        assert prefilter.seed_lines(text) == plain  # its chunks known now


def test_a_seed_line_of_one_sentence_holds_a_seed_word():
    # ``classify.find`` reads a line's only sentence without asking ``has_seed``: the line's seed chunk is in it
    lines = wmt_lines("system-outputs/newstest2013.fr-en.CMU_Tree-to-Tree.2893", 400)
    lines += ["“Selon les syndicats.”  Then English.", "(l'année)\tand\u00a0qu'il...", "Il a dit: «dans»!"]
    text = "\n".join(lines)
    alone = 0
    for line_start, line_end in prefilter.seed_lines(text):
        spans = list(classify.sentences(text, line_start, line_end))
        alone += len(spans) == 1
        assert len(spans) > 1 or prefilter.has_seed(text, *spans[0]), text[line_start:line_end]
    assert alone > 5


def test_a_lowercase_word_is_of_one_kind_first_in_a_sentence_or_not():
    # ``is_seed`` asks ``kind`` about a lowercase word as ``tokenize`` does inside a sentence (one cached answer)
    from tqcheck.rules.untranslated.lexicon import TOKEN, kind

    words = {w for line in wmt_lines("system-outputs/newstest2013.fr-en.online-G", 300) for w in TOKEN.findall(line)}
    words |= {"selon", "l'année", "qu'il", "d'Estaing", "dont", "là-bas", "crêpes", "fraieront", "ça", "étude"}
    lowercase = [w for w in words if not w[0].isupper()]
    assert len(lowercase) > 500
    assert [kind(w, True) for w in lowercase] == [kind(w, False) for w in lowercase]


def test_seeds_are_strong_cues_elisions_and_french_looking_words():
    for word in ("selon", "Selon", "les", "l'année", "qu'il", "comportement", "siècle", "travaillé", "crêpes",
                 "sondage", "fraieront"):
        assert prefilter.is_seed(word), word
    # English, names, weak cues (`pour`, `car`), listed loanwords, code and English the word list lacks
    for word in ("government", "café", "Gaulle", "L'Oréal", "pour", "car", "banlieues", "getxattr", "bosons",
                 "iphone"):
        assert not prefilter.is_seed(word), word


def test_identifier_loads_only_for_rare_french_looking_words_that_can_count():
    code = (
        "from tqcheck import check_text\n"
        "from tqcheck.rules.untranslated import lexicon as u\n"
        "check_text('The minister said the reform would pass in the coming days.', 'x.txt')\n"
        "assert not u.identifier_loaded(), 'identifier loaded on plain English'\n"
        "check_text('We ordered crêpes and a café crème; the maître d\\' was kind. Le Canard enchaîné "
        "reported riots in the banlieues.', 'x.txt')\n"
        "assert not u.identifier_loaded(), 'identifier loaded on English with loanwords and a French name'\n"
        "check_text('The strike will go on, selon les syndicats, dans les prochains jours.', 'x.txt')\n"
        "assert not u.identifier_loaded(), 'identifier loaded for common French words'\n"
        "check_text('Humungous codebases need affordances for instantiation.', 'x.txt')\n"
        "assert not u.identifier_loaded(), 'identifier loaded for rare words of no French family, no French near'\n"
        "check_text('The fish fraieront in the river.', 'x.txt')\n"
        "assert u.identifier_loaded(), 'a rare word that spells like French is left to the identifier'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
