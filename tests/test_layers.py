"""The house rules of DESIGN.md that code can check: no import circles among the project's modules,
dependencies that point one way (api → accounts → actions → analysis → surveys → core), domain packages free of
the web layer, modules short enough to read, and tests that share helpers through tests/support."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Each package and the project packages it may import (DESIGN.md, "Layers and packages").
MAY_IMPORT: dict[str, frozenset[str]] = {
    "core": frozenset(),
    "surveys": frozenset({"core"}),
    "analysis": frozenset({"core", "surveys"}),
    "actions": frozenset({"core", "surveys", "analysis"}),
    "accounts": frozenset({"core", "surveys", "analysis", "actions"}),
    "api": frozenset({"core", "surveys", "analysis", "actions", "accounts"}),
}
DOMAINS = ("core", "surveys", "analysis", "actions", "accounts")
WEB_LIBRARIES = frozenset({"api", "strawberry", "starlette"})
MAX_LINES = 450
# Modules allowed to be longer, each with the reason; an entry goes once its module is short again.
LONG_MODULES: dict[str, str] = {}


@dataclass(frozen=True)
class Import:
    target: str  # the dotted name as written (a module, or a name in a module)
    line: int
    type_checking: bool  # under `if TYPE_CHECKING:`: never runs, so it makes no circle


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in MAY_IMPORT:
        for path in sorted((ROOT / package).rglob("*.py")) if (ROOT / package).is_dir() else []:
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


MODULES = _modules()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(name: str, path: Path) -> Iterator[Import]:
    """Every import statement of the module, at any level (functions included)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def walk(node: ast.AST, type_checking: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for item in child.body:
                    yield from walk_one(item, True)
                for item in child.orelse:
                    yield from walk_one(item, type_checking)
            else:
                yield from walk_one(child, type_checking)

    def walk_one(node: ast.AST, type_checking: bool) -> Iterator[Import]:
        if isinstance(node, ast.Import):
            yield from (Import(alias.name, node.lineno, type_checking) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from a.b import c`: the module a.b.c when there is one, else a.b (see _module_of).
            yield from (Import(f"{base}.{alias.name}", node.lineno, type_checking) for alias in node.names)
        else:
            yield from walk(node, type_checking)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), False)


def _module_of(target: str) -> str | None:
    """The project module an import names: the module itself, or the one that holds the name."""
    while target and target not in MODULES:
        target = target.rpartition(".")[0]
    return target or None


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for imported in _imports(name, path):
            target = _module_of(imported.target)
            if target is not None and target != name and not imported.type_checking:
                graph[name].add(target)
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))
    return circles


def test_the_tree_is_read() -> None:
    """The checks below would pass on nothing: they must see the packages and their imports."""
    assert {"core.service", "surveys.service", "api.schema", "api.context"} <= set(MODULES)
    assert "core.service" in _graph()["api.context"]


def test_surveys_and_actions_know_nothing_of_accounts() -> None:
    """DESIGN.md: accounts reads surveys and actions, never the other way round (a respondent carries
    its account's external id instead of a reference). The rule itself, and the imports it governs."""
    assert {"accounts.service", "accounts.models", "api.accounts.types"} <= set(MODULES)
    assert "accounts" not in MAY_IMPORT["surveys"] | MAY_IMPORT["actions"] | MAY_IMPORT["analysis"]
    wrong = [f"{path.relative_to(ROOT)}:{imported.line} imports {imported.target}"
             for name, path in MODULES.items() if name.partition(".")[0] in ("core", "surveys", "analysis", "actions")
             for imported in _imports(name, path) if imported.target.partition(".")[0] == "accounts"]
    assert wrong == []


def test_no_module_imports_itself_back() -> None:
    """No import circle, however long, counting imports inside functions (they only hide a circle);
    imports under TYPE_CHECKING never run and do not count."""
    assert _circles(_graph()) == []


def test_a_circle_is_found() -> None:
    """The finder itself: two modules importing each other through a third are one circle."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(graph) == [["a", "b", "c"]]
    assert _circles({"a": {"b"}, "b": set()}) == []


def test_dependencies_point_one_way() -> None:
    wrong = []
    for name, path in MODULES.items():
        package = name.partition(".")[0]
        for imported in _imports(name, path):
            top = imported.target.partition(".")[0]
            if top in MAY_IMPORT and top != package and top not in MAY_IMPORT[package]:
                wrong.append(f"{path.relative_to(ROOT)}:{imported.line} imports {imported.target}")
    assert wrong == [], "\n".join(sorted(set(wrong)))


def test_domain_packages_know_nothing_of_the_web() -> None:
    wrong = []
    for name, path in MODULES.items():
        if name.partition(".")[0] not in DOMAINS:
            continue
        for imported in _imports(name, path):
            if imported.target.partition(".")[0] in WEB_LIBRARIES:
                wrong.append(f"{path.relative_to(ROOT)}:{imported.line} imports {imported.target}")
    assert wrong == [], "\n".join(sorted(set(wrong)))


def test_modules_stay_short() -> None:
    lengths = {str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
               for path in MODULES.values()}
    too_long = {module: n for module, n in lengths.items() if n > MAX_LINES and module not in LONG_MODULES}
    assert too_long == {}, f"over {MAX_LINES} lines: split them (a room may become a package)"
    stale = [module for module in LONG_MODULES if lengths.get(module, 0) <= MAX_LINES]
    assert stale == [], "short again (or gone): remove from LONG_MODULES"


def _test_modules() -> dict[str, Path]:
    """Every module of the suite (tests/**.py) by its dotted name."""
    found: dict[str, Path] = {}
    for path in sorted((ROOT / "tests").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imported_test_modules(name: str, path: Path, modules: dict[str, Path]) -> list[str]:
    """The test modules (test_*.py) and conftest modules that the module `name` imports."""
    wrong = []
    for imported in _imports(name, path):
        target = imported.target
        while target and target not in modules:
            target = target.rpartition(".")[0]
        if target and target != name and target.rpartition(".")[2].startswith(("test_", "conftest")):
            wrong.append(f"{name}:{imported.line} imports {imported.target}")
    return wrong


def test_no_test_module_imports_another_test_module() -> None:
    """Shared helpers live in tests/support, fixtures in conftest.py files (which pytest loads itself):
    a helper kept in a test module is found by reading its tests, and one module's tests cannot change
    without breaking another's."""
    modules = _test_modules()
    assert {"tests.conftest", "tests.support.client", "tests.core.test_migrations"} <= set(modules)
    wrong = [line for name, path in modules.items() for line in _imported_test_modules(name, path, modules)]
    assert wrong == [], "\n".join(sorted(wrong))


def test_an_import_of_a_test_module_is_found(tmp_path: Path) -> None:
    """The finder itself, on made-up modules: `from tests.x.test_a import f`, `import tests.conftest`."""
    helper, test = tmp_path / "helper.py", tmp_path / "test_b.py"
    helper.write_text("from tests.x.test_a import f\nfrom tests.support.client import GraphQL\n", encoding="utf-8")
    test.write_text("def g() -> None:\n    import tests.conftest\n", encoding="utf-8")
    modules = {"tests.x.test_a": tmp_path / "test_a.py", "tests.conftest": tmp_path / "conftest.py",
               "tests.support.client": tmp_path / "client.py", "tests.x.helper": helper, "tests.x.test_b": test}
    assert [line.rpartition(" imports ")[2] for line in _imported_test_modules("tests.x.helper", helper, modules)] \
        == ["tests.x.test_a.f"]
    assert [line.rpartition(" imports ")[2] for line in _imported_test_modules("tests.x.test_b", test, modules)] \
        == ["tests.conftest"]
