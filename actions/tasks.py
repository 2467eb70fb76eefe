"""The wiring of the loop: which queue tasks each outbox event starts, and in which order.

`voc worker` and the embedded API import this module (through api/jobs.py); importing it declares
every task and periodic job of the analysis and of the loop, and installs `HANDLERS` as the table
the queue consumer reads (core.queue.dispatch). An event's tasks run one after another in the
order given here; the events of one queue message run side by side. Nothing in a task list may
wait on anyone outside the service: webhook fan-out only writes delivery rows, and each POST is
a queue job of its own (actions/delivery.py), so a slow receiver delays nobody's analysis.
"""

from __future__ import annotations

from actions import action_flows, case_flows, delivery, erasure, live
from analysis import tasks as analysis_tasks
from core import events as topics
from core.queue import wire

DECLARING_MODULES = (action_flows, case_flows, delivery, erasure, live, analysis_tasks)

# Understanding first (the comment's analysis), then the rules that act on the response, then the
# notifications (live subscribers, webhook fan-out).
HANDLERS: dict[str, tuple[str, ...]] = {
    topics.RESPONSE_SUBMITTED: (analysis_tasks.ANALYSE_RESPONSE, case_flows.OPEN_FROM_RESPONSE,
                                case_flows.ATTACH_RESURVEY, live.RESPONSE_TASK, delivery.FAN_OUT),
    topics.RESPONSE_ANALYSED: (case_flows.OPEN_FROM_SENTIMENT,),
    topics.FIT_REQUESTED: (analysis_tasks.FIT_TOPICS,),
    topics.CASE_CREATED: (live.CASE_TASK, delivery.FAN_OUT),
    topics.CASE_UPDATED: (live.CASE_TASK, delivery.FAN_OUT),
    topics.CASE_SLA_BREACHED: (live.CASE_TASK, delivery.FAN_OUT),
    topics.ACTION_STATUS_CHANGED: (live.ACTION_TASK, delivery.FAN_OUT),
    topics.ACTION_SHIPPED: (live.ACTION_TASK, delivery.FAN_OUT),
    topics.ACTION_UPDATED: (live.ACTION_TASK,),
    topics.TOPIC_EMERGING: (delivery.FAN_OUT,),
    # The storage step of an erasure: VACUUM or checkpoint, queued as a job of its own.
    topics.RESPONDENT_ERASED: (erasure.QUEUE_RECLAIM,),
}

wire(HANDLERS)
