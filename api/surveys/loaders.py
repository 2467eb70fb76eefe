"""The survey room's per-request loaders (api/loaders.py says how they batch)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from api.loaders import ById, ByOrganization
from surveys import listing, page_figures
from surveys.metrics import Metrics
from surveys.models import Respondent, Response, Survey


class SurveyFigures(ByOrganization[int, Metrics]):
    """A survey's all-time figures (Survey.metrics without arguments, what the surveys list asks of
    every row), by the survey's id: one read for the page. `read` answers every key."""

    async def read(self, *, organization_id: int, keys: list[int]) -> Mapping[int, Metrics]:
        return await page_figures.all_time_figures(organization_id=organization_id, survey_ids=keys)


class SurveyLoaders:
    @cached_property
    def survey_by_id(self) -> ById[Survey]:
        return ById(listing.surveys_by_id)

    @cached_property
    def survey_figures(self) -> SurveyFigures:
        return SurveyFigures()

    @cached_property
    def response_by_id(self) -> ById[Response]:
        return ById(listing.responses_by_id)

    @cached_property
    def respondent_by_id(self) -> ById[Respondent]:
        return ById(listing.respondents_by_id)
