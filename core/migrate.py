"""Runs Alembic migrations for the configured database (`voc migrate`)."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config

from alembic import command

ROOT = Path(__file__).resolve().parent.parent


def sqlalchemy_url(tortoise_url: str) -> str:
    """Translate a Tortoise database URL into the SQLAlchemy URL Alembic needs."""
    if tortoise_url.startswith("sqlite://"):
        path = tortoise_url.removeprefix("sqlite://")
        return "sqlite://" if path == ":memory:" else f"sqlite:///{path}"
    for prefix in ("postgres://", "postgresql://", "asyncpg://"):
        if tortoise_url.startswith(prefix):
            return "postgresql+psycopg://" + tortoise_url.removeprefix(prefix)
    raise ValueError(f"unsupported database URL: {tortoise_url}")


def alembic_config(tortoise_url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "alembic"))
    config.set_main_option("sqlalchemy.url", sqlalchemy_url(tortoise_url).replace("%", "%%"))
    return config


def upgrade(tortoise_url: str, revision: str = "head") -> None:
    if tortoise_url.startswith("sqlite://") and tortoise_url != "sqlite://:memory:":
        # The embedded database's folder (VOC_DATA_DIR) may not exist yet on a fresh machine.
        Path(tortoise_url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(tortoise_url), revision)


def downgrade(tortoise_url: str, revision: str) -> None:
    command.downgrade(alembic_config(tortoise_url), revision)
