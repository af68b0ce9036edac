"""The diagrams in the window keep the layout's placements, as the PDF does:
no text drawn on the scene covers a point, another text (a title, a quadrant's name) or
the plot's frame, for the division overview and every neighbourhood of the demo division at
the sizes a window gives it (down to 1024x700 and 150 %), in English and in French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsSimpleTextItem
from records_helpers import show_page

from ompm_desktop.services.desk import Desk
from ui.pages.neighbourhoods_page import NeighbourhoodsPage

# The page's sizes: the 1366x768 window (and one a window manager gives it), a
# small laptop and a large screen.
PAGE_SIZES = ((1280, 690), (1366, 768), (1024, 640), (1920, 1040), (730, 460))


@pytest.fixture
def demo_desk(demo_db):
    opened = Desk.open(demo_db)
    opened.actor = "Sgt. Test"
    yield opened
    opened.close()


def ink(item: QGraphicsSimpleTextItem) -> QRectF:
    """Where the text's glyphs are drawn, in scene units (a hair inside, for antialiasing)."""
    metrics = QFontMetricsF(item.font())
    tight = metrics.tightBoundingRect(item.text()).translated(0, metrics.ascent())
    return item.sceneTransform().mapRect(tight).adjusted(0.2, 0.2, -0.2, -0.2)


def covers_point(rect: QRectF, x: float, y: float, radius: float) -> bool:
    nearest_x = min(max(x, rect.left()), rect.right())
    nearest_y = min(max(y, rect.top()), rect.bottom())
    return (nearest_x - x) ** 2 + (nearest_y - y) ** 2 < radius ** 2


def crosses_frame(rect: QRectF, plot: QRectF) -> bool:
    """Partly inside the plot and partly outside it: over its edge."""
    return rect.intersects(plot) and not plot.contains(rect)


def collisions(page: NeighbourhoodsPage) -> list[str]:
    scene = page.view.diagram
    layout = scene.layout
    plot = QRectF(layout.plot.x, layout.plot.y, layout.plot.width, layout.plot.height)
    texts = [(item.text(), ink(item)) for item in scene.items()
             if isinstance(item, QGraphicsSimpleTextItem) and item.text().strip()]
    found = []
    for index, (text, rect) in enumerate(texts):
        for point in layout.points:
            if covers_point(rect, point.x, point.y, point.radius):
                found.append(f"{text!r} covers the point of {point.assessed_on}")
        for other, other_rect in texts[index + 1:]:
            if rect.intersects(other_rect):
                found.append(f"{text!r} overlaps {other!r}")
        if crosses_frame(rect, plot):
            found.append(f"{text!r} is over the frame")
        if not scene.sceneRect().contains(rect):
            found.append(f"{text!r} is cut at the diagram's edge")
    return [f"{page.title.text()} at {layout.width:.0f}x{layout.height:.0f}: {line}"
            for line in found]


def every_neighbourhood(qtbot, desk) -> list[str]:
    page, _stack = show_page(qtbot, NeighbourhoodsPage, desk)
    found: list[str] = []
    for width, height in PAGE_SIZES:
        page.resize(width, height)
        for row in range(page.hoods.count()):  # the division overview first
            page.hoods.setCurrentRow(row)
            page._lay_out_again()  # laid out for the view's size now, not in 150 ms
            page.view.finish_names()  # the overview's, placed between paints otherwise
            assert page.view.diagram.overview == (row == 0)
            found += collisions(page)
    return found


def test_no_label_covers_a_point_a_title_or_the_frame(qtbot, demo_desk):
    assert every_neighbourhood(qtbot, demo_desk) == []


def test_no_label_covers_a_point_a_title_or_the_frame_in_french(qtbot, demo_desk, french):
    assert every_neighbourhood(qtbot, demo_desk) == []
