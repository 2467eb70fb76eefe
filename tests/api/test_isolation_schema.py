"""Tenant isolation over the whole GraphQL contract, enumerated from the committed schema.graphql.

Organisation A is seeded with every kind of object through its own admin key and the public API
(a few analysis rows directly). Then every field of Query and Mutation, and node(id) for every
type that implements Node, is called with arguments built from A's ids and data and with a
selection set built from the schema:

* with organisation B's admin key (the most powerful role): no answer carries any of A's data (its
  marker strings and secrets anywhere in the body, A's global ids in `id` / `...Id` values of
  `data`), every call naming one of A's ids is refused (a payload error or a top-level error), and
  A's rows are exactly unchanged: every table, rows of other organisations that point at A's rows
  included. Calls also mix B's own objects with A's ids (B's action linked to A's topic ...);
* without a key: every field but the public ones is refused with UNAUTHENTICATED and changes
  nothing; the public ones (surveyForRespondent, recordDisplay, submitResponse: they need only a
  survey token) get A's token and may reveal no more than the public survey.

New fields are covered automatically: a field whose arguments the recipes below cannot build
fails the test ("add an argument recipe for ..."), it is never skipped. A positive control runs the
same queries with A's own key first and must see A's data, so a wrong id or an empty selection
cannot pass for isolation.

Subscriptions are not enumerated here: tests/api/actions/test_subscriptions.py covers their isolation.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import reduce
from operator import or_
from typing import Any

import httpx
import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    GraphQLSchema,
    Source,
    TokenKind,
    build_schema,
    get_named_type,
    is_leaf_type,
    is_required_argument,
    is_required_input_field,
    parse,
    validate,
)
from graphql.language import Lexer
from tortoise import Tortoise
from tortoise.expressions import Q
from tortoise.models import Model

from actions.channel_models import AlertStatus, NotificationDelivery
from actions.models import DeliveryStatus, WebhookDelivery
from analysis.models import AnalysisJob, CommentAnalysis, ModelStatus, Topic, TopicModelVersion
from api.ids import decode_id, encode_id
from core.models import Organization, Role
from core.service import create_api_key, get_or_create_organization
from core.settings import Settings
from surveys.distribution_models import Distribution, Recipient, RecipientStatus
from surveys.models import Respondent, Response
from tests.support.client import GraphQL
from tests.support.ops import active_survey
from tests.support.paths import ROOT

SCHEMA: GraphQLSchema = build_schema((ROOT / "schema.graphql").read_text())

MARK_A, MARK_B = "Amk7Q", "Bzx4W"  # in every string A (B) stores: found in an answer to B, it leaked
# Types that implement Node but that node(id) does not fetch (no fetcher registered in api/relay.py).
NOT_FETCHABLE: frozenset[str] = frozenset()
PUBLIC = frozenset({"surveyForRespondent", "recordDisplay", "submitResponse"})
MAX_TOKENS = 1900  # the server refuses documents over settings.max_tokens (2000)
MAX_DEPTH = 3  # object levels below a root field (a connection's edges/node do not count)

# ID arguments and input fields by name -> the node type whose id they take. `id` and `ids` take the
# type the field returns (its payload's object for a mutation); node(id) takes every type.
ID_ARGS: dict[str, str] = {
    "surveyId": "Survey", "responseId": "Response", "responseIds": "Response", "topicId": "Topic",
    "topicIds": "Topic", "rootCauseTopicId": "Topic", "caseIds": "Case", "actionId": "Action",
    "duplicateOfId": "Action", "teamId": "Team", "userId": "User", "ownerId": "User", "assigneeId": "User",
    "leadId": "User", "fallbackOwnerId": "User",
}
# Scalar values by argument / input field name (a list argument gets [value]); the tenant-specific
# ones take A's (its survey token, its respondent's external id).
BY_NAME: dict[str, Callable[[Tenant, int], Any]] = {
    "token": lambda t, n: t.token,  # the public survey token
    "externalId": lambda t, n: t.external_id,  # a respondent's id in the host product (eraseRespondent ...)
    "account": lambda t, n: t.external_id,  # an account's external id (A's account has its respondent's)
    "idempotencyKey": lambda t, n: f"iso-call-{n:06d}",
    "url": lambda t, n: "https://example.com/iso-hook",
    "email": lambda t, n: f"iso{n}@b.example",
    "secret": lambda t, n: "iso-secret-0123456789abcdef",
    "events": lambda t, n: "case.created",
    "allowedOrigins": lambda t, n: "https://example.com",
    "locale": lambda t, n: "en",
    "label": lambda t, n: "iso label",
    "note": lambda t, n: "iso note",
}
# Everything else by scalar type.
SCALARS: dict[str, Callable[[], Any]] = {
    "String": lambda: "x", "Int": lambda: 1, "Float": lambda: 0.5, "Boolean": lambda: True,
    "DateTime": lambda: (datetime.now(UTC) + timedelta(days=1)).isoformat(), "JSON": lambda: {},
}
# Optional input fields left out even when every optional field is filled.
LEFT_OUT = {("RespondentInput", "token")}  # an identity JWT: the abuse suite forges those


SERIAL = itertools.count(1)  # fresh idempotency keys and e-mail addresses


class MissingRecipe(Exception):
    pass


@dataclass
class Tenant:
    org: Organization
    key: str
    mark: str
    ids: dict[str, list[str]] = field(default_factory=dict)
    token: str = ""
    external_id: str = ""
    public_texts: list[str] = field(default_factory=list)  # the survey's name, question and token
    secrets: list[str] = field(default_factory=list)  # stored strings that carry no mark

    def add(self, type_name: str, global_id: str) -> str:
        self.ids.setdefault(type_name, []).append(global_id)
        return global_id

    def all_ids(self) -> set[str]:
        return {i for ids in self.ids.values() for i in ids}


# --- seeding ------------------------------------------------------------------------------------

ERRORS = "errors { code field message }"
SEED = {
    "user": f"""mutation($name: String!, $email: String) {{ createUser(name: $name, email: $email, role: AGENT) {{
        user {{ id }} {ERRORS} }} }}""",
    "team": f"""mutation($name: String!, $user: ID) {{ createTeam(name: $name, leadId: $user, fallbackOwnerId: $user,
        isDefault: true) {{ team {{ id }} {ERRORS} }} }}""",
    "member": f"""mutation($team: ID!, $user: ID!) {{ addTeamMember(teamId: $team, userId: $user) {{
        team {{ id }} {ERRORS} }} }}""",
    "routing": f"""mutation($value: String!, $team: ID!) {{ addRoutingRule(attribute: "plan", value: $value,
        teamId: $team) {{ rule {{ id }} {ERRORS} }} }}""",
    "rule": f"""mutation($survey: ID) {{ setCaseRule(surveyId: $survey, input: {{npsMax: 6, firstContactHours: 12}})
        {{ rule {{ id }} {ERRORS} }} }}""",
    "vocabulary": f"""mutation($stop: [String!], $terms: [String!]) {{ updateVocabulary(stopWords: $stop,
        productTerms: $terms) {{ vocabulary {{ stopWords }} {ERRORS} }} }}""",
    "display": f"""mutation($token: String!, $respondent: RespondentInput) {{ recordDisplay(token: $token,
        respondent: $respondent) {{ ok {ERRORS} }} }}""",
    "submit": f"""mutation($input: SubmitResponseInput!) {{ submitResponse(input: $input) {{ response {{ id }}
        {ERRORS} }} }}""",
    "open": f"mutation($id: ID!) {{ openCase(responseId: $id) {{ case {{ id }} {ERRORS} }} }}",
    "assign": f"""mutation($id: ID!, $user: ID!) {{ assignCase(id: $id, assigneeId: $user) {{ case {{ id }}
        {ERRORS} }} }}""",
    "case_note": f"""mutation($id: ID!, $note: String!) {{ addCaseNote(id: $id, note: $note) {{ case {{ id }}
        {ERRORS} }} }}""",
    "action": f"""mutation($input: CreateActionInput!) {{ createAction(input: $input) {{ action {{ id }}
        {ERRORS} }} }}""",
    "action_note": f"""mutation($id: ID!, $note: String!) {{ addActionNote(id: $id, note: $note) {{
        action {{ id }} {ERRORS} }} }}""",
    "review": f"""mutation($id: ID!) {{ transitionAction(id: $id, to: UNDER_REVIEW) {{ action {{ id }}
        {ERRORS} }} }}""",
    "webhook": f"""mutation($input: CreateWebhookInput!) {{ createWebhook(input: $input) {{ webhook {{ id }}
        {ERRORS} }} }}""",
    "channel": f"""mutation($input: CreateNotificationChannelInput!) {{ createNotificationChannel(input: $input) {{
        channel {{ id }} {ERRORS} }} }}""",
    "viewer": "{ viewer { organization { id } } }",
    "accounts": f"""mutation($input: [AccountInput!]!) {{ upsertAccounts(input: $input) {{ accounts {{ id }}
        {ERRORS} }} }}""",
    "signals": f"""mutation($input: [AccountSignalInput!]!) {{ recordAccountSignals(input: $input) {{ accepted
        {ERRORS} }} }}""",
}


async def ok(gql: GraphQL, operation: str, **variables: Any) -> dict[str, Any]:
    data = await gql(SEED[operation], **variables)
    (payload,) = data.values()
    assert payload["errors"] == [], (operation, payload)
    return dict(payload)


async def seed(client: httpx.AsyncClient, org: Organization, key: str, mark: str) -> Tenant:
    """Every kind of object, each with a known global id, and `mark` in every string it stores."""
    gql, public = GraphQL(client, key), GraphQL(client)
    t = Tenant(org=org, key=key, mark=mark)
    t.add("Organization", (await gql(SEED["viewer"]))["viewer"]["organization"]["id"])
    user = t.add("User", (await ok(gql, "user", name=f"{mark} Agent", email=f"{mark.lower()}@example.com"))["user"]["id"])
    team = t.add("Team", (await ok(gql, "team", name=f"{mark} Team", user=user))["team"]["id"])
    await ok(gql, "member", team=team, user=user)
    t.add("RoutingRule", (await ok(gql, "routing", value=f"{mark}-route", team=team))["rule"]["id"])
    survey = await active_survey(gql, name=f"{mark} 问卷", question=f"{mark} 您会推荐我们吗?")
    t.add("Survey", survey["id"])
    t.token, t.external_id = survey["token"], f"{mark}-alice"
    t.public_texts = [f"{mark} 问卷", f"{mark} 您会推荐我们吗?", t.token]
    t.add("CaseRule", (await ok(gql, "rule", survey=survey["id"]))["rule"]["id"])
    await ok(gql, "vocabulary", stop=[f"{mark}stop"], terms=[f"{mark}term"])
    # The account has the respondent's external id: B's calls name both with the one recipe (externalId).
    account = (await ok(gql, "accounts", input=[{
        "externalId": t.external_id, "name": f"{mark} 客户", "attributes": {"plan": f"{mark}-plan"},
        "ownerId": user}]))["accounts"][0]["id"]
    t.add("Account", account)
    await ok(gql, "signals", input=[{"account": t.external_id, "metric": "active_users", "value": 7,
                                     "at": datetime.now(UTC).isoformat()}])
    respondent = {"externalId": t.external_id, "attributes": {"plan": f"{mark}-plan"}, "account": t.external_id}
    await ok(public, "display", token=t.token, respondent=respondent)
    for i, score in enumerate((2, 9, 5)):
        sent = await ok(public, "submit", input={
            "token": t.token, "idempotencyKey": f"{mark}-key-{i:04d}", "score": score,
            "comment": f"{mark} comment {i} 配送太慢", "respondent": respondent, "pageUrl": f"https://{mark}.example/p"})
        t.add("Response", sent["response"]["id"])
    person = await Respondent.get(organization=org, external_id=t.external_id)
    t.add("Respondent", encode_id("Respondent", person.id))

    model = await TopicModelVersion.create(organization=org, version=1, status=ModelStatus.ACTIVE, path="-",
                                           documents=3, outlier_share=0.0)
    topics = [await Topic.create(organization=org, model=model, index=i, label=f"{mark} 配送 {i}",
                                 keywords=[[f"{mark}kw{i}", 0.5]]) for i in range(2)]
    for topic in topics:
        t.add("Topic", encode_id("Topic", topic.id))
    for i, response in enumerate(await Response.filter(organization=org).order_by("id")):
        await CommentAnalysis.create(organization=org, response=response, normalized=f"{mark} normalized {i}",
                                     tokens=[f"{mark}tok"], keywords=[f"{mark}kw"], sentiment=-0.8,
                                     topic=topics[i % 2], topic_probability=0.9, model_version=f"{mark}-v1")
    job = await AnalysisJob.create(organization=org, kind="fit_topics", stage=f"{mark} stage",
                                   error=f"{mark} error", params={"note": mark})
    t.add("AnalysisJob", encode_id("AnalysisJob", job.id))

    case = t.add("Case", (await ok(gql, "open", id=t.ids["Response"][0]))["case"]["id"])
    await ok(gql, "assign", id=case, user=user)
    await ok(gql, "case_note", id=case, note=f"{mark} case note")
    action = t.add("Action", (await ok(gql, "action", input={
        "title": f"{mark} action", "description": f"{mark} description", "ownerId": user,
        "topicIds": t.ids["Topic"][:1], "responseIds": t.ids["Response"][:1], "caseIds": [case]}))["action"]["id"])
    await ok(gql, "action_note", id=action, note=f"{mark} action note")
    await ok(gql, "review", id=action)  # UNDER_REVIEW: B's own action may then try DUPLICATE of A's
    hook = await ok(gql, "webhook", input={"url": f"http://127.0.0.1:9/{mark}-hook", "events": ["case.created"],
                                          "secret": f"{mark}-secret-0123456789"})
    webhook = t.add("Webhook", hook["webhook"]["id"])
    delivery = await WebhookDelivery.create(
        organization=org, webhook_id=decode_id(webhook, "Webhook"), event="case.created", event_id=1,
        payload={"comment": f"{mark} delivery"}, status=DeliveryStatus.FAILED, attempts=2,
        last_error=f"{mark} boom")
    t.add("WebhookDelivery", encode_id("WebhookDelivery", delivery.id))
    robot = await ok(gql, "channel", input={
        "kind": "FEISHU", "name": f"{mark} 群", "url": f"http://127.0.0.1:9/open-apis/bot/v2/hook/{mark}-robot",
        "secret": f"{mark}-feishu-secret", "events": ["case.created"], "mentions": [f"{mark}-ou"]})
    channel = t.add("NotificationChannel", robot["channel"]["id"])
    alert = await NotificationDelivery.create(
        organization=org, channel_id=decode_id(channel, "NotificationChannel"), event="case.created", event_id=1,
        message={"title": f"{mark} alert", "lines": [], "comment": f"{mark} alerted comment"},
        status=AlertStatus.FAILED, attempts=2, error_code=310000, last_error=f"{mark} vendor said no")
    t.add("NotificationDelivery", encode_id("NotificationDelivery", alert.id))
    # An e-mail distribution with a failed recipient (created as the service would: the test's
    # settings have no SMTP server, so createDistribution itself is refused for either organisation).
    mailed = await Distribution.create(organization=org, survey_id=decode_id(survey["id"], "Survey"), locale="zh-CN",
                                     subject=f"{mark} subject", body=f"{mark} body", send_at=datetime.now(UTC))
    await Recipient.create(organization=org, distribution=mailed, respondent=person, email=f"{mark.lower()}-r@example.com",
                           name=f"{mark} recipient", attributes={}, status=RecipientStatus.FAILED,
                           last_error=f"{mark} 550 no such mailbox")
    t.add("Distribution", encode_id("Distribution", mailed.id))
    api_key, _ = await create_api_key(organization=org, role=Role.VIEWER, name=f"{mark} key")
    t.add("ApiKey", encode_id("ApiKey", api_key.id))
    t.secrets = [org.identity_secret, t.token, key, f"{mark.lower()}@example.com"]  # e-mail: stored lower-case
    return t


# --- A's rows -------------------------------------------------------------------------------------


def _scope(model: type[Model], org_id: int) -> Q:
    """A's rows of a table, and rows of any organisation that point at one of A's rows."""
    if model is Organization:
        return Q(id=org_id)
    meta = model._meta
    conditions: list[Q] = []
    for name in sorted(meta.fk_fields | meta.o2o_fields):
        related: type[Model] = getattr(meta.fields_map[name], "related_model")  # noqa: B009
        lookup: dict[str, Any] = {f"{name}_id" if related is Organization else f"{name}__organization_id": org_id}
        if related is Organization or "organization" in related._meta.fk_fields | related._meta.o2o_fields:
            conditions.append(Q(**lookup))
    if not conditions:
        raise AssertionError(f"table {meta.db_table} has no way to an organisation: teach _scope about it")
    return reduce(or_, conditions)


async def snapshot(org_id: int) -> dict[str, list[dict[str, Any]]]:
    dump: dict[str, list[dict[str, Any]]] = {}
    for model in Tortoise.apps["voc"].values():
        dump[model._meta.db_table] = list(await model.filter(_scope(model, org_id)).order_by("id").values())
    return dump


def diff(before: dict[str, list[dict[str, Any]]], after: dict[str, list[dict[str, Any]]]) -> str:
    changed = []
    for table, rows in before.items():
        now = after[table]
        if rows != now:
            gone = [r for r in rows if r not in now][:2]
            new = [r for r in now if r not in rows][:2]
            changed.append(f"{table}: {len(rows)} -> {len(now)} rows; was {gone}; now {new}")
    return "; ".join(changed)


# --- operations built from the schema -------------------------------------------------------------


@dataclass
class Build:
    mode: str  # required | ids (required + every ID) | full (every argument)
    node_type: str | None
    a: Tenant
    b: Tenant
    b_position: int | None = None  # this ID slot takes B's id instead of A's
    position: int = 0
    names_a: bool = False


def carries_id(t: GraphQLInputType, seen: frozenset[str] = frozenset()) -> bool:
    named = get_named_type(t)
    if isinstance(named, GraphQLInputObjectType) and named.name not in seen:
        return any(carries_id(f.type, seen | {named.name}) for f in named.fields.values())
    return named.name == "ID"


def node_type_of(f: GraphQLField) -> str | None:
    """What `id` means for a field: the Node type it returns, or its payload's Node object."""
    named = get_named_type(f.type)
    if isinstance(named, GraphQLInterfaceType) and named.name == "Node":
        return "*"
    if isinstance(named, GraphQLObjectType):
        if any(i.name == "Node" for i in named.interfaces):
            return named.name
        for sub in named.fields.values():
            inner = get_named_type(sub.type)
            if isinstance(inner, GraphQLObjectType) and any(i.name == "Node" for i in inner.interfaces):
                return inner.name
    return None


def node_types() -> list[str]:
    node = SCHEMA.get_type("Node")
    assert isinstance(node, GraphQLInterfaceType)
    return sorted(t.name for t in SCHEMA.get_possible_types(node))


def value(t: GraphQLInputType, name: str, where: str, b: Build) -> Any:
    if isinstance(t, GraphQLNonNull):
        return value(t.of_type, name, where, b)
    if isinstance(t, GraphQLList):
        if get_named_type(t).name == "ID":
            return id_value(name, where, b, many=True)
        return [value(t.of_type, name, where, b)]
    if isinstance(t, GraphQLInputObjectType):
        out = {}
        for fname, f in t.fields.items():
            wanted = is_required_input_field(f) or b.mode == "full" or (b.mode == "ids" and carries_id(f.type))
            if wanted and (t.name, fname) not in LEFT_OUT:
                out[fname] = value(f.type, fname, f"{t.name}.{fname}", b)
        return out
    if isinstance(t, GraphQLEnumType):
        return next(iter(t.values))
    assert isinstance(t, GraphQLScalarType)
    if t.name == "ID":
        return id_value(name, where, b, many=False)
    if name in BY_NAME:
        return BY_NAME[name](b.a, next(SERIAL))
    if t.name in SCALARS:
        return SCALARS[t.name]()
    raise MissingRecipe(f"add an argument recipe for {where}: {t.name} (a scalar the test cannot fill)")


def id_value(name: str, where: str, b: Build, *, many: bool) -> Any:
    type_name = ID_ARGS.get(name) or (b.node_type if name in ("id", "ids") else None)
    if type_name is None or type_name == "*":
        raise MissingRecipe(f"add an argument recipe for {where}: ID argument {name!r} of an unknown type "
                            "(name it in ID_ARGS)")
    tenant = b.b if b.position == b.b_position else b.a
    b.position += 1
    b.names_a = b.names_a or tenant is b.a
    pool = tenant.ids.get(type_name)
    if not pool:
        raise MissingRecipe(f"add an argument recipe for {where}: seed organisation {tenant.mark} with a {type_name}")
    return list(pool) if many else pool[0]


Path_ = tuple[str, ...]


def selection(t: GraphQLOutputType, depth: int, concrete: str | None, at: Path_, pruned: frozenset[Path_]) -> str:
    """Scalars and enums of the type, objects `depth` levels down, connections as totalCount and
    their nodes; `pruned` paths (fields refused in an earlier answer) are left out."""
    named = get_named_type(t)
    if is_leaf_type(named):
        return ""
    if isinstance(named, GraphQLInterfaceType):
        # One fragment per type would conflict (Action.status vs AnalysisJob.status): node(id) is
        # called once per type, with that type's fragment.
        impl = SCHEMA.get_type(concrete) if concrete else None
        if isinstance(impl, GraphQLObjectType):
            return f"__typename ... on {impl.name} {{ {selection(impl, depth, None, at, pruned)} }}"
        leaves = (n for n, f in named.fields.items() if is_leaf_type(get_named_type(f.type)) and (*at, n) not in pruned)
        return " ".join(["__typename", *leaves])
    assert isinstance(named, GraphQLObjectType)
    if named.name.endswith("Connection") and "edges" in named.fields:
        edge = get_named_type(named.fields["edges"].type)
        assert isinstance(edge, GraphQLObjectType)
        node = selection(edge.fields["node"].type, depth, None, (*at, "edges", "node"), pruned)
        return f"totalCount edges {{ node {{ {node} }} }}"
    parts = []
    for fname, f in named.fields.items():
        if any(is_required_argument(a) for a in f.args.values()) or (*at, fname) in pruned:
            continue
        if is_leaf_type(get_named_type(f.type)):
            parts.append(fname)
        elif depth > 0 and (inner := selection(f.type, depth - 1, None, (*at, fname), pruned)):
            parts.append(f"{fname} {{ {inner} }}")
    return " ".join(parts)


def token_count(document: str) -> int:
    lexer, count = Lexer(Source(document)), 0
    while lexer.advance().kind != TokenKind.EOF:
        count += 1
    return count


@dataclass
class Call:
    operation: str  # query | mutation
    name: str
    kind: str | None  # the node type node(id) is asked for
    variables: dict[str, Any]
    names_a: bool  # an argument holds one of A's ids
    mixed: bool = False  # and another one of B's

    def document(self, pruned: frozenset[Path_] = frozenset()) -> str:
        return render(self.operation, self.name, self.kind, tuple(self.variables), pruned)


@functools.cache
def render(operation: str, name: str, kind: str | None, arguments: tuple[str, ...], pruned: frozenset[Path_]) -> str:
    """The operation's text: the largest selection (MAX_DEPTH levels down at most) that the server's
    token limit allows; checked against the schema here, so a bad recipe fails with its name."""
    root = SCHEMA.query_type if operation == "query" else SCHEMA.mutation_type
    assert root is not None
    f = root.fields[name]
    defs = ", ".join(f"${arg}: {f.args[arg].type}" for arg in arguments)
    args = ", ".join(f"{arg}: ${arg}" for arg in arguments)
    head = f"{operation}({defs})" if defs else operation
    call = f"{name}({args})" if args else name
    for depth in range(MAX_DEPTH, -1, -1):
        sel = selection(f.type, depth, kind, (name,), pruned)
        text = f"{head} {{ {call} {{ {sel} }} }}" if sel else f"{head} {{ {call} }}"
        if token_count(text) <= MAX_TOKENS:
            errors = validate(SCHEMA, parse(text))
            assert not errors, (text, errors)
            return text
    raise AssertionError(f"no selection of {name} fits in {MAX_TOKENS} tokens")


def calls_for(operation: str, name: str, f: GraphQLField, a: Tenant, b: Tenant) -> list[Call]:
    """Every way the field is tried: only required arguments; every ID argument; for a mutation every
    argument; each value of an enum or Boolean argument; and each ID slot taking B's id once."""
    node_type = node_type_of(f)
    types = node_types() if node_type == "*" and "id" in f.args else [node_type]
    modes = ["required", "ids", "full"] if operation == "mutation" else ["required", "ids"]
    found: dict[str, Call] = {}

    def add(mode: str, kind: str | None, overrides: dict[str, Any], b_position: int | None = None) -> Build:
        build = Build(mode=mode, node_type=kind, a=a, b=b, b_position=b_position)
        variables: dict[str, Any] = {}
        for arg_name, arg in f.args.items():
            wanted = (is_required_argument(arg) or mode == "full" or (mode == "ids" and carries_id(arg.type)))
            if arg_name in overrides:
                variables[arg_name] = overrides[arg_name]
            elif wanted:
                variables[arg_name] = value(arg.type, arg_name, f"{operation.capitalize()}.{name}({arg_name})", build)
        key = re.sub(r"iso-call-\d+|iso\d+@", "#", json.dumps(variables, sort_keys=True))  # fresh values alike
        if key not in found:
            found[key] = Call(operation, name, kind, variables, build.names_a, b_position is not None)
            found[key].document()  # well-formed, or fail here
        return build

    def add_mixed(mode: str, kind: str | None, overrides: dict[str, Any]) -> None:
        slots = add(mode, kind, overrides).position
        for b_position in range(slots if slots > 1 else 0):
            add(mode, kind, overrides, b_position)

    for kind in types:
        for mode in modes:
            add_mixed(mode, kind, {})
        # Every value of an enum or Boolean argument, in order: a status argument walks B's own
        # object through its states (NEW, ASSIGNED, ... RESOLVED with A's root-cause topic).
        richest = modes[-1]
        for arg_name, arg in f.args.items():
            named = get_named_type(arg.type)
            if richest != "full" and not is_required_argument(arg):
                continue
            if isinstance(named, GraphQLEnumType):
                for enum_value in named.values:
                    add_mixed(richest, kind, {arg_name: enum_value})
            elif named.name == "Boolean":
                for flag in (True, False):
                    add_mixed(richest, kind, {arg_name: flag})
    return list(found.values())


def all_calls(a: Tenant, b: Tenant) -> list[Call]:
    calls: list[Call] = []
    missing: list[str] = []
    for operation, root in (("query", SCHEMA.query_type), ("mutation", SCHEMA.mutation_type)):
        assert root is not None
        for name, f in root.fields.items():
            try:
                calls.extend(calls_for(operation, name, f, a, b))
            except MissingRecipe as exc:
                missing.append(str(exc))
    assert not missing, "\n".join(missing)
    return calls


# --- checks -----------------------------------------------------------------------------------------


def strings(value: Any, at: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) of every string in an answer, keys included."""
    if isinstance(value, str):
        yield at, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield at, str(k)
            yield from strings(v, f"{at}.{k}" if at else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from strings(v, f"{at}[{i}]")


def id_values(value: Any, at: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "id" or k.endswith("Id"):
                yield from ((f"{at}.{k}", x) for x in (v if isinstance(v, list) else [v]))
            yield from id_values(v, f"{at}.{k}" if at else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from id_values(v, f"{at}[{i}]")


def leaks(body: dict[str, Any], a: Tenant, call: Call, *, public: bool) -> list[str]:
    """A's data in an answer: marked or secret strings anywhere (what the caller sent excepted: it
    may be echoed in an error), A's ids in `data`. The public survey itself is public."""
    echoed = {text for _, text in strings(call.variables)} - {""}
    allowed_ids: set[str] = set()
    if public:  # the survey as a respondent sees it (the hosted page shows its name)
        allowed_ids = set(a.ids["Survey"][:1])
        echoed |= {*a.public_texts, *allowed_ids}
    a_ids = a.all_ids()
    found = []
    for where, text in strings(body):
        scrubbed = text
        for sent in sorted(echoed, key=len, reverse=True):
            scrubbed = scrubbed.replace(sent, "")
        if a.mark in scrubbed or any(secret in scrubbed for secret in a.secrets):
            found.append(f"{where} = {text[:160]!r}")
        for gid in a_ids - echoed:
            if re.search(rf"(?<![\w-]){re.escape(gid)}(?![\w-])", scrubbed):
                found.append(f"A's id {gid} at {where} = {text[:160]!r}")
    for where, gid in id_values(body.get("data")):
        if gid in a_ids and gid not in allowed_ids:
            found.append(f"{where} = {gid} (A's)")
    return found


def request_errors(body: dict[str, Any]) -> list[Any]:
    """Errors of the operation itself (validation, variables): the test's own fault."""
    return [e for e in body.get("errors") or [] if "path" not in e]


def refused(body: dict[str, Any], name: str) -> bool:
    if body.get("errors"):
        return True
    payload = (body.get("data") or {}).get(name)
    return isinstance(payload, dict) and bool(payload.get("errors"))


async def answers(client: httpx.AsyncClient, key: str | None, call: Call) -> list[dict[str, Any]]:
    """The answer, then the answers with each refused nested field left out: a refused field nulls
    its parents, which would hide what their other fields give away."""
    headers = {"authorization": f"Bearer {key}"} if key else {}
    bodies: list[dict[str, Any]] = []
    pruned: frozenset[Path_] = frozenset()
    for _ in range(8):
        sent = await client.post("/graphql", json={"query": call.document(pruned), "variables": call.variables},
                                 headers=headers)
        body: dict[str, Any] = sent.json()
        bodies.append(body)
        refused_paths = {tuple(str(p) for p in e["path"] if isinstance(p, str))
                         for e in body.get("errors") or [] if len(e.get("path") or []) > 1}
        if refused_paths <= pruned:
            break
        pruned |= refused_paths
    return bodies


def describe(call: Call) -> str:
    return f"{call.operation} {call.name}({json.dumps(call.variables, ensure_ascii=False)[:300]})"


@pytest.fixture
def app_settings(settings: Settings) -> Settings:
    """Webhooks on loopback are allowed here (A's webhook points at 127.0.0.1)."""
    return settings.model_copy(update={"rate_limit_per_ip": "100000/minute", "rate_limit_per_survey": "100000/minute",
                                       "rate_limit_per_api_key": "100000/minute", "webhook_allow_private": True})


def test_every_field_has_an_argument_recipe() -> None:
    """Pure schema walk: a new field the recipes cannot serve fails here first, with its name."""
    fake = {t: [encode_id(t, 1)] for t in [*node_types(), "CaseRule"]}
    a = Tenant(org=Organization(id=1), key="", mark=MARK_A, ids=fake, token="t", external_id="e")
    b = Tenant(org=Organization(id=2), key="", mark=MARK_B, ids=fake, token="t", external_id="e")
    calls = all_calls(a, b)
    assert {c.name for c in calls} == {*SCHEMA.query_type.fields, *SCHEMA.mutation_type.fields}  # type: ignore[union-attr]


async def test_another_organisation_and_no_key_see_and_change_nothing(
    client: httpx.AsyncClient, org: Organization, admin_key: str
) -> None:
    a = await seed(client, org, admin_key, MARK_A)
    other = await get_or_create_organization(name="Org B")
    b_key = (await create_api_key(organization=other, role=Role.ADMIN, name="b admin"))[1]
    b = await seed(client, other, b_key, MARK_B)
    missing_types = set(node_types()) - set(a.ids)
    assert not missing_types, f"seed organisation A with: {missing_types}"
    calls = all_calls(a, b)
    problems: list[str] = []

    # Positive control: A's own key gets well-formed answers to the queries and sees A's data in them.
    seen: list[str] = []
    for call in calls:
        if call.operation == "query" and not call.mixed:
            for body in await answers(client, a.key, call):
                problems.extend(f"A's own key: {describe(call)} fails: {e}" for e in body.get("errors") or [])
                seen.extend(text for _, text in strings(body.get("data")))
                fetched = (body.get("data") or {}).get("node")
                if call.name == "node" and call.kind not in NOT_FETCHABLE and call.names_a and not fetched:
                    problems.append(f"A's own key: node({call.kind}) is null")
    seen_text = "\n".join(seen)
    for marker in (*(f"{MARK_A}{m}" for m in (
            " comment", " 问卷", "-hook", " 配送", " Team", " Agent", "-route", " action", " description",
            " case note", " action note", "stop", "term", " stage", " error", " delivery", " boom", "-plan",
            "-alice", " normalized", "kw", " 群", " alert", " vendor said no", "-ou")), *a.secrets[:2], a.secrets[3]):
        if marker not in seen_text:
            problems.append(f"positive control: A's own key never saw {marker!r}: the selections miss it")
    assert not problems, "\n".join(problems)

    before = await snapshot(a.org.id)
    sent = {"query": 0, "mutation": 0}
    by_field: dict[tuple[str, str], list[Call]] = {}
    for call in calls:
        by_field.setdefault((call.operation, call.name), []).append(call)
    for (operation, name), field_calls in by_field.items():
        public = name in PUBLIC
        for key in (b.key, None):
            who = "B's key" if key else "no key"
            # Without a key, one refused call per field is enough (node: one per type).
            tried = field_calls if key or public or name == "node" else field_calls[-1:]
            for call in tried:
                bodies = await answers(client, key, call)
                sent[operation] += len(bodies)
                first = bodies[0]
                if request_errors(first):
                    problems.append(f"invalid operation {describe(call)}: {request_errors(first)}")
                    continue
                problems.extend(f"{who}: {describe(call)} leaks {leak}"
                                for body in bodies for leak in leaks(body, a, call, public=public))
                if key is None and not public:
                    codes = {(e.get("extensions") or {}).get("code") for e in first.get("errors") or []}
                    if "UNAUTHENTICATED" not in codes or (first.get("data") or {}).get(name) is not None:
                        problems.append(f"no key: {describe(call)} is not refused: {json.dumps(first)[:300]}")
                elif key and operation == "mutation" and call.names_a and not refused(first, name):
                    problems.append(f"B's key: {describe(call)} names A's ids and is not refused: "
                                    f"{json.dumps(first, ensure_ascii=False)[:300]}")
            if operation == "mutation":
                after = await snapshot(a.org.id)
                if public:
                    before = after  # recordDisplay and submitResponse write to A by design: no change check
                elif after != before:
                    problems.append(f"{who}: mutation {name} changed A: {diff(before, after)}")
                    before = after
    fields = {op: sum(1 for o, _ in by_field if o == op) for op in ("query", "mutation")}
    print(f"\nisolation: {fields['query']} query fields ({len(node_types())} node types), "
          f"{fields['mutation']} mutation fields; {len(calls)} argument sets; requests sent: {sent}")
    assert not problems, "\n".join(problems)
