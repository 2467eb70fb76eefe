"""The survey room's per-request loaders (api/loaders.py says how they batch)."""

from __future__ import annotations

from functools import cached_property

from api.loaders import ById
from surveys import listing
from surveys.models import Respondent, Response, Survey


class SurveyLoaders:
    @cached_property
    def survey_by_id(self) -> ById[Survey]:
        return ById(listing.surveys_by_id)

    @cached_property
    def response_by_id(self) -> ById[Response]:
        return ById(listing.responses_by_id)

    @cached_property
    def respondent_by_id(self) -> ById[Respondent]:
        return ById(listing.respondents_by_id)
