"""Help > Keyboard shortcuts: every shortcut of the window's menus, read from the actions
themselves, so the list says what the keys do today."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ShortcutLine:
    keys: str  # as the platform writes them: "Ctrl+K"
    command: str  # where it is and what it is called: "Edit > Find anything"


def plain(text: str) -> str:
    """A menu text as read: no accelerator ampersands, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _lines_of(menu: QMenu, path: str) -> list[ShortcutLine]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _lines_of(sub, f"{path} > {plain(action.text())}")
        elif action.shortcuts() and not action.isSeparator():
            keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                             for key in action.shortcuts())
            found.append(ShortcutLine(keys, f"{path} > {plain(action.text())}"))
    return found


def window_shortcuts(window: QMainWindow) -> list[ShortcutLine]:
    """Each menu action with keys, in menu order."""
    found: list[ShortcutLine] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += _lines_of(menu, plain(action.text()))
    return found


class ShortcutsHelpDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr(
            "The keys of the menus. On a page, Ctrl+N starts a new record, Ctrl+F goes "
            "to its search, Enter saves and Esc puts back what was stored; Tab goes from "
            "each control to the next."), self)
        intro.setWordWrap(True)
        self.lines = window_shortcuts(window)
        self.table = QTableWidget(len(self.lines), 2, self)
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Command")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, line in enumerate(self.lines):
            self.table.setItem(row, 0, QTableWidgetItem(line.keys))
            self.table.setItem(row, 1, QTableWidgetItem(line.command))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)
