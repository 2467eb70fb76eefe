"""The public respondent surface's shared work: rate limits, and the public mutations that both the
resolvers and the prepared path for the widget's documents (api/surveys/prepared.py) run."""

from __future__ import annotations

from api.context import Context
from api.errors import payload_errors
from api.surveys.inputs import RespondentInput, SubmitResponseInput
from api.surveys.types import DisplayPayload, ResponseType, SubmitResponsePayload
from core.errors import RateLimited
from surveys import service
from surveys.models import Channel

MAX_TOKEN_LENGTH = 64


async def check_public_rate(context: Context, token: str) -> None:
    """Per survey, and per API key (an integration) or signed-in user when there is one, else per client IP."""
    limiter = context.limiter
    caller = ((limiter.limits.per_api_key, context.principal.limit_key) if context.principal
              else (limiter.limits.per_ip, ("ip", context.client_ip)))
    # An over-long token cannot be a survey's: don't let it create limiter keys.
    survey_key = token if len(token) <= MAX_TOKEN_LENGTH else "invalid"
    # In this order, in one round trip: a caller over its own limit is refused before it counts
    # against the survey's (a flood from one address must not use up a survey's budget).
    if not await limiter.hit_in_order(caller, (limiter.limits.per_survey, ("survey", survey_key))):
        context.set_status(429)
        raise RateLimited("too many requests: slow down and retry later")


@payload_errors
async def record_display(context: Context, *, token: str, respondent: RespondentInput | None = None,
                         channel: Channel | None = None) -> DisplayPayload:
    await check_public_rate(context, token)
    await service.record_display(
        token=token, respondent=respondent.to_domain() if respondent else None, caller=context.caller(),
        channel=channel or Channel.WIDGET,
    )
    return DisplayPayload(ok=True)


@payload_errors
async def submit_response(context: Context, input: SubmitResponseInput) -> SubmitResponsePayload:
    await check_public_rate(context, input.token)
    submission = service.Submission(
        token=input.token, idempotency_key=input.idempotency_key, score=input.score, comment=input.comment,
        answers=input.answers, completed=True if input.completed is None else input.completed,
        respondent=input.respondent.to_domain() if input.respondent else None, locale=input.locale,
        page_url=input.page_url, channel=input.channel or Channel.WIDGET, honeypot=input.honeypot,
        hidden=input.hidden_fields,
    )
    response = await service.submit_response(submission=submission, caller=context.caller())
    return SubmitResponsePayload(response=ResponseType.of(response))
