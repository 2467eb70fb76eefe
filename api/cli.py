"""The `voc` command line: serve, migrate, API keys, users, accounts, CSV import/export and the demo."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from api import cli_demo
from api.cli_accounts import accounts_app
from api.cli_analysis import eval_app, topics_app
from api.cli_support import run, survey_pk, uvicorn_options
from api.cli_users import user_app
from core import migrate as migrations
from core.errors import DomainError
from core.models import Role
from core.service import create_api_key, get_or_create_organization
from core.settings import get_settings

app = typer.Typer(help="VoC Loop: surveys, Chinese comment analysis and closed-loop follow-up.",
                  no_args_is_help=True, pretty_exceptions_show_locals=False)
apikey_app = typer.Typer(help="API keys.", no_args_is_help=True)
app.add_typer(apikey_app, name="apikey")
app.add_typer(topics_app, name="topics")
app.add_typer(eval_app, name="eval")
app.add_typer(user_app, name="user")
app.add_typer(accounts_app, name="accounts")
app.command()(cli_demo.demo)
console = Console()
T = TypeVar("T")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    limit_concurrency: Annotated[int | None, typer.Option(
        help="Per worker: answer 503 at once beyond this many open connections or requests in flight "
             "(fast refusal under overload instead of a queue that ends in client timeouts). Keep-alive "
             "connections count, so set it above the expected idle connections per worker. Default: no limit.",
    )] = None,
    backlog: Annotated[int, typer.Option(help="Listen backlog (connections waiting to be accepted).")] = 2048,
) -> None:
    """Serve the API with Uvicorn."""
    import uvicorn

    settings = get_settings()
    settings.check_production()
    options = uvicorn_options(settings, host=host, port=port, workers=workers, limit_concurrency=limit_concurrency,
                              backlog=backlog)
    uvicorn.run(options.pop("app"), **options)


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(
        help="Queue messages run at once in this process (a message carries up to 32 outbox events).")] = 8,
    health_port: Annotated[int | None, typer.Option(
        envvar="VOC_WORKER_HEALTH_PORT",
        help="Serve /healthz and /readyz on this port (127.0.0.1 unless --health-host): /readyz answers 503 "
             "naming any background loop (outbox relay, ticker, job consumer) that stopped making progress.",
    )] = None,
    health_host: Annotated[str, typer.Option(help="Interface for --health-port.")] = "127.0.0.1",
) -> None:
    """Run jobs from the Redis queue (analysis, topic fits) and relay the outbox to it."""
    from taskiq.api import run_receiver_task

    from analysis.topics.reduce import warm_umap
    from api.http.observability import health_app, serve_health
    from api.jobs import broker_for, relaying
    from core import pubsub
    from core.queue import JOB_CONSUMER, ReclaimingStreamBroker, RedeliveringReceiver, start_broker

    settings = get_settings()
    if not settings.redis_url:
        console.print("[red]voc worker needs VOC_REDIS_URL[/red]: without Redis, `voc serve` runs the jobs itself.")
        raise typer.Exit(code=2)

    async def work() -> None:
        broker = broker_for(settings)
        broker.is_worker_process = True
        # Live-update tasks publish through Redis to every API process's subscribers.
        hub = pubsub.build_hub(settings)
        pubsub.install(hub)
        await start_broker(broker)
        # Topic fits run here: compile (or load from VOC_DATA_DIR) UMAP's numba code before the first one,
        # in the background so that jobs start at once.
        warming = asyncio.create_task(asyncio.to_thread(warm_umap, settings.data_dir))
        console.print(f"worker: consuming {settings.queue_name} (concurrency {concurrency}); Ctrl-C stops")
        try:
            async with relaying(broker, settings) as loops, contextlib.AsyncExitStack() as serving:
                if isinstance(broker, ReclaimingStreamBroker):  # always, with VOC_REDIS_URL
                    broker.heartbeat = loops.watch(JOB_CONSUMER)
                if health_port is not None:
                    await serving.enter_async_context(serve_health(
                        health_app(redis_url=settings.redis_url, loops=loops), host=health_host, port=health_port))
                # Jobs that fail because PostgreSQL or Redis is unreachable stay pending and are redelivered.
                await run_receiver_task(broker, receiver_cls=RedeliveringReceiver, max_async_tasks=concurrency,
                                        run_startup=False)
        finally:
            await warming
            await broker.shutdown()
            await hub.close()
            pubsub.uninstall(hub)

    try:
        run(work)
    except KeyboardInterrupt:
        console.print("worker stopped")


@app.command()
def migrate() -> None:
    """Bring the database schema to the newest revision (alembic upgrade head)."""
    url = get_settings().resolved_database_url
    migrations.upgrade(url)
    console.print(f"[green]database is at the newest revision[/green] ({url.split('@')[-1]})")


@apikey_app.command("create")
def apikey_create(
    org: Annotated[str, typer.Option(help="Organisation name; created when it does not exist.")],
    role: Annotated[Role, typer.Option(help="admin, analyst, agent or viewer.")] = Role.ADMIN,
    name: Annotated[str, typer.Option(help="A label for the key.")] = "cli",
) -> None:
    """Create an API key. The key is printed once, as the last line (scripts read it)."""

    async def work() -> str:
        organization = await get_or_create_organization(name=org)
        key, raw = await create_api_key(organization=organization, role=role, name=name)
        console.print(f"organisation: {organization.name}  role: {role.value}  prefix: {key.prefix}", soft_wrap=True)
        return raw

    raw = run(work)
    print(raw)


@app.command("import")
def import_csv(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV file (UTF-8).")],
    survey: Annotated[str, typer.Option(help="Survey id (global id or number).")],
    org: Annotated[str, typer.Option(help="Organisation name.")],
    score_col: Annotated[str | None, typer.Option(help="Score column.")] = "score",
    comment_col: Annotated[str | None, typer.Option(help="Comment column.")] = "comment",
    time_col: Annotated[str | None, typer.Option(help="Submitted-at column (ISO-8601).")] = None,
    respondent_col: Annotated[str | None, typer.Option(help="Respondent external id column.")] = None,
    id_col: Annotated[str | None, typer.Option(help="Row id column (idempotency).")] = None,
    attribute: Annotated[list[str] | None, typer.Option(help="Attribute column (repeatable).")] = None,
) -> None:
    """Import historical feedback. Bad rows are reported with line numbers; good rows are kept."""
    from surveys.importer import ColumnMap, count_rows
    from surveys.importer import import_csv as do_import

    columns = ColumnMap(score=score_col or None, comment=comment_col or None, submitted_at=time_col,
                        respondent=respondent_col, row_id=id_col, attributes=tuple(attribute or ()))

    async def work() -> None:
        organization = await get_or_create_organization(name=org)
        total = count_rows(path)
        with _progress() as progress:
            task = progress.add_task("importing", total=total)
            report = await do_import(organization=organization, survey_id=survey_pk(survey), path=path,
                                     columns=columns, on_row=lambda: progress.advance(task))
        for line, message in report.errors[:50]:
            console.print(f"[red]line {line}[/red]: {message}")
        if len(report.errors) > 50:
            console.print(f"... and {len(report.errors) - 50} more bad rows")
        console.print(f"stored {report.stored} rows, refused {len(report.errors)}")
        if report.errors:
            raise typer.Exit(code=1)

    try:
        run(work)
    except DomainError as exc:
        console.print(f"[red]{exc.code}[/red]: {exc.message}")
        raise typer.Exit(code=2) from exc


@app.command()
def export(
    org: Annotated[str, typer.Option(help="Organisation name.")],
    out: Annotated[Path, typer.Option(help="Output CSV file.")] = Path("responses.csv"),
    survey: Annotated[str | None, typer.Option(help="Only this survey.")] = None,
) -> None:
    """Export responses as CSV (UTF-8 with BOM, opens in Excel)."""
    from api.http.export import rows
    from surveys.filters import ResponseFilter

    async def work() -> None:
        organization = await get_or_create_organization(name=org)
        flt = ResponseFilter(survey_id=survey_pk(survey) if survey else None)
        with out.open("wb") as handle:
            async for chunk in rows(organization.id, flt):
                handle.write(chunk)

    run(work)
    console.print(f"wrote {out}")


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=console, transient=False)


if __name__ == "__main__":
    app()
