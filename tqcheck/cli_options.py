"""Command-line options that several commands share (``tqcheck check``, ``tqcheck report``)."""

from __future__ import annotations

import click


def codes(value) -> list:
    """The codes of a ``--select``, ``--extend-select`` or ``--ignore`` value: comma-separated, upper-cased."""
    return [c.strip().upper() for c in value.split(",") if c.strip()] if value else []


def _some_code(ctx, param, value):
    """A ``--select ""`` or ``--ignore ,`` names no code: an error, not every rule (a hostile run's case)."""
    if value is not None and not codes(value):
        raise click.BadParameter("no rule code given (codes or prefixes, comma-separated: TQ1,TQ205)")
    return value


def config_options(command):
    """``--config``, ``--isolated``, ``--select``, ``--extend-select``, ``--ignore``: which configuration and
    which codes (``config.Resolver`` applies them)."""
    for option in reversed((
        click.option("--config", "config_file", type=click.Path(dir_okay=False),
                     help="Use this configuration file instead of searching for one."),
        click.option("--isolated", is_flag=True, help="Ignore every configuration file."),
        click.option("--select", callback=_some_code,
                     help="Comma-separated codes or prefixes to check (replaces the config's)."),
        click.option("--extend-select", callback=_some_code, help="Codes or prefixes to check in addition."),
        click.option("--ignore", callback=_some_code, help="Codes or prefixes to skip (added to the config's)."),
    )):
        command = option(command)
    return command
