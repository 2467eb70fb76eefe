"""Regression found by fuzzing: one `fitTopics` froze an embedded server for ~10 s.

The fit job (run on the server's event loop when there is no Redis) imported analysis.topics.persist
first thing, and with it BERTopic, scikit-learn and torch: seconds of CPU with the event loop blocked,
every other request waiting (a fuzzed `fitTopics` made the next calls time out after 30 s). The heavy
modules are now imported only inside the worker threads that fit and save a model.

A fresh interpreter is needed: in the test process another test may have imported them already.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.paths import ROOT

SCRIPT = """
import asyncio, sys
from core import migrate
from core.db import close_db, init_db
from core.service import get_or_create_organization
from core.settings import get_settings
from analysis import service

async def main() -> None:
    migrate.upgrade(get_settings().resolved_database_url)
    await init_db(get_settings())
    try:
        organization = await get_or_create_organization(name="Fuzz")
        job = await service.request_fit(organization=organization, survey_id=None, since=None, until=None)
        job = await service.run_fit_job(job_id=job.id, settings=get_settings())
        print(job.status.value, job.error)
    finally:
        await close_db()
    heavy = sorted(name for name in ("bertopic", "sklearn", "torch", "umap", "hdbscan") if name in sys.modules)
    print("heavy:", ",".join(heavy))

asyncio.run(main())
"""


def test_a_fit_job_imports_no_topic_stack_on_the_event_loop(tmp_path: Path) -> None:
    env = {"VOC_DATA_DIR": str(tmp_path), "VOC_DATABASE_URL": f"sqlite://{tmp_path / 'fit.sqlite3'}",
           "VOC_ENV": "test", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    # The job ran on this loop and failed as it should (no comments) ...
    assert lines[-2].startswith("failed a topic fit needs at least 30 comments"), done.stdout
    # ... without importing the machine-learning stack on it.
    assert lines[-1] == "heavy:", done.stdout
