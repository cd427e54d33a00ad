"""The ``tqcheck score`` click command.  Exit codes: 0 ok, 1 a gate failed, 2 bad usage or input.

Importing this module imports neither sacrebleu nor torch, transformers or
sentencepiece: they are imported when a score is computed.
"""

from __future__ import annotations

import sys

import click

from .errors import ScoreError
from .metrics import ALL_METRICS, DEFAULT_METRICS

# sacrebleu's BLEU tokenizers (checked against sacrebleu.BLEU.TOKENIZERS by a test)
TOKENIZERS = ("none", "zh", "13a", "intl", "char", "ja-mecab", "ko-mecab", "spm", "flores101", "flores200",
              "spBLEU-1K")
SMOOTH_METHODS = ("none", "floor", "add-k", "exp")
EXIT_GATE_FAILED = 1
EXIT_USAGE = 2


class ScoreFailure(click.ClickException):
    """A one-line message on standard error and exit code 2."""

    exit_code = EXIT_USAGE

    def show(self, file=None) -> None:
        message = self.message if not self.message.startswith("error:") else f"tqcheck: {self.message}"
        click.echo(message, err=True)


def _metric_list(text: str | None) -> list[str] | None:
    if text is None:
        return None
    names = [m.strip().lower() for m in text.split(",") if m.strip()]
    for name in names:
        if name not in ALL_METRICS:
            raise ScoreError(f"error: unknown metric {name!r} in --metrics (one of {', '.join(ALL_METRICS)})")
    if not names:
        raise ScoreError("error: --metrics is empty")
    return names


def _progress_factory():
    """click's progress bar on standard error, only when it is a terminal."""
    if not sys.stderr.isatty():
        return None

    def factory(total: int, label: str):
        return click.progressbar(length=total, label=label, file=sys.stderr)

    return factory


@click.command("score", short_help="Score translations against references (BLEU, chrF++, TER…).")
@click.argument("hypotheses", nargs=-1, required=True, metavar="HYP...")
@click.option("-r", "--reference", "references", multiple=True, metavar="REF",
              help="Reference file or folder; repeat for several references.")
@click.option("--src", "source", metavar="SRC", help="Source file or folder (shown by --worst; cosine against it).")
@click.option("-m", "--metrics", "metrics", metavar="LIST",
              help=f"Comma-separated: {', '.join(ALL_METRICS)} (default: {','.join(DEFAULT_METRICS)}).")
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True)
@click.option("-w", "--width", type=click.IntRange(0, 10), default=1, show_default=True,
              help="Decimals printed, as sacrebleu's --width.")
@click.option("--worst", type=click.IntRange(0), default=0, metavar="N", help="Show the N worst segments.")
@click.option("--worst-by", type=click.Choice(ALL_METRICS), help="Rank segments by this sentence score "
              "(default: chrF, else the first metric).")
@click.option("--fail-under", metavar="M=N[,...]", help="Exit 1 when a score is below, e.g. bleu=30,chrf=55.")
@click.option("--fail-over", metavar="M=N[,...]", help="Exit 1 when an error rate is above, e.g. ter=60.")
@click.option("--compare", type=click.Choice(["paired-bootstrap", "approx-randomization"]),
              help="Test every system against the first (the baseline).")
@click.option("--n-samples", type=click.IntRange(1), default=None,
              help="Resamples (bootstrap, default 1000) or trials (randomization, default 10000).")
@click.option("--confidence", is_flag=True, help="Add a bootstrap 95% confidence interval to each corpus score.")
@click.option("--confidence-n", type=click.IntRange(2), default=1000, show_default=True)
@click.option("-tok", "--tokenize", type=click.Choice(TOKENIZERS), help="BLEU tokenizer (default 13a).")
@click.option("-lc", "--lowercase", is_flag=True, help="Case-insensitive BLEU.")
@click.option("--force", is_flag=True, help="Do not warn about tokenized-looking input.")
@click.option("--smooth-method", type=click.Choice(SMOOTH_METHODS), default="exp", show_default=True)
@click.option("--smooth-value", type=float, help="For floor (default 0.1) and add-k (default 1).")
@click.option("--chrf-char-order", type=click.IntRange(1), default=6, show_default=True)
@click.option("--chrf-word-order", type=click.IntRange(0), default=0, show_default=True,
              help="For the chrf metric (chrf++ always uses 2).")
@click.option("--chrf-beta", type=click.IntRange(0), default=2, show_default=True)
@click.option("--chrf-whitespace", is_flag=True)
@click.option("--chrf-lowercase", is_flag=True)
@click.option("--chrf-eps-smoothing", is_flag=True)
@click.option("--ter-case-sensitive", is_flag=True)
@click.option("--ter-asian-support", is_flag=True)
@click.option("--ter-no-punct", is_flag=True)
@click.option("--ter-normalized", is_flag=True)
@click.option("--model", metavar="DIR", help="Local model folder for bertscore and cosine (never downloaded).")
@click.option("--layer", type=click.IntRange(0), help="BERTScore layer (default: the last).")
@click.option("--batch-size", type=click.IntRange(1), default=64, show_default=True)
@click.option("--cosine-against", type=click.Choice(["ref", "src"]),
              help="Cosine with the reference (default when -r is given) or the source (reference-free).")
@click.option("--cosine-threshold", type=float, default=0.5, show_default=True,
              help="Flag segments whose cosine is lower (possible omission or hallucination).")
@click.option("--spm-model", metavar="FILE", help="Local SentencePiece model: spBLEU (implies --tokenize spm).")
@click.option("-j", "--jobs", type=click.IntRange(1), help="Worker processes (default: the CPUs available).")
def score(hypotheses, references, source, metrics, fmt, width, worst, worst_by, fail_under, fail_over, compare,
          n_samples, confidence, confidence_n, tokenize, lowercase, force, smooth_method, smooth_value,
          chrf_char_order, chrf_word_order, chrf_beta, chrf_whitespace, chrf_lowercase, chrf_eps_smoothing,
          ter_case_sensitive, ter_asian_support, ter_no_punct, ter_normalized, model, layer, batch_size,
          cosine_against, cosine_threshold, spm_model, jobs):
    """Score translations HYP... against references with sacrebleu (BLEU, chrF, chrF++, TER),
    optionally BERTScore or embedding cosine with a local model.

    HYP is a file with one segment per line, or a folder of articles (Markdown,
    HTML, text) paired by file name with the reference folder(s).  Several HYPs
    are several systems; --compare tests them against the first.
    """
    from .config import load_score_config
    from .gates import parse_gates
    from .metrics import Options
    from .report import FORMATTERS
    from .runner import Request, run

    try:
        config = load_score_config()
        gates = [g for g in config.gates if g.kind == "fail-under" and fail_under is None]
        gates += [g for g in config.gates if g.kind == "fail-over" and fail_over is None]
        gates += parse_gates(fail_under or "", "fail-under") + parse_gates(fail_over or "", "fail-over")
        options = Options(
            tokenize=tokenize, lowercase=lowercase, force=force, smooth_method=smooth_method,
            smooth_value=smooth_value, chrf_char_order=chrf_char_order, chrf_word_order=chrf_word_order,
            chrf_beta=chrf_beta, chrf_whitespace=chrf_whitespace, chrf_lowercase=chrf_lowercase,
            chrf_eps_smoothing=chrf_eps_smoothing, ter_case_sensitive=ter_case_sensitive,
            ter_normalized=ter_normalized, ter_no_punct=ter_no_punct, ter_asian_support=ter_asian_support)
        request = Request(
            hypotheses=list(hypotheses), references=list(references), source=source,
            metrics=_metric_list(metrics) or config.metrics or list(DEFAULT_METRICS), options=options,
            worst=worst, worst_by=worst_by, compare=compare, n_samples=n_samples or 0,
            confidence=confidence_n if confidence else 0, gates=gates, model=model, layer=layer,
            batch_size=batch_size, cosine_against=cosine_against, cosine_threshold=cosine_threshold,
            spm_model=spm_model, jobs=jobs)
        report = run(request, _progress_factory())
    except ScoreError as exc:
        raise ScoreFailure(str(exc)) from None
    for note in report.notes:
        click.echo(f"tqcheck: warning: {note}", err=True)
    click.echo(FORMATTERS[fmt](report, width), nl=False)
    failed = report.failed_gates
    for gate in failed:
        click.echo(f"tqcheck: {gate.message()}", err=True)
    if failed:
        sys.exit(EXIT_GATE_FAILED)
