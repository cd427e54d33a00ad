"""The ``tqcheck server`` command; pygls is imported only when it runs."""

from __future__ import annotations

import sys

import click


@click.command(short_help="Run the language server (LSP over stdio) for editors.")
@click.option("--debounce", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Wait this long after the last keystroke before linting [default: 0.3].")
def server(debounce):
    """Serve the Language Server Protocol on standard input and output.

    Editors start it and send Markdown, HTML and plain-text documents; it answers with
    diagnostics, quick fixes and the rules' documentation.  Needs the `lsp` extra
    (pip install 'tqcheck[lsp]').
    """
    try:
        from .server import serve, server as lsp_server
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in ("pygls", "lsprotocol", "cattrs", "attrs"):
            raise
        click.echo(f"tqcheck: error: the language server needs pygls and lsprotocol ({exc}); "
                   "install them with: pip install 'tqcheck[lsp]'", err=True)
        sys.exit(2)
    if debounce is not None:
        lsp_server.debounce = debounce
    try:
        sys.exit(serve())
    except MemoryError:  # (a client's header promised more bytes than the machine holds: Content-Length 99999999999)
        click.echo("tqcheck server: error: a message from the editor too large to read; stopped", err=True)
        sys.exit(2)
