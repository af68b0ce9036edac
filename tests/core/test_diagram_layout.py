"""The quadrant diagram's layout: points in the quadrant their scores give (at the division's
thresholds), a trajectory fading into the past, initiatives in their quadrants, and names
that never cover one another, even with 200 neighbourhoods or Toronto's 140."""

import random
import re
from itertools import combinations
from pathlib import Path

import pytest

from ompm_desktop.diagram.layout import neighbourhood_layout, overview_layout
from ompm_desktop.diagram.shapes import Rect
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant, Thresholds, place
from tests.records_division import small_division
from tests.toronto import import_toronto

TORONTO = Path(__file__).resolve().parents[1] / "data" / "toronto-wellbeing-safety-2011.csv"
PLACES = ("Glen", "Saint-Laurent", "Riverside", "Hawthorne", "Côte", "Maple", "Bayview",
          "Lower Town", "Heron", "Belair-Sud", "Kingsview")
ENDS = ("Heights", "Park", "Village", "East", "West Gardens", "Nord", "Corners", "")


def assess(desk, hood_id, on, capacity, threat, assessor="Sgt. Roy"):
    quadrant = place(capacity, threat, Thresholds(
        desk.settings.get("threshold_capacity"), desk.settings.get("threshold_threat"))).value
    return desk.assessments.create({
        "neighbourhood_id": hood_id, "assessed_on": on, "assessor": assessor,
        "capacity": capacity, "threat": threat,
        "computed_quadrant": quadrant, "quadrant": quadrant,
    })


def crowded_division(desk, count=200, seed=11):
    """`count` neighbourhoods in four beats, each assessed twice with scattered scores."""
    rng = random.Random(seed)
    beats = [desk.beats.create({"name": f"Beat {n}"})["id"] for n in range(1, 5)]
    hoods = desk.neighbourhoods.create_many(
        {"name": f"{rng.choice(PLACES)} {rng.choice(ENDS)} {n}".replace("  ", " "),
         "beat_id": beats[n % 4]}
        for n in range(count)
    )
    rows = []
    for hood in hoods:
        capacity, threat = rng.uniform(0, 100), rng.uniform(0, 100)
        for on in ("2026-03-01", "2026-10-01"):
            quadrant = place(round(capacity, 1), round(threat, 1)).value
            rows.append({"neighbourhood_id": hood, "assessed_on": on, "assessor": "Sgt. Roy",
                         "capacity": round(capacity, 1), "threat": round(threat, 1),
                         "computed_quadrant": quadrant, "quadrant": quadrant})
            # The next assessment moves it a little, as neighbourhoods move.
            capacity = min(100.0, max(0.0, capacity + rng.uniform(-15, 15)))
            threat = min(100.0, max(0.0, threat + rng.uniform(-15, 15)))
    desk.assessments.create_many(rows)
    return beats, hoods


def point_box(point):
    return Rect(point.x - point.radius, point.y - point.radius, 2 * point.radius,
                2 * point.radius)


def assert_labels_readable(layout):
    """No label covers another label, any point or a quadrant's name; all stay in the field;
    the note counts the names left off."""
    labelled = [p for p in layout.points if p.label is not None]
    boxes = [p.label.box for p in labelled]
    for one, other in combinations(boxes, 2):
        assert not one.overlaps(other), (one, other)
    names = [label.box for area in layout.quadrants for label in area.labels]
    for box in boxes:
        assert (layout.plot.x <= box.x and box.right <= layout.plot.right
                and layout.plot.y <= box.y and box.bottom <= layout.plot.bottom)
        assert not any(box.overlaps(name) for name in names)
        assert not any(box.overlaps(point_box(p)) for p in layout.points)
    omitted = len(layout.points) - len(labelled)
    counted = [int(m.group(1)) for note in layout.notes
               if (m := re.match(r"(\d+) of \d+ names left off", note))]
    assert counted == ([omitted] if omitted else [])
    return labelled


# ---- geometry ---------------------------------------------------------------------------


def test_scores_and_places_round_trip(memory_desk):
    layout = overview_layout(memory_desk)
    for capacity in (0, 12.5, 49.9, 50, 73.4, 100):
        for threat in (0, 0.1, 50, 66.6, 100):
            assert layout.to_scores(*layout.to_xy(capacity, threat)) == (capacity, threat)
    assert layout.to_scores(layout.plot.x - 40, layout.plot.y - 40) == (0.0, 100.0)
    assert layout.to_scores(layout.plot.right + 9, layout.plot.bottom + 9) == (100.0, 0.0)


def test_the_field_splits_at_the_thresholds_and_points_sit_in_their_quadrant(memory_desk):
    memory_desk.settings.set("threshold_capacity", 60)
    memory_desk.settings.set("threshold_threat", 30)
    hood = memory_desk.neighbourhoods.create({"name": "Vanier"})["id"]
    scores = [(55, 35), (60, 30), (59.9, 29.9), (61, 10), (0, 100), (100, 0), (45, 80)]
    for day, (capacity, threat) in enumerate(scores, start=1):
        assess(memory_desk, hood, f"2026-0{day}-01", capacity, threat)
    layout = neighbourhood_layout(memory_desk, hood)
    assert layout.thresholds == (60, 30)
    split_x, split_y = layout.to_xy(60, 30)
    areas = {area.quadrant: area for area in layout.quadrants}
    assert areas[Quadrant.ENGAGEMENT].rect.x == pytest.approx(split_x)
    assert areas[Quadrant.SAFETY].rect.y == pytest.approx(split_y)
    assert {area.name for area in layout.quadrants} == {info.name for info in QUADRANTS.values()}
    thresholds = Thresholds(60, 30)
    for point in layout.points:
        expected = place(point.capacity, point.threat, thresholds)
        assert point.quadrant == expected
        assert layout.quadrant_at(point.x, point.y) == expected
        assert areas[expected].rect.contains(point.x, point.y)
    # 55 and 35 is low capacity and high threat at these thresholds (high and low at 50).
    assert layout.points[0].quadrant == Quadrant.ENFORCEMENT


def test_axes_halves_and_every_quadrant_are_named(memory_desk):
    layout = overview_layout(memory_desk)
    texts = {label.text for label in layout.axis_labels}
    assert {"Community capacity: low → high", "Threat to safety and security: low → high",
            "Police lead (mobilization)", "Community leads (engagement)"} <= texts
    for area in layout.quadrants:
        info = QUADRANTS[area.quadrant]
        assert [label.text for label in area.labels][0] == info.name
        assert (area.colour, area.tint, area.pattern) == (info.colour, info.tint, info.pattern)
    assert layout.notes == ("There are no neighbourhoods to show yet.",)


# ---- one neighbourhood ---------------------------------------------------------------------


def test_a_trajectory_fades_into_the_past_with_arrows_from_older_to_newer(memory_desk):
    hood = memory_desk.neighbourhoods.create({"name": "Rideau Heights"})["id"]
    history = [("2025-03-01", 20, 80), ("2025-09-01", 30, 62), ("2026-03-01", 45, 55),
               ("2026-10-01", 62, 41)]
    for on, capacity, threat in history:
        assess(memory_desk, hood, on, capacity, threat, assessor="Sgt. X")
    layout = neighbourhood_layout(memory_desk, hood)
    points = layout.points
    assert [p.assessed_on for p in points] == [on for on, _c, _t in history]
    opacities = [p.opacity for p in points]
    assert opacities == sorted(opacities) and len(set(opacities)) == 4
    assert opacities[-1] == 1.0
    assert [p.current for p in points] == [False, False, False, True]
    assert [p.hollow for p in points] == [True, True, True, False]
    assert all(p.radius * 2 >= 12 for p in points)
    assert points[-1].tooltip == ("Rideau Heights — 2026-10-01 by Sgt. X: "
                                  "capacity 62.0, threat 41.0")
    assert len(layout.arrows) == 3
    for arrow, older, newer in zip(layout.arrows, points[:-1], points[1:], strict=True):
        assert (abs(arrow.x1 - older.x) + abs(arrow.y1 - older.y)
                < abs(arrow.x1 - newer.x) + abs(arrow.y1 - newer.y))
        assert (abs(arrow.x2 - newer.x) + abs(arrow.y2 - newer.y)
                < abs(arrow.x2 - older.x) + abs(arrow.y2 - older.y))
    assert [a.opacity for a in layout.arrows] == sorted(a.opacity for a in layout.arrows)
    assert all(p.label is not None for p in points)
    assert points[-1].label.text == "2026-10-01 (latest)" and points[-1].label.bold
    assert_labels_readable(layout)


def test_active_initiatives_sit_in_their_quadrant_apart_from_everything(memory_desk):
    d = small_division(memory_desk)
    rideau = d.rideau["id"]
    assess(memory_desk, rideau, "2026-05-01", 30, 70)
    assess(memory_desk, rideau, "2026-10-01", 38, 64)
    titles = {"Compton St. lot": Quadrant.ENFORCEMENT}
    for n, quadrant in enumerate(["enforcement", "enforcement", "safety", "mobilization",
                                  "engagement", "enforcement"]):
        title = f"Initiative number {n} with a rather long title about the lot"
        memory_desk.initiatives.create({"title": title, "quadrant": quadrant,
                                        "neighbourhood_ids": [rideau]})
        titles[title] = Quadrant(quadrant)
    closed = memory_desk.initiatives.create({"title": "Closed one", "quadrant": "safety",
                                             "neighbourhood_ids": [rideau], "status": "closed"})
    layout = neighbourhood_layout(memory_desk, rideau)
    markers = layout.markers
    assert closed["id"] not in {m.initiative_id for m in markers}
    assert d.bikes["id"] not in {m.initiative_id for m in markers}  # Vanier's, not Rideau's
    assert len(markers) == len(titles)
    areas = {area.quadrant: area.rect for area in layout.quadrants}
    by_id = {row["id"]: row for row in memory_desk.initiatives.list()}
    for marker in markers:
        title = by_id[marker.initiative_id]["title"]
        assert marker.quadrant == titles[title]
        assert marker.label.text == title or (marker.label.text.endswith("…")
                                              and title.startswith(marker.label.text[:8]))
        rect = areas[marker.quadrant]
        assert rect.contains(marker.box.x, marker.box.y)
        assert rect.contains(marker.box.right, marker.box.bottom)
        assert not any(marker.box.overlaps(point_box(p)) for p in layout.points)
        assert not any(marker.box.overlaps(p.label.box) for p in layout.points if p.label)
    for one, other in combinations(markers, 2):
        assert not one.box.overlaps(other.box)
    assert "Active initiative" in {entry.text for entry in layout.legend}


def test_a_neighbourhood_not_assessed_says_so(memory_desk):
    hood = memory_desk.neighbourhoods.create({"name": "Westboro"})["id"]
    layout = neighbourhood_layout(memory_desk, hood)
    assert layout.points == () and layout.arrows == ()
    assert "Westboro has not been assessed yet" in layout.notes[0]


# ---- the division ----------------------------------------------------------------------------


def test_two_hundred_neighbourhoods_get_names_that_never_overlap(memory_desk):
    beats, hoods = crowded_division(memory_desk)
    layout = overview_layout(memory_desk)
    assert len(layout.points) == 200
    labelled = assert_labels_readable(layout)
    assert len(labelled) >= 150
    for point in layout.points:
        assert layout.quadrant_at(point.x, point.y) == point.quadrant
    for point in labelled:  # a leader joins a label that had to sit away from its point
        if point.leader is not None:
            x1, y1, x2, y2 = point.leader
            assert abs(x1 - point.x) <= point.radius + 0.01 and y1 == point.y
            assert point.label.box.x - 0.01 <= x2 <= point.label.box.right + 0.01


def test_the_overview_styles_filters_and_counts_by_beat(memory_desk):
    d = small_division(memory_desk)
    nobody = memory_desk.neighbourhoods.create({"name": "Lakeview"})
    assess(memory_desk, d.rideau["id"], "2026-04-01", 20, 80)
    assess(memory_desk, d.rideau["id"], "2026-10-01", 35, 60)
    assess(memory_desk, d.vanier["id"], "2026-10-01", 70, 30)
    assess(memory_desk, nobody["id"], "2026-10-01", 55, 55)
    layout = overview_layout(memory_desk)
    assert {p.neighbourhood_id for p in layout.points} == {d.rideau["id"], d.vanier["id"],
                                                           nobody["id"]}
    assert "1 neighbourhood not assessed yet: it has no place on the diagram." in layout.notes
    legend = {entry.text: (entry.colour, entry.shape) for entry in layout.legend}
    assert list(legend) == ["Beat 2 - Eastview", "Beat 5 - Westboro", "No beat"]
    assert len(set(legend.values())) == 3
    by_hood = {p.neighbourhood_id: p for p in layout.points}
    assert (by_hood[d.rideau["id"]].colour, by_hood[d.rideau["id"]].shape) == legend[
        "Beat 2 - Eastview"]
    assert all(p.current and not p.hollow for p in layout.points)
    assert by_hood[d.rideau["id"]].assessed_on == "2026-10-01"
    assert len(layout.arrows) == 1  # only Rideau Heights has an assessment before its latest
    arrow = layout.arrows[0]
    start = layout.to_xy(20, 80)
    assert (arrow.x1, arrow.y1) == pytest.approx(start)
    rideau = by_hood[d.rideau["id"]]
    assert abs(arrow.x2 - rideau.x) + abs(arrow.y2 - rideau.y) < 12

    east = overview_layout(memory_desk, beat_ids=[d.beat["id"]])
    assert {p.neighbourhood_id for p in east.points} == {d.rideau["id"], d.vanier["id"]}
    assert [entry.text for entry in east.legend] == ["Beat 2 - Eastview"]
    assert "Beat 2 - Eastview" in east.title
    assert not any("not assessed" in note for note in east.notes)
    loose = overview_layout(memory_desk, beat_ids=[None])
    assert [p.neighbourhood_id for p in loose.points] == [nobody["id"]]


@pytest.mark.skipif(not TORONTO.exists(), reason="the Toronto data set is not on this machine")
def test_torontos_140_neighbourhoods_read_as_one_labelled_column(memory_desk):
    import_toronto(memory_desk, capacity=50.0)
    layout = overview_layout(memory_desk)
    assert len(layout.points) == 140
    labelled = assert_labels_readable(layout)
    # Threat scored against the reference rates runs from 5 to 63 (no longer spread 0-100 by
    # rank): the column is denser, and about four in ten are named.
    assert len(labelled) >= 56
    assert any("same capacity score (50)" in note for note in layout.notes)
    assert all(p.radius >= 4.5 for p in layout.points)
    assert {p.quadrant for p in layout.points} == {Quadrant.ENGAGEMENT, Quadrant.SAFETY}
    assert all(p.tooltip.startswith(p.label.text.rstrip("…")) for p in labelled)


@pytest.mark.skipif(not TORONTO.exists(), reason="the Toronto data set is not on this machine")
def test_torontos_neighbourhoods_without_a_capacity_are_not_yet_placed(memory_desk):
    import_toronto(memory_desk)
    layout = overview_layout(memory_desk)
    assert layout.points == ()
    assert "140 neighbourhoods not yet placed: their threat is scored but their capacity is " \
        "unknown." in layout.notes
    waterfront = memory_desk.neighbourhoods.find_by_name("Waterfront Communities-The Island")
    one = neighbourhood_layout(memory_desk, waterfront["id"])
    assert one.points == ()
    assert any(note.startswith("Waterfront Communities-The Island is not yet placed: its "
                               "newest assessment (2011-12-31) scores threat 57.4")
               for note in one.notes)


def test_a_beats_thumbnail_numbers_its_neighbourhoods_as_the_sheet_lists_them(memory_desk):
    from ompm_desktop.diagram.mini import beat_mini_layout

    d = small_division(memory_desk)  # Beat 2: Rideau Heights (1), Vanier (2)
    assess(memory_desk, d.rideau["id"], "2026-04-01", 20, 85)
    assess(memory_desk, d.rideau["id"], "2026-10-01", 35, 70)
    assess(memory_desk, d.vanier["id"], "2026-10-01", 75, 20)
    assess(memory_desk, d.westboro["id"], "2026-10-01", 60, 60)  # another beat's
    layout = beat_mini_layout(memory_desk, d.beat["id"])
    assert (layout.width, layout.height) == (150, 118)
    by_number = {p.label.text: p for p in layout.points}
    assert by_number["1"].neighbourhood_id == d.rideau["id"]
    assert by_number["2"].neighbourhood_id == d.vanier["id"]
    assert len(layout.points) == 2 and len(layout.arrows) == 1
    for point in layout.points:
        assert layout.quadrant_at(point.x, point.y) == point.quadrant
    assert all(area.labels == () for area in layout.quadrants)
    assert_labels_readable(layout)


def test_a_quadrants_name_moves_out_from_under_points_in_its_corner(memory_desk):
    hood = memory_desk.neighbourhoods.create({"name": "Lowertown East"})["id"]
    for on, capacity, threat in (("2025-09-08", 3, 97), ("2026-05-17", 3, 94),
                                 ("2026-10-29", 12, 89)):
        assess(memory_desk, hood, on, capacity, threat)
    layout = neighbourhood_layout(memory_desk, hood)
    enforcement = next(a for a in layout.quadrants if a.quadrant == Quadrant.ENFORCEMENT)
    assert enforcement.labels[0].text == "Enforcement & Crime Suppression"
    for label in enforcement.labels:
        assert enforcement.rect.contains(label.box.x, label.box.y)
        assert enforcement.rect.contains(label.box.right, label.box.bottom)
        assert not any(label.box.overlaps(point_box(p)) for p in layout.points)
    # With no point in the way it stays in its outer corner, top left.
    empty = overview_layout(memory_desk, beat_ids=[])
    enforcement = next(a for a in empty.quadrants if a.quadrant == Quadrant.ENFORCEMENT)
    assert enforcement.labels[0].box.y < enforcement.rect.y + 10
    assert enforcement.labels[0].anchor == "start"
    assert_labels_readable(layout)
