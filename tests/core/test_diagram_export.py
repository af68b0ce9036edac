"""The diagram saved as SVG and PNG: the four exact quadrant names, the same picture in both,
and a clear refusal of any other kind of file."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageChops, ImageStat

from ompm_desktop.diagram.drawing import diagram_drawing, export_diagram
from ompm_desktop.diagram.layout import neighbourhood_layout, overview_layout
from ompm_desktop.errors import DeskError, ValidationError
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from tests.core.test_diagram_layout import assess
from tests.records_division import small_division

SVG = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def division(memory_desk):
    d = small_division(memory_desk)
    for on, capacity, threat in (("2025-11-01", 22, 81), ("2026-04-01", 31, 66),
                                 ("2026-10-01", 44, 58)):
        assess(memory_desk, d.rideau["id"], on, capacity, threat)
    assess(memory_desk, d.vanier["id"], "2026-10-01", 72, 35)
    return d


def svg_texts(path):
    return [element.text for element in ET.parse(path).getroot().iter(f"{SVG}text")]


def test_the_svg_is_xml_holding_every_quadrant_name_and_the_points(memory_desk, division,
                                                                      tmp_path):
    layout = overview_layout(memory_desk)
    path = export_diagram(layout, tmp_path / "overview.svg")
    texts = svg_texts(path)
    for info in QUADRANTS.values():
        assert info.name in texts
    assert {"Rideau Heights", "Vanier", "Community capacity: low → high",
            "Beat 2 - Eastview"} <= set(texts)
    root = ET.parse(path).getroot()
    assert (root.get("width"), root.get("height")) == ("820.0", "640.0")
    assert root.find(f"{SVG}title").text == layout.title
    assert root.find(f"{SVG}desc").text == " ".join(layout.notes)
    assert "not assessed yet" in layout.notes[0]  # Westboro


def test_the_neighbourhood_svg_shows_its_dates_and_initiative(memory_desk, division, tmp_path):
    layout = neighbourhood_layout(memory_desk, division.rideau["id"])
    texts = svg_texts(export_diagram(layout, tmp_path / "rideau.SVG"))
    assert {"2025-11-01", "2026-04-01", "2026-10-01 (latest)", "Compton St. lot",
            "Rideau Heights on the model"} <= set(texts)


def test_the_png_is_a_png_of_the_layouts_size_in_the_quadrants_colours(memory_desk, division,
                                                                        tmp_path):
    layout = overview_layout(memory_desk)
    path = export_diagram(layout, tmp_path / "overview.png")
    assert path.read_bytes()[:8] == PNG_SIGNATURE
    image = Image.open(path).convert("RGB")
    assert image.size == (1640, 1280)  # 144 dpi: two pixels a point
    areas = {area.quadrant: area.rect for area in layout.quadrants}
    # A corner of the enforcement quadrant near the split holds its tint (or its pattern).
    rect = areas[Quadrant.ENFORCEMENT]
    red, green, blue = image.getpixel((round((rect.right - 6) * 2), round((rect.bottom - 6) * 2)))
    assert red > green and red > blue
    rect = areas[Quadrant.ENGAGEMENT]
    red, green, blue = image.getpixel((round((rect.x + 6) * 2), round((rect.bottom - 6) * 2)))
    assert blue > red


@pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="rsvg-convert is not installed")
def test_rsvg_draws_the_svg_as_the_png_shows_it(memory_desk, division, tmp_path):
    layout = neighbourhood_layout(memory_desk, division.rideau["id"])
    svg = export_diagram(layout, tmp_path / "d.svg")
    png = export_diagram(layout, tmp_path / "d.png")
    converted = tmp_path / "from-svg.png"
    subprocess.run(["rsvg-convert", str(svg), "-o", str(converted)], check=True, timeout=60)
    theirs = Image.open(converted).convert("RGB")
    assert theirs.size == (560, 460)
    ours = Image.open(png).convert("RGB").resize(theirs.size, Image.Resampling.LANCZOS)
    difference = ImageStat.Stat(ImageChops.difference(ours, theirs)).mean
    assert max(difference) < 8, difference
    # A blank picture would also differ little from another blank one: this one is not.
    assert max(ImageStat.Stat(theirs).stddev) > 20


def test_other_kinds_of_file_are_refused_naming_the_ones_that_work(memory_desk, tmp_path):
    layout = overview_layout(memory_desk)
    with pytest.raises(ValidationError, match=r"\.svg or \.png"):
        export_diagram(layout, tmp_path / "diagram.pdf")
    with pytest.raises(DeskError, match="does not exist"):
        export_diagram(layout, tmp_path / "missing" / "diagram.svg")
    assert list(tmp_path.iterdir()) == []


def test_a_pdf_can_draw_it_at_any_width(memory_desk, division):
    layout = neighbourhood_layout(memory_desk, division.rideau["id"])
    drawing = diagram_drawing(layout, scale=0.5)
    assert (drawing.width, drawing.height) == (280, 230)


def test_the_profile_pdf_draws_the_neighbourhoods_diagram(desk, tmp_path):
    from pdf_checks import layout_problems, page_texts

    from ompm_desktop.reports.document import SIDE_MARGIN
    from ompm_desktop.reports.profile import write_profile

    d = small_division(desk)
    assess(desk, d.rideau["id"], "2026-04-01", 30, 70)
    assess(desk, d.rideau["id"], "2026-10-01", 42, 61)
    path = write_profile(desk, d.rideau["id"], tmp_path / "rideau.pdf")
    assert layout_problems(path, SIDE_MARGIN) == []
    pages = page_texts(path)
    first = pages[0]
    assert "Rideau Heights: assessments and active initiatives" in first
    assert "2026-10-01 (latest)" in first and "Compton St. lot" in first
    assert "Threat to safety and security: low → high" in first
    not_assessed = page_texts(write_profile(desk, d.westboro["id"], tmp_path / "w.pdf"))
    assert "assessments and active initiatives" not in " ".join(not_assessed)


def test_the_briefing_sets_each_beats_thumbnail_beside_its_neighbourhoods(desk, tmp_path):
    from pdf_checks import layout_problems, page_texts

    from ompm_desktop.reports.briefing import write_briefing
    from ompm_desktop.reports.document import SIDE_MARGIN

    d = small_division(desk)
    assess(desk, d.rideau["id"], "2026-10-01", 30, 80)
    shift = desk.shifts.create({"starts_at": "2026-11-24 19:00", "ends_at": "2026-11-25 07:00",
                                "platoon": "C"})
    for beat in (d.beat, d.beat_west):
        desk.assignments.create({"shift_id": shift["id"], "officer_id": d.morin["id"],
                                 "beat_id": beat["id"]})
    path = write_briefing(desk, [shift["id"]], tmp_path / "b.pdf", detail=True)  # the pages
    # after the roll-call sheet
    pages = page_texts(path)
    text = " ".join(pages[1:])  # the detail pages, after the one-page roll-call sheet
    assert "Capacity →" not in pages[0]
    # Beat 2 has an assessed neighbourhood, so its thumbnail; Beat 5 has none, so none.
    assert text.count("Capacity →") == 1 and text.count("Threat →") == 1
    beat_2 = text.rindex("Beat 2 - Eastview", 0, text.index("Capacity →"))
    assert beat_2 < text.index("Capacity →") < text.index("Beat 5 - Westboro", beat_2)
    assert layout_problems(path, SIDE_MARGIN) == []


def test_in_greyscale_each_quadrant_still_has_its_own_look(memory_desk, tmp_path):
    layout = overview_layout(memory_desk)
    grey = Image.open(export_diagram(layout, tmp_path / "grey.png")).convert("L")
    looks = {}
    for area in layout.quadrants:
        cx, cy = (area.rect.x + area.rect.width / 2) * 2, (area.rect.y + area.rect.height / 2) * 2
        looks[area.pattern] = grey.crop((round(cx) - 40, round(cy) - 40,
                                         round(cx) + 40, round(cy) + 40))
    assert set(looks) == {"cross-hatch", "diagonal", "dots", "plain"}
    assert ImageStat.Stat(looks["plain"]).stddev[0] < 1  # a plain tint
    for pattern in ("cross-hatch", "diagonal", "dots"):
        assert ImageStat.Stat(looks[pattern]).stddev[0] > 3, pattern
    names = list(looks)
    for index, one in enumerate(names):
        for other in names[index + 1:]:
            difference = ImageStat.Stat(ImageChops.difference(looks[one], looks[other])).mean[0]
            assert difference > 2, (one, other)
