"""The command line: ``tqcheck check``, ``tqcheck rules``, ``tqcheck score``.

Click commands only; the exit-code policy lives in ``exit_code`` and nowhere
else: 0 clean, 1 findings at or above ``fail-on``, 2 usage, configuration or
input error, or nothing to check.  Sub-commands are imported lazily so that the
pre-commit hook never pays for the scorer's imports.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys

# A check is a short process that makes many objects and frees nearly all of them by reference counting.
# With the collector's default threshold (a collection every 700 new objects) the collections cost 2.8% of
# a cold start (18 M of 656 M instructions on corpora/mt/strike.md, callgrind) and 3% of a bulk run; the
# higher threshold costs 1 MB of peak memory there.  Set before click is imported: its import is counted too.
gc.set_threshold(50_000, 20, 20)

import click  # noqa: E402

from . import __version__
from .cli_options import codes, config_options
from .output import FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class LazyGroup(click.Group):
    """Sub-commands named as ``module:attribute``, imported when used."""

    lazy = {"score": "tqcheck.scoring.command:score", "server": "tqcheck.lsp.command:server",
            "report": "tqcheck.report.command:report"}

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        if name in self.lazy:
            module, attr = self.lazy[name].split(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tqcheck")
def main():
    """Find the traces machine translation from French leaves in English text,
    and score translations against references."""


def _fail(message: str):
    click.echo(message, err=True)
    sys.exit(EXIT_ERROR)


def exit_code(report, fail_on: str, exit_zero: bool = False) -> int:
    from .findings import SEVERITY_RANK

    if report.errors:
        return EXIT_ERROR
    if exit_zero:
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on]
    return EXIT_FINDINGS if any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings) else EXIT_OK


@main.command(short_help="Lint translations for French MT artefacts.")
@click.argument("paths", nargs=-1, type=click.Path(readable=False))  # an unreadable file: its own error line
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format (junit: JUnit XML; gitlab: GitLab Code Quality).")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff instead of a report; write nothing.")
@config_options
@click.option("--fail-on", type=click.Choice(["info", "warning", "error"]),
              help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--stdin-filename", help="The name (and so the format) of the text read from '-'.")
@click.option("--diff-base", metavar="REF", help="Report only findings on lines changed since this git ref.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes, at most one per CPU [default: one per 256 KB of input, up to the CPU count].")
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), help="Write the report to this file.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported.")
@click.option("--fail-under-quality", type=click.FloatRange(0, 100), metavar="N", callback=lambda c, p, v: _finite(v),
              help="Exit 1 when the run's quality score (0-100, as in tqcheck report) is under N.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour the text report. auto: on a terminal; NO_COLOR turns it off, FORCE_COLOR on.")
@click.option("-q", "--quiet", is_flag=True, help="Text format: print only the summary line.")
@click.option("--force-exclude", is_flag=True,
              help="Apply the config's exclude to files named on the command line too (pre-commit, editors).")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule has, not the findings.")
@click.option("--show-fixes", is_flag=True,
              help="Text format: show each finding's fix; with --fix, list the fixes made.")
@click.option("--source", "source_text", type=click.Path(), help="The French source: a file, or a folder whose files "
              "pair with the checked ones by name; enables the source-aware rules (TQ6xx).")
def check(paths, fmt, fix, unsafe_fixes, diff, config_file, isolated, select, extend_select, ignore, fail_on,
          stdin_filename, diff_base, jobs, output_file, exit_zero, color, quiet, force_exclude, statistics,
          show_fixes, fail_under_quality, source_text):
    """Lint English translations (text, Markdown, HTML) for French artefacts.

    PATHS are files or folders ('-' reads standard input); default: the current folder.
    """
    from . import config as config_mod
    from .errors import NAME_ERRORS, OutputIsInput, nothing_checked_line
    from .output import render, use_color
    from .output.progress import Progress
    from .report.quality import Settings, assess
    from .rules import all_rules
    from .runner import DiffBaseError, Mode, Report, changed_lines, check_files, plan

    if statistics and fmt not in ("text", "json"):
        _fail("tqcheck: error: --statistics prints text or json, not " + fmt)
    paths = paths or (".",)
    try:
        resolver = config_mod.Resolver(list(all_rules()), select=codes(select), extend_select=codes(extend_select),
                                       ignore=codes(ignore), fail_on=fail_on, config_file=config_file,
                                       isolated=isolated, stdin_filename=stdin_filename)
    except config_mod.ConfigError as exc:
        _fail(str(exc))
    mode = Mode(fix=fix, unsafe=unsafe_fixes, diff=diff)
    # the quality score is read by the JSON report and by a gate; otherwise its word counts are not made (4% of a run)
    scored = fmt == "json" or fail_under_quality is not None
    configs, config_for, nearest = resolver.configs, resolver.config_for, resolver.nearest
    runs = []  # (report, config): each file is checked with the config file nearest to it
    before: list = []  # --fix --show-fixes: the findings before fixing
    asked = paths
    try:
        if force_exclude:
            paths, echoed = _not_force_excluded(paths, stdin_filename, nearest, config_for, fix and not diff)
            if echoed and not paths:
                sys.exit(EXIT_OK)
            asked = paths  # files the configuration excludes were not asked for: nothing to say
        # every config and the --diff-base ref are checked before any file is read or written
        try:  # -o: the previous run's report is no translation to check, and a text to check is no report
            groups, errors, warnings = plan(paths, config_for, nearest, output=output_file)
        except OutputIsInput as exc:
            _fail(str(exc))
        files = [f for group in groups.values() for f in group if f != "-"]
        if source_text:
            from .documents.pairing import source_for

            try:
                mode.sources, unpaired = source_for(paths, source_text, [f for g in groups.values() for f in g])
            except ValueError as exc:
                _fail(f"tqcheck: error: {exc}")
            warnings += unpaired
        changed = changed_lines(files, diff_base) if diff_base else {}
        progress = Progress(sum(map(len, groups.values())), enabled=None if not quiet else False)
        for source, group in groups.items():
            if show_fixes and fix and not diff:
                plain = [f for f in group if f != "-"]
                before += check_files(plain, configs[source], Mode(), jobs=jobs, changed=changed).findings
            mode.words = scored or Settings.from_table(configs[source].quality).fail_under is not None
            report = check_files(group, configs[source], mode, jobs=jobs, stdin_name=stdin_filename, changed=changed,
                                 progress=progress.callback())
            runs.append((report, configs[source]))
        progress.close()
    except config_mod.ConfigError as exc:
        _fail(str(exc))
    except DiffBaseError as exc:
        _fail(f"tqcheck: error: {exc}")
    report = Report(errors=errors, warnings=warnings)
    for part, _ in runs:
        report.merge(part)
    report.quality = assess([(part, Settings.from_table(config.quality)) for part, config in runs])

    for warning in report.warnings:
        click.echo(warning, err=True)
    for error in report.errors:
        click.echo(error, err=True)
    nothing_checked = bool(asked) and not report.files and not report.errors
    if nothing_checked and report.skipped and all(os.path.isfile(p) for p in asked):
        # files named one by one (a pre-commit hook on README.fr.md, an editor) that read as another language:
        # a decision about their text, said, not a run that found nothing
        nothing_checked = False
        click.echo(nothing_checked_line(asked, report.skipped, "warning"), err=True)
    if nothing_checked:  # a CI job must not pass having checked nothing
        from .discovery import passed_over

        resources = 0 if report.skipped else passed_over(asked, config_for, nearest)
        # (the JSON and SARIF outputs say it too)
        report.errors.append(nothing_checked_line(asked, report.skipped, resources=resources))
        report.nothing_checked = True
        click.echo(report.errors[-1], err=True)
    fixed_to_stdout = bool(report.outputs) and fix and not diff
    if diff or fixed_to_stdout:
        sys.stdout.flush()
        sys.stdout.buffer.write(b"".join(report.diffs if diff else report.outputs))
        sys.stdout.buffer.flush()
    if not diff:
        colored = fmt == "text" and use_color(color, sys.stderr if fixed_to_stdout else sys.stdout, bool(output_file))
        if statistics:
            from .output.statistics import render as render_statistics

            text = render_statistics(report, fmt, color=colored)
        elif quiet and fmt == "text":
            from .output.text_format import summary

            text = summary(report) + "\n"
        elif fmt == "text":
            from .output.statistics import fixed_counts

            text = render(fmt, report, color=colored, show_fixes=show_fixes and not fix,
                          fixed=fixed_counts(before, report.findings) if show_fixes and fix else None)
        else:
            text = render(fmt, report)
        if output_file:
            try:
                with open(output_file, "w", encoding="utf-8", errors=NAME_ERRORS) as handle:
                    handle.write(text)
            except OSError as exc:
                _fail(f"{output_file}: error: cannot write report ({exc.strerror or exc})")
        else:
            click.echo(text, nl=False, err=fixed_to_stdout, color=colored)
    if report.errors or nothing_checked:
        sys.exit(EXIT_ERROR)
    if diff:
        sys.exit(EXIT_FINDINGS if report.diffs and not exit_zero else EXIT_OK)
    quality_gate = report.quality.gate(fail_under_quality)  # --exit-zero silences findings, not this gate
    if quality_gate:
        click.echo(quality_gate, err=True)
    sys.exit(max([EXIT_FINDINGS if quality_gate else EXIT_OK]
                 + [exit_code(part, config.fail_on, exit_zero) for part, config in runs]))


def _finite(value):
    """click's FloatRange lets ``nan`` through (every comparison with it is false): a gate that never fails."""
    if value is not None and value != value:
        raise click.BadParameter("must be a number from 0 to 100, not nan")
    return value


def _not_force_excluded(paths, stdin_filename, nearest, config_for, echo_stdin):
    """--force-exclude: drop the files named on the command line that the config nearest to them
    excludes.  Standard input is dropped when its --stdin-filename is excluded; with --fix it is
    then copied to standard output unchanged (an editor replaces the buffer with it).
    Returns (paths kept, whether standard input was copied)."""
    kept, echoed = [], False
    for path in paths:
        name = stdin_filename if path == "-" else path
        if name and not os.path.isdir(name) and config_for(nearest(path)).is_force_excluded(name):
            if path == "-" and echo_stdin:
                sys.stdout.buffer.write(sys.stdin.buffer.read())
                sys.stdout.buffer.flush()
                echoed = True
            continue
        kept.append(path)
    return kept, echoed


@main.command()
@click.argument("code", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(code, fmt):
    """List every rule, or print one rule's documentation."""
    import json

    from .rules import all_rules

    table = all_rules()
    if code:
        rule = table.get(code.upper()) or next((r for r in table.values() if r.name == code.lower()), None)
        from .rules.calques.row_docs import describe  # a row of calque_patterns.tsv, or a code's rows
        rows = describe(code) if fmt != "json" else None  # the rows are text only
        if rule is None and rows is not None and fmt != "json":
            click.echo(rows, nl=False)
            return
        if rule is None:
            _fail(f"tqcheck: error: unknown rule {code!r} (see 'tqcheck rules')")
        if fmt == "json":
            click.echo(json.dumps(_rule_dict(rule), ensure_ascii=False, indent=2))
        else:
            where = rule.location()
            click.echo(rule.markdown(), nl=False)
            click.echo(f"\n## Where it lives\nSource: {where['source']}\n"
                       f"Data: {', '.join(where['data']) or '(none)'}\nTests: {where['tests']}")
            if rows:
                click.echo(rows, nl=False)
        return
    if fmt == "json":
        click.echo(json.dumps([_rule_dict(r) for r in table.values()], ensure_ascii=False, indent=2))
        return
    width = max(len(r.name) for r in table.values())
    for r in table.values():
        click.echo(f"{r.code}  {r.name:<{width}}  {r.category:<16}  {r.severity:<7}  fix:{r.fix_safety:<9}  {r.summary}")


def _rule_dict(rule):
    return {
        "code": rule.code, "name": rule.name, "category": rule.category, "severity": rule.severity,
        "summary": rule.summary, "what": rule.what, "why": rule.why, "before": rule.before,
        "after": rule.after, "fix": rule.fix_safety, "fix_note": rule.fix, **rule.location(),
    }


if __name__ == "__main__":  # pragma: no cover
    main()
