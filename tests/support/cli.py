"""The `voc` command line, run as a real process against the test database."""

from __future__ import annotations

import os
import subprocess
import sys

from core.settings import Settings


def voc(settings: Settings, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`voc *args` with the suite's database, data directory and Redis; its output as text."""
    env = {**os.environ, "VOC_DATABASE_URL": settings.resolved_database_url, "VOC_DATA_DIR": str(settings.data_dir),
           "VOC_REDIS_URL": settings.redis_url or "", "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "api.cli", *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
