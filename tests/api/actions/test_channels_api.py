"""Team alert channels through GraphQL: create, list, update, delete, a test message and the delivery
log with the vendor's error code; the secret never answered and the URL masked; typed errors that
change nothing; vendor hosts only outside development; admins only; tenant isolation."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from actions import channels, vendors
from actions.channel_models import ChannelKind, NotificationChannel
from actions.errors import InvalidChannel
from core.models import Organization, Role
from core.service import create_api_key, get_or_create_organization
from core.settings import Settings
from tests.support.alerts import Robots
from tests.support.client import GraphQL
from tests.support.robots import DINGTALK_SECRET, FEISHU_SECRET

ERRORS = "errors { code field message }"
FIELDS = "id kind name url events mentions locale digestHour active signed createdAt"
CREATE = f"""mutation($input: CreateNotificationChannelInput!) {{
  createNotificationChannel(input: $input) {{ channel {{ {FIELDS} }} {ERRORS} }} }}"""
UPDATE = f"""mutation($id: ID!, $input: UpdateNotificationChannelInput!) {{
  updateNotificationChannel(id: $id, input: $input) {{ channel {{ {FIELDS} }} {ERRORS} }} }}"""
DELETE = f"mutation($id: ID!) {{ deleteNotificationChannel(id: $id) {{ channel {{ id name }} {ERRORS} }} }}"
TEST = f"""mutation($id: ID!) {{ sendTestNotification(id: $id) {{ channel {{ id }}
  delivery {{ id event status count title attempts httpStatus errorCode errorMessage }} {ERRORS} }} }}"""
LIST = f"{{ notificationChannels {{ {FIELDS} }} }}"
DELIVERIES = """query($id: ID!, $first: Int) { node(id: $id) { ... on NotificationChannel {
  deliveries(first: $first) { totalCount edges { node {
    id event status count title attempts httpStatus errorCode errorMessage createdAt deliveredAt } } } } } }"""
NODE = "query($id: ID!) { node(id: $id) { id ... on NotificationChannel { name } } }"
WECOM_URL = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa"


@pytest.fixture
def app_settings(app_settings: Settings) -> Settings:
    """Robots on loopback: development with VOC_WEBHOOK_ALLOW_PRIVATE, as `scripts/e2e.sh` runs."""
    return app_settings.model_copy(update={"webhook_allow_private": True})


async def create(gql: GraphQL, **fields: Any) -> dict[str, Any]:
    given = {"kind": "WECOM", "name": "客服群", "url": WECOM_URL, "events": ["case.created"], **fields}
    payload: dict[str, Any] = (await gql(CREATE, input=given))["createNotificationChannel"]
    return payload


async def test_create_list_update_and_delete_without_ever_answering_the_secret(gql: GraphQL) -> None:
    made = await create(gql, kind="DINGTALK", name="运营群",
                        url="https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789",
                        secret=DINGTALK_SECRET, events=["case.created", "case.sla_breached"],
                        mentions=["13800138000", "@all"])
    assert made["errors"] == []
    channel = made["channel"]
    assert (channel["kind"], channel["name"], channel["locale"], channel["active"], channel["signed"]) == (
        "DINGTALK", "运营群", "zh-CN", True, True)
    assert channel["url"] == "https://oapi.dingtalk.com/robot/send?access_token=****6789"  # the key masked
    assert channel["events"] == ["case.created", "case.sla_breached"]
    assert channel["mentions"] == ["13800138000", "@all"]
    assert channel["digestHour"] == 9
    wecom = (await create(gql, locale="en", events=["digest", "topic.emerging"], digestHour=8))["channel"]
    assert (wecom["events"], wecom["digestHour"]) == (["digest", "topic.emerging"], 8)
    assert wecom["url"] == "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa" and wecom["signed"] is False

    listed = (await gql(LIST))["notificationChannels"]
    assert [c["id"] for c in listed] == [channel["id"], wecom["id"]]
    assert "secret" in (await gql.raw("{ notificationChannels { id secret } }")).json()["errors"][0]["message"]

    updated = (await gql(UPDATE, id=channel["id"], input={"active": False, "locale": "en",
                                                          "events": ["topic.emerging"], "mentions": []}))
    changed = updated["updateNotificationChannel"]
    assert changed["errors"] == []
    assert (changed["channel"]["active"], changed["channel"]["locale"], changed["channel"]["events"],
            changed["channel"]["mentions"], changed["channel"]["signed"]) == (False, "en", ["topic.emerging"], [], True)
    stored = await NotificationChannel.get(name="运营群")
    assert stored.secret == DINGTALK_SECRET  # kept when not given

    deleted = (await gql(DELETE, id=channel["id"]))["deleteNotificationChannel"]
    assert deleted["errors"] == [] and deleted["channel"]["name"] == "运营群"
    assert (await gql(NODE, id=channel["id"]))["node"] is None
    assert (await gql(DELETE, id=channel["id"]))["deleteNotificationChannel"]["errors"][0]["code"] == "NOT_FOUND"


@pytest.mark.parametrize(("fields", "field", "says"), [
    ({"url": "ftp://qyapi.weixin.qq.com/x"}, "url", "https://qyapi.weixin.qq.com"),
    ({"url": "https://example.com/cgi-bin/webhook/send?key=x"}, "url", "https://qyapi.weixin.qq.com"),
    ({"url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send"}, "url", "key"),
    ({"events": ["case.created", "case.exploded"]}, "events", "case.exploded"),
    ({"events": []}, "events", "at least one"),
    ({"secret": "SECabc"}, "secret", "WeCom"),
    ({"kind": "DINGTALK", "url": "https://oapi.dingtalk.com/robot/send?access_token=x", "signed": True}, "secret",
     "signing is on"),
    ({"kind": "DINGTALK", "url": "https://oapi.dingtalk.com/robot/send?access_token=x", "secret": "abc"}, "secret",
     "SEC"),
    ({"kind": "FEISHU", "url": "https://open.feishu.cn/open-apis/bot/v2/hook/abc", "mentions": ["13800138000"]},
     "mentions", "Feishu"),
    ({"kind": "FEISHU", "url": "https://open.feishu.cn/open-apis/bot/v2/hook/"}, "url", "looks like"),
    ({"kind": "WEBHOOK", "url": "http://127.0.0.1:9/x"}, "secret", "always signed"),
    ({"locale": "fr"}, "locale", "zh-CN, en"),
    ({"name": "  "}, "name", "1-200"),
    ({"events": ["digest"], "digestHour": 24}, "digestHour", "0-23"),
])
async def test_bad_input_is_a_typed_error_that_changes_nothing(
    gql: GraphQL, fields: dict[str, Any], field: str, says: str
) -> None:
    refused = await create(gql, **fields)
    assert refused["channel"] is None
    error = refused["errors"][0]
    assert (error["code"], error["field"]) == ("INVALID_CHANNEL", field) and says in error["message"], error
    assert await NotificationChannel.all().count() == 0


async def test_a_refused_update_changes_nothing(gql: GraphQL) -> None:
    made = (await create(gql))["channel"]
    for given, field in (({"name": "新名字", "events": ["nope"]}, "events"), ({"active": False, "url": "http://x"}, "url"),
                         ({"locale": "en", "secret": "SEC123"}, "secret")):
        refused = (await gql(UPDATE, id=made["id"], input=given))["updateNotificationChannel"]
        assert refused["errors"][0]["field"] == field and refused["channel"] is None
    stored = await NotificationChannel.get()
    assert (stored.name, stored.events, stored.active, stored.url, stored.locale, stored.secret) == (
        "客服群", ["case.created"], True, WECOM_URL, "zh-CN", None)


async def test_outside_development_only_the_vendors_own_https_hosts(org: Organization) -> None:
    production = channels.Where(development=False, allow_private=False)
    allowed = {ChannelKind.WECOM: WECOM_URL,
               ChannelKind.DINGTALK: "https://oapi.dingtalk.com/robot/send?access_token=abc",
               ChannelKind.FEISHU: "https://open.feishu.cn/open-apis/bot/v2/hook/abc-def"}
    for kind, url in allowed.items():
        await channels.create_channel(organization_id=org.id, kind=kind, name=kind.value, url=url,
                                      events=["case.created"], where=production)
    await channels.create_channel(organization_id=org.id, kind=ChannelKind.FEISHU, name="lark", events=["case.created"],
                                  url="https://open.larksuite.com/open-apis/bot/v2/hook/x", where=production)
    for kind, url in ((ChannelKind.WECOM, "http://127.0.0.1:8000/cgi-bin/webhook/send?key=x"),
                      (ChannelKind.WECOM, "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x"),
                      (ChannelKind.DINGTALK, "https://oapi.dingtalk.com.evil.example/robot/send?access_token=x"),
                      (ChannelKind.FEISHU, "https://localhost/open-apis/bot/v2/hook/x")):
        with pytest.raises(InvalidChannel) as refused:
            await channels.create_channel(organization_id=org.id, kind=kind, name="x", url=url,
                                          events=["case.created"], where=production)
        assert refused.value.field == "url"
    loopback = "http://127.0.0.1:8000/cgi-bin/webhook/send?key=x"
    with pytest.raises(InvalidChannel):  # development alone: not without VOC_WEBHOOK_ALLOW_PRIVATE
        await channels.create_channel(organization_id=org.id, kind=ChannelKind.WECOM, name="dev", events=["case.created"],
                                      url=loopback, where=channels.Where(development=True, allow_private=False))
    development = channels.Where(development=True, allow_private=True)
    await channels.create_channel(organization_id=org.id, kind=ChannelKind.WECOM, name="dev", events=["case.created"],
                                  url="http://127.0.0.1:8000/cgi-bin/webhook/send?key=x", where=development)
    assert await NotificationChannel.filter(organization_id=org.id).count() == 5


async def test_a_test_message_shows_the_vendors_error_code_then_goes_through(
    gql: GraphQL, robots: Robots, app_settings: Settings
) -> None:
    robot = robots("feishu", FEISHU_SECRET)
    made = (await create(gql, kind="FEISHU", url=robot.url, secret="not-the-robots-secret", locale="en"))["channel"]
    tried = (await gql(TEST, id=made["id"]))["sendTestNotification"]
    assert tried["errors"] == [] and tried["channel"]["id"] == made["id"]
    delivery = tried["delivery"]
    assert (delivery["event"], delivery["status"], delivery["attempts"], delivery["httpStatus"],
            delivery["errorCode"]) == ("test", "PENDING", 1, 200, 19021)
    assert "sign match fail" in delivery["errorMessage"] and delivery["title"] == "VoC Loop test message"

    fixed = (await gql(UPDATE, id=made["id"], input={"secret": FEISHU_SECRET}))["updateNotificationChannel"]
    assert fixed["errors"] == []
    again = (await gql(TEST, id=made["id"]))["sendTestNotification"]["delivery"]
    assert (again["status"], again["httpStatus"], again["errorCode"], again["errorMessage"]) == ("SENT", 200, None, None)
    assert robot.calls[-1].signed is True
    assert robot.calls[-1].json()["card"]["header"]["title"]["content"] == "VoC Loop test message"

    log = (await gql(DELIVERIES, id=made["id"], first=10))["node"]["deliveries"]
    assert log["totalCount"] == 2  # newest first: both tests; the first is retried later by the retry job
    assert [(e["node"]["status"], e["node"]["errorCode"]) for e in log["edges"]] == [("SENT", None), ("PENDING", 19021)]

    off = (await gql(UPDATE, id=made["id"], input={"active": False}))["updateNotificationChannel"]
    assert off["errors"] == []
    refused = (await gql(TEST, id=made["id"]))["sendTestNotification"]
    assert refused["errors"][0]["code"] == "INVALID_CHANNEL" and refused["delivery"] is None


async def test_each_channel_in_the_list_says_how_its_last_message_went(gql: GraphQL, robots: Robots) -> None:
    robot = robots("dingtalk", DINGTALK_SECRET)
    made = (await create(gql, kind="DINGTALK", url=robot.url, secret="SEC-not-the-robots"))["channel"]
    quiet = (await create(gql, name="没发过"))["channel"]
    last = "{ notificationChannels { id lastDelivery { id event status attempts errorCode errorMessage } } }"
    assert [c["lastDelivery"] for c in (await gql(last))["notificationChannels"]] == [None, None]

    failed = (await gql(TEST, id=made["id"]))["sendTestNotification"]["delivery"]
    listed = {c["id"]: c["lastDelivery"] for c in (await gql(last))["notificationChannels"]}
    assert listed[quiet["id"]] is None
    assert (listed[made["id"]]["id"], listed[made["id"]]["status"], listed[made["id"]]["errorCode"]) == (
        failed["id"], "PENDING", 310000)
    assert "sign not match" in listed[made["id"]]["errorMessage"]

    assert (await gql(UPDATE, id=made["id"], input={"secret": DINGTALK_SECRET}))["updateNotificationChannel"]["errors"] == []
    sent = (await gql(TEST, id=made["id"]))["sendTestNotification"]["delivery"]
    listed = {c["id"]: c["lastDelivery"] for c in (await gql(last))["notificationChannels"]}
    assert (listed[made["id"]]["id"], listed[made["id"]]["status"], listed[made["id"]]["errorCode"]) == (
        sent["id"], "SENT", None)


async def key(org: Organization, role: Role) -> str:
    return (await create_api_key(organization=org, role=role, name=f"{role.value} key"))[1]


async def test_only_admins_manage_channels_and_read_their_log(
    client: httpx.AsyncClient, gql: GraphQL, org: Organization
) -> None:
    made = (await create(gql))["channel"]
    given = {"kind": "WECOM", "name": "x", "url": WECOM_URL, "events": ["case.created"]}
    for role in (Role.ANALYST, Role.AGENT, Role.VIEWER):
        other = GraphQL(client, await key(org, role))
        for query, variables in ((CREATE, {"input": given}), (UPDATE, {"id": made["id"], "input": {"active": False}}),
                                 (DELETE, {"id": made["id"]}), (TEST, {"id": made["id"]}), (LIST, {}),
                                 (DELIVERIES, {"id": made["id"]})):
            answer = (await other.raw(query, **variables)).json()
            assert answer["errors"][0]["extensions"]["code"] == "FORBIDDEN", (role, query)
    assert len((await gql(LIST))["notificationChannels"]) == 1
    assert (await NotificationChannel.get()).active is True


async def test_another_organisation_cannot_see_or_change_a_channel(client: httpx.AsyncClient, gql: GraphQL) -> None:
    made = (await create(gql))["channel"]
    b = GraphQL(client, await key(await get_or_create_organization(name="Org B"), Role.ADMIN))
    assert (await b(LIST))["notificationChannels"] == []
    assert (await b(NODE, id=made["id"]))["node"] is None
    for query, name, variables in ((UPDATE, "updateNotificationChannel", {"input": {"active": False}}),
                                   (DELETE, "deleteNotificationChannel", {}), (TEST, "sendTestNotification", {})):
        assert (await b(query, id=made["id"], **variables))[name]["errors"][0]["code"] == "NOT_FOUND"
    assert (await NotificationChannel.get()).active is True


async def test_a_url_the_sender_could_not_parse_is_refused_when_saved() -> None:
    """A control character passes urlsplit but not httpx: refused at the field, never retried forever."""
    url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc\x01def"
    with pytest.raises(InvalidChannel) as refused:
        await vendors.check_url(ChannelKind.WECOM, url, development=False)
    assert refused.value.field == "url"
    # A Feishu URL with a trailing slash keeps its token hidden too.
    assert "tok3n-secret-value" not in vendors.masked("https://open.feishu.cn/open-apis/bot/v2/hook/tok3n-secret-value/")
