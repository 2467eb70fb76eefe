"""Respondent identity: an external id with attributes, verified when the host signs a JWT. How a
respondent is stored: surveys.writes."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import jwt

from core.errors import ValidationFailed
from core.models import Organization
from surveys.errors import InvalidIdentity
from surveys.models import Respondent

MAX_EXTERNAL_ID = 256
MAX_INT = 2**63 - 1
# What no text column stores (NUL) or UTF-8 cannot encode (an unpaired surrogate). Request bodies are
# checked by the API; a signed token's claims only here.
BAD_TEXT = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True)
class RespondentData:
    external_id: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    token: str | None = None
    account: str | None = None  # the external id of the respondent's account (company)


@dataclass(frozen=True)
class Identity:
    external_id: str | None
    attributes: dict[str, Any]
    verified: bool
    # The external id of the respondent's account; None leaves a stored one as it is. An id no account
    # has (yet) is kept: the host may import its accounts after its people answer.
    account: str | None = None


@dataclass(frozen=True)
class AttributeLimits:
    """VOC_MAX_ATTRIBUTES and VOC_MAX_ATTRIBUTE_VALUE_CHARS."""

    max_attributes: int
    max_value_chars: int


def check_attributes(attributes: Any, limits: AttributeLimits) -> dict[str, Any]:
    if attributes is None:
        return {}
    if not isinstance(attributes, dict):
        raise ValidationFailed("attributes must be an object", field="respondent.attributes")
    if len(attributes) > limits.max_attributes:
        raise ValidationFailed(f"at most {limits.max_attributes} attributes", field="respondent.attributes")
    clean: dict[str, Any] = {}
    for key, value in attributes.items():
        if not isinstance(key, str) or not 0 < len(key) <= 64:
            raise ValidationFailed("attribute names must be 1-64 characters", field="respondent.attributes")
        if value is not None and not isinstance(value, str | int | float | bool):
            raise ValidationFailed(f"attribute {key!r} must be a string, number or boolean",
                                   field=f"respondent.attributes.{key}")
        # A signed token's claims are parsed by PyJWT (NaN and huge integers allowed), and no JSON
        # column or encoder downstream takes those.
        if (isinstance(value, float) and not math.isfinite(value)) or (isinstance(value, int) and abs(value) > MAX_INT):
            raise ValidationFailed(f"attribute {key!r} must be a finite number within 64 bits",
                                   field=f"respondent.attributes.{key}")
        if BAD_TEXT.search(key) or (isinstance(value, str) and BAD_TEXT.search(value)):
            raise ValidationFailed(f"attribute {key!r} has a NUL character or an unpaired surrogate",
                                   field=f"respondent.attributes.{key}")
        if len(str(value)) > limits.max_value_chars:
            raise ValidationFailed(
                f"attribute {key!r} is longer than {limits.max_value_chars} characters",
                field=f"respondent.attributes.{key}",
            )
        clean[key] = value
    return clean


def check_account(account: Any, field: str) -> str | None:
    if account is None:
        return None
    if not isinstance(account, str) or not 0 < len(account) <= MAX_EXTERNAL_ID or BAD_TEXT.search(account):
        raise ValidationFailed(f"account must be 1-{MAX_EXTERNAL_ID} plain characters", field=field)
    return account


def resolve_identity(*, organization: Organization, data: RespondentData | None, limits: AttributeLimits) -> Identity:
    """Check the claimed identity; a JWT signed with the organisation's secret makes it verified."""
    if data is None:
        return Identity(external_id=None, attributes={}, verified=False)
    attributes = check_attributes(data.attributes, limits)
    external_id = data.external_id
    if external_id is not None and not 0 < len(external_id) <= MAX_EXTERNAL_ID:
        raise ValidationFailed(f"externalId must be 1-{MAX_EXTERNAL_ID} characters", field="respondent.externalId")
    account = check_account(data.account, "respondent.account")
    if data.token is None:
        return Identity(external_id=external_id, attributes=attributes, verified=False, account=account)
    try:
        claims = jwt.decode(
            data.token, organization.identity_secret, algorithms=["HS256"], options={"require": ["exp", "sub"]}
        )
    except jwt.ExpiredSignatureError as exc:
        raise InvalidIdentity("the identity token has expired", field="respondent.token") from exc
    except jwt.InvalidTokenError as exc:
        raise InvalidIdentity(f"the identity token is not valid: {exc}", field="respondent.token") from exc
    subject = str(claims["sub"])
    if not 0 < len(subject) <= MAX_EXTERNAL_ID or BAD_TEXT.search(subject):  # a longer one failed to store
        raise InvalidIdentity(f"the identity token's subject must be 1-{MAX_EXTERNAL_ID} plain characters",
                              field="respondent.token")
    if external_id is not None and external_id != subject:
        raise InvalidIdentity("externalId differs from the identity token's subject", field="respondent.externalId")
    signed = check_attributes(claims.get("attributes"), limits)
    try:
        signed_account = check_account(claims.get("account"), "respondent.token")
    except ValidationFailed as exc:
        raise InvalidIdentity(f"the identity token's account claim: {exc.message}", field="respondent.token") from exc
    if signed_account is not None and account is not None and account != signed_account:
        raise InvalidIdentity("account differs from the identity token's account claim", field="respondent.account")
    return Identity(external_id=subject, attributes={**attributes, **signed}, verified=True,
                    account=signed_account or account)


async def find_respondent(*, organization: Organization, identity: Identity) -> Respondent | None:
    if identity.external_id is None:
        return None
    return await Respondent.get_or_none(organization=organization, external_id=identity.external_id)
