"""An assessor's answers, checked: counts are whole numbers of zero or more, the judgement
and the ten collective efficacy items are 1-5. A missing answer is None."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.scoring.indicators import ANSWERED_COUNTS, BY_KEY, EFFICACY_ITEMS, EFFICACY_KEY

# The keys an assessment's answers use (the demo division writes the same ones).
ANSWER_KEYS = (*ANSWERED_COUNTS, "assessor_judgement", EFFICACY_KEY)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _whole(value: Any, label: str, key: str) -> int:
    try:
        number = float(str(value).replace(",", "")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValidationError(_("{label} must be a whole number, not '{value}'.").format(
            label=label, value=value), key) from None
    if isinstance(value, bool) or not number.is_integer():
        raise ValidationError(_("{label} must be a whole number, not '{value}'.").format(
            label=label, value=value), key)
    return int(number)


def _rating(value: Any, label: str, key: str) -> int | None:
    if _blank(value):
        return None
    number = _whole(value, label, key)
    if not 1 <= number <= 5:
        raise ValidationError(_("{label} is scored from 1 to 5, not {number}.").format(
            label=label, number=number), key)
    return number


def clean_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Only the answer keys, each checked; blank answers become None."""
    cleaned: dict[str, Any] = {}
    for key in ANSWERED_COUNTS:
        value = answers.get(key)
        label = BY_KEY[key].title
        if _blank(value):
            cleaned[key] = None
            continue
        number = _whole(value, label, key)
        if number < 0:
            raise ValidationError(_("{label} cannot be below zero.").format(label=label), key)
        cleaned[key] = number
    cleaned["assessor_judgement"] = _rating(
        answers.get("assessor_judgement"), BY_KEY["assessor_judgement"].title,
        "assessor_judgement")
    items = answers.get(EFFICACY_KEY) or []
    if isinstance(items, str) or not isinstance(items, list | tuple) or len(items) > 10:
        raise ValidationError(_("The collective efficacy answers must be a list of ten scores "
                                "from 1 to 5 (blank for a question not asked)."), EFFICACY_KEY)
    padded = list(items) + [None] * (10 - len(items))
    cleaned[EFFICACY_KEY] = [
        _rating(value, _("Collective efficacy item {number}").format(number=item.number),
                EFFICACY_KEY)
        for item, value in zip(EFFICACY_ITEMS, padded, strict=True)
    ]
    return cleaned
