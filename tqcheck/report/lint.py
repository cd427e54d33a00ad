"""What the report shows, gathered through the public APIs: the linter's findings (one
configuration per group of files, as ``tqcheck check`` does), each document's text, and the
scorer's BLEU and chrF++ against references."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

REFERENCE_METRICS = ("bleu", "chrf++")


@dataclass(eq=False)
class Linted:
    report: object  # tqcheck.runner.Report, every group merged
    runs: list = field(default_factory=list)  # [(Report, Config)], one per configuration file


def lint(paths, config_file=None, isolated=False, select=(), extend_select=(), ignore=(), jobs=None,
         output=None) -> Linted:
    """Check ``paths`` as ``tqcheck check`` would, without fixing, and never ``output`` (the report file: a
    previous run's report is no translation).  Raises ConfigError, and OutputIsInput where ``output`` is
    named to be checked."""
    from .. import config as config_mod
    from ..rules import all_rules
    from ..runner import Mode, Report, check_files, plan

    resolver = config_mod.Resolver(list(all_rules()), select=select, extend_select=extend_select, ignore=ignore,
                                   config_file=config_file, isolated=isolated)
    configs, config_for, nearest = resolver.configs, resolver.config_for, resolver.nearest
    groups, errors, warnings = plan(paths, config_for, nearest, output=output)
    linted = Linted(Report(errors=list(errors), warnings=list(warnings)))
    for source, files in groups.items():
        part = check_files(files, configs[source], Mode(), jobs=jobs)
        linted.runs.append((part, configs[source]))
        linted.report.merge(part)
    return linted


@dataclass(eq=False)
class Text:
    text: str
    prose: list  # [(start, end)] document offsets of prose


def read_texts(paths) -> tuple[dict, list]:
    """``{path: Text}`` for the report, and one error line per file that cannot be read again."""
    from .. import documents
    from .marks import prose_ranges

    texts, errors = {}, []
    for path in paths:
        try:
            doc = documents.load(path)
        except documents.InputError as exc:
            errors.append(str(exc))
            continue
        texts[path] = Text(doc.text, prose_ranges(doc))
    return texts, errors


@dataclass(eq=False)
class ReferenceScores:
    documents: dict  # path -> {metric: score}
    corpus: dict  # metric -> tqcheck.scoring.metrics.MetricScore
    notes: list


def reference_scores(path: str, references, jobs=None) -> ReferenceScores:
    """BLEU and chrF++ of ``path`` (a folder of articles paired with reference folders by name, or
    one file) computed by ``tqcheck.scoring``.  Raises ScoreError."""
    from ..scoring.runner import Request, run

    result = run(Request(hypotheses=[path], references=list(references), metrics=list(REFERENCE_METRICS),
                         jobs=jobs))
    system = result.systems[0]
    if os.path.isdir(path):
        documents = {os.path.normpath(os.path.join(path, d.name)): dict(d.scores) for d in system.documents}
    else:
        documents = {path: {key: score.score for key, score in system.corpus.items()}}
    return ReferenceScores(documents, system.corpus, list(result.notes))
