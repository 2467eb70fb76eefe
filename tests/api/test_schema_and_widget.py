"""The committed artefacts match the code: schema.graphql, the built widget, and the console's build and
generated GraphQL types."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from strawberry.printer import print_schema

from api.schema import schema
from tests.support.paths import ROOT


def test_schema_graphql_matches_the_code() -> None:
    committed = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert committed.strip() == print_schema(schema).strip(), "run `make schema` and commit schema.graphql"


def test_committed_widget_is_a_fresh_build(tmp_path: Path) -> None:
    node = shutil.which("node")
    assert node, "node is needed to build the widget"
    assert (ROOT / "frontend_widget" / "node_modules").is_dir(), "run `npm ci` in frontend_widget (make test does)"
    out = tmp_path / "widget.js"
    subprocess.run([node, "build.mjs"], cwd=ROOT / "frontend_widget", check=True, capture_output=True,
                   env={**os.environ, "VOC_WIDGET_OUT": str(out)}, timeout=120)
    assert out.read_bytes() == (ROOT / "api" / "static" / "widget.js").read_bytes(), (
        "api/static/widget.js differs from a fresh build: run `npm run build` in frontend_widget and commit it"
    )


def _console_node() -> str:
    node = shutil.which("node")
    assert node, "node is needed to build the console"
    assert (ROOT / "console" / "node_modules").is_dir(), "run `npm ci` in console (make test does)"
    return node


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_committed_console_is_a_fresh_build(tmp_path: Path) -> None:
    node = _console_node()
    out = tmp_path / "console"
    subprocess.run([node, "node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], cwd=ROOT / "console",
                   check=True, capture_output=True, env={**os.environ, "VOC_CONSOLE_OUT": str(out)}, timeout=300)
    fresh, committed = _tree(out), _tree(ROOT / "api" / "static" / "console")
    assert sorted(fresh) == sorted(committed), "api/static/console differs from a fresh build: run `make console`"
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert not changed, f"{changed} differ from a fresh build: run `make console` and commit api/static/console"


def test_console_graphql_types_are_generated_from_the_schema(tmp_path: Path) -> None:
    node = _console_node()
    out = tmp_path / "generated.ts"
    subprocess.run([node, "node_modules/@graphql-codegen/cli/cjs/bin.js", "--config", "codegen.ts"],
                   cwd=ROOT / "console", check=True, capture_output=True,
                   env={**os.environ, "VOC_CODEGEN_OUT": str(out)}, timeout=300)
    committed = ROOT / "console" / "src" / "graphql" / "generated.ts"
    assert out.read_bytes() == committed.read_bytes(), (
        "console/src/graphql/generated.ts is stale: run `make console` (npm run codegen) and commit it")
