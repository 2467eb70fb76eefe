"""`voc topics report`: one self-contained HTML page (plotly inlined, no network needed) with the
active model's topics: a table of insights (with why each generated label reads as it does: its
phrases' coverage and lift), BERTopic's bar chart, topics over time and the topic similarity heatmap."""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable
from datetime import datetime
from typing import Any

from analysis import insights, topics_store
from analysis.models import CommentAnalysis, Topic
from core.errors import NotFound
from core.models import Organization
from surveys.filters import ResponseFilter


async def render_report(*, organization: Organization, survey_id: int | None) -> str:
    version = await topics_store.active_model(organization_id=organization.id, survey_id=survey_id)
    if version is None:
        raise NotFound("no topic model yet: run `voc topics fit` first", field="org")
    found, unassigned = await insights.topic_insights(
        organization_id=organization.id, model=version, flt=ResponseFilter(survey_id=survey_id))
    model = await topics_store.load_active(version)
    topic_ids = await Topic.filter(model_id=version.id).values_list("id", "index")
    index_of = dict(topic_ids)
    rows = await CommentAnalysis.filter(topic_id__in=list(index_of)).values_list(
        "normalized", "topic_id", "response__submitted_at")
    docs = [r[0] for r in rows]
    topics = [index_of[r[1]] for r in rows]
    times: list[datetime] = [r[2] for r in rows]
    labels = {t.topic.index: t.topic.display_label for t in found}
    figures = await asyncio.to_thread(_figures, model, docs, topics, times, labels)
    return _page(organization.name, version.version, found, unassigned, figures)


def _figures(model: Any, docs: list[str], topics: list[int], times: list[datetime],
             labels: dict[int, str]) -> list[tuple[str, str]]:
    model.set_topic_labels({**{t: f"{t} {label}" for t, label in labels.items()}})
    out: list[tuple[str, str]] = []
    n = max(1, len(labels))
    makers: list[tuple[str, Callable[[], Any]]] = [
        ("话题规模 · Topic sizes and words",
         lambda: model.visualize_barchart(top_n_topics=min(n, 16), n_words=6, custom_labels=True)),
        ("话题趋势 · Topics over time",
         lambda: model.visualize_topics_over_time(
             model.topics_over_time(docs, times, topics=topics, nr_bins=min(20, max(2, len(set(times))))),
             top_n_topics=min(n, 10), custom_labels=True)),
        ("话题相似度 · Topic similarity", lambda: model.visualize_heatmap(custom_labels=True)),
    ]
    for title, make in makers:
        try:
            figure = make()
            out.append((title, figure.to_html(full_html=False, include_plotlyjs=False)))
        except Exception as exc:  # a figure that cannot be drawn (too few topics) is explained instead
            out.append((title, f"<p>{html.escape(type(exc).__name__)}: {html.escape(str(exc))}</p>"))
    return out


def _why(topic: Topic) -> str:
    """The generated label's phrases (and, when renamed, that label) with coverage and lift."""
    terms = [t for t in topic.label_terms if t.get("in_label")]
    shown = "; ".join(f"{html.escape(str(t['label_term']))} {float(t['coverage']):.0%} ×{float(t['lift']):.1f}"
                      for t in terms)
    if topic.custom_label:
        shown = f"{html.escape(topic.label)}: {shown}" if shown else html.escape(topic.label)
    return f"<span title=\"覆盖率 coverage · 提升度 lift\">{shown}</span>" if shown else "–"


def _page(org: str, version: int, found: list[insights.TopicInsight], unassigned: float,
          figures: list[tuple[str, str]]) -> str:
    from plotly.offline import get_plotlyjs

    def cell(value: float | None, pattern: str = "{:.1f}") -> str:
        return "–" if value is None else pattern.format(value)

    table = "".join(
        f"<tr><td>{html.escape(i.topic.display_label)}</td><td>{i.size}</td><td>{i.share:.1%}</td>"
        f"<td>{cell(i.nps)}</td><td>{cell(i.nps_impact, '{:+.1f}')}</td><td>{i.negative:.0%}</td>"
        f"<td>{'↑' if i.emerging else ''}</td><td>{_why(i.topic)}</td></tr>"
        for i in found
    )
    charts = "".join(f"<section><h2>{html.escape(title)}</h2>{body}</section>" for title, body in figures)
    return f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(org)} · 话题报告 v{version}</title>
<script>{get_plotlyjs()}</script>
<style>body{{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#1f2329}}
table{{border-collapse:collapse}}td,th{{border-bottom:1px solid #ddd;padding:4px 10px;text-align:right}}
td:first-child,th:first-child{{text-align:left}}</style></head><body>
<h1>{html.escape(org)} · 话题报告 (model v{version})</h1>
<p>{len(found)} topics; {unassigned:.1%} of analysed comments without a topic.</p>
<table><tr><th>话题 Topic</th><th>条数</th><th>占比</th><th>NPS</th><th>NPS 影响</th><th>负面</th><th>新兴</th>
<th title="share of the topic's comments with the phrase · times more often than in other topics">标签依据 Why</th></tr>
{table}</table>{charts}</body></html>"""
