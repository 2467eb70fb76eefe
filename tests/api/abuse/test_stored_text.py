"""Script and markup in every text a respondent or an admin stores, where it is shown later: the
hosted survey page, the CSV export and the topic report stay inert. (The widget is checked in real
Chromium by frontend_widget/e2e/abuse.e2e.test.mjs.)"""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

import httpx

from analysis.insights import TopicInsight
from analysis.models import Topic
from analysis.report import _page
from tests.support.client import GraphQL
from tests.support.ops import active_survey, submit

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "</title><script>alert(2)</script>",
    "' onmouseover='alert(3)",
    "<svg/onload=alert(4)>",
    "javascript:alert(5)",
    "{{constructor.constructor('alert(6)')()}}",
]
FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", '=HYPERLINK("http://x","y")',
            "=cmd|' /C calc'!A0"]


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


async def test_the_hosted_page_shows_hostile_names_as_text(gql: GraphQL, client: httpx.AsyncClient) -> None:
    survey = await active_survey(gql, name=" ".join(PAYLOADS)[:200], question=PAYLOADS[0],
                                 questions={"thankYou": PAYLOADS[1],
                                            "questions": [{"id": "q", "type": "text", "text": PAYLOADS[2]}]})
    page = await client.get(f"/s/{survey['token']}", params={"uid": PAYLOADS[1], "lang": PAYLOADS[2]})
    assert page.status_code == 200
    tags = tags_of(page.text)
    assert sorted({tag for tag, _ in tags}) == ["body", "head", "html", "main", "meta", "script", "style", "title"]
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert len(scripts) == 1 and str(scripts[0]["src"]).startswith("/widget.js?v=")
    assert not [name for _, attrs in tags for name in attrs if name.startswith("on")]
    assert "<img" not in page.text and "alert(1)</script>" not in page.text
    # Question texts are not in the page at all: the widget renders them from JSON, as text.
    assert PAYLOADS[2] not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "unsafe-inline" not in page.headers["content-security-policy"]


async def test_a_hostile_token_in_the_hosted_page_url_is_not_echoed(client: httpx.AsyncClient) -> None:
    for token in ('"><script>alert(1)</script>', "x" * 100 + "<svg/onload=alert(1)>"):
        page = await client.get(f"/s/{token}")
        assert page.status_code == 404
        assert "alert" not in page.text and [t for t, _ in tags_of(page.text) if t == "script"] == []


async def test_csv_cells_never_start_a_formula(gql: GraphQL, public: GraphQL, client: httpx.AsyncClient,
                                                admin_key: str) -> None:
    survey = await active_survey(gql, name="=HYPERLINK(\"http://evil\",\"x\")",
                                 questions=[{"id": "why", "type": "text", "text": "为什么？"}])
    for i, formula in enumerate(FORMULAS):
        fields = {"comment": formula, "answers": {"why": formula}, "pageUrl": formula,
                  "respondent": {"externalId": f"u{i}", "attributes": {"plan": formula}}}
        assert (await submit(public, survey["token"], f"formula-{i:04d}", score=5, **fields))["errors"] == []
    # Leading whitespace and a separator in the middle: Excel in a ";" locale splits unquoted cells.
    for i, text in enumerate(["  =1+1", "安全;=1+1", "ok,=1+1", "line\n=1+1", "tab\t=1+1"]):
        assert (await submit(public, survey["token"], f"split-{i:04d}", score=5, comment=text))["errors"] == []
    export = await client.get("/export/responses.csv", headers={"authorization": f"Bearer {admin_key}"})
    assert export.status_code == 200
    text = export.content.decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert len(cells) == 12 * (1 + len(FORMULAS) + 5)
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'=1+1" in cells and "'\t=1+1" in cells and "'@SUM(A1)" in cells
    # Every cell is quoted, so no separator (";" or a tab) ever stands outside quotes, whatever
    # separator the spreadsheet guesses (regression: the export quoted only cells with "," or quotes).
    assert _outside_quotes(text) <= {",", "\n", "\r"}


def _outside_quotes(text: str) -> set[str]:
    """The characters of a CSV text that are not inside a quoted field."""
    outside: set[str] = set()
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted  # a doubled quote toggles twice: still inside
        elif not quoted:
            outside.add(char)
    return outside


async def test_topic_labels_are_escaped_in_the_html_report() -> None:
    label = PAYLOADS[0] + PAYLOADS[2]
    insight = TopicInsight(topic=Topic(index=0, label="配送", custom_label=label, keywords=[]), size=3, share=0.5,
                           nps=-20.0, nps_impact=-5.0, positive=0.1, neutral=0.2, negative=0.7, emerging=True)
    html = _page(PAYLOADS[1], 1, [insight], 0.1, [])
    assert "<img" not in html and "<script>alert" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert [tag for tag, _ in tags_of(html)].count("script") == 1  # plotly's own, inlined


async def test_stored_texts_come_back_verbatim_over_graphql(gql: GraphQL, public: GraphQL) -> None:
    # The API returns JSON strings; escaping is the renderer's job (the widget, the page, the export).
    survey = await active_survey(gql, name=PAYLOADS[1])
    stored = await submit(public, survey["token"], "verbatim-01", score=5, comment=PAYLOADS[0])
    assert stored["response"]["comment"] == PAYLOADS[0]
    names = await gql("{ surveys { edges { node { name } } } }")
    assert names["surveys"]["edges"][0]["node"]["name"] == PAYLOADS[1].strip()
