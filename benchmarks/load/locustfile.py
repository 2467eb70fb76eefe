"""Locust users for the VoC Loop load benchmark (driven by benchmarks/load/run.py).

Two user classes:

* `Respondent` — what the widget does for one person who answers: `recordDisplay`, then one
  completed `submitResponse` with a fresh idempotency key, an NPS score and a short Chinese comment.
  Each user runs at a fixed pace (`constant_throughput`), so the total offered rate is
  users × per-user rate; run.py picks enough users that a slow answer does not lower the rate
  until the latency exceeds users / rate seconds.
* `ProductManager` — an API-key holder reading `metrics`, `topics` and `responses` at a low rate.

Configuration comes from environment variables (run.py sets them; set them by hand to point the
users at another deployment): VOC_LOAD_TOKEN (survey token), VOC_LOAD_API_KEY, VOC_LOAD_SURVEY_ID
(global id), VOC_LOAD_COMMENTS (JSON list of comments), VOC_LOAD_OUT (directory for the result
file), VOC_LOAD_SUBMIT_USERS / VOC_LOAD_SUBMIT_PER_USER, VOC_LOAD_PM_USERS / VOC_LOAD_PM_PER_USER.

Every process writes `result-<pid>.json` into VOC_LOAD_OUT when it quits: the latency of every
request by name, outcome counts, and the idempotency keys (and returned response ids) of every
acknowledged, refused and unknown-outcome submission, so run.py can reconcile them with the rows.
"""

from __future__ import annotations

import json
import os
import random
import time
import uuid
from collections import defaultdict
from typing import Any

from locust import FastHttpUser, constant_throughput, events, task

DISPLAY = ("mutation($t:String!,$r:RespondentInput){recordDisplay(token:$t,respondent:$r)"
           "{ok errors{code field message}}}")
# The widget's mutation asks for errors only; the benchmark also asks for the id, to reconcile.
SUBMIT = "mutation($i:SubmitResponseInput!){submitResponse(input:$i){response{id} errors{code field message}}}"
METRICS = ("query($s:ID,$from:DateTime){metrics(surveyId:$s,from:$from,interval:DAY){responses displays "
           "responseRate nps{score promoters passives detractors marginOfError} series{bucketStart responses nps}}}")
TOPICS = ("query($s:ID){topics(surveyId:$s,first:10){edges{node{id label size share nps npsImpact emerging "
          "sentiment{positive neutral negative} keywords{word weight}}}}}")
RESPONSES = ("query($s:ID,$f:ResponseFilter){responses(surveyId:$s,filter:$f,first:20){totalCount "
             "edges{node{id score comment npsCategory submittedAt}}}}")

FALLBACK_COMMENTS = ["送餐很快，味道不错", "等了一个多小时，饭都凉了", "分量太少了", "包装很好，会再点",
                     "骑手态度很差", "价格实惠，好吃"]


def _env_float(name: str, default: float) -> float:
    return float(os.environ.get(name) or default)


def _comments() -> list[str]:
    path = os.environ.get("VOC_LOAD_COMMENTS")
    if not path:
        return FALLBACK_COMMENTS
    with open(path, encoding="utf-8") as handle:
        loaded: list[str] = json.load(handle)
    return loaded or FALLBACK_COMMENTS


TOKEN = os.environ.get("VOC_LOAD_TOKEN", "")
API_KEY = os.environ.get("VOC_LOAD_API_KEY", "")
SURVEY_ID = os.environ.get("VOC_LOAD_SURVEY_ID") or None
COMMENTS = _comments()
OUT_DIR = os.environ.get("VOC_LOAD_OUT", "")

# Collected in this process; written once at quit (a list append is cheap under gevent).
LATENCY: dict[str, list[float]] = defaultdict(list)
OUTCOMES: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
ACKED: list[tuple[str, str]] = []  # (idempotency key, response id)
REFUSED: list[str] = []  # answered with an error: must not be stored
UNKNOWN: list[str] = []  # transport error, timeout or 5xx: may or may not be stored
WINDOW: dict[str, float] = {}


def _record(name: str, response_time: float, **_: Any) -> None:
    # Every request counts, failures with their time to failure, so refusals cannot flatter the tail.
    LATENCY[name].append(response_time)


def _write(**_: Any) -> None:
    if not OUT_DIR:
        return
    result = {"latency_ms": LATENCY, "outcomes": OUTCOMES, "acked": ACKED, "refused": REFUSED, "unknown": UNKNOWN,
              "window": WINDOW}
    with open(os.path.join(OUT_DIR, f"result-{os.getpid()}.json"), "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False)


events.request.add_listener(_record)  # type: ignore[no-untyped-call]
events.quitting.add_listener(_write)  # type: ignore[no-untyped-call]


def _graphql_errors(response: Any) -> tuple[dict[str, Any] | None, str | None]:
    """(data, None) for a clean GraphQL answer, else (data or None, a short outcome label)."""
    if response.status_code == 0 or response.status_code is None:
        return None, f"transport:{type(response.error).__name__}"
    if response.status_code >= 500:
        return None, f"http_{response.status_code}"
    try:
        body = response.json()
    except Exception:
        return None, f"http_{response.status_code}_bad_body"
    if response.status_code == 429:
        return body.get("data"), "http_429"
    if response.status_code != 200:
        return body.get("data"), f"http_{response.status_code}"
    if body.get("errors"):
        code = (body["errors"][0].get("extensions") or {}).get("code", "GRAPHQL_ERROR")
        return body.get("data"), f"graphql:{code}"
    data: dict[str, Any] = body["data"]
    return data, None


class Respondent(FastHttpUser):
    """One widget visitor per task: a display, then a completed answer."""

    fixed_count = int(os.environ.get("VOC_LOAD_SUBMIT_USERS") or 1)
    wait_time = constant_throughput(_env_float("VOC_LOAD_SUBMIT_PER_USER", 1.0))
    network_timeout = _env_float("VOC_LOAD_TIMEOUT", 10.0)
    connection_timeout = _env_float("VOC_LOAD_TIMEOUT", 10.0)
    default_headers = {"content-type": "application/json", "origin": "https://shop.example.com"}  # noqa: RUF012

    def on_start(self) -> None:
        # Users are spawned in bursts; a random phase spreads their first tasks over one period.
        time.sleep(random.uniform(0, 1 / _env_float("VOC_LOAD_SUBMIT_PER_USER", 1.0)))

    @task
    def answer(self) -> None:
        respondent = {"externalId": f"load-{uuid.uuid4().hex[:16]}", "attributes": {"plan": random.choice(
            ("free", "pro", "team")), "region": random.choice(("华东", "华北", "华南", "西南"))}}
        with self.client.post("/graphql", name="recordDisplay", catch_response=True,
                              json={"query": DISPLAY, "variables": {"t": TOKEN, "r": respondent}}) as resp:
            data, problem = _graphql_errors(resp)
            if problem is None and data and not data["recordDisplay"]["ok"]:
                errors = data["recordDisplay"]["errors"]
                problem = f"error:{errors[0]['code'] if errors else 'NOT_OK'}"
            OUTCOMES["recordDisplay"][problem or "ok"] += 1
            if problem:
                resp.failure(problem)
            else:
                resp.success()

        key = str(uuid.uuid4())
        submission = {"token": TOKEN, "idempotencyKey": key, "score": _score(), "comment": random.choice(COMMENTS),
                      "completed": True, "respondent": respondent, "locale": "zh-CN", "channel": "WIDGET",
                      "pageUrl": "https://shop.example.com/orders/confirm"}
        WINDOW.setdefault("first_submit", time.time())
        with self.client.post("/graphql", name="submitResponse", catch_response=True,
                              json={"query": SUBMIT, "variables": {"i": submission}}) as resp:
            data, problem = _graphql_errors(resp)
            if problem is None and data is not None:
                payload = data["submitResponse"]
                if payload["errors"]:
                    problem = f"error:{payload['errors'][0]['code']}"
                elif not (payload.get("response") or {}).get("id"):
                    problem = "error:NO_ID"
                else:
                    ACKED.append((key, payload["response"]["id"]))
            if problem is None:
                resp.success()
            else:
                # An answer the server gave (an error code, 4xx) means not stored; no answer means unknown.
                (UNKNOWN if problem.startswith(("transport:", "http_5")) else REFUSED).append(key)
                resp.failure(problem)
            OUTCOMES["submitResponse"][problem or "ok"] += 1
        WINDOW["last_submit"] = time.time()


def _score() -> int:
    roll = random.random()
    if roll < 0.45:
        return random.choice((9, 10))
    if roll < 0.70:
        return random.choice((7, 8))
    return random.randint(0, 6)


class ProductManager(FastHttpUser):
    """Dashboards and drill-downs beside the traffic: metrics, topics, the latest comments."""

    fixed_count = int(os.environ.get("VOC_LOAD_PM_USERS") or 0)
    wait_time = constant_throughput(_env_float("VOC_LOAD_PM_PER_USER", 0.5))
    network_timeout = 30.0
    connection_timeout = 10.0
    default_headers = {"content-type": "application/json", "authorization": f"Bearer {API_KEY}"}  # noqa: RUF012

    def _query(self, name: str, query: str, variables: dict[str, Any]) -> None:
        with self.client.post("/graphql", name=name, catch_response=True,
                              json={"query": query, "variables": variables}) as resp:
            _, problem = _graphql_errors(resp)
            OUTCOMES[name][problem or "ok"] += 1
            if problem:
                resp.failure(problem)
            else:
                resp.success()

    @task(3)
    def metrics(self) -> None:
        since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 30 * 86400))
        self._query("pm:metrics", METRICS, {"s": SURVEY_ID, "from": since})

    @task(2)
    def topics(self) -> None:
        self._query("pm:topics", TOPICS, {"s": SURVEY_ID})

    @task(2)
    def responses(self) -> None:
        flt = random.choice(({"npsCategory": "DETRACTOR"}, {"hasComment": True}, {"search": random.choice(
            ("慢", "凉", "好吃", "骑手", "分量"))}))
        self._query("pm:responses", RESPONSES, {"s": SURVEY_ID, "f": flt})
