"""Team alert channels (WeCom, DingTalk and Feishu group robots, or a signed webhook) and the log of
the messages sent to each (actions/alerts.py sends them, actions/channels.py manages them)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from core.models import Organization


class ChannelKind(StrEnum):
    WECOM = "wecom"  # 企业微信 group robot
    DINGTALK = "dingtalk"  # 钉钉 custom robot
    FEISHU = "feishu"  # 飞书 / Lark custom bot
    WEBHOOK = "webhook"  # the event's JSON, signed as webhooks are (X-Voc-Signature)


class AlertStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # gave up after the last attempt
    FOLDED = "folded"  # sent as part of a summary message (folded_into_id)


class NotificationChannel(Model):
    id = fields.IntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="notification_channels", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(ChannelKind, max_length=16)
    name = fields.CharField(max_length=200)
    # The robot's URL carries its access key (WeCom, DingTalk, Feishu): never answered in full.
    url = fields.CharField(max_length=2048)
    # The signing secret (DingTalk 加签, Feishu 签名校验, webhooks); never answered at all.
    secret = fields.CharField(max_length=256, null=True)
    events: list[str] = fields.JSONField()
    mentions: list[str] = fields.JSONField()
    locale = fields.CharField(max_length=8, default="zh-CN")
    # With "digest" among its events: the local hour (organisation's time zone) from which the day's
    # digest is sent (actions/alert_digest.py).
    digest_hour = fields.SmallIntField(default=9)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    organization_id: int

    class Meta:
        table = "notification_channels"


class NotificationDelivery(Model):
    """One message to one channel: an event's, a summary of folded ones, or a test."""

    id = fields.BigIntField(primary_key=True)
    organization: fields.ForeignKeyRelation[Organization] = fields.ForeignKeyField(
        "voc.Organization", related_name="notification_deliveries", on_delete=fields.CASCADE
    )
    channel: fields.ForeignKeyRelation[NotificationChannel] = fields.ForeignKeyField(
        "voc.NotificationChannel", related_name="deliveries", on_delete=fields.CASCADE
    )
    event = fields.CharField(max_length=64)
    # The outbox row that announced it: one message per channel and event, however often the
    # announcement is redelivered. None for summaries and tests.
    event_id = fields.BigIntField(null=True)
    # What the message says (title, lines, link), rendered in the channel's locale when it was written.
    message: dict[str, Any] = fields.JSONField()
    count = fields.IntField(default=1)  # the events this message stands for (a summary: many)
    status = fields.CharEnumField(AlertStatus, max_length=10, default=AlertStatus.PENDING)
    attempts = fields.SmallIntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True)
    # When it was last claimed for sending: the channel's rate window counts these.
    attempted_at = fields.DatetimeField(null=True)
    last_status_code = fields.SmallIntField(null=True)
    error_code = fields.IntField(null=True)  # the vendor's errcode / code
    last_error = fields.CharField(max_length=500, null=True)
    folded_into_id = fields.BigIntField(null=True)  # the summary that carried it
    created_at = fields.DatetimeField(auto_now_add=True)
    delivered_at = fields.DatetimeField(null=True)

    organization_id: int
    channel_id: int

    class Meta:
        table = "notification_deliveries"
        unique_together = (("channel", "event_id"),)
        indexes = (Index(fields=("status", "next_attempt_at"), name="ix_notifications_due"),
                   Index(fields=("channel_id", "attempted_at"), name="ix_notifications_window"))
