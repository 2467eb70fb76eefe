"""Typed refusals of the accounts room (codes as elsewhere: VALIDATION, NOT_FOUND)."""

from __future__ import annotations

from core.errors import NotFound, Refusals, ValidationFailed


class BadAccounts(Refusals):
    """An upsert batch with bad rows: every bad row is named, and nothing was changed."""


class UnknownAccount(NotFound):
    """A signal for an account this organisation does not have (yet, or at all)."""


class BadSignal(ValidationFailed):
    """A signal row that cannot be recorded: its metric, value or time."""
