"""Users: validated by the service, whichever caller (GraphQL, CLI, tests) creates them."""

from __future__ import annotations

import pytest

from core.errors import ValidationFailed
from core.models import Organization, Role, User
from core.service import MAX_USER_NAME, create_user, get_or_create_organization, list_users


@pytest.mark.parametrize(("name", "email", "field"), [
    ("   ", None, "name"),
    ("长" * (MAX_USER_NAME + 1), None, "name"),
    ("小王", "not-an-address", "email"),
    ("小王", "a@" + "b" * 400, "email"),
])
async def test_bad_users_are_refused_and_nothing_is_stored(
    org: Organization, name: str, email: str | None, field: str
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await create_user(organization=org, name=name, email=email, role=Role.AGENT)
    assert refused.value.field == field
    assert await User.filter(organization=org).count() == 0


async def test_an_email_is_used_once_per_organisation(org: Organization) -> None:
    await create_user(organization=org, name=" 小王 ", email="wang@example.com", role=Role.AGENT)
    with pytest.raises(ValidationFailed) as refused:
        await create_user(organization=org, name="小李", email="wang@example.com", role=Role.AGENT)
    assert refused.value.code == "DUPLICATE"
    assert [u.name for u in await User.filter(organization=org)] == ["小王"]


async def test_the_organisations_people_page_newest_first_and_stay_in_it(org: Organization) -> None:
    made = [await create_user(organization=org, name=f"同事{i}", email=None, role=Role.AGENT) for i in range(3)]
    other = await get_or_create_organization(name="Other")
    await create_user(organization=other, name="外人", email=None, role=Role.ADMIN)
    first = await list_users(organization_id=org.id, first=2, after_id=None)
    assert [u.id for u in first.items] == [made[2].id, made[1].id]
    assert first.has_next and first.total == 3
    rest = await list_users(organization_id=org.id, first=2, after_id=first.items[-1].id)
    assert [u.id for u in rest.items] == [made[0].id] and not rest.has_next and rest.total == 3
