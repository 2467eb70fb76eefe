"""Schemathesis against a live VoC Loop server: seed data over HTTP, generate, call, check, report.

Shared by the short run in the test suite (tests/api/test_graphql_fuzz.py) and the long one
(scripts/fuzz.py). Everything here is synchronous (requests, Hypothesis): the test suite runs it in a
worker thread while its Uvicorn server answers on the event loop.

Generation:
- schemathesis `positive` (valid operations; real ids and survey tokens are substituted through
  schemathesis dictionaries so that resolvers get past NOT_FOUND) and `negative` (one schema violation
  per document: a wrong argument type, a missing required argument ... caught by GraphQL validation);
- our own `variables` mode: the valid document with its top-level arguments moved into variables, whose
  values are drawn from any JSON (wrong types, nulls, huge numbers, nested objects). GraphQL validation
  cannot see variables, so this reaches variable coercion and the custom scalars' `parse_value`.
Each runs with an admin API key of an organisation that has data, and anonymously.

A case fails when the response is a 5xx, carries a masked internal error (MaskErrors' message: the server
is served with masking on, as in production), carries a resolver error without an `extensions.code`
(an unexpected exception that masking would hide), is not a GraphQL response, breaks the schema
(null in a non-null field), or accepts a negative case without an error.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import graphql
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, Verbosity, given, settings
from hypothesis import seed as seeded
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode
from schemathesis.core.failures import FailureGroup
from schemathesis.core.result import Ok
from schemathesis.graphql import nodes
from schemathesis.specs.graphql.schemas import GraphQLSchema
from schemathesis.specs.openapi.checks import negative_data_rejection, response_schema_conformance

from core.settings import Settings

# MaskErrors' default message: api/schema.py masks every error whose original exception is not an
# ApiError (an expected refusal) when the server runs with env=production.
MASKED_MESSAGE = "Unexpected error."
MODES = ("positive", "negative", "variables")
AUTHS = ("admin", "anonymous")
# Served settings that turn masking on and keep introspection (schemathesis loads the schema with it)
# and raise the public rate limits: fuzzing measures input handling, not 429s (a 429 is no failure).
SERVER_ENV = {
    "VOC_ENV": "production",
    "VOC_SECRET_KEY": "fuzzing-secret-not-for-production-use",
    "VOC_INTROSPECTION": "true",
    "VOC_RATE_LIMIT_PER_IP": "1000000/minute",
    "VOC_RATE_LIMIT_PER_SURVEY": "1000000/minute",
    "VOC_RATE_LIMIT_PER_API_KEY": "1000000/minute",
}


def fuzz_settings(suite: Settings) -> Settings:
    """SERVER_ENV as settings, on top of the suite's (for a server run in the test process)."""
    return suite.model_copy(update={
        "env": "production", "secret_key": SERVER_ENV["VOC_SECRET_KEY"], "introspection": True,
        "rate_limit_per_ip": "1000000/minute", "rate_limit_per_survey": "1000000/minute",
        "rate_limit_per_api_key": "1000000/minute"})


def _json_nodes() -> st.SearchStrategy[graphql.ValueNode]:
    """Any JSON value as a GraphQL literal, the JSON scalar's input (schemathesis has no strategy for it)."""
    leaves: st.SearchStrategy[graphql.ValueNode] = st.one_of(
        st.integers(min_value=-(2**31), max_value=2**31 - 1).map(nodes.Int),
        st.floats(allow_nan=False, allow_infinity=False, width=32).map(nodes.Float),
        st.text(max_size=20).map(nodes.String),
        st.booleans().map(nodes.Boolean),
        st.just(nodes.Null),
    )
    keys = st.sampled_from(["id", "type", "text", "main", "questions", "followUps", "options", "min", "max",
                            "required", "label", "band", "minScore", "maxScore", "thankYou", "plan", "city"])
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4).map(nodes.List),
            st.dictionaries(keys, inner, max_size=4).map(
                lambda fields: nodes.Object([graphql.ObjectFieldNode(name=graphql.NameNode(value=key), value=value)
                                             for key, value in fields.items()])),
        ),
        max_leaves=12,
    )


schemathesis.graphql.scalar("JSON", _json_nodes())

# Plain JSON for the `variables` mode: whatever a client may put in a variable.
ANY_JSON: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30) | st.sampled_from(["", "2025-01-01T00:00:00Z", "not-a-date", "U3VydmV5OjE=", "NPS",
                                              "DETRACTOR", "-1", "1e309", "\x00", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)


def _post(base_url: str, key: str | None, query: str, **variables: Any) -> dict[str, Any]:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    response = requests.post(f"{base_url}/graphql", json={"query": query, "variables": variables},
                             headers=headers, timeout=30)
    body: dict[str, Any] = response.json()
    assert response.status_code == 200 and "errors" not in body, (query, body)
    data: dict[str, Any] = body["data"]
    return data


@dataclass
class Seed:
    """What the fuzzed organisation holds: real ids and tokens for the dictionaries."""

    key: str
    ids: list[str] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    external_ids: list[str] = field(default_factory=list)


CREATE = """mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id token } errors { code } } }"""
PUBLISH = "mutation($id: ID!) { publishSurvey(id: $id) { errors { code } } }"
SUBMIT = """mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { response { id } errors { code field message } } }"""
COMMENTS = ["闪退太频繁了，根本没法用", "客服态度很好，物流也快", "会员卡充值失败三次", "界面还行，就是广告太多",
            "Checkout keeps failing on iOS", "很满意，推荐给朋友了", "退款太慢，等了两个星期", "价格偏贵"]


def seed(base_url: str, key: str) -> Seed:
    """Surveys (active NPS and CSAT, a draft), responses with comments and identities, the cases their low
    scores open, a team, an agent and an action: the organisation the admin key fuzzes. Fewer than 30
    comments, so that a fuzzed `fitTopics` fails fast instead of fitting a model."""
    out = Seed(key=key)
    surveys = [({"name": "Fuzz NPS", "kind": "NPS", "locale": "zh-CN"}, True),
               ({"name": "Fuzz CSAT", "kind": "CSAT", "locale": "en"}, True),
               ({"name": "Fuzz CES draft", "kind": "CES"}, False)]
    for survey_input, publish in surveys:
        survey = _post(base_url, key, CREATE, input=survey_input)["createSurvey"]["survey"]
        out.ids.append(survey["id"])
        out.tokens.append(survey["token"])
        if publish:
            _post(base_url, key, PUBLISH, id=survey["id"])
    for i, comment in enumerate(COMMENTS):
        external_id = f"fuzz-user-{i}"
        out.external_ids.append(external_id)
        token, score = (out.tokens[0], [0, 3, 6, 8, 9, 10, 5, 7][i]) if i < 6 else (out.tokens[1], i - 5)
        submitted = _post(base_url, None, SUBMIT, input={
            "token": token, "idempotencyKey": f"fuzz-seed-{i:04d}", "score": score, "comment": comment,
            "respondent": {"externalId": external_id, "attributes": {"plan": "pro" if i % 2 else "free"}}})
        assert submitted["submitResponse"]["response"], submitted
        out.ids.append(submitted["submitResponse"]["response"]["id"])
    team = _post(base_url, key, 'mutation { createTeam(name: "Support", isDefault: true) { team { id } } }')
    team_id = team["createTeam"]["team"]["id"]
    user = _post(base_url, key, "mutation { createUser(name: \"Agent\", role: AGENT) { user { id } } }")
    user_id = user["createUser"]["user"]["id"]
    _post(base_url, key, "mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u) { errors { code } } }",
          t=team_id, u=user_id)
    action = _post(base_url, key, "mutation($r: [ID!]) { createAction(input: {title: \"Fix crash\", responseIds: $r})"
                                  " { action { id } } }", r=out.ids[3:5])
    cases = _post(base_url, key, "{ cases(first: 50) { edges { node { id } } } }")
    viewer = _post(base_url, key, "{ viewer { organization { id } } }")
    out.ids += [team_id, user_id, action["createAction"]["action"]["id"], viewer["viewer"]["organization"]["id"]]
    out.ids += [edge["node"]["id"] for edge in cases["cases"]["edges"]]
    return out


# Arguments that take an id or a survey token, by name at any depth of any operation.
ID_ARGUMENTS = ["id", "ids", "surveyId", "responseId", "actionId", "teamId", "userId", "assigneeId", "leadId",
                "fallbackOwnerId", "duplicateOfId", "rootCauseTopicId", "responseIds", "caseIds", "topicIds",
                "input.surveyId", "input.ownerId", "input.responseIds", "input.caseIds", "filter.surveyId",
                "filter.assigneeId", "filter.teamId", "filter.ownerId"]
TOKEN_ARGUMENTS = ["token", "input.token"]
LIST_ARGUMENTS = {"ids", "responseIds", "caseIds", "topicIds"}


def config_for(data: Seed) -> schemathesis.Config:
    """Schemathesis config: dictionaries of the seeded ids and tokens, substituted in positive cases."""
    parameters: dict[str, Any] = {}
    for name in ID_ARGUMENTS:
        key = name + ("[*]" if name.rpartition(".")[2] in LIST_ARGUMENTS else "")
        parameters[f"*.*.{key}"] = {"dictionary": "ids", "probability": 0.8}
    for name in TOKEN_ARGUMENTS:
        parameters[f"*.*.{name}"] = {"dictionary": "tokens", "probability": 0.8}
    parameters["Mutation.eraseRespondent.externalId"] = {"dictionary": "externalIds", "probability": 0.5}
    return schemathesis.Config.from_dict({
        "dictionaries": {"ids": {"values": data.ids}, "tokens": {"values": data.tokens},
                         "externalIds": {"values": data.external_ids}},
        "parameters": parameters,
        # The server refuses NUL in strings by design (400): positive cases leave it out, so that a valid
        # document refused by validation is a finding; the variables mode still sends NULs.
        "generation": {"allow-x00": False},
    })


def load_schema(base_url: str, data: Seed) -> GraphQLSchema:
    schema = schemathesis.graphql.from_url(f"{base_url}/graphql", config=config_for(data), timeout=30)
    assert isinstance(schema, GraphQLSchema)
    return schema


@dataclass
class Finding:
    mode: str
    auth: str
    operation: str
    reason: str
    status: int
    query: str
    variables: dict[str, Any] | None
    response: str

    def describe(self) -> str:
        variables = f"\n  variables: {json.dumps(self.variables, ensure_ascii=False)}" if self.variables else ""
        return (f"[{self.mode}/{self.auth}] {self.operation}: {self.reason} (HTTP {self.status})\n"
                f"  query: {self.query}{variables}\n  response: {self.response[:600]}")


@dataclass
class Report:
    cases: Counter[tuple[str, str]] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    operations: set[str] = field(default_factory=set)
    findings: list[Finding] = field(default_factory=list)
    slowest: list[tuple[float, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.cases.values())

    def summary(self) -> dict[str, Any]:
        return {
            "cases": self.total,
            "by_mode_auth": {f"{mode}/{auth}": n for (mode, auth), n in sorted(self.cases.items())},
            "statuses": {str(code): n for code, n in sorted(self.statuses.items())},
            "outcomes": dict(sorted(self.outcomes.items())),
            "error_codes": dict(self.codes.most_common(20)),
            "operations": len(self.operations),
            "failures": len(self.findings),
            "distinct_failures": len({(f.operation, f.reason) for f in self.findings}),
            "slowest": [f"{label} {seconds} s" for seconds, label in self.slowest],
            "seconds": round(self.seconds, 1),
        }


def problems(status: int, body: Any, *, negative: bool, positive: bool) -> list[str]:
    """Our checks beside schemathesis's own: the reasons this response is a failure."""
    found: list[str] = []
    if status >= 500:
        found.append(f"server error {status}")
    if not isinstance(body, dict) or not ({"data", "errors"} & body.keys()):
        # A request refused before GraphQL (a body the server will not parse) may answer 4xx in plain text.
        if not 400 <= status < 500:
            found.append("not a GraphQL response")
        return found
    errors = body.get("errors") or []
    for error in errors:
        if not isinstance(error, dict) or not isinstance(error.get("message"), str):
            found.append("malformed error entry")
            continue
        code = (error.get("extensions") or {}).get("code")
        if error["message"] == MASKED_MESSAGE:
            found.append("masked internal error")
        elif "path" in error and code is None and "non-nullable" not in error["message"]:
            found.append(f"unexpected resolver error: {error['message'][:200]}")
    if negative and not errors:
        found.append("negative case accepted without an error")
    if positive and errors and body.get("data") is None and all("path" not in e for e in errors):
        # schemathesis's positive_data_acceptance, less the documented document limits (depth, aliases, tokens).
        messages = [str(e.get("message")) for e in errors if isinstance(e, dict)]
        if not all("maximum" in message for message in messages):
            found.append(f"valid document refused: {messages[0][:200]}")
    return found


def _outcome(status: int, body: Any) -> tuple[str, list[str]]:
    if not isinstance(body, dict):
        return "invalid", []
    errors = body.get("errors") or []
    codes = [str((e.get("extensions") or {}).get("code", "")) for e in errors if isinstance(e, dict)]
    if not errors:
        return "accepted", codes
    if body.get("data") is None and all("path" not in e for e in errors if isinstance(e, dict)):
        return "rejected by validation", codes
    return "refused by resolver", codes


def _variable_value(given: Any) -> st.SearchStrategy[Any]:
    """The generated (valid) value half of the time, so that most variables documents carry one or two
    wrong values beside valid ones and reach the resolvers; any JSON otherwise."""
    return ANY_JSON if given is _ABSENT else st.one_of(st.just(given), ANY_JSON)


_ABSENT = object()


def hoist_arguments(document: str, schema: graphql.GraphQLSchema,
                    values: Callable[[str, Any], Any]) -> tuple[str, dict[str, Any]] | None:
    """The document with its root field's arguments moved into variables of the declared types, each
    given `values(argument name, the generated value or _ABSENT)`; None when the field takes no arguments."""
    ast = graphql.parse(document)
    operation = next(d for d in ast.definitions if isinstance(d, graphql.OperationDefinitionNode))
    root_type = schema.mutation_type if operation.operation == graphql.OperationType.MUTATION else schema.query_type
    assert root_type is not None
    root = operation.selection_set.selections[0]
    assert isinstance(root, graphql.FieldNode)
    definition = root_type.fields[root.name.value]
    if not definition.args:
        return None
    given = {argument.name.value: argument.value for argument in root.arguments or ()}
    variables: dict[str, Any] = {}
    definitions = []
    arguments = []
    for name, argument in definition.args.items():
        var = f"v_{name}"
        definitions.append(graphql.VariableDefinitionNode(
            variable=graphql.VariableNode(name=graphql.NameNode(value=var)),
            type=graphql.parse_type(str(argument.type))))
        arguments.append(graphql.ArgumentNode(name=graphql.NameNode(value=name),
                                              value=graphql.VariableNode(name=graphql.NameNode(value=var))))
        literal = given.get(name)
        variables[var] = values(name, _ABSENT if literal is None else graphql.value_from_ast_untyped(literal))
    new_root = graphql.FieldNode(alias=root.alias, name=root.name, arguments=tuple(arguments),
                                 directives=root.directives, selection_set=root.selection_set)
    new_operation = graphql.OperationDefinitionNode(
        operation=operation.operation, name=operation.name, variable_definitions=tuple(definitions),
        directives=operation.directives,
        selection_set=graphql.SelectionSetNode(selections=(new_root, *operation.selection_set.selections[1:])))
    return graphql.print_ast(graphql.DocumentNode(definitions=(new_operation,))), variables


@contextmanager
def _timed(report: Report) -> Iterator[None]:
    started = time.monotonic()
    try:
        yield
    finally:
        report.seconds += time.monotonic() - started


def run(schema: GraphQLSchema, base_url: str, data: Seed, *, examples: int, seed: int = 0,
        modes: tuple[str, ...] = MODES, auths: tuple[str, ...] = AUTHS, group: int = 1,
        log: Callable[[str], None] | None = None) -> Report:
    """`examples` cases for every `group` operations (in schema order), mode and auth: with group=1, for
    every operation (Hypothesis's first case is the simplest: nulls, zeros, empty strings); with a larger
    group each case is for an operation drawn from it (the short run: most operations, varied data, few
    cases)."""
    report = Report()
    session = requests.Session()
    operations = [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]
    with _timed(report):
        for mode in modes:
            generation = GenerationMode.NEGATIVE if mode == "negative" else GenerationMode.POSITIVE
            strategies = {op.label: op.as_strategy(generation_mode=generation) for op in operations}
            for auth in auths:
                headers = {"authorization": f"Bearer {data.key}"} if auth == "admin" else {}
                groups = [operations[i:i + group] for i in range(0, len(operations), group)]
                for index, chosen in enumerate(groups):
                    cases = st.one_of([strategies[op.label] for op in chosen])
                    call = _Caller(mode, auth, headers, base_url, session, schema.client_schema, report)
                    _fuzz(call, cases, examples=examples, seed=seed * 100_003 + index)
                if log:
                    log(f"{mode}/{auth}: {report.cases[(mode, auth)]} cases, {len(report.findings)} failures so far")
    return report


def _fuzz(call: _Caller, cases: st.SearchStrategy[Case[Any]], *, examples: int, seed: int) -> None:
    @seeded(seed)
    @settings(max_examples=examples, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet)
    @given(cases, st.data())
    def one(case: Case[Any], draw: st.DataObject) -> None:
        call(case, draw)

    one()


@dataclass
class _Caller:
    mode: str
    auth: str
    headers: dict[str, str]
    base_url: str
    session: requests.Session
    client_schema: graphql.GraphQLSchema
    report: Report

    def __call__(self, case: Case[Any], draw: st.DataObject) -> None:
        mode, auth, report = self.mode, self.auth, self.report
        label = case.operation.label
        variables: dict[str, Any] | None = None
        document = str(case.body)
        if mode == "variables":
            assert isinstance(case.body, str)
            hoisted = hoist_arguments(case.body, self.client_schema,
                                      lambda name, given: draw.draw(_variable_value(given), label=name))
            if hoisted is None:
                return  # nothing to put in variables
            document, variables = hoisted
            case.body = document
        negative = case.meta is not None and case.meta.generation.mode.is_negative
        if mode == "negative" and not negative:
            return  # schemathesis fell back to a valid case: nothing in this operation to violate
        url = f"{self.base_url}/graphql"
        started = time.monotonic()
        try:
            if variables is None:
                response = case.call(base_url=url, session=self.session, headers=self.headers, timeout=30)
                status, text = response.status_code, response.text
            else:
                raw = self.session.post(url, json={"query": document, "variables": variables},
                                        headers=self.headers, timeout=30)
                status, text = raw.status_code, raw.text
        except requests.RequestException as exc:  # a hang or a dropped connection is a failure too
            report.cases[(mode, auth)] += 1
            report.findings.append(Finding(mode, auth, label, f"no response: {type(exc).__name__}", 0,
                                           str(case.body), variables, str(exc)))
            return
        try:
            body = json.loads(text)
        except ValueError:
            body = None
        report.cases[(mode, auth)] += 1
        report.slowest = sorted([*report.slowest, (round(time.monotonic() - started, 2), label)], reverse=True)[:5]
        report.statuses[status] += 1
        report.operations.add(label)
        outcome, codes = _outcome(status, body)
        report.outcomes[f"{mode}: {outcome}"] += 1
        report.codes.update(code for code in codes if code)
        reasons = problems(status, body, negative=negative, positive=mode == "positive")
        if variables is None:
            reasons += _schemathesis_failures(case, response)
        for reason in dict.fromkeys(reasons):
            report.findings.append(Finding(mode, auth, label, reason, status, str(case.body), variables, text))


def _schemathesis_failures(case: Case[Any], response: Any) -> list[str]:
    """Schemathesis's GraphQL checks: the response is a GraphQL object that honours the schema's
    non-null fields; a negative case is refused."""
    try:
        case.validate_response(response, checks=[response_schema_conformance, negative_data_rejection])
    except FailureGroup as group:
        return [f"schemathesis: {failure.title}: {failure.message[:200]}" for failure in group.exceptions]
    return []
