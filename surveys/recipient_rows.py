"""A distribution's recipients as given (through the API, pasted, or a CSV file), checked row by row:
every bad row is reported with its number and field, so the list is fixed in one go.

CSV: a header row naming `email` (required) and any of `name`, `externalId` (or external_id),
`account`; every other column becomes an attribute. Without a header (pasted lines) each line is
`email` or `email,name`. Blank lines are ignored.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any

from core.errors import DomainError, Refusals, ValidationFailed
from core.service import MAX_EMAIL, normalize_email
from surveys.respondents import MAX_EXTERNAL_ID, AttributeLimits, check_account, check_attributes

MAX_RECIPIENTS = 10_000
MAX_NAME = 200
MAX_CSV_CHARS = 5_000_000
# One @, no spaces or control characters, a dotted domain: what a mail server would take as an
# address (the server has the last word; its refusal is recorded per recipient).
_PART = r"[^@\s\x00-\x1f\x7f<>(),;:\"\[\]\\]"
ADDRESS = re.compile(rf"^{_PART}+@{_PART}+\.[^@\s\x00-\x1f\x7f<>(),;:\"\[\]\\.]+$")
HEADER_NAMES = {"email": "email", "e-mail": "email", "name": "name", "externalid": "external_id",
                "external_id": "external_id", "account": "account"}


@dataclass(frozen=True)
class RecipientRow:
    email: str
    name: str | None = None
    external_id: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    account: str | None = None
    line: int | None = None  # a CSV row's line in its text (1 = the first): how a refusal names it


def check_rows(given: list[RecipientRow], csv_rows: list[RecipientRow], limits: AttributeLimits,
               ) -> list[RecipientRow]:
    """The rows cleaned (addresses normalised, the first of each address kept), or Refusals naming
    every bad row: `recipients.3.email` (the list's index), `recipientsCsv.7.email` (the CSV's line)."""
    total = len(given) + len(csv_rows)
    if not total:
        raise ValidationFailed("a distribution needs at least one recipient", field="recipients")
    if total > MAX_RECIPIENTS:
        raise ValidationFailed(f"at most {MAX_RECIPIENTS} recipients per distribution", field="recipients")
    errors: list[DomainError] = []
    clean: dict[str, RecipientRow] = {}
    named = [(f"recipients.{i}", row) for i, row in enumerate(given)]
    named += [(f"recipientsCsv.{row.line}", row) for row in csv_rows]
    for at, row in named:
        try:
            checked = _check_row(row, limits, at)
        except DomainError as exc:
            errors.append(exc)
            continue
        clean.setdefault(checked.email, checked)
    if errors:
        raise Refusals(f"{len(errors)} of {total} recipients are not valid; nothing was created", errors)
    return list(clean.values())


def _check_row(row: RecipientRow, limits: AttributeLimits, at: str) -> RecipientRow:
    email = normalize_email(row.email or "")
    if len(email) > MAX_EMAIL or not ADDRESS.match(email):
        raise ValidationFailed(f"“{row.email}” is not an e-mail address", field=f"{at}.email", code="INVALID_EMAIL")
    name = (row.name or "").strip() or None
    if name is not None and (len(name) > MAX_NAME or any(not ch.isprintable() for ch in name)):
        raise ValidationFailed(f"name must be 1-{MAX_NAME} printable characters", field=f"{at}.name")
    external_id = (row.external_id or "").strip() or None
    if external_id is not None and len(external_id) > MAX_EXTERNAL_ID:
        raise ValidationFailed(f"externalId must be 1-{MAX_EXTERNAL_ID} characters", field=f"{at}.externalId")
    try:
        attributes = check_attributes(row.attributes, limits)
    except ValidationFailed as exc:
        raise ValidationFailed(exc.message, field=f"{at}.attributes") from exc
    account = check_account(row.account or None, f"{at}.account")
    return RecipientRow(email=email, name=name, external_id=external_id, attributes=attributes, account=account)


def parse_csv(text: str) -> list[RecipientRow]:
    """Rows of pasted lines or a CSV file (see the module's note), each with its line number."""
    if len(text) > MAX_CSV_CHARS:
        raise ValidationFailed(f"the CSV text is longer than {MAX_CSV_CHARS} characters", field="recipientsCsv")
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    lines: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                lines.append((reader.line_num, row))
    except csv.Error as exc:
        raise ValidationFailed(f"line {reader.line_num}: {exc}", field=f"recipientsCsv.{reader.line_num}") from exc
    if not lines:
        return []
    header = [cell.strip().lower() for cell in lines[0][1]]
    if "email" in header or "e-mail" in header:
        names = [HEADER_NAMES.get(cell, lines[0][1][i].strip()) for i, cell in enumerate(header)]
        return [_from_columns(names, row, line) for line, row in lines[1:]]
    return [RecipientRow(email=row[0].strip(), name=row[1].strip() if len(row) > 1 else None, line=line)
            for line, row in lines]


def _from_columns(names: list[str], row: list[str], line: int) -> RecipientRow:
    values = dict(zip(names, (cell.strip() for cell in row), strict=False))
    known = {"email", "name", "external_id", "account"}
    attributes = {k: v for k, v in values.items() if k not in known and k and v != ""}
    return RecipientRow(email=values.get("email", ""), name=values.get("name") or None,
                        external_id=values.get("external_id") or None, attributes=attributes,
                        account=values.get("account") or None, line=line)
