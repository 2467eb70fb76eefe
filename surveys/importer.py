"""Import historical feedback from CSV: good rows are kept, bad rows reported with line numbers.

Each row's idempotency key is derived from the file name and line (or an id column), so running
the same import twice stores nothing twice.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from core.errors import DomainError
from core.models import Organization
from surveys.intake import current
from surveys.models import Channel, Display, Survey, SurveyStatus
from surveys.respondents import RespondentData, resolve_identity
from surveys.service import Submission, get_survey, store_response, upsert_respondent


@dataclass(frozen=True)
class ColumnMap:
    score: str | None = "score"
    comment: str | None = "comment"
    submitted_at: str | None = None
    respondent: str | None = None
    row_id: str | None = None
    attributes: tuple[str, ...] = ()


@dataclass
class ImportReport:
    stored: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) pairs; utf-8 with or without BOM, as Excel writes it."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield reader.line_num, row


def count_rows(path: Path) -> int:
    return sum(1 for _ in read_rows(path))


async def import_csv(
    *, organization: Organization, survey_id: int, path: Path, columns: ColumnMap,
    on_row: Callable[[], None] | None = None,
) -> ImportReport:
    survey = await get_survey(organization=organization, survey_id=survey_id)
    if survey.status == SurveyStatus.ARCHIVED:
        raise DomainError("an archived survey takes no imports", field="survey", code="INVALID_TRANSITION")
    await survey.fetch_related("organization")
    report = ImportReport()
    headers = _headers(path)
    missing = [c for c in (columns.score, columns.comment, columns.submitted_at, columns.respondent,
                           columns.row_id, *columns.attributes) if c and c not in headers]
    if missing:
        raise DomainError(f"column(s) not in the file: {', '.join(missing)}", field="columns", code="VALIDATION")
    for line, row in read_rows(path):
        try:
            await store_response(survey=survey, submission=_submission(survey, path, line, row, columns))
            report.stored += 1
        except DomainError as exc:
            report.errors.append((line, f"{exc.field or 'row'}: {exc.message}"))
        except ValueError as exc:
            report.errors.append((line, str(exc)))
        if on_row:
            on_row()
    return report


def _headers(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle), [])


def _submission(survey: Survey, path: Path, line: int, row: dict[str, str], columns: ColumnMap) -> Submission:
    raw_score = (row.get(columns.score) or "").strip() if columns.score else ""
    if raw_score and not raw_score.lstrip("-").isdigit():
        raise ValueError(f"score: {raw_score!r} is not a whole number")
    key_source = row.get(columns.row_id, "") if columns.row_id else f"{path.name}:{line}"
    respondent = None
    if columns.respondent and row.get(columns.respondent):
        respondent = RespondentData(external_id=row[columns.respondent],
                                    attributes={a: row[a] for a in columns.attributes if row.get(a)})
    return Submission(
        token=survey.token,
        idempotency_key=f"import:{key_source}"[:128],
        score=int(raw_score) if raw_score else None,
        comment=(row.get(columns.comment) or None) if columns.comment else None,
        respondent=respondent,
        channel=Channel.IMPORT,
        submitted_at=_time(row.get(columns.submitted_at), survey.organization.timezone)
        if columns.submitted_at else None,
    )


def _time(value: str | None, timezone: str) -> datetime | None:
    """Times without an offset are the organisation's local time."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(f"submitted_at: {value!r} is not an ISO-8601 time") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(timezone))


async def store_displays(
    *, survey: Survey, shown: Sequence[tuple[datetime, RespondentData | None]], channel: Channel = Channel.WIDGET,
) -> int:
    """Displays that happened earlier, at their own times (history, the demo): no sampling or origin
    checks apply to what has already been shown."""
    rows = []
    for at, respondent in shown:
        identity = resolve_identity(organization=survey.organization, data=respondent, limits=current().attributes)
        person = await upsert_respondent(organization=survey.organization, identity=identity)
        rows.append(Display(organization_id=survey.organization_id, survey_id=survey.id,
                            respondent_id=person.id if person else None, channel=channel, created_at=at))
    await Display.bulk_create(rows, batch_size=500)
    return len(rows)
