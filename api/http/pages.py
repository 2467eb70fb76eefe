"""The landing page (/welcome), the widget script, the hosted survey page (/s/{token}), the survey
preview page (/survey-preview) and the development demo page (/demo).

Pages are rendered with escaped values only and sent with a strict Content-Security-Policy:
the widget needs no inline script, and its styles come from a nonce or a constructable sheet.
"""

from __future__ import annotations

import hashlib
import secrets
from functools import lru_cache
from html import escape
from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from api.demo import scenario
from api.locales import requested_lang, supported
from surveys import listing
from surveys.models import Survey, SurveyStatus

WIDGET = Path(__file__).resolve().parent.parent / "static" / "widget.js"
IMMUTABLE = "public, max-age=31536000, immutable"

MESSAGES = {
    "zh-CN": {
        "unknown": ("问卷不存在", "这个链接无效或已失效。"),
        SurveyStatus.PAUSED: ("问卷已暂停", "这份问卷暂时不接受回答，请稍后再试。"),
        SurveyStatus.ARCHIVED: ("问卷已结束", "这份问卷已经结束，感谢您的关注。"),
        SurveyStatus.DRAFT: ("问卷尚未发布", "这份问卷还没有开始收集回答。"),
        "title": "意见反馈",
        "description": "花一分钟告诉我们您的体验。",
    },
    "en": {
        "unknown": ("Survey not found", "This link is not valid or has expired."),
        SurveyStatus.PAUSED: ("Survey paused", "This survey is not taking answers right now. Please try later."),
        SurveyStatus.ARCHIVED: ("Survey closed", "This survey has ended. Thank you for your interest."),
        SurveyStatus.DRAFT: ("Survey not yet open", "This survey is not collecting answers yet."),
        "title": "Feedback",
        "description": "Tell us about your experience in one minute.",
    },
}

LANDING = {
    "zh-CN": {
        "title": "VoC Loop · 客户之声",
        "intro": "问卷、中文评论分析和闭环跟进，全部通过一个 GraphQL 接口。",
        "console_link": "控制台",
        "console": "产品经理和客服团队的网页控制台（需要登录）",
        "graphiql": "在浏览器里试用 GraphQL 接口（需要 API 密钥）",
        "api": "GraphQL 接口（生产环境不提供 GraphiQL）",
        "demo_link": "演示页面",
        "demo": "带问卷小部件的模拟产品页面（仅开发环境）",
        "hosted_link": "/s/<问卷令牌>",
        "hosted": "托管问卷页的链接格式（令牌即问卷的 token 字段，加 ?lang=en 显示英文）",
        "other_lang": "en",
        "other_name": "English",
    },
    "en": {
        "title": "VoC Loop · Voice of customer",
        "intro": "Surveys, Chinese comment analysis and closed-loop follow-up, all through one GraphQL API.",
        "console_link": "Console",
        "console": "the web console for product managers and CS teams (sign-in needed)",
        "graphiql": "try the GraphQL API in the browser (needs an API key)",
        "api": "the GraphQL API (GraphiQL is off in production)",
        "demo_link": "Demo page",
        "demo": "a fake product page with the survey widget (development only)",
        "hosted_link": "/s/<survey token>",
        "hosted": "the hosted survey page's link (the token is a survey's token field; ?lang=en for English)",
        "other_lang": "zh-CN",
        "other_name": "中文",
    },
}


@lru_cache(maxsize=1)
def widget_bytes() -> tuple[bytes, str]:
    body = WIDGET.read_bytes()
    return body, hashlib.sha256(body).hexdigest()[:16]


def widget_url() -> str:
    return f"/widget.js?v={widget_bytes()[1]}"


async def widget_js(request: Request) -> Response:
    body, digest = widget_bytes()
    etag = f'"{digest}"'
    # The hashed URL never changes content; the bare URL may, so it is cached briefly.
    cache = IMMUTABLE if request.query_params.get("v") == digest else "public, max-age=300"
    headers = {"cache-control": cache, "etag": etag, "access-control-allow-origin": "*",
               "x-content-type-options": "nosniff"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="text/javascript; charset=utf-8", headers=headers)


def _csp(nonce: str, *, connect: str = "'self'", ancestors: str = "'none'", script: str = "'self'",
         form: str = "'none'") -> str:
    return (f"default-src 'none'; script-src {script}; connect-src {connect}; img-src 'self' data:; "
            f"style-src 'nonce-{nonce}'; base-uri 'none'; form-action {form}; frame-ancestors {ancestors}")


def _page(*, lang: str, title: str, description: str, body: str, nonce: str, status: int = 200,
          csp: str | None = None, framed: bool = False) -> HTMLResponse:
    html = f"""<!doctype html>
<html lang="{escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="description" content="{escape(description)}">
<meta property="og:title" content="{escape(title)}">
<meta property="og:description" content="{escape(description)}">
<meta property="og:type" content="website">
<meta name="robots" content="noindex">
<style nonce="{nonce}">
body {{ margin: 0; font-family: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
  background: #f6f7f9; color: #1f2329; }}
main {{ max-width: 640px; margin: 0 auto; padding: 24px 16px; }}
.notice {{ background: #fff; border-radius: 12px; padding: 32px 24px; text-align: center; }}
.links {{ text-align: left; line-height: 1.8; }}
a {{ color: #1f5fd1; }}
textarea {{ width: 100%; min-height: 120px; box-sizing: border-box; margin: 12px 0; font: inherit; padding: 8px; }}
button {{ font: inherit; padding: 8px 20px; border: 0; border-radius: 6px; background: #1f5fd1; color: #fff; }}
</style>
</head>
<body>
<main id="voc-survey">{body}</main>
</body>
</html>"""
    headers = {"content-security-policy": csp or _csp(nonce), "referrer-policy": "no-referrer",
               "x-content-type-options": "nosniff", "cache-control": "no-store"}
    if framed:
        headers["x-frame-options"] = "SAMEORIGIN"
    return HTMLResponse(html, status_code=status, headers=headers)


def _lang(request: Request, survey: Survey | None) -> str:
    # As the widget on the page chooses: ?lang=, else the survey's own language (not the browser's).
    asked = supported(request.query_params.get("lang", ""))
    return asked or (survey.locale if survey and survey.locale in MESSAGES else "zh-CN")


async def hosted_survey(request: Request) -> Response:
    token = request.path_params["token"]
    survey = await listing.survey_by_token(token=token)
    lang = _lang(request, survey)
    text = MESSAGES[lang]
    nonce = secrets.token_urlsafe(16)
    if survey is None or survey.status != SurveyStatus.ACTIVE:
        key = survey.status if survey else "unknown"
        heading, detail = text[key]
        return _page(lang=lang, title=str(heading), description=str(detail), nonce=nonce,
                     status=404 if survey is None else 410 if survey.status == SurveyStatus.ARCHIVED else 200,
                     body=f'<div class="notice" role="status"><h1>{escape(str(heading))}</h1>'
                          f"<p>{escape(str(detail))}</p></div>")
    return survey_page(survey, lang=lang, nonce=nonce)


def survey_page(survey: Survey, *, lang: str, nonce: str, attributes: dict[str, str] | None = None,
                script: str = "") -> HTMLResponse:
    """The hosted page of an ACTIVE survey: the widget, full page. `attributes`: more of the widget's
    data-voc-* settings (a mail's personal link: the recipient's identity, the EMAIL channel); `script`:
    an inline script of the server's own (run under the page's nonce; without one, none is allowed)."""
    text = MESSAGES[lang]
    extra = "".join(f' data-voc-{name}="{escape(value)}"' for name, value in (attributes or {}).items())
    # ?uid= and ?lang= are read by the widget itself from the page URL.
    widget = (f'<script src="{escape(widget_url())}" data-voc-survey="{escape(survey.token)}" '
              f'data-voc-layout="page" data-voc-target="#voc-survey"{extra} '
              f'data-voc-nonce="{nonce}" nonce="{nonce}" async></script>')
    inline = f'<script nonce="{nonce}">{script}</script>' if script else ""
    return _page(lang=lang, title=f"{survey.name} · {text['title']}", description=str(text["description"]),
                 body=widget + inline, nonce=nonce,
                 csp=_csp(nonce, script=f"'self' 'nonce-{nonce}'") if script else None)


def notice_page(*, lang: str, title: str, detail: str, status: int = 200, form: str = "",
                script: str = "") -> HTMLResponse:
    """A page that says one thing (a link's outcome), with an optional form posting to this server and
    an optional inline script: the server's own text, never anything a person sent (it runs under the
    page's nonce, the only script the page's policy allows; without it, the page allows none)."""
    nonce = secrets.token_urlsafe(16)
    csp = _csp(nonce, script=f"'nonce-{nonce}'" if script else "'none'", form="'self'" if form else "'none'")
    tag = f'<script nonce="{nonce}">{script}</script>' if script else ""
    return _page(lang=lang, title=title, description=detail, nonce=nonce, status=status, csp=csp,
                 body=f'<div class="notice" role="status"><h1>{escape(title)}</h1><p>{escape(detail)}</p>{form}</div>'
                      f"{tag}")


PREVIEW_LAYOUTS = ("popover", "page")


async def survey_preview(request: Request) -> Response:
    """GET /survey-preview?layout=popover|page: the real widget in preview mode, framed by the console's
    survey builder (same origin only), which posts it the definition being edited. The page holds no
    survey: the widget fetches nothing and sends nothing, and `connect-src 'none'` makes sure of it (no
    display is recorded, no answer stored)."""
    layout = request.query_params.get("layout", "popover")
    layout = layout if layout in PREVIEW_LAYOUTS else "popover"
    lang = requested_lang(request) or "zh-CN"
    nonce = secrets.token_urlsafe(16)
    script = (f'<script src="{escape(widget_url())}" data-voc-preview data-voc-layout="{layout}" '
              f'data-voc-target="#voc-survey" data-voc-nonce="{nonce}" nonce="{nonce}"></script>')
    return _page(lang=lang, title="VoC Loop preview", description="VoC Loop survey preview", body=script,
                 nonce=nonce, csp=_csp(nonce, connect="'none'", ancestors="'self'"), framed=True)


async def demo(request: Request) -> Response:
    """A fake product page with the widget in its corner (development only)."""
    if not request.app.state.settings.debug:
        return Response("not found", status_code=404)
    token = request.query_params.get("survey")
    # Only the organisations' own surveys: a system survey (a case's re-survey) is never the demo's.
    if token and len(token) <= 64:
        survey = await listing.survey_by_token(token=token, ordinary=True)
    else:  # the demo's own survey (`voc demo`), else the newest active one
        survey = await scenario.demo_survey() or await listing.newest_active_survey()
    nonce = secrets.token_urlsafe(16)
    widget = "" if survey is None else (
        f'<script src="{escape(widget_url())}" data-voc-survey="{escape(survey.token)}" data-voc-trigger="load" '
        f'data-voc-nonce="{nonce}" nonce="{nonce}" async></script>')
    body = f"""<h1>喵喵外卖 · 订单已送达</h1>
<p>您的订单 #20261122-0042 已送达。这是一个演示页面：右下角的问卷由 VoC Loop 小部件提供。</p>
<p>This is a demo product page: the survey in the corner is the VoC Loop widget.</p>
{'<p><strong>No active survey: run <code>voc demo</code> first.</strong></p>' if survey is None else ''}
{widget}"""
    return _page(lang="zh-CN", title="VoC Loop demo", description="VoC Loop widget demo", body=body, nonce=nonce)


async def landing(request: Request) -> Response:
    """GET /welcome: where to go from here (the console, and GraphiQL and the demo page in development)."""
    lang = requested_lang(request) or "zh-CN"
    text = {key: escape(value) for key, value in LANDING[lang].items()}
    other = text["other_lang"]
    if request.app.state.settings.debug:  # GraphiQL and the demo page are served in development only
        items = [f'<li><a href="/graphql">GraphiQL</a> — {text["graphiql"]}</li>',
                 f'<li><a href="/demo">{text["demo_link"]}</a> — {text["demo"]}</li>']
    else:
        items = [f'<li><code>POST /graphql</code> — {text["api"]}</li>']
    items.insert(0, f'<li><a href="/app">{text["console_link"]}</a> — {text["console"]}</li>')
    items.append(f'<li><code>{text["hosted_link"]}</code> — {text["hosted"]}</li>')
    body = (f'<div class="notice links"><h1>VoC Loop</h1><p>{text["intro"]}</p><ul>{"".join(items)}</ul>'
            f'<p><a href="/welcome?lang={other}" hreflang="{other}" lang="{other}">{text["other_name"]}</a></p></div>')
    return _page(lang=lang, title=LANDING[lang]["title"], description=LANDING[lang]["intro"], body=body,
                 nonce=secrets.token_urlsafe(16))
