"""upsert_respondent: one row per (organisation, external id), attributes merged, a signed identity
kept; on PostgreSQL in one statement (surveys/respondents.py), elsewhere through the ORM."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest
from tortoise.exceptions import OperationalError
from tortoise.transactions import in_transaction

from core.batching import Distinct
from core.models import Organization
from surveys.models import Respondent
from surveys.respondents import Identity
from surveys.service import upsert_respondent


def identity(external_id: str = "u-1", *, verified: bool = False, **attributes: object) -> Identity:
    return Identity(external_id=external_id, attributes=dict(attributes), verified=verified)


async def test_a_new_respondent_is_stored_and_returned_as_stored(org: Organization) -> None:
    person = await upsert_respondent(organization=org, identity=identity(plan="pro", 城市="上海", seats=3))
    assert person is not None and person._saved_in_db
    stored = await Respondent.get(id=person.id)
    assert (stored.external_id, stored.attributes, stored.verified) == ("u-1", {"plan": "pro", "城市": "上海",
                                                                                "seats": 3}, False)
    assert {k: getattr(person, k) for k in ("organization_id", "attributes", "verified", "created_at")} == {
        k: getattr(stored, k) for k in ("organization_id", "attributes", "verified", "created_at")}


async def test_attributes_merge_and_an_unchanged_call_writes_nothing(org: Organization) -> None:
    first = await upsert_respondent(organization=org, identity=identity(plan="free", region="华东"))
    assert first is not None
    again = await upsert_respondent(organization=org, identity=identity(plan="free"))
    assert again is not None and again.id == first.id and again.updated_at == first.updated_at
    merged = await upsert_respondent(organization=org, identity=identity(plan="pro", seats=5))
    assert merged is not None and merged.id == first.id
    assert merged.attributes == {"plan": "pro", "region": "华东", "seats": 5}
    assert merged.updated_at > first.updated_at
    assert (await Respondent.get(id=first.id)).attributes == merged.attributes


async def test_an_unverified_call_cannot_rewrite_a_signed_identity(org: Organization) -> None:
    await upsert_respondent(organization=org, identity=identity(plan="free"))
    signed = await upsert_respondent(organization=org, identity=identity(verified=True, plan="pro"))
    assert signed is not None and signed.verified and signed.attributes == {"plan": "pro"}
    claimed = await upsert_respondent(organization=org, identity=identity(plan="enterprise"))
    assert claimed is not None and claimed.verified and claimed.attributes == {"plan": "pro"}
    stored = await Respondent.get(id=signed.id)
    assert stored.verified and stored.attributes == {"plan": "pro"}


async def test_concurrent_first_calls_make_one_respondent(org: Organization) -> None:
    people = await asyncio.gather(*[upsert_respondent(organization=org, identity=identity("same-person", n=1))
                                    for _ in range(10)])
    assert len({p.id for p in people if p is not None}) == 1
    assert await Respondent.filter(external_id="same-person").count() == 1


async def test_calls_for_a_known_respondent_draw_no_new_ids(org: Organization) -> None:
    # A respondent's every widget call upserts it: ids must not be used up by calls that insert nothing.
    first = await upsert_respondent(organization=org, identity=identity("known"))
    for n in range(5):
        await upsert_respondent(organization=org, identity=identity("known", n=n))
    second = await upsert_respondent(organization=org, identity=identity("another"))
    assert first is not None and second is not None and second.id == first.id + 1


async def test_no_external_id_is_no_respondent(org: Organization) -> None:
    assert await upsert_respondent(organization=org, identity=Identity(None, {}, False)) is None
    assert await Respondent.all().count() == 0


async def test_one_respondent_named_by_calls_that_come_together_gets_every_attribute(org: Organization) -> None:
    # On PostgreSQL calls that come together share a statement; one naming a respondent already in
    # the statement goes in the next, so that no attribute is lost.
    people = await asyncio.gather(*[upsert_respondent(organization=org, identity=Identity("busy", {f"k{n}": n}, False))
                                    for n in range(12)])
    assert len({p.id for p in people if p is not None}) == 1
    stored = await Respondent.get(external_id="busy")
    assert stored.attributes == {f"k{n}": n for n in range(12)}


async def test_many_respondents_at_once_each_get_their_own_row(org: Organization) -> None:
    people = await asyncio.gather(*[upsert_respondent(organization=org, identity=identity(f"p-{n}", n=n))
                                    for n in range(30)])
    assert [p.external_id for p in people if p is not None] == [f"p-{n}" for n in range(30)]
    assert [p.attributes for p in people if p is not None] == [{"n": n} for n in range(30)]
    assert await Respondent.all().count() == 30


async def test_a_respondent_upserted_in_a_transaction_goes_with_it(org: Organization) -> None:
    # Calls that come together share statements, but never a transaction's: a respondent upserted
    # inside one is rolled back with it, even when other calls are waiting to go together.
    others = [asyncio.ensure_future(upsert_respondent(organization=org, identity=identity(f"other-{n}")))
              for n in range(4)]

    async def rolled_back() -> None:
        async with in_transaction():  # its connection is taken while the others start
            await upsert_respondent(organization=org, identity=identity("rolled-back"))
            raise RuntimeError("roll back")

    with pytest.raises(RuntimeError):
        await rolled_back()
    await asyncio.gather(*others)
    assert not await Respondent.exists(external_id="rolled-back")
    assert await Respondent.filter(external_id__startswith="other-").count() == 4


@pytest.mark.postgres
async def test_concurrent_statements_with_the_same_new_respondents_in_another_order_do_not_deadlock(
    org: Organization,
) -> None:
    # Two API processes' batches naming the same new respondents in opposite orders: each statement's
    # inserts waited on the other's uncommitted rows, and PostgreSQL aborted one (seen under load).
    # _upsert_many without the shared path's retry on deadlock: the statements' order alone must do.
    from surveys.upserts import _upsert_many

    for round_ in range(10):
        people = [identity(f"r{round_}-{i:02}", plan="pro") for i in range(40)]
        forward = [Distinct((org.id, person)) for person in people]
        backward = [Distinct((org.id, person)) for person in reversed(people)]
        first, second = await asyncio.gather(_upsert_many(forward), _upsert_many(backward))
        ids = [first[call].id for call in forward]
        assert len(set(ids)) == 40
        assert [second[call].id for call in reversed(backward)] == ids
    assert await Respondent.filter(organization=org).count() == 400


async def test_a_batch_that_postgresql_aborted_to_break_a_deadlock_is_run_again(
    org: Organization, monkeypatch: pytest.MonkeyPatch
) -> None:
    from surveys import upserts

    runs: list[int] = []
    person = Respondent(id=1, organization_id=org.id, external_id="x", attributes={}, verified=False)

    async def aborted_once(calls: list[upserts.Upsert]) -> dict[upserts.Upsert, Respondent]:
        runs.append(len(calls))
        if len(runs) == 1:
            raise OperationalError("deadlock detected") from asyncpg.exceptions.DeadlockDetectedError("deadlock")
        return dict.fromkeys(calls, person)

    monkeypatch.setattr(upserts, "_upsert_many", aborted_once)
    call = Distinct((org.id, identity("x")))
    assert await upserts._upsert_shared([call]) == {call: person}
    assert runs == [1, 1]

    async def other_error(calls: list[upserts.Upsert]) -> dict[upserts.Upsert, Respondent]:
        raise OperationalError("disk full")

    monkeypatch.setattr(upserts, "_upsert_many", other_error)
    with pytest.raises(OperationalError, match="disk full"):  # not a deadlock: not run again
        await upserts._upsert_shared([call])
