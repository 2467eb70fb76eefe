"""The wiring of the loop, in one table: which queue tasks each outbox event starts and in which
order, every task a job may queue for later, and the periodic jobs in the order a tick runs
them, with Settings bound in here, once.

It lives in the composition root (api/) because it names every domain's tasks, and the domains
may not import each other upwards (DESIGN.md). `voc serve` (embedded, no Redis) and `voc worker`
run what `wiring(settings)` returns (api/jobs.py: the broker, the outbox relay, the ticker).
Nothing in a task list may wait on anyone outside the service: webhook fan-out only writes
delivery rows, and each POST is a queue job of its own (actions/delivery.py), so a slow receiver
delays nobody's analysis.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from accounts import health_schedule
from actions import action_flows, alert_digest, alerts, case_flows, delivery, emerging, erasure, live, loop_mail, sla
from analysis import tasks as analysis_tasks
from core import events
from core.periodic import PeriodicJob
from core.settings import Settings
from core.wiring import TaskFn, Wiring
from surveys import mailings, notices

# Understanding first (the comment's analysis), then the rules that act on the response, then the
# notifications (live subscribers, team alerts, webhook fan-out). An event's tasks run one after
# another in this order; the events of one queue message run side by side.
HANDLERS: dict[str, tuple[str, ...]] = {
    # An account's answers, comments and cases move its health: marked to be rescored soon.
    events.RESPONSE_SUBMITTED: (analysis_tasks.ANALYSE_RESPONSE, case_flows.OPEN_FROM_RESPONSE,
                                case_flows.ATTACH_RESURVEY, live.RESPONSE_TASK, health_schedule.MARK_RESPONSE,
                                delivery.FAN_OUT),
    events.RESPONSE_ANALYSED: (case_flows.OPEN_FROM_SENTIMENT, health_schedule.MARK_RESPONSE),
    events.FIT_REQUESTED: (analysis_tasks.FIT_TOPICS,),
    events.CASE_CREATED: (live.CASE_TASK, health_schedule.MARK_CASE, alerts.FAN_OUT, delivery.FAN_OUT),
    # The loop mails only write their rows and queue their sends: they never wait on SMTP.
    events.CASE_UPDATED: (live.CASE_TASK, health_schedule.MARK_CASE, loop_mail.MAIL_RESURVEY, alerts.FAN_OUT,
                          delivery.FAN_OUT),
    events.CASE_SLA_BREACHED: (live.CASE_TASK, health_schedule.MARK_CASE, alerts.FAN_OUT, delivery.FAN_OUT),
    # A warning case has no respondent: it moves no account's health (it follows from it).
    events.CASE_ACCOUNT_WARNING: (live.CASE_TASK, alerts.FAN_OUT, delivery.FAN_OUT),
    events.ACTION_STATUS_CHANGED: (live.ACTION_TASK, alerts.FAN_OUT, delivery.FAN_OUT),
    events.ACTION_SHIPPED: (live.ACTION_TASK, loop_mail.MAIL_SHIPPED, alerts.FAN_OUT, delivery.FAN_OUT),
    events.ACTION_UPDATED: (live.ACTION_TASK,),
    events.TOPIC_EMERGING: (alerts.FAN_OUT, delivery.FAN_OUT),
    # The storage step of an erasure: VACUUM or checkpoint, queued as a job of its own.
    events.RESPONDENT_ERASED: (erasure.QUEUE_RECLAIM,),
    # A distribution's due mails: claimed within its throttle, each queued as a send of its own.
    events.DISTRIBUTION_DUE: (mailings.PUMP,),
}

SLA_SCAN = "cases.sla_scan"
VERIFY_EFFECTS = "actions.verify_effects"
EMERGING_TOPICS = "topics.emerging"
WEBHOOK_RETRIES = "webhooks.retry"
ALERT_RETRIES = "alerts.retry"
ALERT_DIGESTS = "alerts.digest"
HEALTH_SCORES = "accounts.health_scores"
HEALTH_DIRTY = "accounts.health_dirty"
MAIL_SCAN = "distributions.scan"
NOTICE_RETRIES = "notices.retry"


def wiring(settings: Settings) -> Wiring:
    tasks: dict[str, TaskFn] = {
        analysis_tasks.ANALYSE_RESPONSE: analysis_tasks.analyse_response,
        analysis_tasks.FIT_TOPICS: _with(analysis_tasks.fit_topics, settings=settings),
        case_flows.OPEN_FROM_RESPONSE: case_flows.open_from_response,
        case_flows.OPEN_FROM_SENTIMENT: case_flows.open_from_sentiment,
        case_flows.ATTACH_RESURVEY: case_flows.attach_resurvey,
        live.RESPONSE_TASK: live.response_submitted,
        live.CASE_TASK: live.case_updated,
        live.ACTION_TASK: live.action_updated,
        delivery.FAN_OUT: _with(delivery.fan_out_task, settings=settings),
        delivery.ATTEMPT: _with(delivery.attempt_task, settings=settings),  # queued by each fan-out
        alerts.FAN_OUT: _with(alerts.fan_out_task, settings=settings),
        alerts.FLUSH: _with(alerts.flush_task, settings=settings),  # queued by each alert fan-out
        erasure.QUEUE_RECLAIM: erasure.queue_reclaim,
        mailings.PUMP: _with(mailings.pump_task, settings=settings),
        mailings.SEND: _with(mailings.send_task, settings=settings),  # queued by each pump
        loop_mail.MAIL_RESURVEY: _with(loop_mail.mail_resurvey_task, settings=settings),
        loop_mail.MAIL_SHIPPED: _with(loop_mail.mail_shipped_task, settings=settings),
        notices.SEND: _with(notices.send_task, settings=settings),  # queued by each loop mail
        erasure.RECLAIM_STORAGE: _with(erasure.reclaim_storage, full=settings.erasure_vacuum_full),
        health_schedule.MARK_RESPONSE: health_schedule.mark_from_response,
        health_schedule.MARK_CASE: health_schedule.mark_from_case,
    }
    # Every job is safe with several tickers at once (many workers): see core/periodic.py.
    periodic = (
        # SHIPPED actions whose verification window has passed get their effect measured.
        PeriodicJob(VERIFY_EFFECTS, 300, action_flows.verify_effects),
        # Breaches, escalations and the self-closing of resolved cases.
        PeriodicJob(SLA_SCAN, 60, sla.scan),
        PeriodicJob(EMERGING_TOPICS, settings.topic_emerging_every_seconds,
                    partial(emerging.announce_emerging, settings=settings)),
        # Deliveries whose queued attempt failed or was lost.
        PeriodicJob(WEBHOOK_RETRIES, settings.webhook_retry_every_seconds,
                    partial(delivery.retry_due, settings=settings)),
        # Team alerts whose queued flush failed or was lost, that wait for their robot's rate window,
        # or whose attempt failed and is due again.
        PeriodicJob(ALERT_RETRIES, settings.webhook_retry_every_seconds,
                    partial(alerts.retry_due, settings=settings)),
        # Team alert channels' daily digests, at or after each one's hour (once a day).
        PeriodicJob(ALERT_DIGESTS, 300, partial(alert_digest.send_digests, settings=settings)),
        # Accounts' health (and early warnings): each organisation's daily pass, and soon after, accounts
        # whose inputs changed (a change is scored within 45 s: health_schedule's docstring).
        PeriodicJob(HEALTH_SCORES, 60, health_schedule.rescore_daily),
        PeriodicJob(HEALTH_DIRTY, health_schedule.DIRTY_EVERY, health_schedule.rescore_dirty),
        # Distributions with due mails (scheduled, reminders, retries, leases that ran out) are announced.
        PeriodicJob(MAIL_SCAN, settings.mail_scan_every_seconds, mailings.scan),
        # Loop mails whose queued send failed or was lost.
        PeriodicJob(NOTICE_RETRIES, settings.webhook_retry_every_seconds,
                    partial(notices.retry_due, settings=settings)),
    )
    return Wiring(tasks=tasks, routes=HANDLERS, periodic=periodic)


def _with(fn: Callable[..., Awaitable[object]], **bound: Any) -> TaskFn:
    """`fn` with some keyword arguments bound: a plain coroutine function, as taskiq registers
    (it reads a task's type hints, which a functools.partial has none of)."""

    async def task(**kwargs: Any) -> object:
        return await fn(**bound, **kwargs)

    task.__name__ = task.__qualname__ = getattr(fn, "__name__", "task")
    return task
