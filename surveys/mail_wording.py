"""What a distribution's mails say, in zh-CN and en: the default subject and body, the score
scale, the footer; and how a template's placeholders are filled in.

Templates name {name}, {survey} and {link}; anything else in braces is left as written (a body may
well contain braces of its own), and a filled-in value is never read as a placeholder again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from surveys.models import SurveyKind

PLACEHOLDER = re.compile(r"\{(name|survey|link)\}")
LOCALES = ("zh-CN", "en")
# The scale of score links each kind shows in the mail (the values definitions.validate_score accepts).
SCALES: dict[SurveyKind, range] = {SurveyKind.NPS: range(0, 11), SurveyKind.CSAT: range(1, 6),
                                   SurveyKind.CES: range(1, 8)}

WORDING = {
    "zh-CN": {
        "subject": "邀请您参与调查：{survey}",
        "reminder": "提醒：",
        "body": "{name}您好！\n\n我们想听听您的意见。花一分钟回答「{survey}」：\n{link}\n\n感谢您的时间！",
        "someone": "",
        "scale": {SurveyKind.NPS: "您有多大可能向朋友或同事推荐我们？（0 = 完全不可能，10 = 非常可能）",
                  SurveyKind.CSAT: "您对我们的满意程度如何？（1 = 非常不满意，5 = 非常满意）",
                  SurveyKind.CES: "解决您的问题有多容易？（1 = 非常困难，7 = 非常容易）"},
        "scale_hint": "点击一个分数，在打开的页面上提交，还可以补充您的意见。",
        "open": "打开问卷",
        "unsubscribe": "不想再收到此类邮件？退订：",
    },
    "en": {
        "subject": "Your opinion on {survey}",
        "reminder": "Reminder: ",
        "body": "Hello {name},\n\nWe would like to hear from you. Please take a minute to answer “{survey}”:\n"
                "{link}\n\nThank you for your time!",
        "someone": "there",
        "scale": {SurveyKind.NPS: "How likely are you to recommend us to a friend or colleague? "
                                  "(0 = not at all likely, 10 = extremely likely)",
                  SurveyKind.CSAT: "How satisfied are you with us? (1 = very dissatisfied, 5 = very satisfied)",
                  SurveyKind.CES: "How easy was it to get your issue handled? (1 = very difficult, 7 = very easy)"},
        "scale_hint": "Click a score, then send it from the page that opens, with a comment if you like.",
        "open": "Open the survey",
        "unsubscribe": "Rather not get these e-mails? Unsubscribe:",
    },
}


def wording_locale(locale: str) -> str:
    return locale if locale in WORDING else "zh-CN"


def fill(template: str, values: dict[str, str]) -> str:
    """The template with {name}, {survey} and {link} replaced, in one pass."""
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


@dataclass(frozen=True)
class MailParts:
    locale: str
    kind: SurveyKind
    survey_name: str
    recipient_name: str | None
    subject: str | None  # the distribution's own templates; None: the default wording
    body: str | None
    link: str  # the personal link to the hosted page
    score_link: str  # a score's link (its page sends it), "{score}" standing for the score
    unsubscribe_link: str
    reminder: bool


def render(parts: MailParts) -> Rendered:
    """The subject, the plain text and the HTML of one recipient's mail."""
    words = WORDING[wording_locale(parts.locale)]
    name = parts.recipient_name or str(words["someone"])
    values = {"name": name, "survey": parts.survey_name, "link": parts.link}
    subject = fill(parts.subject or str(words["subject"]), values)
    if parts.reminder:
        subject = f"{words['reminder']}{subject}"
    body = fill(parts.body or str(words["body"]), values)
    if parts.body is not None and "{link}" not in parts.body:
        body = f"{body}\n\n{parts.link}"
    text = [body]
    html = [f'<div style="white-space:pre-line">{_linked(escape(body), parts.link)}</div>']
    scale = SCALES.get(parts.kind)
    if scale is not None:
        question = str(words["scale"][parts.kind])  # type: ignore[index]
        links = [(n, parts.score_link.replace("{score}", str(n))) for n in scale]
        text.append(f"{question}\n" + "\n".join(f"{n}: {url}" for n, url in links))
        cells = "".join(
            f'<td style="padding:2px"><a href="{escape(url)}" style="display:inline-block;min-width:28px;'
            f'padding:6px 4px;border:1px solid #c9cdd4;border-radius:4px;text-align:center;color:#1f2329;'
            f'text-decoration:none">{n}</a></td>' for n, url in links)
        html.append(f"<p>{escape(question)}</p><table role=\"presentation\"><tr>{cells}</tr></table>"
                    f"<p style=\"color:#646a73\">{escape(str(words['scale_hint']))}</p>")
    html.append(f'<p><a href="{escape(parts.link)}">{escape(str(words["open"]))}</a></p>')
    footer = f"{words['unsubscribe']} {parts.unsubscribe_link}"
    text.append(footer)
    html.append(f'<p style="color:#8f959e;font-size:12px">{escape(str(words["unsubscribe"]))} '
                f'<a href="{escape(parts.unsubscribe_link)}">{escape(parts.unsubscribe_link)}</a></p>')
    return Rendered(subject=subject, text="\n\n".join(text), html="\n".join(html))


def _linked(escaped_body: str, link: str) -> str:
    """The escaped body with its personal link made clickable."""
    return escaped_body.replace(escape(link), f'<a href="{escape(link)}">{escape(link)}</a>')
