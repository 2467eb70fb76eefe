"""`voc demo`: build the demo organisation (api/demo/scenario.py) and say how to use it; with
`--serve`, serve it too and say so once the server is up, so that the admin API key is the last
line printed (what `make run` does). It also prints the console's address and a one-time sign-in
link for the demo's admin."""

from __future__ import annotations

import json
import shlex
from typing import Annotated, Any

import typer

from api.cli_support import run, uvicorn_options
from api.links import console_url, sign_in_link_lifetime, sign_in_url
from core.invitations import issue_link
from core.models import LinkPurpose, Organization
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

    async def build() -> tuple[scenario.Demo, str]:
        from api.cli_analysis import stage_progress

        progress, tasks = stage_progress()

        def observe(stage: str, fraction: float) -> None:
            for earlier in tasks.values():  # a new stage means the earlier ones are done
                progress.update(earlier, completed=100)
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=100)
            progress.update(tasks[stage], completed=100 * fraction)

        with progress:
            built = await scenario.build(fit=_fit, drain=_drain, on_progress=observe)
        # The demo's admin signs in to the console through a one-time link (they have no password).
        _, token = await issue_link(organization=built.organization, email=scenario.ADMIN[1],
                                    purpose=LinkPurpose.SIGN_IN, lifetime=sign_in_link_lifetime(settings))
        return built, token

    built, sign_in_token = run(build)
    lines = banner(built, f"http://{host}:{port}", sign_in_token=sign_in_token,
                   link_minutes=settings.sign_in_link_minutes)
    if not serve:
        _say(lines)
        return
    _serve(settings, host=host, port=port, announce=lambda: _say(lines))


def banner(built: Any, base: str, *, sign_in_token: str, link_minutes: int) -> list[str]:
    """What to open and try, in plain lines (a terminal must not wrap a URL), the key last."""
    from api.demo import scenario

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
        f"  console:          {console_url(base)}",
        f"sign in to the console as {scenario.ADMIN[0]} ({scenario.ADMIN[2].value}) with this link, "
        f"once, within {link_minutes} minutes:",
        f"  {sign_in_url(base, sign_in_token)}",
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
