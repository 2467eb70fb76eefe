"""Rows written as an older revision wrote them, for tests that migrate stored data."""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from typing import Any

from core.db import db, dialect
from core.sql import render


async def survey_before_purpose(
    *, organization_id: int, name: str, kind: str, locale: str = "zh-CN", definition: dict[str, Any] | None = None,
    recontact_days: int = 30,
) -> int:
    """An ACTIVE survey row in a database not yet at revision 0008 (no `purpose` column, which the
    Tortoise model would write); returns its id."""
    as_json = "CAST(%s AS TEXT)::jsonb" if dialect() == "postgres" else "%s"
    now = datetime.now(UTC)
    sql, params = render(
        "INSERT INTO surveys (organization_id, name, kind, status, token, locale, definition, allowed_origins, "
        "sample_rate, recontact_days, display_limit, created_at, updated_at, published_at) "
        f"VALUES (%s, %s, %s, 'active', %s, %s, {as_json}, {as_json}, 1.0, %s, NULL, %s, %s, %s) RETURNING id",
        [organization_id, name, kind, secrets.token_urlsafe(18), locale, json.dumps(definition or {}), "[]",
         recontact_days, now, now, now])
    rows = await db().execute_query_dict(sql, params)
    return int(rows[0]["id"])


async def analysis_before_churn(*, organization_id: int, response_id: int, normalized: str) -> int:
    """A comment_analyses row in a database not yet at revision 0019 (no `churn_intent` column, which the
    Tortoise model would write); returns its id."""
    as_json = "CAST(%s AS TEXT)::jsonb" if dialect() == "postgres" else "%s"
    sql, params = render(
        "INSERT INTO comment_analyses (organization_id, response_id, normalized, tokens, keywords, sentiment, "
        f"topic_id, topic_probability, model_version, analysed_at) VALUES (%s, %s, %s, {as_json}, {as_json}, "
        "NULL, NULL, NULL, 'old', %s) RETURNING id",
        [organization_id, response_id, normalized, "[]", "[]", datetime.now(UTC)])
    rows = await db().execute_query_dict(sql, params)
    return int(rows[0]["id"])
