import pytest

from ompm_desktop.model.quadrants import QUADRANTS, Quadrant, Thresholds, place, quadrant_by_name


def test_the_four_names_are_exact():
    assert {info.name for info in QUADRANTS.values()} == {
        "Enforcement & Crime Suppression",
        "Community Mobilization & Crime Prevention",
        "Community Engagement & Liaison",
        "Community Safety & Consultation",
    }


def test_colours_follow_the_house_palette():
    assert QUADRANTS[Quadrant.ENFORCEMENT].colour == "#C62828"
    assert QUADRANTS[Quadrant.MOBILIZATION].colour == "#F9A825"
    assert QUADRANTS[Quadrant.ENGAGEMENT].colour == "#1565C0"
    assert QUADRANTS[Quadrant.SAFETY].colour == "#2E7D32"


@pytest.mark.parametrize(
    ("capacity", "threat", "expected"),
    [
        (10, 90, Quadrant.ENFORCEMENT),
        (10, 10, Quadrant.MOBILIZATION),
        (90, 90, Quadrant.ENGAGEMENT),
        (90, 10, Quadrant.SAFETY),
        (50, 50, Quadrant.ENGAGEMENT),  # on both lines: high on both
        (49.9, 49.9, Quadrant.MOBILIZATION),
    ],
)
def test_placement_with_default_thresholds(capacity, threat, expected):
    assert place(capacity, threat) is expected


def test_thresholds_are_settings_not_constants():
    assert place(60, 60) is Quadrant.ENGAGEMENT
    assert place(60, 60, Thresholds(capacity=70, threat=70)) is Quadrant.MOBILIZATION


def test_scores_out_of_range_are_refused():
    with pytest.raises(ValueError, match="between 0 and 100"):
        place(120, 10)
    with pytest.raises(ValueError):
        Thresholds(capacity=-1)


def test_every_quadrant_has_actions_and_who_leads():
    for info in QUADRANTS.values():
        assert info.actions and info.who_leads and info.definition


def test_quadrant_by_name_accepts_key_name_and_colour():
    assert quadrant_by_name("red") is Quadrant.ENFORCEMENT
    assert quadrant_by_name("Community Safety & Consultation") is Quadrant.SAFETY
    assert quadrant_by_name("engagement") is Quadrant.ENGAGEMENT
    with pytest.raises(ValueError, match="not a quadrant"):
        quadrant_by_name("purple")
