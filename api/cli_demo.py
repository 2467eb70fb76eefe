"""`voc demo`: build the demo organisation (api/demo/scenario.py) and say how to use it; with
`--serve`, serve it too and say so once the server is up, so that the admin API key is the last
line printed (what `make run` does)."""

from __future__ import annotations

import json
import shlex
from typing import Annotated, Any

import typer

from api.cli_support import run, uvicorn_options
from core.models import Organization
from core.settings import get_settings

TRY_QUERY = "{ loopMetrics { openCases breachedCases } metrics { responses responseRate nps { score } } }"


def demo(
    host: Annotated[str, typer.Option(help="Where the server listens (and the printed URLs point).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (and the printed URLs').")] = 8000,
    serve: Annotated[bool, typer.Option("--serve", help="Serve the API once the demo is built.")] = False,
) -> None:
    """Build the demo organisation (a food-delivery app's answers, topics, a CS team working cases,
    improvement actions) once, and make a new admin API key: it is the last line printed."""
    from api.demo import scenario

    settings = get_settings()
    if serve:
        settings.check_production()

    async def build() -> scenario.Demo:
        from api.cli_analysis import stage_progress

        progress, tasks = stage_progress()

        def observe(stage: str, fraction: float) -> None:
            for earlier in tasks.values():  # a new stage means the earlier ones are done
                progress.update(earlier, completed=100)
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=100)
            progress.update(tasks[stage], completed=100 * fraction)

        with progress:
            return await scenario.build(fit=_fit, drain=_drain, on_progress=observe)

    built = run(build)
    lines = banner(built, f"http://{host}:{port}")
    if not serve:
        _say(lines)
        return
    _serve(settings, host=host, port=port, announce=lambda: _say(lines))


def banner(built: Any, base: str) -> list[str]:
    """What to open and try, in plain lines (a terminal must not wrap a URL), the key last."""
    counts = built.counts
    org = built.organization.name
    body = json.dumps({"query": TRY_QUERY}, ensure_ascii=False)
    curl = (f"curl -s {base}/graphql -H 'content-type: application/json' "
            f"-H {shlex.quote('authorization: Bearer ' + built.api_key)} -d {shlex.quote(body)}")
    state = "built" if built.created else "already there (kept as it was; a new key was made)"
    return [
        "",
        f"VoC Loop demo {state}: organisation {org!r} (the CLI's --org {shlex.quote(org)})",
        f"  {counts['responses']} answers, {counts['cases']} follow-up cases ({counts['open_cases']} open, "
        f"{counts['breached_cases']} of them past their SLA), {counts['actions']} improvement actions",
        f"  GraphiQL:         {base}/graphql",
        f"  widget demo page: {base}/demo",
        f"  hosted survey:    {base}/s/{built.survey.token}",
        "try:",
        f"  {curl}",
        "admin API key (shown once):",
        built.api_key,
    ]


def _say(lines: list[str]) -> None:
    print("\n".join(lines), flush=True)


async def _fit(organization: Organization) -> None:
    from api.cli_analysis import fit_with_progress

    await fit_with_progress(organization, None, None)


async def _drain() -> None:
    """Run the jobs the demo's answers and changes queued (analysis, rules, re-survey answers) in
    this process, whether or not Redis is configured, so the demo is complete when the command ends."""
    from api.jobs import broker_for
    from core.outbox import relay_once

    broker = broker_for(get_settings().model_copy(update={"redis_url": None}))
    await broker.startup()
    try:
        while await relay_once(broker):
            await broker.wait_all()  # type: ignore[attr-defined]
        await broker.wait_all()  # type: ignore[attr-defined]
    finally:
        await broker.shutdown()


def _serve(settings: Any, *, host: str, port: int, announce: Any) -> None:
    import uvicorn

    class Announcing(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                announce()

    options = uvicorn_options(settings, host=host, port=port)
    config = uvicorn.Config(options.pop("app"), **options)
    Announcing(config).run()
