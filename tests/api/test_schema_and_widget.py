"""The committed artefacts match the code: schema.graphql and the built widget."""

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
