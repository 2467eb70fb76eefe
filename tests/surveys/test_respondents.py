"""upsert_respondent: one row per (organisation, external id), attributes merged, a signed identity
kept; on PostgreSQL in one statement (surveys/respondents.py), elsewhere through the ORM."""

from __future__ import annotations

import asyncio

import pytest
from tortoise.transactions import in_transaction

from core.models import Organization
from surveys.models import Respondent
from surveys.respondents import Identity, upsert_respondent


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
