"""Hostile respondent identity tokens on every public call: refused with INVALID_IDENTITY (or
VALIDATION for unusable claims), and no respondent, response or display is stored.

tests/api/test_bad_input.py covers an expired token, one signed with an unknown secret, one
without `exp` and a non-JWT string on submitResponse; here come the other forgeries, another
organisation's real secret, and the three public calls each.
"""

from __future__ import annotations

import base64
import hmac
import json
import time
from typing import Any

import jwt
import pytest

from core.service import get_or_create_organization
from surveys.models import Respondent
from tests.support.client import GraphQL
from tests.support.ops import DISPLAY, FOR_RESPONDENT, SUBMIT, active_survey
from tests.support.rows import row_counts

NOW = int(time.time())


def _b64(data: dict[str, Any] | bytes) -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _signed(header: dict[str, Any], claims: dict[str, Any], secret: str, digest: str) -> str:
    """Signed by hand: PyJWT warns (an error here) about a 43-byte key for SHA-512."""
    signing_input = f"{_b64(header)}.{_b64(claims)}"
    mac = hmac.new(secret.encode(), signing_input.encode(), digest).digest()
    return f"{signing_input}.{_b64(mac)}"


def _unsigned(claims: dict[str, Any]) -> str:
    return f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(claims)}."


def forgeries(secret: str, other_org_secret: str) -> dict[str, tuple[str, str]]:
    """name → (token, the error code it must get)."""
    claims = {"sub": "victim-1", "exp": NOW + 600, "attributes": {"plan": "vip"}}
    good = jwt.encode(claims, secret, algorithm="HS256")
    header, payload, signature = good.split(".")
    return {
        "another organisation's secret": (jwt.encode(claims, other_org_secret, algorithm="HS256"), "INVALID_IDENTITY"),
        "alg none": (_unsigned(claims), "INVALID_IDENTITY"),
        "alg none, no trailing dot": (_unsigned(claims)[:-1], "INVALID_IDENTITY"),
        "alg None (case)": (f"{_b64({'alg': 'None'})}.{_b64(claims)}.", "INVALID_IDENTITY"),
        "HS512 with the right secret": (_signed({"alg": "HS512", "typ": "JWT"}, claims, secret, "sha512"),
                                        "INVALID_IDENTITY"),
        "RS256 header, HMAC signature": (f"{_b64({'alg': 'RS256', 'typ': 'JWT'})}.{payload}.{signature}",
                                         "INVALID_IDENTITY"),
        "payload swapped after signing": (f"{header}.{_b64({**claims, 'sub': 'admin'})}.{signature}",
                                          "INVALID_IDENTITY"),
        "signature cut short": (f"{header}.{payload}.{signature[:-4]}", "INVALID_IDENTITY"),
        "no signature": (f"{header}.{payload}.", "INVALID_IDENTITY"),
        "empty": ("", "INVALID_IDENTITY"),
        "dots only": ("..", "INVALID_IDENTITY"),
        "not base64": ("!!!.???.***", "INVALID_IDENTITY"),
        "header not JSON": (f"{_b64(b'not json')}.{payload}.{signature}", "INVALID_IDENTITY"),
        "4 segments": (good + ".x", "INVALID_IDENTITY"),
        "10 KB of padding": (good + "A" * 10_000, "INVALID_IDENTITY"),
        "expired by a minute": (jwt.encode({**claims, "exp": NOW - 60}, secret, algorithm="HS256"), "INVALID_IDENTITY"),
        "not valid yet": (jwt.encode({**claims, "nbf": NOW + 3600}, secret, algorithm="HS256"), "INVALID_IDENTITY"),
        "exp not a number": (jwt.encode({**claims, "exp": "tomorrow"}, secret, algorithm="HS256"),
                             "INVALID_IDENTITY"),
        "sub not a string": (jwt.encode({**claims, "sub": 42}, secret, algorithm="HS256"), "INVALID_IDENTITY"),
        # Signed with the right secret but unusable: each was a server error before (the column holds
        # 256 characters; PostgreSQL refuses NUL; the JSON encoder refuses NaN and huge integers).
        "sub of 300 characters": (jwt.encode({**claims, "sub": "u" * 300}, secret, algorithm="HS256"),
                                  "INVALID_IDENTITY"),
        "sub with a NUL": (jwt.encode({**claims, "sub": "u\x00"}, secret, algorithm="HS256"), "INVALID_IDENTITY"),
        "NaN attribute": (jwt.encode({**claims, "attributes": {"ltv": float("nan")}}, secret, algorithm="HS256"),
                          "VALIDATION"),
        "2**70 attribute": (jwt.encode({**claims, "attributes": {"ltv": 2**70}}, secret, algorithm="HS256"),
                            "VALIDATION"),
        "NUL in an attribute": (jwt.encode({**claims, "attributes": {"plan": "v\x00ip"}}, secret, algorithm="HS256"),
                                "VALIDATION"),
        "attributes not an object": (jwt.encode({**claims, "attributes": ["vip"]}, secret, algorithm="HS256"),
                                     "VALIDATION"),
    }


async def test_forged_identities_are_refused_by_every_public_call(gql: GraphQL, public: GraphQL) -> None:
    survey = await active_survey(gql)
    secret = (await gql("{ viewer { organization { identitySecret } } }"))["viewer"]["organization"]["identitySecret"]
    other = await get_or_create_organization(name="Other 商城")
    before = await row_counts()
    for i, (name, (token, code)) in enumerate(forgeries(secret, other.identity_secret).items()):
        respondent = {"token": token}
        submitted = (await public(SUBMIT, input={"token": survey["token"], "idempotencyKey": f"forged-{i:04d}",
                                                  "score": 10, "respondent": respondent}))["submitResponse"]
        assert submitted["response"] is None and submitted["errors"][0]["code"] == code, (name, submitted)
        shown = (await public(DISPLAY, token=survey["token"], respondent=respondent))["recordDisplay"]
        assert shown["ok"] is False and shown["errors"][0]["code"] == code, (name, shown)
        asked = (await public.raw(FOR_RESPONDENT, token=survey["token"], respondent=respondent)).json()
        assert asked["data"]["surveyForRespondent"] is None, name
        assert asked["errors"][0]["extensions"]["code"] == code, (name, asked)
    assert await row_counts() == before
    assert not await Respondent.filter(external_id__in=["victim-1", "admin"]).exists()


@pytest.mark.parametrize("claim", ["sub", "exp"])
async def test_a_token_missing_a_required_claim_is_refused(gql: GraphQL, public: GraphQL, claim: str) -> None:
    survey = await active_survey(gql)
    secret = (await gql("{ viewer { organization { identitySecret } } }"))["viewer"]["organization"]["identitySecret"]
    claims = {k: v for k, v in {"sub": "u1", "exp": NOW + 600}.items() if k != claim}
    token = jwt.encode(claims, secret, algorithm="HS256")
    refused = (await public(SUBMIT, input={"token": survey["token"], "idempotencyKey": f"missing-{claim}",
                                           "score": 10, "respondent": {"token": token}}))["submitResponse"]
    assert refused["errors"][0]["code"] == "INVALID_IDENTITY"
    assert (await row_counts())["responses"] == 0
