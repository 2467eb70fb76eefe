"""The wiring table (which tasks each outbox event starts, in order; the periodic jobs, in order;
Settings bound in) and what it buys: a webhook receiver that takes 5 s to answer does not delay the
analysis of the comment that triggered it, with the in-process queue and with the Redis stream (a
real local HTTP server either way)."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from taskiq import InMemoryBroker
from taskiq.api import run_receiver_task

from accounts import health_schedule
from actions import alerts, case_flows, delivery, live, sla
from actions.models import DeliveryStatus, WebhookDelivery
from actions.webhooks import TOPIC_EVENTS
from analysis import tasks as analysis_tasks
from analysis.models import CommentAnalysis
from analysis.service import warm_up
from api import wiring
from api.jobs import broker_for
from core import queue
from core.models import Organization
from core.outbox import relay_once
from core.settings import Settings
from core.wiring import DISPATCH, Wiring
from surveys.models import Response
from tests.support.client import GraphQL
from tests.support.databases import REDIS_URL
from tests.support.ops import active_survey, submit
from tests.support.queue import in_process, settle
from tests.support.waiting import until
from tests.support.webhooks import Receiver, hook

HOLD_SECONDS = 5.0


def test_every_event_runs_its_tasks_in_the_order_of_one_table(settings: Settings) -> None:
    built = wiring.wiring(settings)
    assert built.routes == wiring.HANDLERS
    broker = broker_for(settings.model_copy(update={"redis_url": None}))
    assert queue.wiring_of(broker).routes == wiring.HANDLERS  # what the relay and the dispatch task read
    # Every task is on the broker (a follow-up job is queued by name), and only those.
    assert set(broker.get_all_tasks()) == {DISPATCH, *built.tasks}
    submitted = wiring.HANDLERS["response.submitted"]
    assert submitted[0] == analysis_tasks.ANALYSE_RESPONSE  # understanding first
    assert submitted == (analysis_tasks.ANALYSE_RESPONSE, case_flows.OPEN_FROM_RESPONSE, case_flows.ATTACH_RESURVEY,
                         live.RESPONSE_TASK, health_schedule.MARK_RESPONSE, delivery.FAN_OUT)
    assert wiring.HANDLERS["response.analysed"] == (case_flows.OPEN_FROM_SENTIMENT, health_schedule.MARK_RESPONSE)
    # An account's cases move its health (marked to be rescored soon).
    assert {t for t, names in wiring.HANDLERS.items() if health_schedule.MARK_CASE in names} == {
        "case.created", "case.updated", "case.sla_breached"}
    assert wiring.HANDLERS["analysis.fit_requested"] == (analysis_tasks.FIT_TOPICS,)
    # Every event webhooks carry is fanned out, after everything else the event starts.
    assert all(wiring.HANDLERS[topic][-1] == delivery.FAN_OUT for topic in TOPIC_EVENTS)
    assert [t for t, names in wiring.HANDLERS.items() if delivery.FAN_OUT in names and t not in TOPIC_EVENTS] == []
    # The POST is a job of its own, never a task of an event.
    assert all(delivery.ATTEMPT not in names for names in wiring.HANDLERS.values())
    # Team alerts: every event an alert can be made of is fanned out to the channels, just before
    # the webhooks; the sending (a robot's rate window, folding) is a job of its own.
    alerted = {"case.created", "case.updated", "case.sla_breached", "case.account_warning", "topic.emerging", "action.shipped",
               "action.status_changed"}
    assert {t for t, names in wiring.HANDLERS.items() if alerts.FAN_OUT in names} == alerted
    assert all(wiring.HANDLERS[topic][-2:] == (alerts.FAN_OUT, delivery.FAN_OUT) for topic in alerted)
    assert all(alerts.FLUSH not in names for names in wiring.HANDLERS.values())


def test_the_periodic_jobs_run_in_the_declared_order_every_declared_period(settings: Settings) -> None:
    tuned = settings.model_copy(update={"topic_emerging_every_seconds": 123.0, "webhook_retry_every_seconds": 7.0})
    periodic = wiring.wiring(tuned).periodic
    assert [(job.name, job.every_seconds) for job in periodic] == [
        (wiring.VERIFY_EFFECTS, 300), (wiring.SLA_SCAN, 60), (wiring.EMERGING_TOPICS, 123.0),
        (wiring.WEBHOOK_RETRIES, 7.0), (wiring.ALERT_RETRIES, 7.0), (wiring.ALERT_DIGESTS, 300),
        (wiring.HEALTH_SCORES, 60), (wiring.HEALTH_DIRTY, 15),
        (wiring.MAIL_SCAN, tuned.mail_scan_every_seconds), (wiring.NOTICE_RETRIES, 7.0)]

    assert periodic[1].fn is sla.scan


async def test_the_settings_given_are_the_ones_the_jobs_use(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, object]] = []

    async def attempt(delivery_id: int, given: Settings) -> None:
        seen.append(("attempt", given.webhook_timeout_seconds))

    async def retry_due(*, settings: Settings, now: object = None) -> int:
        seen.append(("retry", settings.webhook_timeout_seconds))
        return 0

    monkeypatch.setattr(delivery, "attempt", attempt)
    monkeypatch.setattr(delivery, "retry_due", retry_due)
    built = wiring.wiring(settings.model_copy(update={"webhook_timeout_seconds": 1.25}))
    await built.tasks[delivery.ATTEMPT](delivery_id=1)
    await next(job for job in built.periodic if job.name == wiring.WEBHOOK_RETRIES).fn()
    assert seen == [("attempt", 1.25), ("retry", 1.25)]


def test_the_table_names_only_declared_tasks(settings: Settings) -> None:
    tasks = wiring.wiring(settings).tasks
    with pytest.raises(LookupError, match=r"analysis\.analyse_responze"):
        Wiring(tasks=tasks, routes={"response.submitted": ("analysis.analyse_responze",)})
    with pytest.raises(ValueError, match=r"response\.submitted"):
        Wiring(tasks=tasks, routes={"response.submitted": (delivery.FAN_OUT, delivery.FAN_OUT)})
    with pytest.raises(ValueError, match="dispatch"):
        Wiring(tasks={**tasks, DISPATCH: delivery.attempt_task}, routes={})


async def test_a_follow_up_job_needs_a_running_job() -> None:
    with pytest.raises(LookupError, match="not inside a queue job"):
        await queue.enqueue_from_job(delivery.ATTEMPT, [{"delivery_id": 1}])


@pytest.fixture
def slow_receiver() -> Iterator[Receiver]:
    r = Receiver(delay=HOLD_SECONDS).start()
    yield r
    r.stop()


@pytest.fixture
def patient(app_settings: Settings) -> Settings:
    """Loopback receivers allowed, and a timeout longer than the receiver's hold."""
    return app_settings.model_copy(update={"webhook_allow_private": True, "webhook_timeout_seconds": 30.0})


@pytest.fixture
async def patient_broker(patient: Settings) -> AsyncIterator[InMemoryBroker]:
    async with in_process(patient) as broker:
        yield broker


async def a_commented_response(gql: GraphQL, public: GraphQL, org: Organization, url: str) -> Response:
    await hook(org, url, ["response.created"])
    survey = await active_survey(gql)
    sent = await submit(public, survey["token"], f"slow-{uuid.uuid4().hex[:8]}", score=3, comment="配送太慢了，客服也不回",
                        respondent={"externalId": "cust-slow-1"})
    assert sent["errors"] == []
    # What `voc serve` and `voc worker` do before their first job: the models are loaded.
    await asyncio.to_thread(warm_up)
    return await Response.get(organization_id=org.id)


async def delivered_once(response: Response) -> None:
    row = await WebhookDelivery.get(event="response.created")
    assert (row.status, row.attempts, row.last_status_code) == (DeliveryStatus.SUCCEEDED, 1, 200)
    assert row.payload["data"]["response_id"] == response.id


async def test_a_slow_receiver_does_not_delay_the_analysis_in_process(
    gql: GraphQL, public: GraphQL, org: Organization, slow_receiver: Receiver, patient_broker: InMemoryBroker,
) -> None:
    broker = patient_broker
    response = await a_commented_response(gql, public, org, slow_receiver.url)
    assert await relay_once(broker) == 1
    await broker.wait_all()  # the event's job: analysis, rules, live update, fan-out (not the POST)
    assert await CommentAnalysis.exists(response_id=response.id)
    assert slow_receiver.answered == 0
    # The POST runs as its own job meanwhile, and the receiver is holding it.
    assert await asyncio.to_thread(slow_receiver.arrived.wait, 30)
    assert slow_receiver.answered == 0
    slow_receiver.release.set()
    await settle(broker)
    assert slow_receiver.answered == 1
    await delivered_once(response)


@pytest.mark.redis
async def test_a_slow_receiver_does_not_delay_the_analysis_on_redis(
    gql: GraphQL, public: GraphQL, org: Organization, slow_receiver: Receiver, patient: Settings,
) -> None:
    stream = f"voc:test-wiring:{uuid.uuid4().hex[:8]}"
    broker = broker_for(patient.model_copy(update={"redis_url": REDIS_URL, "queue_name": stream}))
    await queue.start_broker(broker)
    worker = asyncio.create_task(run_receiver_task(broker, receiver_cls=queue.RedeliveringReceiver,
                                                   max_async_tasks=8, run_startup=False))
    try:
        response = await a_commented_response(gql, public, org, slow_receiver.url)
        assert await relay_once(broker) == 1
        await until(lambda: CommentAnalysis.exists(response_id=response.id))
        assert slow_receiver.answered == 0
        assert await asyncio.to_thread(slow_receiver.arrived.wait, 30)
        assert slow_receiver.answered == 0  # the analysis was stored while the receiver held the POST
        slow_receiver.release.set()

        async def succeeded() -> bool:
            return await WebhookDelivery.exists(status=DeliveryStatus.SUCCEEDED)

        await until(succeeded)
        await delivered_once(response)
    finally:
        worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await worker
        await broker.shutdown()
        from redis.asyncio import Redis

        async with Redis.from_url(REDIS_URL or "") as redis:
            await redis.delete(stream)
