"""sacrebleu metrics built from tqcheck's options; scores and signatures from statistics.

A ``Scorer`` wraps one sacrebleu metric.  Statistics come from sacrebleu's own
``_extract_corpus_statistics`` (see ``parallel``); corpus, document and segment
scores are computed from them with sacrebleu's ``_aggregate_and_compute`` and
``_compute_score_from_stats``, so every number is sacrebleu's number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import __version__

SACREBLEU_METRICS = ("bleu", "chrf", "chrf++", "ter")
NEURAL_METRICS = ("bertscore", "cosine")
ALL_METRICS = SACREBLEU_METRICS + NEURAL_METRICS
DEFAULT_METRICS = ("bleu", "chrf++", "ter")
LOWER_IS_BETTER = frozenset({"ter"})
# sacrebleu downloads the SentencePiece model behind these tokenizers: never from tqcheck
DOWNLOADING_TOKENIZERS = frozenset({"spm", "flores101", "flores200", "spBLEU-1K"})


def tqcheck_signature(signature: str) -> str:
    """A metric's signature followed by tqcheck's version."""
    return f"{signature}|tqcheck:{__version__}"


@dataclass(frozen=True)
class Options:
    """sacrebleu's metric options, named as sacrebleu's command line names them."""

    tokenize: str | None = None
    lowercase: bool = False
    force: bool = False
    smooth_method: str = "exp"
    smooth_value: float | None = None
    chrf_char_order: int = 6
    chrf_word_order: int = 0
    chrf_beta: int = 2
    chrf_whitespace: bool = False
    chrf_lowercase: bool = False
    chrf_eps_smoothing: bool = False
    ter_case_sensitive: bool = False
    ter_normalized: bool = False
    ter_no_punct: bool = False
    ter_asian_support: bool = False
    # set when BLEU is computed over SentencePiece pieces (tokenize="none" on pre-encoded text)
    spm_signature: str | None = None


def make_metric(key: str, options: Options, sentence: bool = False):
    """The sacrebleu metric for ``key``; ``sentence`` gives sentence-level BLEU (effective order)."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    if key == "bleu":
        metric = BLEU(
            lowercase=options.lowercase,
            force=True,  # the "tokenized period" warning is given once by the runner, not per chunk
            tokenize="none" if options.spm_signature else options.tokenize,
            smooth_method=options.smooth_method,
            smooth_value=options.smooth_value,
            effective_order=sentence,
        )
        if options.spm_signature:
            metric.tokenizer_signature = options.spm_signature
        return metric
    if key in ("chrf", "chrf++"):
        return CHRF(
            char_order=options.chrf_char_order,
            word_order=2 if key == "chrf++" else options.chrf_word_order,
            beta=options.chrf_beta,
            lowercase=options.chrf_lowercase,
            whitespace=options.chrf_whitespace,
            eps_smoothing=options.chrf_eps_smoothing,
        )
    if key == "ter":
        return TER(
            normalized=options.ter_normalized,
            no_punct=options.ter_no_punct,
            asian_support=options.ter_asian_support,
            case_sensitive=options.ter_case_sensitive,
        )
    raise ValueError(f"not a sacrebleu metric: {key!r}")


@dataclass
class MetricScore:
    """One corpus (or document) score with what is needed to print it as sacrebleu does."""

    key: str
    name: str
    score: float
    signature: str = ""
    verbose: str = ""
    mean: float | None = None  # bootstrap estimate of the mean, with --confidence
    ci: float | None = None  # half-width of the 95% confidence interval
    digits: int = 0  # decimals beyond --width: 2 for scores between 0 and 1 (BERTScore, cosine)
    details: dict = field(default_factory=dict)

    def value(self, width: int = 1) -> str:
        width += self.digits
        text = f"{self.score:.{width}f}"
        if self.mean is not None and self.ci is not None:
            text += f" (μ = {self.mean:.{width}f} ± {self.ci:.{width}f})"
        return text

    def line(self, width: int = 1) -> str:
        """The score line as ``sacrebleu`` prints it: ``NAME|signature = score verbose``."""
        head = f"{self.name}|{self.signature}" if self.signature else self.name
        tail = f" {self.verbose}" if self.verbose else ""
        return f"{head} = {self.value(width)}{tail}"


class Scorer:
    """One sacrebleu metric: segment statistics in, corpus/document/segment scores out."""

    def __init__(self, key: str, options: Options):
        self.key = key
        self.options = options
        self.metric = make_metric(key, options)
        self._sentence_metric = make_metric(key, options, sentence=True) if key == "bleu" else self.metric

    def signature(self, num_refs: int) -> str:
        self.metric.num_refs = num_refs
        return tqcheck_signature(self.metric.get_signature().format())

    def score(self, stats: list) -> MetricScore:
        """Aggregate segment statistics exactly as sacrebleu's ``corpus_score`` does."""
        return self._wrap(self.metric._aggregate_and_compute(stats))

    def corpus(self, stats: list, num_refs: int, bootstrap: int = 0) -> MetricScore:
        """The corpus score with its signature; ``bootstrap`` > 1 adds a 95% confidence interval."""
        result = self.metric._aggregate_and_compute(stats)
        if bootstrap > 1:
            from sacrebleu.significance import _bootstrap_resample

            self.metric.n_bootstrap = bootstrap
            self.metric.seed, resampled = _bootstrap_resample(stats, self.metric, bootstrap)
            result.estimate_ci(resampled)
        wrapped = self._wrap(result)
        wrapped.signature = self.signature(num_refs)
        return wrapped

    def segment_scores(self, stats: list) -> list[float]:
        """Sentence-level scores (BLEU with effective order, as ``sentence_bleu``)."""
        compute = self._sentence_metric._compute_score_from_stats
        return [compute(list(s)).score for s in stats]

    def _wrap(self, result) -> MetricScore:
        details = {}
        if self.key == "bleu":
            details = {
                "counts": list(result.counts), "totals": list(result.totals),
                "precisions": list(result.precisions), "bp": result.bp, "ratio": result.ratio,
                "hyp_len": result.sys_len, "ref_len": result.ref_len,
            }
        elif self.key == "ter":
            details = {"num_edits": result.num_edits, "ref_length": result.ref_length}
        mean = result._mean if result._mean > 0 else None
        ci = result._ci if result._mean > 0 else None
        return MetricScore(self.key, result.name, result.score, verbose=result._verbose,
                           mean=mean, ci=ci, details=details)
