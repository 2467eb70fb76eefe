"""Migration 0013 on users the code before 0012 stored: addresses trimmed and lower-cased as people
sign in with them; a clash inside one organisation stops it with the users named, changing nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory

from core import migrate

AT = datetime(2026, 11, 30, 9, tzinfo=UTC)


def stored(url: str, users: Sequence[tuple[int, int, str | None]]) -> sa.Engine:
    """Two organisations at revision 0012 and the given (id, organisation id, e-mail) users; the engine."""
    migrate.upgrade(url, "0012")
    engine = sa.create_engine(migrate.sqlalchemy_url(url))
    meta = sa.MetaData()
    meta.reflect(engine, only=["organizations", "users"])
    with engine.begin() as conn:
        conn.execute(meta.tables["organizations"].insert(), [
            {"id": pk, "name": name, "timezone": "Asia/Shanghai", "identity_secret": "s", "created_at": AT}
            for pk, name in ((1, "Acme 商城"), (2, "Other"))])
        conn.execute(meta.tables["users"].insert(), [
            {"id": pk, "organization_id": org, "name": f"user {pk}", "email": email, "role": "agent", "created_at": AT}
            for pk, org, email in users])
    return engine


def emails_and_revision(engine: sa.Engine) -> tuple[dict[int, str | None], str]:
    with engine.connect() as conn:
        emails: dict[int, str | None] = dict(conn.execute(sa.text("SELECT id, email FROM users ORDER BY id")).fetchall())
        revision = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    return emails, revision


async def test_addresses_are_stored_as_people_sign_in_with_them(fresh_url: str) -> None:
    engine = stored(fresh_url, [
        (1, 1, "Wang.Fang@Example.COM"), (2, 1, " li@example.com "), (3, 1, "chen@example.com"), (4, 1, None),
        (5, 1, "ÉLODIE@Exemple.fr"),
        (6, 2, "wang.fang@example.com"),  # the same address in another organisation is another user
    ])
    try:
        migrate.upgrade(fresh_url)
        emails, revision = emails_and_revision(engine)
        assert emails == {1: "wang.fang@example.com", 2: "li@example.com", 3: "chen@example.com", 4: None,
                          5: "élodie@exemple.fr", 6: "wang.fang@example.com"}
        assert revision == ScriptDirectory.from_config(migrate.alembic_config(fresh_url)).get_current_head()
        migrate.downgrade(fresh_url, "0012")  # changes nothing back: the typed case is gone
        assert emails_and_revision(engine) == (emails, "0012")
    finally:
        engine.dispose()


async def test_users_who_would_share_an_address_stop_it_and_are_named(fresh_url: str) -> None:
    before = [(1, 1, "Wang@Example.com"), (2, 1, "wang@example.com"), (3, 1, "Chen@Example.com"),
              (4, 2, "WANG@example.com"), (5, 1, "LI@example.com"), (6, 1, " li@example.com")]
    engine = stored(fresh_url, before)
    try:
        with pytest.raises(RuntimeError) as refused:
            migrate.upgrade(fresh_url)
        message = str(refused.value)
        assert "nothing was changed" in message and "voc migrate" in message
        assert "organisation 1 'Acme 商城', 'wang@example.com': user 1 'Wang@Example.com', user 2 'wang@example.com'" \
            in message
        assert "'li@example.com': user 5 'LI@example.com', user 6 ' li@example.com'" in message
        assert "Chen" not in message and "user 4" not in message  # alone in its organisation: no clash
        assert emails_and_revision(engine) == ({pk: email for pk, _, email in before}, "0012")
    finally:
        engine.dispose()
