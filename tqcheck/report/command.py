"""``tqcheck report``: lint, score, write one self-contained HTML file.

Exit codes: 0 written; 1 written, but the run's quality is under ``--fail-under-quality`` (or the
configured ``fail-under``); 2 a usage, configuration or input error (the report is still written
when some files could be checked, listing the others).
"""

from __future__ import annotations

import os
import sys

import click

from ..cli_options import codes, config_options
from ..errors import NAME_ERRORS
EXIT_OK, EXIT_GATE, EXIT_ERROR = 0, 1, 2


def _fail(message: str):
    click.echo(message, err=True)
    sys.exit(EXIT_ERROR)


@click.command("report", short_help="Write a self-contained HTML quality report.")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output-file", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write ('-': standard output).")
@click.option("-r", "--reference", "references", multiple=True, metavar="REF",
              help="Reference file or folder (paired by file name): BLEU and chrF++ per document. Repeatable.")
@click.option("--fail-under-quality", type=click.FloatRange(0, 100), metavar="N",
              help="Exit 1 when the run's quality score is under N (0-100).")
@click.option("--title", default="Translation quality report", show_default=True, help="The page's title.")
@config_options
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: CPU count].")
def report(paths, output_file, references, fail_under_quality, title, config_file, isolated, select, extend_select,
           ignore, jobs):
    """Lint translations, score each document (MQM-style, 0-100) and write one HTML file:
    an overview with charts, the documents worst first, each text with its findings in place.

    PATHS are files or folders; default: the current folder.  With -r, give one PATH
    (a folder of articles, or a file) and its reference(s).
    """
    from datetime import datetime, timezone

    from .. import __version__
    from ..config import ConfigError
    from ..errors import OutputIsInput, nothing_checked_line
    from ..rules import all_rules
    from . import html
    from .lint import lint, read_texts
    from .quality import Settings, assess

    paths = paths or (".",)
    if "-" in paths:
        _fail("tqcheck: error: report reads files, not standard input ('-')")
    if references and len(paths) != 1:
        _fail("tqcheck: error: -r/--reference pairs with one PATH (a folder of articles or a file)")
    try:
        linted = lint(paths, config_file, isolated, codes(select), codes(extend_select), codes(ignore), jobs,
                      output=None if output_file == "-" else output_file)
    except (ConfigError, OutputIsInput) as exc:
        _fail(str(exc))
    for warning in linted.report.warnings:  # files of a kind tqcheck does not read, skipped
        click.echo(warning, err=True)
    if not linted.report.files and not linted.report.errors:  # as `check`: a CI job must not pass having checked nothing
        _fail(nothing_checked_line(paths, linted.report.skipped))
    quality = assess([(part, Settings.from_table(config.quality)) for part, config in linted.runs])
    scores = _reference_scores(paths[0], references, jobs) if references else None
    texts, read_errors = read_texts([d.path for d in quality.documents])
    errors = linted.report.errors + read_errors
    findings: dict = {}
    for f in linted.report.findings:
        findings.setdefault(f.path, []).append(f)
    gate = fail_under_quality if fail_under_quality is not None else quality.fail_under
    page = html.Page(title=title, quality=quality, findings=findings, texts=texts, rules=all_rules(),
                     generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), version=__version__,
                     errors=errors, references=scores, gate=gate, paths=tuple(paths))
    text = html.render(page)
    for error in errors:
        click.echo(error, err=True)
    _write(output_file, text)
    where = "standard output" if output_file == "-" else os.path.abspath(output_file)
    click.echo(f"tqcheck: wrote {where}: {len(quality.documents)} documents, quality {quality.score:.2f} "
               f"({'pass' if quality.passed else 'under the pass mark'} {quality.pass_mark:g})", err=True)
    if errors:
        sys.exit(EXIT_ERROR)
    message = quality.gate(fail_under_quality)  # None: the configured fail-under
    if message:
        click.echo(message, err=True)
        sys.exit(EXIT_GATE)


def _reference_scores(path, references, jobs):
    from ..scoring.errors import ScoreError
    from .lint import reference_scores

    try:
        scores = reference_scores(path, references, jobs)
    except ScoreError as exc:
        message = str(exc)
        _fail(f"tqcheck: {message}" if message.startswith("error:") else message)
    for note in scores.notes:
        click.echo(f"tqcheck: warning: {note}", err=True)
    return scores


def _write(output_file: str, text: str) -> None:
    if output_file == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    tmp = f"{output_file}.tqtmp"
    try:
        with open(tmp, "w", encoding="utf-8", errors=NAME_ERRORS) as handle:  # a non-UTF-8 file name
            handle.write(text)
        os.replace(tmp, output_file)  # a reader never sees half a report
    except OSError as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        _fail(f"{output_file}: error: cannot write the report ({exc.strerror or exc})")
