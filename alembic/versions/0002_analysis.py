"""Analysis: comment analyses, versioned topic models, topics, analysis jobs.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op
from core.dbtypes import big_pk, double, fk, json, pk, timestamp

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_AUTOINCREMENT = {"sqlite_autoincrement": True}


def upgrade() -> None:
    op.create_table(
        "topic_models",
        pk(),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("path", sa.String(500), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("outlier_share", double(), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("survey_id", "surveys", nullable=True),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_topic_models_org_status", "topic_models", ["organization_id", "status"])
    op.create_table(
        "topics",
        pk(),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("custom_label", sa.String(200), nullable=True),
        sa.Column("keywords", json(), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        fk("merged_into_id", "topics", nullable=True, ondelete="SET NULL"),
        fk("model_id", "topic_models"),
        fk("organization_id", "organizations"),
        sa.UniqueConstraint("model_id", "index", name="uq_topics_model_index"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_table(
        "comment_analyses",
        big_pk(),
        sa.Column("normalized", sa.Text(), nullable=False),
        sa.Column("tokens", json(), nullable=False),
        sa.Column("keywords", json(), nullable=False),
        sa.Column("sentiment", double(), nullable=True),
        sa.Column("topic_probability", double(), nullable=True),
        sa.Column("model_version", sa.String(64), nullable=False),
        sa.Column("analysed_at", timestamp(), nullable=False),
        fk("organization_id", "organizations"),
        fk("topic_id", "topics", nullable=True, ondelete="SET NULL"),
        fk("response_id", "responses", big=True),
        sa.UniqueConstraint("response_id", name="uq_comment_analyses_response"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_analyses_org_topic", "comment_analyses", ["organization_id", "topic_id"])
    op.create_table(
        "analysis_jobs",
        pk(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("stage", sa.String(64), nullable=True),
        sa.Column("progress", double(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("params", json(), nullable=False),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=False),
        sa.Column("finished_at", timestamp(), nullable=True),
        fk("organization_id", "organizations"),
        **SQLITE_AUTOINCREMENT,
    )
    op.create_index("ix_analysis_jobs_org_time", "analysis_jobs", ["organization_id", "created_at"])


def downgrade() -> None:
    for table in ("analysis_jobs", "comment_analyses", "topics", "topic_models"):
        op.drop_table(table)
