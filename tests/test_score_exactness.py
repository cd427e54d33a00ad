"""tqcheck's scores are sacrebleu's scores: the published OPUS-MT score and the 19 WMT13 systems.

Our statistics are computed in chunks by worker processes; sacrebleu's in one
process with ``corpus_score``.  Scores must be equal as floats (bit-identical),
and so must the printed lines.  TER is slow in pure Python (~10 s a system here):
the default run checks it on a 120-line slice of all 19 systems;
``TQCHECK_FULL_EXACTNESS=1`` checks all 19 full systems too.
"""

import os
from pathlib import Path

import pytest

sacrebleu = pytest.importorskip("sacrebleu")
from sacrebleu.metrics import BLEU, CHRF, TER  # noqa: E402

from tqcheck.scoring import parallel  # noqa: E402
from tqcheck.scoring.metrics import Options, Scorer  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
WMT = SHARED / "wmt13-fren"
OPUS = SHARED / "opus-mt-leaderboard-fren"


def lines(path):
    if not path.exists():
        pytest.skip(f"{path} not available")
    with open(path, encoding="utf-8", newline="\n") as handle:
        return [line.rstrip() for line in handle]  # as sacrebleu's command line reads files


def sacrebleu_line(score, metric):
    return score.format(width=1, signature=metric.get_signature().format())


def ours(keys, systems, refs, workers=2, options=Options()):
    """Per system, per metric: our corpus MetricScore, statistics computed in parallel."""
    scorers = {k: Scorer(k, options) for k in keys}
    jobs = [parallel.Job(k, scorers[k].metric, hyps, refs) for hyps in systems for k in keys]
    stats = iter(parallel.segment_statistics(jobs, workers=workers))
    return [{k: scorers[k].corpus(next(stats), len(refs)) for k in keys} for _ in systems]


def wmt_systems():
    folder = WMT / "system-outputs"
    if not folder.is_dir():
        pytest.skip(f"{folder} not available")
    return {p.name.split("fr-en.")[1]: lines(p) for p in sorted(folder.iterdir())}


def test_published_opus_mt_score_is_reproduced():
    """The OPUS-MT leaderboard's .eval file (sacrebleu 2.0.0) for opus-mt-fr-en on newssyscomb2009."""
    hyp = lines(OPUS / "newssyscomb2009.fra-eng.opus-2020-02-26.output")
    ref = lines(OPUS / "newssyscomb2009.eng")
    [scores] = ours(["bleu", "chrf"], [hyp], [ref])
    bleu, chrf = scores["bleu"], scores["chrf"]
    assert f"BLEU = {bleu.value(1)} {bleu.verbose}" == (
        "BLEU = 30.3 63.3/36.5/23.6/16.0 (BP = 0.992 ratio = 0.992 hyp_len = 11725 ref_len = 11818)")
    assert bleu.signature.startswith("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:")
    assert chrf.name == "chrF2" and f"{chrf.score:.3f}" == "56.875"  # published as 0.56875 (sacrebleu 1.x scale)
    assert chrf.signature.startswith("nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:")
    assert chrf.signature.endswith("|tqcheck:0.2.0")


def test_wmt13_bleu_and_chrf_plus_plus_equal_sacrebleu_for_all_19_systems():
    systems = wmt_systems()
    ref = lines(WMT / "newstest2013-ref.en")
    assert len(systems) == 19
    results = ours(["bleu", "chrf++"], list(systems.values()), [ref])
    bleu, chrf = BLEU(references=[ref]), CHRF(word_order=2, references=[ref])
    for (name, hyps), mine in zip(systems.items(), results):
        expected_bleu = bleu.corpus_score(hyps, None)
        expected_chrf = chrf.corpus_score(hyps, None)
        # bit-identical statistics and scores
        assert mine["bleu"].score == expected_bleu.score, name
        assert mine["bleu"].details["counts"] == expected_bleu.counts, name
        assert mine["bleu"].details["totals"] == expected_bleu.totals, name
        assert (mine["bleu"].details["hyp_len"], mine["bleu"].details["ref_len"]) == (
            expected_bleu.sys_len, expected_bleu.ref_len), name
        assert mine["chrf++"].score == expected_chrf.score, name
        # and the printed lines, signature included
        assert mine["bleu"].line(1) == _with_tqcheck(sacrebleu_line(expected_bleu, bleu)), name
        assert mine["chrf++"].line(1) == _with_tqcheck(sacrebleu_line(expected_chrf, chrf)), name


def _with_tqcheck(line):
    """sacrebleu's line with tqcheck's version appended to the signature."""
    head, _, tail = line.partition(" = ")
    return f"{head}|tqcheck:0.2.0 = {tail}"


def test_wmt13_ter_equals_sacrebleu_on_a_slice_of_every_system():
    systems = wmt_systems()
    ref = lines(WMT / "newstest2013-ref.en")
    start, end = 1000, 1120
    sliced = {name: hyps[start:end] for name, hyps in systems.items()}
    # small chunks, so that every system is split across both workers
    saved = parallel.MIN_PARALLEL_COST, parallel.CHUNKS_PER_WORKER
    parallel.MIN_PARALLEL_COST, parallel.CHUNKS_PER_WORKER = 0, 40
    try:
        results = ours(["ter"], list(sliced.values()), [ref[start:end]])
    finally:
        parallel.MIN_PARALLEL_COST, parallel.CHUNKS_PER_WORKER = saved
    ter = TER(references=[ref[start:end]])
    for (name, hyps), mine in zip(sliced.items(), results):
        expected = ter.corpus_score(hyps, None)
        assert mine["ter"].score == expected.score, name
        assert mine["ter"].details["num_edits"] == expected.num_edits, name
        assert mine["ter"].line(1) == _with_tqcheck(sacrebleu_line(expected, ter)), name


@pytest.mark.skipif(not os.environ.get("TQCHECK_FULL_EXACTNESS"), reason="about 6 minutes: set TQCHECK_FULL_EXACTNESS=1")
def test_wmt13_ter_equals_sacrebleu_for_all_19_full_systems():
    systems = wmt_systems()
    ref = lines(WMT / "newstest2013-ref.en")
    results = ours(["ter"], list(systems.values()), [ref])
    ter = TER(references=[ref])
    for (name, hyps), mine in zip(systems.items(), results):
        expected = ter.corpus_score(hyps, None)
        assert mine["ter"].score == expected.score, name
        assert mine["ter"].line(1) == _with_tqcheck(sacrebleu_line(expected, ter)), name


def test_parallel_statistics_are_the_single_process_statistics_segment_by_segment():
    ref = lines(WMT / "newstest2013-ref.en")[:400]
    hyp = wmt_systems()["online-B"][:400]
    for key in ("bleu", "chrf", "chrf++"):
        metric = Scorer(key, Options()).metric
        expected = metric._extract_corpus_statistics(hyp, [ref])
        saved = parallel.MIN_PARALLEL_COST
        parallel.MIN_PARALLEL_COST = 0
        try:
            [got] = parallel.segment_statistics([parallel.Job(key, metric, hyp, [ref])], workers=2)
        finally:
            parallel.MIN_PARALLEL_COST = saved
        assert got == expected, key


def test_segment_scores_equal_sacrebleu_sentence_scores():
    ref = lines(WMT / "newstest2013-ref.en")[:60]
    hyp = wmt_systems()["rbmt-1"][:60]
    for key, metric in (("bleu", BLEU(effective_order=True)), ("chrf", CHRF()), ("ter", TER())):
        scorer = Scorer(key, Options())
        stats = scorer.metric._extract_corpus_statistics(hyp, [ref])
        got = scorer.segment_scores(stats)
        assert got == [metric.sentence_score(h, [r]).score for h, r in zip(hyp, ref)], key
    assert Scorer("bleu", Options()).segment_scores(
        Scorer("bleu", Options()).metric._extract_corpus_statistics(hyp[:5], [ref[:5]])) == [
        sacrebleu.sentence_bleu(h, [r]).score for h, r in zip(hyp[:5], ref[:5])]


@pytest.mark.parametrize("options, key, metric", [
    (Options(lowercase=True, tokenize="intl"), "bleu", BLEU(lowercase=True, tokenize="intl")),
    (Options(smooth_method="floor", smooth_value=0.2), "bleu", BLEU(smooth_method="floor", smooth_value=0.2)),
    (Options(smooth_method="add-k"), "bleu", BLEU(smooth_method="add-k")),
    (Options(chrf_word_order=1, chrf_beta=3, chrf_lowercase=True), "chrf", CHRF(word_order=1, beta=3, lowercase=True)),
    (Options(chrf_eps_smoothing=True, chrf_whitespace=True), "chrf", CHRF(eps_smoothing=True, whitespace=True)),
    (Options(ter_case_sensitive=True, ter_no_punct=True), "ter", TER(case_sensitive=True, no_punct=True)),
])
def test_sacrebleu_options_and_two_references(options, key, metric):
    ref = lines(WMT / "newstest2013-ref.en")[:300]
    systems = wmt_systems()
    hyp, ref2 = systems["online-A"][:300], systems["online-B"][:300]  # another system as a second reference
    [mine] = ours([key], [hyp], [ref, ref2], options=options)
    expected = metric.corpus_score(hyp, [ref, ref2])
    assert mine[key].score == expected.score
    assert mine[key].line(1) == _with_tqcheck(sacrebleu_line(expected, metric))
    assert "nrefs:2" in mine[key].signature


def test_confidence_interval_is_sacrebleus_bootstrap():
    ref = lines(WMT / "newstest2013-ref.en")[:300]
    hyp = wmt_systems()["online-A"][:300]
    [mine] = ours(["bleu"], [hyp], [ref])
    scorer = Scorer("bleu", Options())
    got = scorer.corpus(scorer.metric._extract_corpus_statistics(hyp, [ref]), 1, bootstrap=200)
    metric = BLEU()
    expected = metric.corpus_score(hyp, [ref], n_bootstrap=200)
    assert got.line(1) == _with_tqcheck(sacrebleu_line(expected, metric))
    assert "bs:200" in got.signature and "seed:12345" in got.signature
    assert mine["bleu"].score == got.score
