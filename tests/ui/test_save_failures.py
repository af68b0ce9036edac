"""A full disk (or a read-only file) while saving on the Partners page: the message says so
on the form, and what was typed stays in the form to be saved again or copied elsewhere."""

from PySide6.QtCore import Qt
from records_division import small_division
from records_helpers import show_page

from ompm_desktop.queries import PARTNERS, ListRequest
from ui.pages.partners_page import PartnersPage


def fill_the_disk(desk) -> None:
    """The database may not grow by one more page, as on a disk with no space left."""
    desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = desk.db.execute("PRAGMA page_count").fetchone()[0]
    desk.db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_keeps_the_new_partner_in_the_form(qtbot, desk):
    small_division(desk)
    page, _ = show_page(qtbot, PartnersPage, desk)
    fill_the_disk(desk)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    name = page.form.fields["name"]
    qtbot.keyClicks(name, "Vanier Community Service Centre")
    page.form.fields["kind"].set_value("Social services")
    notes = page.form.fields["notes"]
    notes.setFocus()
    notes.setPlainText("Runs the Tuesday drop-in. " * 300)  # more than the file can take
    qtbot.keyClicks(notes, "Call first.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    banner = page.form.banner
    assert banner.isVisible() and banner.text().startswith("The disk is full")
    assert "still in the form" in banner.text()
    assert name.text() == "Vanier Community Service Centre" and page.form.dirty
    assert not PARTNERS.page(desk.context, ListRequest(search="Service Centre"))
    desk.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    [saved] = PARTNERS.page(desk.context, ListRequest(search="Service Centre"))
    assert saved["name"] == "Vanier Community Service Centre"
