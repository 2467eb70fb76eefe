"""Import accounts from a CSV file (`voc accounts import`): good rows are kept, bad rows reported
by line and column. A big CRM export with a few bad rows should not wait for all of them to be
fixed (unlike upsertAccounts, whose callers send a batch they can fix and resend).

Columns: external_id and name (required), owner_email, renewal_at, stage; every other column is an
attribute (a whole or decimal number stays a number; an empty cell is left out). A column the file
does not have leaves that field of stored accounts as it is; an empty cell clears it. A row's
attribute columns replace the account's stored attributes (a file without any keeps them). Rows go in batches through
accounts.service.upsert_accounts, so the same checks apply as over the API.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from accounts.errors import BadAccounts
from accounts.models import AccountStage
from accounts.service import KEEP, MAX_ACCOUNTS_PER_CALL, AccountRow, Keep, upsert_accounts
from core.errors import DomainError, ValidationFailed
from core.models import Organization, User
from core.service import normalize_email

FIELDS = {"external_id", "name", "owner_email", "renewal_at", "stage"}
# What a domain error's field (input.3.ownerId) names, as a column of the file.
COLUMN_OF = {"externalId": "external_id", "name": "name", "ownerId": "owner_email", "renewalAt": "renewal_at",
             "stage": "stage", "attributes": "attributes"}
WHOLE = re.compile(r"-?(0|[1-9][0-9]{0,17})")  # leading zeros (postcodes, ids) stay text
DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)\.[0-9]+")


@dataclass(frozen=True)
class BadRow:
    line: int
    column: str
    message: str


@dataclass
class AccountsImport:
    stored: int = 0
    bad: list[BadRow] = field(default_factory=list)


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) pairs; UTF-8 with or without BOM, as Excel writes it."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames:  # "external_id, name" as people type it: the headers() the import checks
            reader.fieldnames = [name.strip() for name in reader.fieldnames]
        for row in reader:
            yield reader.line_num, row


def count_rows(path: Path) -> int:
    return sum(1 for _ in read_rows(path))


def headers(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [h.strip() for h in next(csv.reader(handle), [])]


async def import_accounts(*, organization: Organization, path: Path,
                          on_rows: Callable[[int], None] | None = None) -> AccountsImport:
    columns = headers(path)
    missing = [c for c in ("external_id", "name") if c not in columns]
    if missing:
        raise ValidationFailed(f"column(s) not in the file: {', '.join(missing)}", field="columns")
    report = AccountsImport()
    chunk: list[tuple[int, dict[str, str]]] = []
    first_line: dict[str, int] = {}
    for line, row in read_rows(path):
        external_id = (row.get("external_id") or "").strip()
        if external_id and external_id in first_line:  # across batches too: which row should win is anyone's guess
            report.bad.append(BadRow(line, "external_id", f"{external_id!r} is also on line {first_line[external_id]}"))
            if on_rows:
                on_rows(1)
            continue
        first_line.setdefault(external_id, line)
        chunk.append((line, row))
        if len(chunk) == MAX_ACCOUNTS_PER_CALL:
            await _import_chunk(organization, columns, chunk, report, on_rows)
            chunk = []
    if chunk:
        await _import_chunk(organization, columns, chunk, report, on_rows)
    report.bad.sort(key=lambda b: b.line)
    return report


async def _import_chunk(organization: Organization, columns: list[str], chunk: list[tuple[int, dict[str, str]]],
                        report: AccountsImport, on_rows: Callable[[int], None] | None) -> None:
    owners = await _owners(organization, chunk) if "owner_email" in columns else {}
    rows: list[tuple[int, AccountRow]] = []
    for line, row in chunk:
        try:
            rows.append((line, _account_row(row, columns, owners, organization.timezone)))
        except _BadCell as exc:
            report.bad.append(BadRow(line, exc.column, exc.message))
    # upsert_accounts is all or none: the rows it refuses are reported and the rest sent again (a
    # row's checks do not depend on the others, so the second call passes).
    while rows:
        try:
            await upsert_accounts(organization=organization, rows=[r for _, r in rows], field_prefix="row")
            report.stored += len(rows)
            break
        except BadAccounts as refused:
            bad_at: set[int] = set()
            for error in refused.errors:
                index, column = _where(error)
                bad_at.add(index)
                report.bad.append(BadRow(rows[index][0], column, error.message))
            rows = [r for i, r in enumerate(rows) if i not in bad_at]
    if on_rows:
        on_rows(len(chunk))


def _where(error: DomainError) -> tuple[int, str]:
    """The batch index and the file's column of a refusal's field (row.3.ownerId, row.3.attributes.mrr)."""
    parts = (error.field or "").split(".")
    index = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    name = parts[2] if len(parts) > 2 else ""
    column = ".".join(parts[3:]) if name == "attributes" and len(parts) > 3 else COLUMN_OF.get(name, name or "row")
    return index, column


class _BadCell(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column, self.message = column, message


async def _owners(organization: Organization, chunk: list[tuple[int, dict[str, str]]]) -> dict[str, int]:
    emails = {normalize_email(row["owner_email"]) for _, row in chunk if (row.get("owner_email") or "").strip()}
    if not emails:
        return {}
    found = User.filter(organization_id=organization.id, email__in=list(emails))
    return {str(u.email): u.id for u in await found}


def _account_row(row: dict[str, str], columns: list[str], owners: dict[str, int], timezone: str) -> AccountRow:
    cell = {c: (row.get(c) or "").strip() for c in columns}
    owner: int | Keep | None = KEEP
    if "owner_email" in columns:
        email = normalize_email(cell["owner_email"]) if cell["owner_email"] else None
        if email is not None and email not in owners:
            raise _BadCell("owner_email", f"no user of the organisation has the address {email!r}")
        owner = owners[email] if email else None
    stage: AccountStage | Keep = KEEP
    if cell.get("stage"):
        try:
            stage = AccountStage(cell["stage"].lower())
        except ValueError as exc:
            raise _BadCell("stage", f"stage must be one of {', '.join(s.value for s in AccountStage)}") from exc
    return AccountRow(
        external_id=cell["external_id"], name=cell["name"],
        attributes=_attributes(cell, columns),
        renewal_at=_renewal(cell["renewal_at"], timezone) if "renewal_at" in columns else KEEP,
        stage=stage, owner_id=owner,
    )


def _attributes(cell: dict[str, str], columns: list[str]) -> dict[str, Any] | Keep:
    """The row's attribute columns, or KEEP when the file has none (a file of names alone)."""
    named = [c for c in columns if c and c not in FIELDS]
    return {c: _number_or_text(cell[c]) for c in named if cell[c]} if named else KEEP


def _number_or_text(value: str) -> Any:
    if WHOLE.fullmatch(value):
        return int(value)
    if DECIMAL.fullmatch(value) and math.isfinite(float(value)):
        return float(value)
    return value


def _renewal(value: str, timezone: str) -> datetime | None:
    """A date is its midnight, and a time without an offset is local, in the organisation's time zone."""
    if not value:
        return None
    zone = ZoneInfo(timezone)
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), time(), tzinfo=zone)
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _BadCell("renewal_at", f"{value!r} is not an ISO-8601 date or time") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)
