"""Uvicorn entry point: `uvicorn --factory api.asgi:create`."""

from __future__ import annotations

from starlette.applications import Starlette

from api.app import create_app


def create() -> Starlette:
    return create_app()
