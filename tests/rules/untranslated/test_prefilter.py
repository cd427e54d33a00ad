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
