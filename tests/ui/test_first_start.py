"""The first start asks: create your division (encrypted, its passphrase typed twice) or look
around a demo. The demo lives in a file of its own, says it is a demo wherever it shows, and
is never opened at start once a real division exists; the last division used is."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from records_helpers import show_window

from ompm_desktop.paths import default_database_path, demo_database_path
from ompm_desktop.services.desk import Desk
from ui.app import database_to_open, parse_args, start_desk
from ui.first_start_dialog import FirstStartDialog
from ui.new_database_dialog import NewDatabaseDialog
from ui.recent_files import remember

PASSPHRASE = "north division night shift"


def when_shown(qtbot, kind: type, act: Callable[[QWidget], None], seen: list) -> None:
    """When a modal window of this kind comes up, note it and act on it as a person would."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, kind):
            QTimer.singleShot(10, look)
            return
        seen.append(box)
        act(box)
    QTimer.singleShot(0, look)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def demo_marking(window) -> QLabel:
    return window.statusBar().findChild(QLabel, "demo_marking")


@pytest.fixture
def opened():
    desks: list[Desk] = []
    yield desks
    for desk in desks:
        desk.close()


def test_the_first_start_asks_and_the_demo_lives_apart_marked_as_one(qtbot, opened):
    seen: list = []
    when_shown(qtbot, FirstStartDialog, lambda box: click(qtbot, box.demo_button), seen)
    desk = start_desk(parse_args([]))
    opened.append(desk)
    [question] = seen
    words = question.findChild(QLabel, "first_start_text").text()
    assert str(default_database_path()) in words and str(demo_database_path()) in words
    assert desk.path == demo_database_path() != default_database_path()
    assert not default_database_path().exists()
    window = show_window(qtbot, desk)
    assert window.windowTitle().startswith("DEMO – NOT A RECORD - North Division")
    assert demo_marking(window).isVisible()
    assert demo_marking(window).text() == "Demo division: not a record"


def test_the_first_start_creates_the_division_encrypted(qtbot, opened):
    seen: list = []

    def create(dialog: NewDatabaseDialog) -> None:
        assert dialog.path_edit.text() == str(default_database_path())
        for line in (dialog.passphrase, dialog.repeated):
            click(qtbot, line)
            qtbot.keyClicks(line, PASSPHRASE)
        qtbot.keyClick(dialog.repeated, Qt.Key.Key_Return)  # Create, not Browse…

    when_shown(qtbot, FirstStartDialog, lambda box: (
        qtbot.keyClick(box, Qt.Key.Key_Return),  # Create my division is the default
        when_shown(qtbot, NewDatabaseDialog, create, seen)), seen)
    desk = start_desk(parse_args([]))
    opened.append(desk)
    assert [type(s) for s in seen] == [FirstStartDialog, NewDatabaseDialog]
    assert desk.path == default_database_path() and desk.encrypted
    window = show_window(qtbot, desk)
    assert "DEMO" not in window.windowTitle()
    assert not demo_marking(window).isVisible()


def test_cancelling_the_new_division_asks_again_and_quit_opens_nothing(qtbot):
    seen: list = []

    def cancel(dialog: NewDatabaseDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        when_shown(qtbot, FirstStartDialog, lambda box: click(qtbot, box.quit_button), seen)

    when_shown(qtbot, FirstStartDialog, lambda box: (
        click(qtbot, box.create_button), when_shown(qtbot, NewDatabaseDialog, cancel, seen)),
        seen)
    assert start_desk(parse_args([])) is None
    assert [type(s) for s in seen] == [FirstStartDialog, NewDatabaseDialog, FirstStartDialog]
    assert not default_database_path().exists() and not demo_database_path().exists()


def test_the_last_division_used_reopens_and_a_demo_never_once_a_real_one_exists(tmp_path):
    from ompm_desktop.cli.demo import build_demo_file

    assert database_to_open(parse_args([])) is None  # nothing yet: the first start
    build_demo_file(demo_database_path())
    remember(demo_database_path())
    assert database_to_open(parse_args([])) == demo_database_path()
    first, second = tmp_path / "north.db", tmp_path / "south.db"
    for path in (first, second):
        Desk.open(path, create=True).close()
    remember(first)
    remember(second)
    assert database_to_open(parse_args([])) == second.resolve()
    remember(first)
    remember(demo_database_path())  # the demo looked at last: still the division opens
    assert database_to_open(parse_args([])) == first.resolve()


def test_new_database_from_the_demo_never_proposes_the_demos_place(qtbot, opened):
    from ompm_desktop.cli.demo import build_demo_file

    build_demo_file(demo_database_path())
    window = show_window(qtbot, Desk.open(demo_database_path()), active=True)
    opened.append(window.desk)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.dialog
    assert isinstance(dialog, NewDatabaseDialog)
    assert dialog.path_edit.text() == str(default_database_path())
    dialog.reject()
    Desk.open(default_database_path(), create=True).close()  # a division is there now
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.dialog.path_edit.text() == str(default_database_path().with_name(
        "division-2.db"))
    window.dialog.reject()


def test_the_demo_command_builds_in_the_demos_place_not_the_divisions():
    from ompm_desktop.cli import main

    assert main(["demo"]) == 0
    assert demo_database_path().exists() and not default_database_path().exists()
