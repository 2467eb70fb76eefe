"""The pages a distribution's mail links to: the personal link (the hosted survey page, as the
recipient), a score clicked in the mail (a page with that score, the comment box and a button: the
score is stored when the page posts it, once), and unsubscribing (a page with a button, and RFC 8058's
one-click POST from the mail client).

Mail link scanners (Safe Links, Proofpoint, Mimecast) GET every link of a mail before its reader
opens it, so no GET here changes an answer or a subscription: a score and an unsubscribe are POSTs.

Tokens that name no recipient count against a per-address budget (Settings.rate_limit_per_ip,
the public GraphQL surface's amount, under its own key); once it is spent, every page refuses that
address with 429 before any look-up. The tokens are signed, so guessing gets nowhere, but each
forged one still costs a database read (`limited`)."""

from __future__ import annotations

import functools
import json
import secrets
from collections.abc import Awaitable, Callable
from html import escape
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response

from api.http import pages
from api.http.identity import client_ip
from api.locales import supported
from core.errors import DomainError, NotFound, ValidationFailed
from core.ratelimit import Check, RateLimiter
from surveys import intake, mail_links, models
from surveys.distribution_models import Recipient
from surveys.errors import AlreadyAnswered, SurveyNotActive

# The script of a mail's pages: `target` (a JavaScript expression, the URL) is POSTed once, on the first
# sign of a person at the page (a press of a pointer, a key, a touch). A link scanner that only GETs runs
# no script; one that renders the page in a sandbox browser may fake pointer movement, so moving a
# pointer is no sign.
_FIRST_SIGN = """(function () {
  var target = %s, sent = false;
  var signs = ['pointerdown', 'keydown', 'touchstart'];
  function record(event) {
    if (sent || !event.isTrusted) return;
    sent = true;
    signs.forEach(function (sign) { document.removeEventListener(sign, record, true); });
    fetch(target, { method: 'POST', credentials: 'same-origin', keepalive: true,
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' }).catch(function () {});
  }
  signs.forEach(function (sign) { document.addEventListener(sign, record, { capture: true, passive: true }); });
})();"""
# The score page's: the score is stored then, so a reader who closes the tab without pressing the button
# still has it counted (the first stored score wins: a faking scanner's would be kept). The page's form,
# with or without this, stores the score once.
RECORD_SCRIPT = _FIRST_SIGN % "document.getElementById('voc-score').action"


def opened_script(token: str) -> str:
    """The personal link page's: the link counts as clicked then (POST /m/{token}/opened), not on its GET,
    which every scanner sends."""
    return _FIRST_SIGN % json.dumps(f"/m/{token}/opened").replace("<", "\\u003c")


TEXT = {
    "zh-CN": {
        "unknown": ("链接无效", "这个链接无效或已失效。"),
        "closed": ("问卷已结束", "这份问卷目前不接受回答，感谢您的关注。"),
        "invalid": ("无法记录", "这次提交无法记录（例如分数超出范围），请打开问卷作答。"),
        "chosen": ("您选择了 {score} 分", "点击“提交”记录您的评分，也欢迎补充几句意见。"),
        "scored": ("感谢您的评分！", "您的评分（{score} 分）已记录。还有什么想告诉我们的吗？"),
        "comment_label": "补充意见（可选）",
        "send": "提交",
        "too_long": ("意见过长", "您的意见超出了字数上限，请删减后再点击“提交”。您填写的内容已保留在下方。"),
        "thanks": ("感谢您的反馈！", "您的回答（评分 {score} 分）已收到。"),
        "already": ("您已回答过", "这份问卷您已经回答过了（评分 {score} 分），答案不能再更改。感谢您的参与！"),
        "unsubscribe": ("退订邮件", "退订后，我们将不再向 {email} 发送调查邮件。"),
        "confirm": "确认退订",
        "unsubscribed": ("已退订", "我们不会再向 {email} 发送调查邮件。"),
        "busy": ("请稍后再试", "来自您网络的无效链接过多，请稍后再打开这个链接。"),
    },
    "en": {
        "unknown": ("Link not valid", "This link is not valid or has expired."),
        "closed": ("Survey closed", "This survey is not taking answers right now. Thank you for your interest."),
        "invalid": ("Not recorded", "This could not be recorded (a score out of range, say); please open the "
                                    "survey to answer."),
        "chosen": ("You chose {score}", "Press Send to record your score; a comment is welcome too."),
        "scored": ("Thank you for your score!", "Your score ({score}) is recorded. Anything else you would like "
                                                "to tell us?"),
        "comment_label": "Your comment (optional)",
        "send": "Send",
        "too_long": ("Comment too long", "Your comment is longer than allowed: please shorten it and press Send "
                                         "again. What you wrote is kept below."),
        "thanks": ("Thank you for your feedback!", "We have received your answer (score {score})."),
        "already": ("Already answered", "You have already answered this survey (score {score}); the answer "
                                        "cannot be changed. Thank you for taking part!"),
        "unsubscribe": ("Unsubscribe", "Once unsubscribed, {email} gets no more survey e-mails from us."),
        "confirm": "Unsubscribe",
        "unsubscribed": ("Unsubscribed", "{email} gets no more survey e-mails from us."),
        "busy": ("Please try again later", "Too many links that are not valid from your network: open this link "
                                           "again later."),
    },
}


def _lang(request: Request, recipient: Recipient | None) -> str:
    asked = supported(request.query_params.get("lang", ""))
    locale = recipient.distribution.locale if recipient is not None else "zh-CN"
    return asked or (locale if locale in TEXT else "zh-CN")


def _notice(lang: str, key: str, *, status: int = 200, form: str = "", email: str = "", score: int | None = None,
            script: str = "") -> Response:
    title, detail = TEXT[lang][key]
    shown = "" if score is None else str(score)
    return pages.notice_page(lang=lang, title=title.replace("{score}", shown), status=status, form=form,
                             detail=detail.replace("{email}", email).replace("{score}", shown), script=script)


def _unknown_tokens(request: Request) -> Check:
    limiter: RateLimiter = request.app.state.limiter
    return limiter.limits.per_ip, ("mail-unknown", client_ip(request))


def limited(page: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """The page, behind a per-address budget of unknown tokens: an address that sent more than its
    budget of tokens that name no recipient gets a 429 page for a while, before any look-up. Links
    that work are never counted: a recipient's mail provider posts every one-click unsubscribe of
    its users from a few addresses (Gmail, Outlook), and an office shares one; none may be refused."""

    @functools.wraps(page)
    async def guarded(request: Request) -> Response:
        limiter: RateLimiter = request.app.state.limiter
        check = _unknown_tokens(request)
        if await limiter.spent(check):
            refused = _notice(_lang(request, None), "busy", status=429)
            refused.headers["retry-after"] = str(await limiter.retry_after(check))
            return refused
        response = await page(request)
        if response.status_code == 404:  # the token names no recipient (_refused)
            await limiter.hit_exactly(check)
        return response

    return guarded


def _refused(request: Request, error: DomainError, recipient: Recipient | None = None, *, action: str = "",
             text: str | None = None) -> Response:
    """The page of a refusal. A POST's comment (`text`, from the form posting to `action`) is not lost: a
    reader asked to shorten it finds it in the box."""
    lang = _lang(request, recipient)
    if isinstance(error, NotFound) and recipient is None:
        return _notice(lang, "unknown", status=404)
    if isinstance(error, SurveyNotActive):
        return _notice(lang, "closed", status=410)
    if isinstance(error, AlreadyAnswered):
        return _notice(lang, "already", status=409, score=error.score)
    if isinstance(error, ValidationFailed) and error.field == "comment" and action and text is not None:
        return _notice(lang, "too_long", status=400, form=_form_html(lang, action=action, text=text))
    return _notice(lang, "invalid", status=400)


def _form_html(lang: str, *, action: str, text: str = "") -> str:
    """The comment box and the button, posting to `action` (this server's path; `lang` is added)."""
    t = TEXT[lang]
    return (f'<form id="voc-score" method="post" action="{escape(action)}?lang={lang}"><label for="comment">'
            f'{escape(str(t["comment_label"]))}</label><textarea id="comment" name="comment" '
            f'maxlength="{intake.current().max_comment_chars}">{escape(text)}</textarea>'
            f'<button type="submit">{escape(str(t["send"]))}</button></form>')


@limited
async def personal_link(request: Request) -> Response:
    """GET /m/{token}: the hosted survey page, answered as the recipient (a verified respondent). Not yet
    a click: the page's script reports one (`opened`) on the first sign of a person."""
    token = request.path_params["token"]
    try:
        recipient = await mail_links.recipient_of(token)
    except DomainError as exc:
        return _refused(request, exc)
    survey = recipient.distribution.survey
    lang = _lang(request, recipient)
    if survey.status != "active":
        return _notice(lang, "closed", status=410)
    return pages.survey_page(survey, lang=lang, nonce=secrets.token_urlsafe(16), attributes={
        "user-id": recipient.respondent.external_id, "user-token": mail_links.identity_token(recipient),
        "channel": "EMAIL", "locale": lang}, script=opened_script(token))


@limited
async def opened(request: Request) -> Response:
    """POST /m/{token}/opened: the personal link's page saw a person (its script's beacon); the recipient
    counts as having clicked (the first time)."""
    try:
        await mail_links.open_link(token=request.path_params["token"])
    except DomainError as exc:
        return _refused(request, exc)
    return Response(status_code=204)


@limited
async def score_page(request: Request) -> Response:
    """GET /m/{token}/{score}: the score clicked in the mail, on a page with the comment box and a button
    that send it; nothing is stored (a link scanner GETs every score of a mail). POST /m/{token}/{score}:
    the score stored once (the first stored wins; later ones change nothing) and, with the form's
    `comment` field (even empty), the response completed. The page's script POSTs the score alone on
    the first sign of a person, and the form then completes that same response. The pages shown once a
    score is stored (scored, thanks, already answered) name that score, the first one stored, not
    necessarily this one; the page of a GET before any names the score chosen; the refusals name none."""
    token = request.path_params["token"]
    raw = request.path_params["score"]
    posted = request.method == "POST"
    text: str | None = None
    started: models.Response | None
    try:
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 3:
            raise ValidationFailed("the score must be a number", field="score")
        if posted:
            text = (await _form(request)).get("comment")
            recipient, started = await mail_links.score(token=token, value=int(raw), text=text)
        else:
            recipient, started = await mail_links.choice(token=token, value=int(raw))
    except DomainError as exc:
        return _refused(request, exc, await _maybe(token), action=f"/m/{token}/{raw}", text=text)
    lang = _lang(request, recipient)
    if started is not None and started.completed:
        # With a comment: completed by it (or by the same one a moment before). Without: answered before.
        return _notice(lang, "thanks" if text is not None else "already", score=started.score)
    shown = started.score if started is not None and started.score is not None else int(raw)
    form = _form_html(lang, action=f"/m/{token}/{shown}")
    if started is None:  # a GET, nothing stored yet
        return _notice(lang, "chosen", form=form, score=shown, script=RECORD_SCRIPT)
    return _notice(lang, "scored", form=form, score=shown)


@limited
async def comment(request: Request) -> Response:
    """POST /m/{token}/comment: the comment alone, completing the response a score started (the form of
    score pages served before the score and the comment were posted together)."""
    token = request.path_params["token"]
    text = ""
    try:
        text = (await _form(request)).get("comment", "")
        done = await mail_links.comment(token=token, text=text)
    except DomainError as exc:
        return _refused(request, exc, await _maybe(token), action=f"/m/{token}/comment", text=text)
    return _notice(_lang(request, await _maybe(token)), "thanks", score=done.score)


@limited
async def unsubscribe(request: Request) -> Response:
    """GET /u/{token}: a page with the button (a link scanner's GET unsubscribes nobody); POST /u/{token}:
    unsubscribed, from that page or from the mail client's one-click (List-Unsubscribe-Post)."""
    token = request.path_params["token"]
    try:
        if request.method == "POST":
            recipient = await mail_links.unsubscribe(token=token)
        else:
            recipient = await mail_links.recipient_of(token)
    except DomainError as exc:
        return _refused(request, exc)
    lang = _lang(request, recipient)
    if request.method == "POST":
        return _notice(lang, "unsubscribed", email=recipient.email)
    form = (f'<form method="post" action="/u/{escape(token)}?lang={lang}"><button type="submit">'
            f'{escape(str(TEXT[lang]["confirm"]))}</button></form>')
    return _notice(lang, "unsubscribe", form=form, email=recipient.email)


async def _maybe(token: str) -> Recipient | None:
    try:
        return await mail_links.recipient_of(token)
    except NotFound:
        return None


async def _form(request: Request) -> dict[str, str]:
    # The body is at most Settings.max_body_bytes (api/http/limits.py answers 413 before this), which holds
    # the longest comment (Settings.max_comment_chars, 5,000) in Chinese: 45,000 bytes form-encoded.
    body = await request.body()
    fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {key: values[0] for key, values in fields.items()}
