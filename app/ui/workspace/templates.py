"""Interview note templates: headings that pre-fill the facts of a new interview.

The shell hands the worker's templates in as a dict keyed by `TemplateKind`
(plain strings work too). A template only ever fills an empty facts area, or
replaces another template the worker has not touched yet.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.templates import TemplateKind
from app.domain.models import InterviewKind

FIRST_INTERVIEW = TemplateKind.FIRST_INTERVIEW.value
HOME_VISIT = TemplateKind.HOME_VISIT.value
PHONE_CALL = TemplateKind.PHONE_CALL.value
TEMPLATE_KEYS = (FIRST_INTERVIEW, HOME_VISIT, PHONE_CALL)


def template_for(templates: Mapping[str, str], kind: InterviewKind, first: bool) -> str:
    """The template for this kind of interview; the first-interview one otherwise."""
    by_kind = {InterviewKind.HOME_VISIT: HOME_VISIT, InterviewKind.PHONE: PHONE_CALL}
    key = by_kind.get(kind)
    if key and templates.get(key, "").strip():
        return templates[key]
    if first and templates.get(FIRST_INTERVIEW, "").strip():
        return templates[FIRST_INTERVIEW]
    return ""


def is_pristine(text: str, templates: Mapping[str, str]) -> bool:
    """Nothing typed yet: the facts are empty or exactly one of the templates."""
    stripped = text.strip()
    return not stripped or stripped in {t.strip() for t in templates.values() if t.strip()}
