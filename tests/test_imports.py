"""The package's import graph: every module imports, and no module imports itself through others.

Every ``import`` statement counts, including those inside functions (a lazy import
still ties two modules together: the cycle only waits for the first call).
"""

import ast
import functools
import importlib
import pathlib

import pytest

import tqcheck

PACKAGE = pathlib.Path(tqcheck.__file__).parent


def modules() -> dict[str, pathlib.Path]:
    """Dotted name -> file, for every module of the package (a package is its ``__init__``)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = ("tqcheck",) + path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imported(name: str, path: pathlib.Path, known) -> set[str]:
    """The tqcheck modules that ``name`` names in an import statement."""
    is_package = path.name == "__init__.py"
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # `from x import y`: y is a module of its own, or a name defined in x
            subs = [f"{module}.{alias.name}" for alias in node.names]
            targets.update(sub for sub in subs if sub in known)
            if not all(sub in known for sub in subs):
                targets.add(module)
    return {t for t in targets if t in known and t != name} | ({name} & targets)


@functools.lru_cache(maxsize=None)
def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imported(name, path, known) for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module, or a module importing itself (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in edges[v]:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle():
    assert cycles(graph()) == []


def test_the_cycle_finder_finds_cycles():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}, "f": set()}
    assert sorted(cycles(edges)) == [["a", "b", "c"], ["e"]]


def test_the_graph_sees_relative_and_lazy_imports():
    edges = graph()
    assert "tqcheck.errors" in edges["tqcheck.glossary"]  # from .errors import ConfigError
    assert "tqcheck.glossary" in edges["tqcheck.config"]  # imported inside a function
    assert "tqcheck.documents.model" in edges["tqcheck.documents.markdown"]
    assert "tqcheck.findings" in edges["tqcheck.documents.model"]  # from ..findings import


@pytest.mark.parametrize("name", sorted(n for n in modules() if not n.endswith("__main__")))  # runs the CLI
def test_every_module_imports(name):
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:  # an optional extra (pygls, torch...) that is not installed
        if exc.name and exc.name.split(".")[0] == "tqcheck":
            raise
        pytest.skip(f"needs {exc.name}")


MAX_LINES = 300  # issue 9: a module small enough to read at once


def test_no_module_is_over_the_size_limit():
    """A rule is one small file: a module that grows past ``MAX_LINES`` is split, not let grow."""
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules().items()}
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}
    assert max(sizes.values()) > MAX_LINES // 2  # the files were read
