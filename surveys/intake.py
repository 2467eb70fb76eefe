"""How this process takes responses in: the limits a submission and a respondent's attributes are
checked against, and the way they are written (surveys.writes). One per process, installed at
start-up from Settings by the composition root (api/process.py)."""

from __future__ import annotations

from dataclasses import dataclass

from core.settings import Settings
from surveys.respondents import AttributeLimits
from surveys.writes import Writes, writes_for


@dataclass(frozen=True)
class Intake:
    writes: Writes
    attributes: AttributeLimits
    max_comment_chars: int

    @classmethod
    def from_settings(cls, settings: Settings) -> Intake:
        return cls(writes=writes_for(settings.resolved_database_url),
                   attributes=AttributeLimits(max_attributes=settings.max_attributes,
                                              max_value_chars=settings.max_attribute_value_chars),
                   max_comment_chars=settings.max_comment_chars)


_installed: Intake | None = None


def install(intake: Intake) -> None:
    global _installed
    _installed = intake


def current() -> Intake:
    if _installed is None:
        raise RuntimeError("no intake installed: the process did not start through api.process.configure")
    return _installed
