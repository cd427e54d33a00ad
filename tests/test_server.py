"""`tqcheck server` driven as an editor drives it: a real subprocess, JSON-RPC framed on stdio."""

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("pygls")

SEED = "We must continue to support Ukraine. »"
TIMEOUT = 30


class Client:
    """A minimal LSP client: Content-Length framing, requests matched to responses by id,
    notifications kept in arrival order."""

    def __init__(self, cwd, *args):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tqcheck", "server", *args], cwd=cwd,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.inbox = queue.Queue()
        self.pending = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.inbox.put(json.loads(out.read(length)))

    def send(self, message):
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        message = self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)
        assert "error" not in message, message
        return message["result"]

    def wait(self, match, timeout=TIMEOUT):
        for i, message in enumerate(self.pending):
            if match(message):
                return self.pending.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            message = self.inbox.get(timeout=max(0.01, deadline - time.monotonic()))
            assert message is not None, "the server closed its output: " + self.proc.stderr.read().decode()
            if match(message):
                return message
            self.pending.append(message)

    def diagnostics(self, uri, timeout=TIMEOUT):
        message = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                            and m["params"]["uri"] == uri, timeout)
        return message["params"]["diagnostics"]

    def initialize(self, root, options=None):
        result = self.request("initialize", {
            "processId": None, "rootUri": root.as_uri(), "capabilities": {},
            "initializationOptions": options or {},
        })
        self.notify("initialized", {})
        return result

    def open(self, path, text, language="markdown"):
        uri = path.as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": 1, "text": text}})
        return uri

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
                stream.close()


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """One server for the module, as an editor keeps one (its start-up loads the rules' data);
    each test opens documents in a folder of its own."""
    root = tmp_path_factory.mktemp("workspace")
    c = Client(root)
    c.init_result = c.initialize(root, {"debounce": 0.2})
    yield c
    c.close()


def test_a_clean_shutdown_exits_0_and_says_nothing(tmp_path):
    c = Client(tmp_path)
    try:
        c.initialize(tmp_path, {"debounce": 0.1})
        c.open(tmp_path / "a.md", SEED)
        c.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
        c.request("shutdown", None)
        c.notify("exit", None)
        assert c.proc.wait(timeout=10) == 0
        assert c.proc.stderr.read() == b""
    finally:
        if c.proc.poll() is None:
            c.proc.kill()
        for stream in (c.proc.stdin, c.proc.stdout, c.proc.stderr):
            stream.close()


@pytest.mark.parametrize("ending", ["exit", "input closed"])
def test_an_editor_that_goes_away_without_shutdown_gets_status_1_and_no_traceback(tmp_path, ending):
    """The protocol: ``exit`` without ``shutdown`` ends with status 1; so does the input closing (the editor
    died).  A lint still waiting for the worker (the warm-up holds it) is dropped without a word."""
    c = Client(tmp_path)
    try:
        c.initialize(tmp_path)
        c.open(tmp_path / "a.md", SEED)
        if ending == "exit":
            c.notify("exit", None)
        c.proc.stdin.close()
        assert c.proc.wait(timeout=TIMEOUT) == 1
        assert c.proc.stderr.read().decode() == ""
    finally:
        if c.proc.poll() is None:
            c.proc.kill()
        for stream in (c.proc.stdout, c.proc.stderr):
            stream.close()


def test_a_message_too_large_to_read_is_one_line_and_exit_2(tmp_path):
    """A hostile run's header, `Content-Length: 99999999999`, killed the server with an internal error."""
    c = Client(tmp_path)
    try:
        c.initialize(tmp_path)
        c.proc.stdin.write(b"Content-Length: 999999999999999\r\n\r\n{}")
        c.proc.stdin.flush()
        assert c.proc.wait(timeout=TIMEOUT) == 2
        assert c.proc.stderr.read().decode() == \
            "tqcheck server: error: a message from the editor too large to read; stopped\n"
    finally:
        if c.proc.poll() is None:
            c.proc.kill()
        for stream in (c.proc.stdin, c.proc.stdout, c.proc.stderr):
            stream.close()


def _span(text, diagnostic):
    lines = text.split("\n")
    start, end = diagnostic["range"]["start"], diagnostic["range"]["end"]
    assert start["line"] == end["line"]
    return lines[start["line"]][start["character"]:end["character"]]


def test_seed_diagnostic_and_its_fix(client, tmp_path):
    result = client.init_result
    assert result["serverInfo"]["name"] == "tqcheck"
    assert "quickfix" in result["capabilities"]["codeActionProvider"]["codeActionKinds"]
    uri = client.open(tmp_path / "a.md", SEED)
    found = client.diagnostics(uri)
    tq101 = [d for d in found if d["code"] == "TQ101"]
    assert len(tq101) == 1
    d = tq101[0]
    assert d["range"]["start"] == {"line": 0, "character": 37}
    assert d["severity"] == 2 and d["source"] == "tqcheck" and _span(SEED, d) == "»"
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": [d]}})
    quick = [a for a in actions if a["kind"] == "quickfix"]
    assert len(quick) == 1 and "safe fix" in quick[0]["title"] and quick[0]["isPreferred"] is True
    (edit,) = quick[0]["edit"]["changes"][uri]
    assert edit["newText"] == "”"
    # applied as an editor applies it, the edit gives the text `tqcheck check --fix` gives
    start, end = edit["range"]["start"]["character"], edit["range"]["end"]["character"]
    assert SEED[:start] + edit["newText"] + SEED[end:] == "We must continue to support Ukraine.”"
    fix_all = [a for a in actions if a["kind"] == "source.fixAll.tqcheck"]
    assert len(fix_all) == 1


def test_change_is_debounced_and_positions_are_utf16(client, tmp_path):
    uri = client.open(tmp_path / "a.md", "Nothing to see here.\n")
    assert client.diagnostics(uri) == []
    # three quick edits: one lint, of the last version
    texts = ["Nothing to see here. «", "Nothing 😀 to see here. « a", "Nothing 😀 to see here. « a »"]
    for version, text in enumerate(texts, start=2):
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [{"text": text}]})
    found = client.diagnostics(uri)
    assert sorted(d["code"] for d in found) == ["TQ101", "TQ101"]
    # the emoji is two UTF-16 code units: `«` is at code point 23, UTF-16 unit 24
    assert min(d["range"]["start"]["character"] for d in found) == 24
    with pytest.raises(queue.Empty):  # no second publication for the versions typed over
        client.diagnostics(uri, timeout=0.8)


def test_fix_all_safe_and_unsafe_labels(client, tmp_path):
    text = "He said « yes » on Monday.\nThe coach Fetissov and Viacheslav Fetisov disagreed; Fetisov won.\n"
    uri = client.open(tmp_path / "a.md", text)
    found = client.diagnostics(uri)
    everything = {"start": {"line": 0, "character": 0}, "end": {"line": 2, "character": 0}}
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": everything, "context": {"diagnostics": found}})
    titles = [a["title"] for a in actions if a["kind"] == "quickfix"]
    assert any("unsafe fix" in t for t in titles) and any("safe fix" in t and "unsafe" not in t for t in titles)
    (fix_all,) = [a for a in actions if a["kind"] == "source.fixAll.tqcheck"]
    (edit,) = fix_all["edit"]["changes"][uri]
    lines = text.split("\n")
    start, end = edit["range"]["start"], edit["range"]["end"]
    before = "\n".join(lines[:start["line"]] + [lines[start["line"]][:start["character"]]])
    after = "\n".join([lines[end["line"]][end["character"]:]] + lines[end["line"] + 1:])
    fixed = before + edit["newText"] + after
    assert fixed.startswith("He said “yes” on Monday.\n")
    assert "Fetissov" in fixed  # the unsafe fix is not part of "fix all safe"
    only = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": everything,
        "context": {"diagnostics": [], "only": ["source.fixAll"]}})
    assert [a["kind"] for a in only] == ["source.fixAll.tqcheck"]


def test_nearest_config_exclude_and_hover(client, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "tqcheck.toml").write_text('exclude = ["drafts"]\n')
    (tmp_path / "sub" / "tqcheck.toml").write_text('ignore = ["TQ101"]\n')
    text = SEED + "\nCertain : yes.\n"
    top = client.open(tmp_path / "a.md", text)
    assert sorted(d["code"] for d in client.diagnostics(top)) == ["TQ101", "TQ102"]
    sub = client.open(tmp_path / "sub" / "a.md", text)
    assert [d["code"] for d in client.diagnostics(sub)] == ["TQ102"]
    draft = client.open(tmp_path / "drafts" / "a.md", text)
    assert client.diagnostics(draft) == []
    hover = client.request("textDocument/hover", {"textDocument": {"uri": top},
                                                   "position": {"line": 0, "character": 37}})
    assert "TQ101" in hover["contents"]["value"] and "Why it matters" in hover["contents"]["value"]
    assert client.request("textDocument/hover", {"textDocument": {"uri": top},
                                                  "position": {"line": 0, "character": 3}}) is None


def test_bad_config_is_one_diagnostic_not_a_crash(client, tmp_path):
    (tmp_path / "tqcheck.toml").write_text('select = ["XX9"]\n')
    uri = client.open(tmp_path / "a.md", SEED)
    (d,) = client.diagnostics(uri)
    assert d["code"] == "config" and "XX9" in d["message"] and d["severity"] == 1
    good = client.open(tmp_path.parent / f"{tmp_path.name}-elsewhere.txt", SEED, "plaintext")
    assert [x["code"] for x in client.diagnostics(good)] == ["TQ101"]


def test_html_and_plain_text_and_close(client, tmp_path):
    html = client.open(tmp_path / "a.html", f"<p>{SEED}</p><pre>« code »</pre>\n", "html")
    (d,) = client.diagnostics(html)
    assert d["code"] == "TQ101" and d["range"]["start"] == {"line": 0, "character": 40}
    untitled = "untitled:Untitled-1"
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": untitled, "languageId": "plaintext", "version": 1, "text": SEED}})
    assert [x["code"] for x in client.diagnostics(untitled)] == ["TQ101"]
    client.notify("textDocument/didClose", {"textDocument": {"uri": untitled}})
    assert client.diagnostics(untitled) == []


def test_server_without_pygls_says_how_to_install(tmp_path):
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import sys\n"
        "class _Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('pygls', 'lsprotocol'):\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
        "sys.meta_path.insert(0, _Block())\n"
    )
    env = {"PYTHONPATH": f"{tmp_path}{':' + str(Path(__file__).parents[1])}"}
    proc = subprocess.run([sys.executable, "-m", "tqcheck", "server"], cwd=tmp_path, capture_output=True,
                          env=dict(os.environ, **env), stdin=subprocess.DEVNULL, timeout=60)
    assert proc.returncode == 2
    assert b"pip install 'tqcheck[lsp]'" in proc.stderr and b"Traceback" not in proc.stderr


def test_save_lints_again_with_the_configuration_as_it_now_is(client, tmp_path):
    uri = client.open(tmp_path / "a.md", SEED)
    assert [d["code"] for d in client.diagnostics(uri)] == ["TQ101"]
    (tmp_path / "tqcheck.toml").write_text('ignore = ["TQ101"]\n')
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri) == []


def test_crlf_and_bom_documents(client, tmp_path):
    text = "\ufeffTitle\r\n\r\nHe said « yes ».\r\n"
    uri = client.open(tmp_path / "a.md", text)
    found = sorted(client.diagnostics(uri), key=lambda d: d["range"]["start"]["character"])
    assert [(d["range"]["start"]["line"], d["range"]["start"]["character"]) for d in found] == [(2, 8), (2, 14)]
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": found[0]["range"], "context": {"diagnostics": found[:1]}})
    (edit,) = [a for a in actions if a["kind"] == "quickfix"][0]["edit"]["changes"][uri]
    assert edit["range"]["start"] == {"line": 2, "character": 8} and edit["newText"] == "“"


# ----------------------------------------------------------- positions, without a server


def test_positions_follow_the_protocol_not_python():
    from tqcheck.lsp.linting import Positions

    text = "a\r\nb\rc\u2028d\ne😀f"
    utf16 = Positions(text)
    # \r\n and \r end lines; U+2028 does not (Python's splitlines would say it does)
    assert utf16.position(text.index("b")) == (1, 0)
    assert utf16.position(text.index("d")) == (2, 2)
    assert utf16.position(text.index("f")) == (3, 3)  # the emoji is two UTF-16 units
    assert Positions(text, "utf-32").position(text.index("f")) == (3, 2)
    assert Positions(text, "utf-8").position(text.index("f")) == (3, 5)
    for encoding in ("utf-8", "utf-16", "utf-32"):
        p = Positions(text, encoding)
        for offset in range(len(text) + 1):
            if text[offset - 1:offset + 1] != "\r\n":  # inside a line break there is no position
                assert p.offset(*p.position(offset)) == offset, (encoding, offset)
    assert utf16.offset(0, 99) == 1 and utf16.offset(99, 0) == len(text)


def test_smallest_edit():
    from tqcheck.lsp.linting import smallest_edit

    before = "He said « yes » today."
    after = "He said “yes” today."
    start, end, new = smallest_edit(before, after)
    assert before[:start] + new + before[end:] == after
    assert (start, end, new) == (8, 15, "“yes”")
    assert smallest_edit("same", "same") == (4, 4, "")


def test_incremental_change_applying_the_fix_clears_the_diagnostic(client, tmp_path):
    uri = client.open(tmp_path / "a.md", "😀 " + SEED)
    (d,) = client.diagnostics(uri)
    assert d["range"]["start"] == {"line": 0, "character": 40}  # 37 + the emoji's two UTF-16 units + a space
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": [d]}})
    (edit,) = actions[0]["edit"]["changes"][uri]
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"range": edit["range"], "text": edit["newText"]}]})
    assert client.diagnostics(uri) == []
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                   "position": {"line": 0, "character": 39}})
    assert hover is None


def test_requests_about_a_document_never_opened_answer_nothing(client, tmp_path):
    # a code action for a document that was never opened was an internal error (it read a missing file)
    uri = (tmp_path / "never-opened.md").as_uri()
    whole = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 5}}
    assert client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": []}}) == []
    assert client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": whole["start"]}) is None


def test_a_rule_that_fails_leaves_the_other_rules_diagnostics(monkeypatch):
    """The language server's lint: a rule's bug is an error for the log, not a document without diagnostics."""
    from tqcheck.lsp.linting import lint
    from tqcheck.rules.typography import spacing

    def broken(doc, ctx):
        raise KeyError("boom")
        yield  # (a generator, as detectors are)

    monkeypatch.setattr(spacing, "check", broken)
    linted = lint("He said « yes ». Once : twice.\n", "a.md", "markdown", None)
    assert [f.code for f in linted.findings] == ["TQ101", "TQ101"]
    assert linted.errors == ["a.md: error: internal error in the typography.spacing rules (KeyError: 'boom'); "
                             "please report it"]
