"""Settings from `VOC_*` environment variables (pydantic-settings)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "voc-development-secret-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VOC_", extra="ignore")

    env: Literal["development", "production", "test"] = "development"
    data_dir: Path = Path(".voc")
    # Unset: an SQLite file inside data_dir (the embedded default).
    database_url: str | None = None
    # Unset: in-process queue, pub/sub and rate-limit storage (single process only).
    redis_url: str | None = None
    secret_key: str = DEV_SECRET
    default_timezone: str = "Asia/Shanghai"

    # Public surface limits, in the `limits` library's notation ("N/second|minute|hour").
    rate_limit_per_ip: str = "60/minute"
    rate_limit_per_survey: str = "6000/minute"
    rate_limit_per_api_key: str = "6000/minute"
    max_body_bytes: int = 64 * 1024
    # Requests with a valid API key (a host's back end) may send this much, so that a whole batch
    # fits one call: 1,000 recordAccountSignals rows even with 256-character CJK ids
    # written as \u escapes: about 1.7 MB) or 500 upsertAccounts rows averaging up to 4 KiB. Others
    # keep max_body_bytes; the key is checked before more is read (api/http/limits.py).
    max_api_body_bytes: int = 2 * 1024 * 1024
    max_comment_chars: int = 5000
    max_attributes: int = 50
    max_attribute_value_chars: int = 256

    # GraphQL safety limits.
    max_page_size: int = 100
    default_page_size: int = 20
    max_query_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 2000
    introspection: bool | None = None  # None: on except in production
    # The widget's recordDisplay and submitResponse documents answered without the generic executor
    # (api/surveys/prepared.py); off only to compare the two paths.
    prepared_mutations: bool = True
    db_pool_size: int = Field(default=20, ge=1)

    # Job queue: a stream message left unacknowledged this long (a killed worker) is redelivered.
    # Jobs are idempotent; a topic fit that outlasts it is guarded by its lease (job_lease_seconds).
    queue_name: str = "voc:jobs"
    queue_idle_timeout_ms: int = 300_000
    # A running topic fit holds its job this long, renewed while it runs: a second delivery of the
    # job (the queue redelivers a message whose job outlasts queue_idle_timeout_ms) waits instead of
    # fitting alongside it; a fit whose worker died is taken over once its lease has run out.
    job_lease_seconds: float = Field(default=60.0, gt=0)
    outbox_poll_seconds: float = 0.5
    # How often the ticker looks for due periodic jobs (SLA scans, webhook retries, effect checks).
    ticker_seconds: float = 1.0
    # A background loop (outbox relay, ticker, job consumer) that made no progress this long makes
    # /readyz answer 503; the relay and the ticker are then restarted (core/supervisor.py). A
    # periodic job must end well within it.
    loop_stale_seconds: float = Field(default=60.0, gt=0)
    # A sentence-transformers model directory for topic embeddings (never downloaded).
    embedding_model: str | None = None
    # Processes a large tokenisation batch (a topic fit) may use: a number, "auto" (the usable
    # CPUs), or unset (1 on a machine with at most 2 usable CPUs, up to 4 above that); and the
    # distinct texts a batch needs before it is spread (analysis/text/pool.py).
    tokenize_workers: int | Literal["auto"] | None = None
    tokenize_pool_min: int = Field(default=2000, ge=1)
    # Adapt the sentiment model to an organisation's own comments in each org-wide topic fit
    # (analysis.sentiment.adapt); off: every organisation is scored by the shipped model.
    sentiment_adaptation: bool = True
    # Fewer comments than this in the fit: the shipped model goes on scoring the organisation.
    sentiment_adaptation_min_comments: int = Field(default=300, ge=50)

    # Live updates (GraphQL subscriptions over graphql-transport-ws).
    max_subscriptions_per_connection: int = Field(default=10, ge=1)
    # Messages buffered per subscriber; one that falls this far behind is closed and must resubscribe.
    subscription_queue_size: int = Field(default=100, ge=1)

    # Webhooks. Private, loopback and link-local targets are refused unless this is set
    # (VOC_WEBHOOK_ALLOW_PRIVATE=1: development and tests only).
    webhook_allow_private: bool = False
    webhook_timeout_seconds: float = Field(default=5.0, gt=0)
    webhook_max_attempts: int = Field(default=8, ge=1)
    # The first retry waits this long, each next one three times longer, up to the cap.
    webhook_backoff_seconds: float = Field(default=10.0, ge=0)
    webhook_backoff_max_seconds: float = Field(default=3600.0, ge=0)
    webhook_retry_every_seconds: float = Field(default=5.0, gt=0)
    # A claimed delivery is left alone by other workers this long (longer than any attempt).
    webhook_lease_seconds: float = Field(default=60.0, gt=0)
    # Team alerts (actions/alerts.py) use the webhooks' timeout, attempts and backoff. A group robot
    # takes about 20 messages a minute; more due at once are folded into summaries.
    alert_rate_per_minute: int = Field(default=20, ge=1)
    # Emerging topics are looked for this often, comparing the last window with the one before.
    topic_emerging_every_seconds: float = Field(default=3600.0, gt=0)
    topic_emerging_window_days: int = Field(default=7, ge=1)
    # PostgreSQL, after an erasure: VACUUM FULL instead of VACUUM rewrites the changed tables, so
    # the erased bytes leave their pages too; it locks those tables (reads and writes wait) while
    # it runs. README "Personal data".
    erasure_vacuum_full: bool = False

    # Sign-in and sessions (README "Users, sign-in and sessions"). A session ends after this long
    # without a request, and this long after sign-in whatever the activity.
    session_idle_minutes: int = Field(default=120, ge=1)
    session_max_hours: int = Field(default=24 * 7, ge=1)
    # Invitation and password-reset links work once, within this many hours; a sign-in link (what
    # `make run` prints for the demo's admin) within this many minutes.
    invitation_hours: int = Field(default=72, ge=1)
    sign_in_link_minutes: int = Field(default=60, ge=1)
    # Sign-in attempts per e-mail address and per client address (the `limits` notation); a
    # successful sign-in clears the address's count.
    login_rate_per_account: str = "10/15 minutes"
    login_rate_per_ip: str = "100/15 minutes"
    # Origins besides the server's own that may sign in and open the cookie-authenticated
    # WebSocket (comma-separated, e.g. a development server of the console).
    console_origins: str = ""
    # E-mail (core/mailer.py, surveys/mailings.py): smtp://host:port or smtps://user:pass@host, and
    # the sender ("VoC Loop <survey@example.com>"). Unset: distributions are refused.
    smtp_url: str | None = None
    mail_from: str | None = None
    mail_timeout_seconds: float = Field(default=30.0, gt=0)
    # Mails per second per distribution (the throttle), attempts per mail before it is recorded as
    # failed, the first retry's wait (then three times longer each, capped by the webhooks' cap),
    # and how long a claimed mail is left to its sender (longer than any SMTP exchange).
    mail_rate_per_second: float = Field(default=20.0, gt=0)
    mail_max_attempts: int = Field(default=5, ge=1)
    mail_backoff_seconds: float = Field(default=60.0, ge=0)
    mail_lease_seconds: float = Field(default=120.0, gt=0)
    mail_scan_every_seconds: float = Field(default=1.0, gt=0)
    # Where people reach this server: the base of the links the CLI prints (`voc user create`).
    public_url: str = "http://127.0.0.1:8000"

    @field_validator("database_url")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("redis_url")
    @classmethod
    def _blank_redis_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("tokenize_workers", mode="before")
    @classmethod
    def _workers(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip().lower() or None
        return max(1, value) if isinstance(value, int) else value

    @property
    def debug(self) -> bool:
        return self.env != "production"

    @property
    def introspection_enabled(self) -> bool:
        if self.introspection is not None:
            return self.introspection
        return self.env != "production"

    @property
    def secure_cookies(self) -> bool:
        return self.env == "production"

    @property
    def console_origin_set(self) -> frozenset[str]:
        return frozenset(o.strip().rstrip("/") for o in self.console_origins.split(",") if o.strip())

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite://{(self.data_dir / 'voc.sqlite3').resolve()}"

    def check_production(self) -> None:
        """Refuse to start in production with the development secret."""
        if self.env == "production" and self.secret_key == DEV_SECRET:
            raise ValueError("VOC_SECRET_KEY must be set in production")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
