"""The analysis room's per-request loaders (api/loaders.py says how they batch)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from analysis import insights, service
from analysis.models import AnalysisJob, CommentAnalysis, Topic
from api.loaders import ById, ByOrganization, ListById


class AnalysisByResponse(ByOrganization[int, CommentAnalysis | None]):
    """The analysis of a response's comment, by the response's id."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, CommentAnalysis]:
        return await service.analyses_by_response(organization_id=organization_id, response_ids=keys)

    def missing(self) -> CommentAnalysis | None:
        return None


class TopicSuccessors(ListById[Topic]):
    """Where a retired topic's comments went, largest share first, by the topic's id."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, list[Topic]]:
        return await service.successors_of(organization_id=organization_id, topic_ids=keys)


class RepresentativeComments(ByOrganization[tuple[int, int], list[str]]):
    """A topic's most typical comments, by (topic id, how many)."""

    async def read(self, *, organization_id: int, keys: list[tuple[int, int]]) -> Mapping[tuple[int, int], list[str]]:
        found: dict[tuple[int, int], list[str]] = {}
        for limit in {limit for _, limit in keys}:
            topic_ids = sorted({topic for topic, wanted in keys if wanted == limit})
            comments = await insights.representative_comments_of(organization_id=organization_id,
                                                                  topic_ids=topic_ids, limit=limit)
            found.update({(topic, limit): texts for topic, texts in comments.items()})
        return found

    def missing(self) -> list[str]:
        return []


class AnalysisLoaders:
    @cached_property
    def topic_by_id(self) -> ById[Topic]:
        return ById(service.topics_by_id)

    @cached_property
    def job_by_id(self) -> ById[AnalysisJob]:
        return ById(service.jobs_by_id)

    @cached_property
    def analysis_by_response(self) -> AnalysisByResponse:
        return AnalysisByResponse()

    @cached_property
    def topic_successors(self) -> TopicSuccessors:
        return TopicSuccessors()

    @cached_property
    def representative_comments(self) -> RepresentativeComments:
        return RepresentativeComments()
