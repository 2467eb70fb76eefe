"""`voc accounts`: the organisation's customer accounts. `import` reads a CSV export of the CRM; `score`
recomputes every account's health now."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from api.cli_support import run
from core.errors import DomainError, or_not_found
from core.service import find_organization_by_name

accounts_app = typer.Typer(help="Customer accounts (the companies your respondents work for).", no_args_is_help=True)
console = Console()
SHOWN_BAD_ROWS = 50


@accounts_app.command("import")
def import_accounts(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CSV file (UTF-8).")],
    org: Annotated[str, typer.Option(help="Organisation name (an existing one).")],
) -> None:
    """Create or update accounts by external_id. Columns: external_id, name (required), owner_email,
    renewal_at (a date, or a time; without an offset in the organisation's time zone), stage
    (onboarding, active, renewal, churned); any other column is an attribute. Good rows are kept and
    bad rows reported (line, column, message); the exit code is 1 when any row was bad."""
    from accounts.importer import count_rows
    from accounts.importer import import_accounts as do_import

    async def work() -> None:
        organization = or_not_found(await find_organization_by_name(name=org), f"no organisation named {org!r}",
                                    field="org")
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=console, transient=False) as progress:
            task = progress.add_task("importing accounts", total=count_rows(path))
            report = await do_import(organization=organization, path=path,
                                     on_rows=lambda n: progress.advance(task, n))
        for bad in report.bad[:SHOWN_BAD_ROWS]:
            console.print(f"[red]line {bad.line}[/red] {bad.column}: {bad.message}", soft_wrap=True)
        if len(report.bad) > SHOWN_BAD_ROWS:
            console.print(f"... and {len(report.bad) - SHOWN_BAD_ROWS} more bad rows")
        console.print(f"stored {report.stored} accounts, refused {len(report.bad)} rows")
        if report.bad:
            raise typer.Exit(code=1)

    try:
        run(work)
    except DomainError as exc:
        console.print(f"[red]{exc.code}[/red]: {exc.message}")
        raise typer.Exit(code=2) from exc


@accounts_app.command("score")
def score_accounts(
    org: Annotated[str, typer.Option(help="Organisation name (an existing one).")],
) -> None:
    """Score every account of the organisation now with its health model and run its early warnings (as
    the daily pass does), and print how many accounts are in each band, their mean score, and how many have no data."""
    from accounts.health_model import BAND_ORDER, band_label
    from accounts.health_schedule import score_and_warn

    async def work() -> None:
        organization = or_not_found(await find_organization_by_name(name=org), f"no organisation named {org!r}",
                                    field="org")
        started = time.monotonic()
        scores = await score_and_warn(organization=organization, now=datetime.now(UTC))
        table = Table(title=f"{organization.name}: {len(scores)} accounts scored in {time.monotonic() - started:.1f} s")
        for column in ("band", "accounts", "mean score", "dropped since yesterday"):
            table.add_column(column, justify="left" if column == "band" else "right")
        for band in BAND_ORDER:
            inside = [s for s in scores if s.band == band]
            dropped = [s for s in inside if s.previous_band is not None and
                       BAND_ORDER.index(s.previous_band) < BAND_ORDER.index(band)]
            mean = f"{sum(s.score or 0 for s in inside) / len(inside):.1f}" if inside else "-"
            table.add_row(f"{band_label(band, 'zh-CN')} {band.value}", str(len(inside)), mean, str(len(dropped)))
        table.add_row("无数据 no data", str(sum(s.score is None for s in scores)), "-", "-")
        console.print(table)

    try:
        run(work)
    except DomainError as exc:
        console.print(f"[red]{exc.code}[/red]: {exc.message}")
        raise typer.Exit(code=2) from exc
