"""The viewer's language, zh-CN (the default) or en: ?lang=, else the first Chinese or English one
the browser (or client) asks for in Accept-Language."""

from __future__ import annotations

from starlette.requests import HTTPConnection

DEFAULT_LOCALE = "zh-CN"


def supported(tag: str) -> str | None:
    tag = tag.strip().lower()
    return "en" if tag.startswith("en") else "zh-CN" if tag.startswith("zh") else None


def requested_lang(request: HTTPConnection) -> str | None:
    """The language asked for with ?lang=, else the browser's first Chinese or English one."""
    asked = request.query_params.get("lang")
    if asked is not None:
        return supported(asked)
    tags = (part.split(";")[0] for part in request.headers.get("accept-language", "").split(","))
    return next((lang for lang in map(supported, tags) if lang), None)


def viewer_locale(request: HTTPConnection) -> str:
    return requested_lang(request) or DEFAULT_LOCALE
