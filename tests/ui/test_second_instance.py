"""A second copy of the app on a file another one is writing to: it says who holds it and
offers "Open read-only" or "Cancel"; read-only, the title says so and writes are refused."""

import pytest
from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import answer_the_box, show_window

from ompm_desktop.services.desk import Desk
from ompm_desktop.store.writer_lock import WriterLock
from ui.navigation import PAGES


@pytest.fixture
def held(tmp_path):
    """A division file whose writer lock another copy of the app holds."""
    path = tmp_path / "north.db"
    desk = Desk.open(path, create=True)
    division = small_division(desk)
    desk.close()
    lock = WriterLock(path).acquire()
    yield path, division
    lock.release()


@pytest.fixture
def window(qtbot, tmp_path):
    shown = show_window(qtbot, Desk.open(tmp_path / "current.db", create=True, writer=True))
    yield shown
    shown.close()
    shown.desk.close()


def test_it_says_who_holds_the_file_and_cancel_keeps_the_window_as_it_was(
        window, qtbot, held):
    path, _ = held
    before = window.desk
    seen: dict = {}
    answer_the_box(qtbot, "Cancel", seen)
    assert window.open_path(path) is False
    assert window.desk is before
    holder = WriterLock(path).holder()
    assert holder is not None
    assert seen["text"] == (f"north.db is already open for writing by {holder.user} on "
                            f"{holder.host} (process {holder.pid}, since {holder.since}).")
    assert "read-only" in seen["more"]
    assert [text.replace("&", "") for text in seen["buttons"]] == ["Open read-only", "Cancel"]


def test_read_only_shows_in_the_title_and_a_save_is_refused_clearly(window, qtbot, held):
    path, division = held
    answer_the_box(qtbot, "Open read-only", {})
    assert window.open_path(path) is True
    desk = window.desk
    assert desk.read_only and desk.path == path
    assert "north.db (read-only)" in window.windowTitle()
    assert not window.transfer.import_action.isEnabled()
    assert not window.transfer.restore_action.isEnabled()
    window.show_page([entry.title for entry in PAGES].index("Partners"))
    page = window.pages.currentWidget()
    page.open_record(division.tenants["id"])
    field = page.form.fields["phone"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "613-555-0111")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    banner = page.form.banner
    assert banner.isVisible() and "open read-only" in banner.text()
    assert "nothing was saved" in banner.text()
    assert field.text() == "613-555-0111"  # the edit is kept
    assert desk.partners.get(division.tenants["id"])["phone"] != "613-555-0111"
