"""Respondent identity: an external id with attributes, verified when the host signs a JWT."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import asyncpg
import jwt
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core.batching import Distinct, PerLoop
from core.db import db, dialect, shared_statements
from core.errors import ValidationFailed
from core.models import Organization
from core.settings import get_settings
from core.transient import caused_by
from surveys.errors import InvalidIdentity
from surveys.models import Respondent

MAX_EXTERNAL_ID = 256
MAX_INT = 2**63 - 1
# What no text column stores (NUL) or UTF-8 cannot encode (an unpaired surrogate). Request bodies are
# checked by the API; a signed token's claims only here.
BAD_TEXT = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True)
class RespondentData:
    external_id: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    token: str | None = None


@dataclass(frozen=True)
class Identity:
    external_id: str | None
    attributes: dict[str, Any]
    verified: bool


def check_attributes(attributes: Any) -> dict[str, Any]:
    settings = get_settings()
    if attributes is None:
        return {}
    if not isinstance(attributes, dict):
        raise ValidationFailed("attributes must be an object", field="respondent.attributes")
    if len(attributes) > settings.max_attributes:
        raise ValidationFailed(f"at most {settings.max_attributes} attributes", field="respondent.attributes")
    clean: dict[str, Any] = {}
    for key, value in attributes.items():
        if not isinstance(key, str) or not 0 < len(key) <= 64:
            raise ValidationFailed("attribute names must be 1-64 characters", field="respondent.attributes")
        if value is not None and not isinstance(value, str | int | float | bool):
            raise ValidationFailed(f"attribute {key!r} must be a string, number or boolean",
                                   field=f"respondent.attributes.{key}")
        # A signed token's claims are parsed by PyJWT (NaN and huge integers allowed), and no JSON
        # column or encoder downstream takes those.
        if (isinstance(value, float) and not math.isfinite(value)) or (isinstance(value, int) and abs(value) > MAX_INT):
            raise ValidationFailed(f"attribute {key!r} must be a finite number within 64 bits",
                                   field=f"respondent.attributes.{key}")
        if BAD_TEXT.search(key) or (isinstance(value, str) and BAD_TEXT.search(value)):
            raise ValidationFailed(f"attribute {key!r} has a NUL character or an unpaired surrogate",
                                   field=f"respondent.attributes.{key}")
        if len(str(value)) > settings.max_attribute_value_chars:
            raise ValidationFailed(
                f"attribute {key!r} is longer than {settings.max_attribute_value_chars} characters",
                field=f"respondent.attributes.{key}",
            )
        clean[key] = value
    return clean


def resolve_identity(*, organization: Organization, data: RespondentData | None) -> Identity:
    """Check the claimed identity; a JWT signed with the organisation's secret makes it verified."""
    if data is None:
        return Identity(external_id=None, attributes={}, verified=False)
    attributes = check_attributes(data.attributes)
    external_id = data.external_id
    if external_id is not None and not 0 < len(external_id) <= MAX_EXTERNAL_ID:
        raise ValidationFailed(f"externalId must be 1-{MAX_EXTERNAL_ID} characters", field="respondent.externalId")
    if data.token is None:
        return Identity(external_id=external_id, attributes=attributes, verified=False)
    try:
        claims = jwt.decode(
            data.token, organization.identity_secret, algorithms=["HS256"], options={"require": ["exp", "sub"]}
        )
    except jwt.ExpiredSignatureError as exc:
        raise InvalidIdentity("the identity token has expired", field="respondent.token") from exc
    except jwt.InvalidTokenError as exc:
        raise InvalidIdentity(f"the identity token is not valid: {exc}", field="respondent.token") from exc
    subject = str(claims["sub"])
    if not 0 < len(subject) <= MAX_EXTERNAL_ID or BAD_TEXT.search(subject):  # a longer one failed to store
        raise InvalidIdentity(f"the identity token's subject must be 1-{MAX_EXTERNAL_ID} plain characters",
                              field="respondent.token")
    if external_id is not None and external_id != subject:
        raise InvalidIdentity("externalId differs from the identity token's subject", field="respondent.externalId")
    signed = check_attributes(claims.get("attributes"))
    return Identity(external_id=subject, attributes={**attributes, **signed}, verified=True)


async def find_respondent(*, organization: Organization, identity: Identity) -> Respondent | None:
    if identity.external_id is None:
        return None
    return await Respondent.get_or_none(organization=organization, external_id=identity.external_id)


async def upsert_respondent(*, organization: Organization, identity: Identity) -> Respondent | None:
    if identity.external_id is None:
        return None
    if shared_statements():  # with the respondents of concurrent calls
        return await _UPSERTS.submit(Distinct((organization.id, identity)))
    if dialect() == "postgres":  # in a transaction: in its own statement, on the transaction's connection
        call = Distinct((organization.id, identity))
        return (await _upsert_many([call]))[call]
    # Read, merge and write in one transaction: concurrent calls for one respondent each merging into
    # what they read would lose each other's attributes (this process's transactions take turns).
    async with in_transaction():
        return await _upsert_with_the_orm(organization, identity)


async def _upsert_with_the_orm(organization: Organization, identity: Identity) -> Respondent:
    assert identity.external_id is not None
    respondent = await find_respondent(organization=organization, identity=identity)
    if respondent is None:
        try:
            return await Respondent.create(
                organization=organization,
                external_id=identity.external_id,
                attributes=identity.attributes,
                verified=identity.verified,
            )
        except IntegrityError:  # the same respondent arrived concurrently (from another process)
            respondent = await Respondent.get(organization=organization, external_id=identity.external_id)
    # An unverified caller must not rewrite what a signed identity established.
    if respondent.verified and not identity.verified:
        return respondent
    merged = {**respondent.attributes, **identity.attributes}
    if merged != respondent.attributes or (identity.verified and not respondent.verified):
        respondent.attributes = merged
        respondent.verified = respondent.verified or identity.verified
        await respondent.save(update_fields=["attributes", "verified", "updated_at"])
    return respondent


# PostgreSQL: the lookup, the insert of a new respondent and the merge of new attributes, as above,
# in one statement instead of two or three round trips (every widget call names its respondent), and
# the calls that arrive together in one statement (group commit, core.batching). Not INSERT ... ON
# CONFLICT DO UPDATE: that draws a new id from the sequence on every call, and a 32-bit id would run
# out within weeks at a few hundred calls per second. A row is written only when something changes.
_COLUMNS = ("id", "organization_id", "external_id", "attributes", "verified", "created_at", "updated_at")
_QUOTED = ", ".join(f'"{c}"' for c in _COLUMNS)
_R_QUOTED = ", ".join(f"r.{c}" for c in _QUOTED.split(", "))
_UPSERT_SQL = (
    'WITH v AS (SELECT * FROM unnest($1::integer[], $2::text[], $3::jsonb[], $4::boolean[]) '
    'AS v("organization_id", "external_id", "attributes", "verified")), '
    f'found AS (SELECT {_R_QUOTED} FROM "respondents" r JOIN v USING ("organization_id", "external_id")), '
    'ins AS (INSERT INTO "respondents" ("organization_id", "external_id", "attributes", "verified", "created_at", '
    '"updated_at") SELECT v."organization_id", v."external_id", v."attributes", v."verified", $5, $5 FROM v '
    'WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f."organization_id" = v."organization_id" '
    'AND f."external_id" = v."external_id") '
    # In key order: two statements inserting the same new respondents wait for each other's rows, and
    # in opposite orders each waited for the other (a deadlock, seen with two API processes under load).
    'ORDER BY v."organization_id", v."external_id" '
    f'ON CONFLICT ("organization_id", "external_id") DO NOTHING RETURNING {_QUOTED}), '
    'upd AS (UPDATE "respondents" r SET "attributes" = r."attributes" || v."attributes", '
    '"verified" = r."verified" OR v."verified", "updated_at" = $5 '
    'FROM found f JOIN v USING ("organization_id", "external_id") WHERE r."id" = f."id" '
    # An unverified caller must not rewrite what a signed identity established. On r, not f: a row
    # changed meanwhile by another process is checked again in its latest version.
    'AND (NOT r."verified" OR v."verified") '
    'AND ((r."attributes" || v."attributes") IS DISTINCT FROM r."attributes" OR (v."verified" AND NOT r."verified")) '
    f"RETURNING {_R_QUOTED}) "
    f"SELECT {_QUOTED} FROM upd UNION ALL SELECT {_QUOTED} FROM ins UNION ALL "
    f"SELECT {_QUOTED} FROM found f WHERE NOT EXISTS (SELECT 1 FROM upd u WHERE u.\"id\" = f.\"id\")"
)
UPSERTS_PER_STATEMENT = 128
STATEMENTS_IN_FLIGHT = 2
DEADLOCK_RETRIES = 3


Upsert = Distinct[tuple[int, Identity]]  # one call's organisation id and respondent


def _key(call: Upsert) -> tuple[int, str]:
    organization_id, identity = call.value
    return organization_id, str(identity.external_id)


async def _upsert_shared(calls: Sequence[Upsert]) -> dict[Upsert, Respondent]:
    """_upsert_many for a batch of concurrent calls, outside any transaction: a statement PostgreSQL
    aborted to break a deadlock changed nothing and is run again. The inserts go in key order and
    cannot deadlock; the updates of existing rows lock them in the join's order, which no query can
    fix, so two batches changing the same respondents' attributes at once still may."""
    for attempt in range(DEADLOCK_RETRIES + 1):
        try:
            return await _upsert_many(calls)
        except Exception as exc:
            if attempt == DEADLOCK_RETRIES or not caused_by(exc, asyncpg.exceptions.DeadlockDetectedError):
                raise
    raise AssertionError("unreachable")


async def _upsert_many(calls: Sequence[Upsert]) -> dict[Upsert, Respondent]:
    done: dict[Upsert, Respondent] = {}
    waiting = list(calls)
    retries = 0
    while waiting:
        # A respondent named twice in a batch: one statement may not update a row twice, and the
        # second call's merge must see the first's. Later calls go in the next statement, as if they
        # had come later.
        now: list[Upsert] = []
        later: list[Upsert] = []
        seen: set[tuple[int, str]] = set()
        for call in waiting:
            (later if _key(call) in seen else now).append(call)
            seen.add(_key(call))
        stored = await _upsert_statement(now)
        done.update((call, stored[_key(call)]) for call in now if _key(call) in stored)
        # Absent: inserted by a concurrent call that committed after this statement's snapshot was
        # taken; the next statement sees it.
        missing = [call for call in now if _key(call) not in stored]
        retries += bool(missing)
        if retries > 3:
            raise RuntimeError(f"respondents {[_key(c) for c in missing]} neither stored nor found")
        waiting = missing + later
    return done


async def _upsert_statement(calls: Sequence[Upsert]) -> dict[tuple[int, str], Respondent]:
    fields_map = Respondent._meta.fields_map
    attributes = fields_map["attributes"]
    pairs = sorted((call.value for call in calls), key=lambda pair: (pair[0], str(pair[1].external_id)))
    identities = [identity for _, identity in pairs]
    params = [[org for org, _ in pairs], [i.external_id for i in identities],
              [attributes.to_db_value(i.attributes, Respondent) for i in identities],
              [i.verified for i in identities], datetime.now(UTC)]
    found: dict[tuple[int, str], Respondent] = {}
    for row in await db().execute_query_dict(_UPSERT_SQL, params):
        # Every column of the table, as a query returns them: built as Tortoise builds a fetched row
        # (Model.__init__'s checks and defaults were ~3 % of a widget call's CPU).
        respondent = Respondent._init_from_db(**row)
        found[respondent.organization_id, respondent.external_id] = respondent
    return found


_UPSERTS: PerLoop[Upsert, Respondent] = PerLoop(_upsert_shared, max_size=UPSERTS_PER_STATEMENT,
                                                 max_in_flight=STATEMENTS_IN_FLIGHT)
