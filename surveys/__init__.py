"""Surveys: definitions, distribution rules, displays, respondents, responses and scoring metrics."""
