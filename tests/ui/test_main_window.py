"""The main window: pages, shortcuts, menus, the model's help, errors, start-up."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from records_helpers import show_window

from ompm_desktop.errors import DeskError
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.backup import backups_folder
from ui.errors import ErrorReportDialog, install_excepthook, show_error
from ui.navigation import PAGES
from ui.pages.today_page import TodayPage
from ui.recent_files import recent_files

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, demo_db):
    path = demo_db
    shown = show_window(qtbot, Desk.open(path))
    yield shown
    shown.desk.close()


def test_sidebar_lists_the_eight_pages_and_opens_today(window):
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Today", "Neighbourhoods", "Partners", "Contacts", "Initiatives",
                      "Shifts", "Officers", "Briefing items"]
    assert isinstance(window.pages.currentWidget(), TodayPage)
    assert "demo.db" in window.statusBar().currentMessage()
    assert window.windowTitle().startswith("DEMO – NOT A RECORD - North Division")


def test_ctrl_number_switches_pages(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 3
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.sidebar.visualItemRect(window.sidebar.item(1)).center())
    assert window.pages.currentIndex() == 1
    assert len(PAGES) == window.pages.count()


def test_f1_shows_the_model_with_the_four_exact_names(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    text = window.dialog.browser.toPlainText()
    for name in ("Enforcement & Crime Suppression", "Community Mobilization & Crime Prevention",
                 "Community Engagement & Liaison", "Community Safety & Consultation"):
        assert name in text
    window.dialog.close()


def test_today_shows_the_shift_and_what_is_due(window):
    page = window.page(0)
    assert "Platoon" in page.heading.text()
    assert page.lists["items"].count() > 0 and page.lists["items"].isEnabled()


def test_file_new_creates_an_empty_database_and_remembers_it(window, tmp_path):
    target = tmp_path / "fresh.db"
    dialog = window.new_database()  # the dialog itself: tests/ui/test_new_database_dialog.py
    dialog.path_edit.setText(str(target))
    dialog.passphrase.setText("Fresh division 2026")
    dialog.repeated.setText("Fresh division 2026")
    dialog.create_button.click()
    assert target.exists() and window.desk.path == target and window.desk.encrypted
    assert window.desk.partners.count() == 0
    assert recent_files()[0] == target.resolve()


def test_opening_a_text_file_shows_one_clear_message(window, tmp_path, mocker):
    text = tmp_path / "notes.db"
    text.write_text("not a database at all")
    warning = mocker.patch.object(QMessageBox, "warning")
    mocker.patch.object(QFileDialog, "getOpenFileName", return_value=(str(text), ""))
    before = window.desk
    window.open_database()
    assert window.desk is before
    message = warning.call_args.args[2]
    assert "not a database of this app" in message


def test_domain_errors_go_through_the_one_alert(qtbot, mocker):
    warning = mocker.patch.object(QMessageBox, "warning")
    show_error(None, DeskError("Badge 4471 already belongs to Cst. J. Morin."))
    assert warning.call_args.args[2] == "Badge 4471 already belongs to Cst. J. Morin."


def test_the_excepthook_logs_and_offers_a_report_to_copy(qtbot, tmp_path):
    from ompm_desktop.logging_setup import log_file, setup_logging

    setup_logging()
    install_excepthook()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    dialog = sys.excepthook.last_dialog
    assert isinstance(dialog, ErrorReportDialog)
    qtbot.addWidget(dialog)
    assert "boom in a slot" in dialog.report.toPlainText()
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert "boom in a slot" in log_file().read_text()
    sys.excepthook = sys.__excepthook__


def _main(*args, env_extra=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)


def test_quit_after_show_exits_zero_and_backs_nothing_up(demo_db):
    result = _main("--db", str(demo_db), "--quit-after-show")
    assert result.returncode == 0, result.stderr
    assert not backups_folder(demo_db).exists()  # a smoke run is not a day's work to keep


def test_an_unattended_first_start_opens_the_demo_in_its_own_place(tmp_path):
    """No one to ask (a smoke test): the demo, in a file of its own, never the division's."""
    home = tmp_path / "home"
    result = _main("--quit-after-show", env_extra={"XDG_DATA_HOME": str(home / "data"),
                                                   "HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert not list((home / "data").rglob("division.db"))
    [created] = list((home / "data").rglob("demo-division.db"))
    desk = Desk.open(created)
    assert desk.neighbourhoods.count() == 12
    desk.close()


def test_a_text_file_is_refused_with_a_clear_line(tmp_path):
    text = tmp_path / "x.db"
    text.write_text("hello")
    result = _main("--db", str(text), "--quit-after-show")
    assert result.returncode == 1
    assert "not a database of this app" in result.stderr and "Traceback" not in result.stderr
