"""Benchmark `tqcheck server` as an editor uses it, over stdio (JSON-RPC framing).

On a 2,000-word Markdown article made of real MT output (the first WMT13 system's lines, in
paragraphs of five sentences):
1. open: time from `didOpen` sent to the diagnostics received;
2. typing: time from the last of a burst of `didChange` (one character each) to the diagnostics,
   less the debounce (set to 0 here), and how many publications the burst caused;
3. a code action request on the first finding, and a hover.

Target (issue 14): fast enough to type in: a lint of a 2,000-word article well under the 0.3 s debounce.
Usage: python bench/bench_server.py [--runs N] [--words N]
"""

from __future__ import annotations

import argparse
import json
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYSTEMS = ROOT.parent / "shared" / "data" / "wmt13-fren" / "system-outputs"


class Server:
    def __init__(self, cwd):
        self.proc = subprocess.Popen([sys.executable, "-m", "tqcheck", "server"], cwd=cwd,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.inbox, self.next_id = queue.Queue(), 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while (line := out.readline().strip()):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if length is None:
                return
            self.inbox.put(json.loads(out.read(length)))

    def send(self, method, params, request=False):
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return self.next_id

    def wait(self, match, timeout=60):
        while True:
            message = self.inbox.get(timeout=timeout)
            if match(message):
                return message

    def request(self, method, params):
        ident = self.send(method, params, request=True)
        return self.wait(lambda m: m.get("id") == ident and "method" not in m)["result"]

    def diagnostics(self):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")["params"]["diagnostics"]


def article(words: int) -> str:
    system = sorted(SYSTEMS.iterdir())[0]
    lines, count = [], 0
    for line in system.read_text(encoding="utf-8").splitlines():
        lines.append(line)
        count += len(line.split())
        if count >= words:
            break
    paragraphs = [" ".join(lines[i:i + 5]) for i in range(0, len(lines), 5)]
    return "# An article\n\n" + "\n\n".join(paragraphs) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--words", type=int, default=2000)
    args = parser.parse_args()
    if not SYSTEMS.is_dir():
        sys.exit(f"bench_server: {SYSTEMS} not found (../shared)")
    text = article(args.words)
    with tempfile.TemporaryDirectory() as folder:
        server = Server(folder)
        server.request("initialize", {"processId": None, "rootUri": Path(folder).as_uri(), "capabilities": {},
                                      "initializationOptions": {"debounce": 0}})
        server.send("initialized", {})
        opens, changes, publications, actions, hovers = [], [], [], [], []
        for run in range(args.runs):
            uri = (Path(folder) / f"a{run}.md").as_uri()
            start = time.perf_counter()
            server.send("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
            found = server.diagnostics()
            opens.append(time.perf_counter() - start)
            typed = text
            for version in range(2, 12):  # ten keystrokes, as fast as the pipe takes them
                typed = typed.replace("\n", " x\n", 1)
                start = time.perf_counter()
                server.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                       "contentChanges": [{"text": typed}]})
            server.diagnostics()
            changes.append(time.perf_counter() - start)
            count = 1
            try:
                while server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics", 1.0):
                    count += 1
            except queue.Empty:
                pass
            publications.append(count)
            first = found[0]
            start = time.perf_counter()
            server.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": first["range"],
                                                       "context": {"diagnostics": [first]}})
            actions.append(time.perf_counter() - start)
            start = time.perf_counter()
            server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": first["range"]["start"]})
            hovers.append(time.perf_counter() - start)
        server.request("shutdown", None)
        server.send("exit", None)
        server.proc.wait(timeout=10)
    ms = lambda xs: f"median {statistics.median(xs) * 1000:.0f} ms, max {max(xs) * 1000:.0f} ms"  # noqa: E731
    print(f"article: {len(text.split())} words, {len(text)} characters, {len(found)} findings; {args.runs} runs")
    print(f"open -> diagnostics:              {ms(opens)} (the first includes loading the rules' data)")
    print(f"last keystroke -> diagnostics:    {ms(changes)} (debounce 0)")
    print(f"publications per 10-keystroke burst: {publications} (a lint drops the versions typed over)")
    print(f"code action (quick fix + fix all): {ms(actions)}")
    print(f"hover:                            {ms(hovers)}")


if __name__ == "__main__":
    main()
