"""Text that looks like it holds a person's identifying details.

A community contact records what a conversation was about, not who was spoken to: the
identifying information of O. Reg. 400/23 belongs in the service's records system. A
summary that seems to hold a phone number, an e-mail address, a date of birth, a street
address or a person's name is flagged before it is saved (in the window) or imported (a
warning per row), never refused: the sergeant decides."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ompm_desktop.i18n import N_, _

_STREET_TYPES = (r"St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Cres|Crescent|Crt|"
                 r"Court|Pl|Place|Way|Lane|Ln|Terr|Terrace|Pkwy|Parkway|Hwy|Highway|"
                 r"Rue|Ch|Chemin|Boul")

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (N_("a phone number"), re.compile(
        r"(?<![\d-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\d-])")),
    (N_("an e-mail address"), re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    (N_("a date of birth"), re.compile(
        r"(?i:\b(?:d\.?o\.?b\.?|date of birth|birth ?date|born (?:on|in)\b|n[ée]e? le))")),
    (N_("a street address"), re.compile(
        r"\b(?:\d{1,5}[A-Za-z]?(?:-\d{1,5})?\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
        rf"(?:{_STREET_TYPES})\b\.?|(?i:apt|apartment|unit|suite)\.?\s*#?\d+)")),
    (N_("a person's name"), re.compile(
        r"\b(?:(?:Mr|Mrs|Ms|Miss|Mme|Mlle)\.?|(?i:named|called))\s+[A-Z][\w'’-]+")),
)


@dataclass(frozen=True)
class PersonalDetail:
    kind: str  # N_: translated where shown
    text: str  # what was found


# What each kind cannot do without, looked for with plain string tests first: most texts
# hold none of it, and are done with before any pattern runs (a pattern costs 2-4 µs).
_DIGIT = re.compile(r"\d")
_NAME_WORDS = ("Mr", "Mrs", "Ms", "Miss", "Mme", "Mlle", "named", "called", "Named", "Called")
_BIRTH_WORDS = ("dob", "d.o.b", "birth", "born", "né")
_UNIT_WORDS = ("apt", "apartment", "unit", "suite")


def _may_hold(kind: str, text: str, lowered: str, digits: int) -> bool:
    if kind == PATTERNS[0][0]:  # a phone number: ten digits at least
        return digits >= 10
    if kind == PATTERNS[1][0]:  # an e-mail address
        return "@" in text
    if kind == PATTERNS[2][0]:  # a date of birth
        return any(word in lowered for word in _BIRTH_WORDS)
    if kind == PATTERNS[3][0]:  # a street address
        return digits > 0 or any(word in lowered for word in _UNIT_WORDS)
    return any(word in text for word in _NAME_WORDS)  # a person's name


def personal_details(text: str) -> list[PersonalDetail]:
    """What in the text looks like a person's identifying details, in the order found."""
    if not text:
        return []
    lowered, digits = text.lower(), len(_DIGIT.findall(text))
    found: list[tuple[int, PersonalDetail]] = []
    for kind, pattern in PATTERNS:
        if not _may_hold(kind, text, lowered, digits):
            continue
        for match in pattern.finditer(text):
            found.append((match.start(), PersonalDetail(kind, match.group(0).strip())))
    return [detail for _start, detail in sorted(found, key=lambda item: item[0])]


def personal_details_warning(text: str) -> str:
    """One sentence naming what looks personal ('' when nothing does)."""
    found = personal_details(text)
    if not found:
        return ""
    named = "; ".join(f"{_(detail.kind)} ({detail.text})" for detail in found[:3])
    return _("This looks like it holds personal details: {found}. A contact records what the "
             "conversation was about; identifying information belongs in the service's "
             "records system.").format(found=named)
