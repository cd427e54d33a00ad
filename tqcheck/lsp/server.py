"""``tqcheck server``: the Language Server Protocol over standard input and output, on pygls.

Diagnostics when a Markdown, HTML or plain-text document is opened, changed (debounced: one lint
once typing pauses) or saved; quick fixes for each finding's fix, labelled safe or unsafe, and
"fix all safe" (``source.fixAll.tqcheck``); the rule's documentation on hover.  Each document is
checked with the configuration nearest to it, and not at all when that configuration excludes it.
Linting runs on one worker thread, so that the server keeps reading the editor's messages.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__
from ..config import ConfigError
from ..documents import InputError
from . import features
from .linting import Configs, Linted, Positions, document_format, fix_all, is_ours, lint

DEBOUNCE_SECONDS = 0.3
# linted once in the background when the editor connects: the rules' tables and the language
# identifier load then (seconds), not on the first document opened
WARM_UP = "« Bonjour », a-t-il dit selon les syndicats : 10 000 euros à 14h30.\n"
log = logging.getLogger("tqcheck.server")


class TqServer(LanguageServer):
    def __init__(self):
        super().__init__("tqcheck", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.configs = Configs()
        self.results: dict = {}  # uri -> Linted, the last lint of each open document
        self.timers: dict = {}  # uri -> the pending debounced lint
        self.debounce = DEBOUNCE_SECONDS
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tqcheck-lint")
        self.shut_down = False  # a shutdown request came: the process then ends with status 0, else 1

    # ------------------------------------------------------------ documents
    def target(self, uri):
        """(document, fs path or None, format, config) of an open document; raises ConfigError."""
        doc = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) if uri.startswith("file:") else None
        folder = to_fs_path(self.workspace.root_uri) if self.workspace.root_uri else None
        return doc, path, document_format(path, doc.language_id), self.configs.for_document(path, folder)

    def positions(self, text: str) -> Positions:
        encoding = self.workspace.position_encoding
        return Positions(text, getattr(encoding, "value", encoding) or "utf-16")

    def lint_now(self, uri, version=None):
        """Lint the document as it is now (on the calling thread); None when it is not ours, or when
        it is no longer at ``version`` (typed over while this lint waited its turn)."""
        doc, path, fmt, config = self.target(uri)
        if not is_ours(path, doc.language_id) or (version is not None and doc.version != version):
            return None
        if path and config.is_force_excluded(path):
            linted = Linted(text=doc.source, version=doc.version)
        else:
            linted = lint(doc.source, path or uri, fmt, config, version=doc.version)
        self.results[uri] = linted
        return linted

    def current(self, uri):
        """The last lint if it is of the document's current version, else a new one; None for a document
        the editor has not opened (a request about it reads no file)."""
        if uri not in self.workspace.text_documents:
            return None
        linted = self.results.get(uri)
        doc = self.workspace.get_text_document(uri)
        if linted is None or linted.version != doc.version or linted.text != doc.source:
            linted = self.lint_now(uri)
        return linted

    async def publish(self, uri):
        self.timers.pop(uri, None)
        loop = asyncio.get_running_loop()
        try:
            version = self.workspace.get_text_document(uri).version
            linted = await loop.run_in_executor(self.worker, self.lint_now, uri, version)
            if linted is None:
                return
            doc = self.workspace.get_text_document(uri)
            if doc.version != linted.version:
                return  # typed again meanwhile: that change has its own lint coming
            found = features.diagnostics(linted, self.positions(linted.text))
            for error in linted.errors:  # a rule that failed: said in the log, the other rules' diagnostics shown
                self.window_log_message(types.LogMessageParams(type=types.MessageType.Error, message=error))
        except ConfigError as exc:
            found = [features.config_diagnostic(str(exc))]
        except InputError as exc:
            self.window_log_message(types.LogMessageParams(type=types.MessageType.Error, message=str(exc)))
            return
        except asyncio.CancelledError:
            return  # the editor went away meanwhile: the loop is closing, and nobody waits for these diagnostics
        except Exception as exc:  # a bug of ours: said in the log, not lost in a task nobody awaits
            self.window_log_message(types.LogMessageParams(
                type=types.MessageType.Error, message=f"tqcheck: internal error ({type(exc).__name__}: {exc})"))
            return
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=found))

    def schedule(self, uri, delay: float):
        pending = self.timers.pop(uri, None)
        if pending is not None:
            pending.cancel()
        loop = asyncio.get_running_loop()
        self.timers[uri] = loop.call_later(delay, lambda: asyncio.ensure_future(self.publish(uri)))


server = TqServer()


@server.feature(types.INITIALIZE)
def initialize(ls: TqServer, params: types.InitializeParams):
    options = params.initialization_options or {}
    if isinstance(options, dict) and isinstance(options.get("debounce"), (int, float)):
        ls.debounce = max(0.0, float(options["debounce"]))


@server.feature(types.INITIALIZED)
def initialized(ls: TqServer, params: types.InitializedParams):
    ls.worker.submit(_warm_up)


def _warm_up():
    try:
        lint(WARM_UP, "warm-up.md", "markdown", None)
    except Exception as exc:  # noqa: BLE001  (the first real lint reports it properly)
        log.debug("warm-up failed: %s", exc)


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: TqServer, params: types.DidOpenTextDocumentParams):
    await ls.publish(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: TqServer, params: types.DidChangeTextDocumentParams):
    ls.schedule(params.text_document.uri, ls.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: TqServer, params: types.DidSaveTextDocumentParams):
    await ls.publish(params.text_document.uri)  # the configuration may have changed too


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: TqServer, params: types.DidCloseTextDocumentParams):
    uri = params.text_document.uri
    pending = ls.timers.pop(uri, None)
    if pending is not None:
        pending.cancel()
    ls.results.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, features.FIX_ALL_KIND]),
)
def code_action(ls: TqServer, params: types.CodeActionParams):
    uri = params.text_document.uri
    try:
        linted = ls.current(uri)
        if linted is None:
            return []
        doc, path, fmt, config = ls.target(uri)
        positions = ls.positions(linted.text)
        first = positions.offset(params.range.start.line, params.range.start.character)
        last = positions.offset(params.range.end.line, params.range.end.character)
        safe = any(f.fix is not None and f.fix.applicability == "safe" for f in linted.findings)
        fixed = fix_all(linted.text, path or uri, fmt, config) if safe else None
    except (ConfigError, InputError):
        return []
    return features.code_actions(uri, linted, positions, first, last, params.context.only, fixed)


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: TqServer, params: types.HoverParams):
    uri = params.text_document.uri
    try:
        linted = ls.current(uri)
    except (ConfigError, InputError):
        return None
    if linted is None:
        return None
    positions = ls.positions(linted.text)
    return features.hover(linted, positions.offset(params.position.line, params.position.character), positions)


@server.feature(types.SHUTDOWN)
def shutdown(ls: TqServer, *args):
    ls.shut_down = True
    for pending in ls.timers.values():
        pending.cancel()
    ls.worker.shutdown(wait=False, cancel_futures=True)


def serve() -> int:
    """Serve on standard input and output until the editor's ``exit`` or the end of the input; the
    process's status: 0 after a ``shutdown`` request, 1 without one (the protocol's rule for ``exit``; the
    input closed without one is an editor that went away the same way)."""
    server.start_io()
    return 0 if server.shut_down else 1
