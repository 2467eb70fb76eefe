"""Users' e-mail addresses stored as people sign in with them: trimmed and lower-cased.

Since 0012 the service stores and compares addresses in that form (`core.service.normalize_email`:
sign-in, invitations, `voc user`), but users created before it keep what was typed
(`Wang@Example.com`), and such a user could not sign in or be sent a password link. This rewrites
them. Two users of one organisation whose addresses differ only in case or surrounding spaces would
end up with one address (which must be unique per organisation, and could sign in only one of
them): then nothing is changed and the migration stops with a message naming them.

Downgrade changes nothing (the typed case is gone, and nothing depends on it).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def normalized(email: str) -> str:
    # core.service.normalize_email as of this revision, repeated here: a migration must keep doing
    # what it did when it was written. Python's lower() (not SQL's) so that both databases agree on
    # non-ASCII letters as the service does.
    return email.strip().lower()


class DuplicateEmails(RuntimeError):
    """Users of one organisation whose addresses differ only in case or spaces."""


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT u.id, u.organization_id, o.name, u.email FROM users u JOIN organizations o ON o.id = u.organization_id "
        "WHERE u.email IS NOT NULL ORDER BY u.organization_id, u.id")).fetchall()
    groups: dict[tuple[int, str], list[tuple[int, str, str]]] = defaultdict(list)
    for user_id, organization_id, organization, email in rows:
        groups[(organization_id, normalized(email))].append((user_id, organization, email))
    clashes = {key: users for key, users in groups.items() if len(users) > 1}
    if clashes:
        raise DuplicateEmails(refusal(clashes))
    changed = [{"id": user_id, "email": normalized(email)} for user_id, _, _, email in rows
               if normalized(email) != email]
    if changed:
        bind.execute(sa.text("UPDATE users SET email = :email WHERE id = :id"), changed)


def refusal(clashes: dict[tuple[int, str], list[tuple[int, str, str]]]) -> str:
    lines = [
        "migration 0013 stores users' e-mail addresses lower-cased (people sign in with them so), but these "
        "users of one organisation would then share an address; nothing was changed.",
    ]
    for (organization_id, address), users in sorted(clashes.items()):
        named = ", ".join(f"user {user_id} {email!r}" for user_id, _, email in users)
        lines.append(f"  organisation {organization_id} {users[0][1]!r}, {address!r}: {named}")
    lines.append("Give all but one of each group another address (or none: UPDATE users SET email = NULL "
                 "WHERE id = ...), then run `voc migrate` again.")
    return "\n".join(lines)


def downgrade() -> None:
    pass
