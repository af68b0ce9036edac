"""Who is using the app: a badge on file fills the name, a blank name is refused on the spot,
and the name saved is the author of every change after it."""

from PySide6.QtCore import Qt
from records_division import small_division

from ui.user_dialog import UserDialog


def shown(qtbot, desk) -> UserDialog:
    dialog = UserDialog(desk, first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.badge.hasFocus()  # the first thing asked
    return dialog


def audit_actors(desk) -> list[str]:
    return [row[0] for row in desk.db.execute("SELECT actor FROM audit_log ORDER BY id")]


def test_a_badge_on_file_gives_the_name_and_later_changes_carry_it(qtbot, desk):
    division = small_division(desk)
    dialog = shown(qtbot, desk)
    qtbot.keyClicks(dialog.badge, division.tremblay["badge"])
    qtbot.keyClick(dialog.badge, Qt.Key.Key_Tab)
    assert dialog.name.text() == "Sgt. J. Tremblay"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert desk.settings.get("current_user") == "Sgt. J. Tremblay"
    assert desk.settings.get("current_badge") == division.tremblay["badge"]
    desk.beats.create({"name": "Beat 9"})
    assert audit_actors(desk)[-1] == "Sgt. J. Tremblay"


def test_a_blank_name_is_refused_and_nothing_is_saved(qtbot, desk):
    dialog = shown(qtbot, desk)
    qtbot.keyClicks(dialog.badge, "9999")  # not on file: no name to fill in
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Type your name (as in 'Sgt. J. Tremblay')."
    assert dialog.isVisible()
    assert desk.settings.get("current_user") == ""


def test_the_edit_menu_changes_who_is_using_the_app(qtbot, desk):
    from records_helpers import show_window

    window = show_window(qtbot, desk)
    [edit] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    [action] = [a for a in edit.actions() if a.text() == "&Who is using the app…"]
    action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, UserDialog)
    dialog.name.setText("Sgt. A. Saint-Amour")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert desk.actor == "Sgt. A. Saint-Amour"
    assert "Sgt. A. Saint-Amour" in window.statusBar().currentMessage()
