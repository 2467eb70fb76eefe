"""How responses, displays and respondents are written: one interface, two ways, one chosen per
process at start-up from the database it uses (`writes_for`; surveys.intake holds it).

- `OrmWrites`, for SQLite (the embedded database): the ORM, a row at a time. SQLite transactions
  of one process take turns, which makes a respondent's read-merge-write in one transaction safe.
- `GroupCommitWrites`, for PostgreSQL: the rows of concurrent calls go in one statement
  (surveys/inserts.py, surveys/upserts.py), which is most of what a submission costs the server
  otherwise. Inside a caller's transaction a row goes in a statement of its own instead, on the
  transaction's connection: a statement shared with other callers would run on some other
  connection, outside the caller's commit or rollback.

Either way a response and its "response.submitted" event are stored together or not at all.
"""

from __future__ import annotations

from typing import Protocol

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core.db import in_a_transaction
from core.events import ResponseSubmitted, emit
from surveys import inserts, upserts
from surveys.models import Display, Respondent, Response
from surveys.respondents import Identity


class Writes(Protocol):
    async def insert_response(self, response: Response) -> Response | None:
        """Store a new response with its event: the saved instance, or None when its
        (survey, idempotency key) is taken."""

    async def insert_display(self, display: Display) -> Display:
        """Store a display: the saved instance."""

    async def upsert_respondent(self, organization_id: int, identity: Identity) -> Respondent:
        """The organisation's respondent of `identity` (which has an external id), created, or with
        the identity's attributes merged in (an unverified caller never rewrites a signed identity)."""


async def announce_submitted(response: Response) -> None:
    """The response's "response.submitted" event (inside the transaction that stores it)."""
    await emit(organization_id=response.organization_id, event=ResponseSubmitted(
        response_id=response.id, survey_id=response.survey_id, completed=response.completed))


class OrmWrites:
    async def insert_response(self, response: Response) -> Response | None:
        try:
            async with in_transaction():
                await response.save(force_create=True)
                await announce_submitted(response)
        except IntegrityError:
            return None
        return response

    async def insert_display(self, display: Display) -> Display:
        await display.save()
        return display

    async def upsert_respondent(self, organization_id: int, identity: Identity) -> Respondent:
        # Read, merge and write in one transaction: concurrent calls for one respondent each merging
        # into what they read would lose each other's attributes (this process's transactions take turns).
        async with in_transaction():
            return await _merge_with_the_orm(organization_id, identity)


async def _merge_with_the_orm(organization_id: int, identity: Identity) -> Respondent:
    assert identity.external_id is not None
    respondent = await Respondent.get_or_none(organization_id=organization_id, external_id=identity.external_id)
    if respondent is None:
        try:
            return await Respondent.create(organization_id=organization_id, external_id=identity.external_id,
                                           attributes=identity.attributes, verified=identity.verified,
                                           account_external_id=identity.account)
        except IntegrityError:  # the same respondent arrived concurrently (from another process)
            respondent = await Respondent.get(organization_id=organization_id, external_id=identity.external_id)
    if respondent.verified and not identity.verified:
        return respondent
    merged = {**respondent.attributes, **identity.attributes}
    account = identity.account or respondent.account_external_id  # none named: the stored one stays
    if merged != respondent.attributes or (identity.verified and not respondent.verified) \
            or account != respondent.account_external_id:
        respondent.attributes = merged
        respondent.verified = respondent.verified or identity.verified
        respondent.account_external_id = account
        await respondent.save(update_fields=["attributes", "verified", "account_external_id", "updated_at"])
    return respondent


class GroupCommitWrites:
    def __init__(self) -> None:
        self._alone = OrmWrites()  # a response or a display inside a caller's transaction

    async def insert_response(self, response: Response) -> Response | None:
        if in_a_transaction():
            return await self._alone.insert_response(response)
        return await inserts.insert_response(response)

    async def insert_display(self, display: Display) -> Display:
        if in_a_transaction():
            return await self._alone.insert_display(display)
        return await inserts.insert_display(display)

    async def upsert_respondent(self, organization_id: int, identity: Identity) -> Respondent:
        if in_a_transaction():
            return await upserts.upsert_alone(organization_id, identity)
        return await upserts.upsert_together(organization_id, identity)


def writes_for(database_url: str) -> Writes:
    """The way to write for a database (VOC_DATABASE_URL, resolved): SQLite or PostgreSQL."""
    return OrmWrites() if database_url.startswith("sqlite://") else GroupCommitWrites()
