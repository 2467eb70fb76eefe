"""Imports every loop module that declares queue tasks, outbox routes or periodic jobs."""

from __future__ import annotations

from actions import action_flows, case_flows, delivery, live

DECLARING_MODULES = (action_flows, case_flows, delivery, live)
