"""core/people.py: a deactivated user is shut out on every path (password, session, links), and a
lowered role caps the keys acting as the user; the organisation keeps an active admin."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.errors import InvalidLink, ValidationFailed
from core.invitations import accept_invitation, invite_user, issue_link
from core.models import ApiKey, LinkPurpose, Organization, Role
from core.people import change_user_role, deactivate_user, reactivate_user
from core.service import create_api_key, create_user
from core.sessions import SessionLifetimes, resume_session, start_session
from core.signin import check_credentials, set_password

PASSWORD = "correct horse battery"
LIFETIMES = SessionLifetimes(idle=timedelta(hours=1), absolute=timedelta(days=1))


async def test_a_deactivated_user_is_shut_out_everywhere(org: Organization) -> None:
    admin = await create_user(organization=org, name="admin", email="admin@a.example", role=Role.ADMIN)
    user = await create_user(organization=org, name="wang", email="wang@a.example", role=Role.AGENT)
    await set_password(organization=org, user_id=user.id, password=PASSWORD)
    started = await start_session(user=user, lifetimes=LIFETIMES)
    done = await deactivate_user(organization=org, user_id=user.id, acting_user_id=admin.id)
    assert done.ended_sessions == 1
    assert await check_credentials(email="wang@a.example", password=PASSWORD) is None
    assert await resume_session(session_id=started.session_id, lifetimes=LIFETIMES) is None
    with pytest.raises(ValidationFailed) as refused:  # `voc user reset-password` for them
        await issue_link(organization=org, email="wang@a.example", purpose=LinkPurpose.PASSWORD_RESET,
                         lifetime=timedelta(hours=1))
    assert refused.value.code == "DEACTIVATED"
    await reactivate_user(organization=org, user_id=user.id)
    assert (await check_credentials(email="wang@a.example", password=PASSWORD)) is not None


async def test_an_invitation_dies_with_the_deactivation(org: Organization) -> None:
    invitee, token = await invite_user(organization=org, name="new", email="new@a.example", role=Role.VIEWER,
                                       lifetime=timedelta(hours=1))
    await deactivate_user(organization=org, user_id=invitee.id, acting_user_id=None)
    with pytest.raises(InvalidLink):
        await accept_invitation(token=token, password=PASSWORD)


async def test_a_lowered_role_caps_the_users_keys_and_the_last_admin_stays(org: Organization) -> None:
    admin = await create_user(organization=org, name="admin", email="admin@a.example", role=Role.ADMIN)
    chen = await create_user(organization=org, name="chen", email="chen@a.example", role=Role.ADMIN)
    high, _ = await create_api_key(organization=org, role=Role.ADMIN, user=chen)
    low, _ = await create_api_key(organization=org, role=Role.VIEWER, user=chen)
    unrelated, _ = await create_api_key(organization=org, role=Role.ADMIN)
    await change_user_role(organization=org, user_id=chen.id, role=Role.AGENT)
    roles = {k.id: k.role for k in await ApiKey.all()}
    assert roles == {high.id: Role.AGENT, low.id: Role.VIEWER, unrelated.id: Role.ADMIN}
    for attempt in (change_user_role(organization=org, user_id=admin.id, role=Role.VIEWER),
                    deactivate_user(organization=org, user_id=admin.id, acting_user_id=chen.id)):
        with pytest.raises(ValidationFailed) as refused:
            await attempt
        assert refused.value.code == "LAST_ADMIN"
    with pytest.raises(ValidationFailed) as refused:
        await deactivate_user(organization=org, user_id=admin.id, acting_user_id=admin.id)
    assert refused.value.code == "SELF"
