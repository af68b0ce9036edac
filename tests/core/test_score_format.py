"""Threat and capacity scores read alike wherever they are shown: always one decimal, so
that a 97 is not written '97' beside an '87.2'."""

from ompm_desktop.diagram.parts import tooltip
from ompm_desktop.i18n import set_language
from ompm_desktop.model.quadrants import Thresholds
from ompm_desktop.queries.display import score


def test_a_score_always_has_one_decimal():
    assert [score(97), score(87.2), score(97.0), score(0), score(None)] == [
        "97.0", "87.2", "97.0", "0.0", ""]


def test_a_score_in_french_has_a_decimal_comma():
    set_language("fr")
    try:
        assert score(97) == "97,0" and score(87.25) == "87,2"
    finally:
        set_language("en")


def test_a_points_tooltip_gives_both_scores_alike():
    text = tooltip("Carlington", {"assessed_on": "2025-09-30", "assessor": "Sgt. Fortin",
                                  "capacity": 57.1, "threat": 97, "quadrant": "engagement"},
                   Thresholds(capacity=50, threat=50))
    assert text == "Carlington — 2025-09-30 by Sgt. Fortin: capacity 57.1, threat 97.0"
