"""Help > About: the version, and every third-party licence the app ships with."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from records_helpers import show_window

import ui.about_dialog as about_module
from ompm_desktop import __version__
from ui.about_dialog import AboutDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk):
    shown = show_window(qtbot, desk)
    return shown


def open_about(window: MainWindow) -> AboutDialog:
    (help_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    (about,) = [a for a in help_menu.actions() if a.text() == "&About"]
    about.trigger()
    assert isinstance(window.dialog, AboutDialog)
    return window.dialog


def click_tab(qtbot, dialog: AboutDialog, title: str) -> None:
    bar = dialog.tabs.tabBar()
    (index,) = [i for i in range(bar.count()) if bar.tabText(i) == title]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentIndex() == index


def click_row(qtbot, dialog: AboutDialog, name: str) -> None:
    table = dialog.table
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).text() == name]
    table.scrollToItem(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 0)).center())
    assert table.currentRow() == row


def test_about_says_the_version_and_lists_every_shipped_licence(qtbot, window) -> None:
    dialog = open_about(window)
    assert dialog.isVisible()
    assert f"Community Policing Desk {__version__}" in dialog.tabs.widget(0).text()

    click_tab(qtbot, dialog, "Third-party licences")

    table = dialog.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    for name in ("Python", "PySide6_Essentials", "shiboken6", "reportlab", "sqlite-utils",
                 "platformdirs", "sqlcipher3", "filelock", "charset-normalizer", "icalendar",
                 "tzdata", "pillow", "DejaVu fonts"):
        assert name in names
    row = names.index("sqlite-utils")
    assert table.item(row, 2).text() == "Apache-2.0"
    assert dialog.text.toPlainText().startswith(f"{names[0]} ")  # the first, already open

    click_row(qtbot, dialog, "PySide6_Essentials")
    text = dialog.text.toPlainText()
    assert text.startswith("PySide6_Essentials ")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3" in text

    click_row(qtbot, dialog, "sqlite-utils")
    assert "Apache License" in dialog.text.toPlainText()

    click_row(qtbot, dialog, "DejaVu fonts")
    assert "Bitstream" in dialog.text.toPlainText()


def test_close_closes(qtbot, window) -> None:
    dialog = open_about(window)
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_missing_licences_say_so_and_where(qtbot, window, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about_module, "resource_path",
                        lambda *parts: tmp_path.joinpath("resources", *parts))

    dialog = open_about(window)
    click_tab(qtbot, dialog, "Third-party licences")

    message = dialog.missing.text()
    assert message.startswith("The third-party licences are missing from this installation")
    assert str(tmp_path / "resources" / "licenses") in message
    assert "Reinstall the app" in message
