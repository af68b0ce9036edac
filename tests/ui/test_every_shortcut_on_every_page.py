"""Every shortcut Help > Keyboard shortcuts lists works on every page, pressed as a person
presses it: with the keyboard in the sidebar (the page just chosen) and in the page itself.
The menus' keys are read from the help; a key the help lists with no check here fails."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from records_helpers import active_window_on

from ui.navigation import PAGES
from ui.shortcuts_help import window_shortcuts


class Marker(QUndoCommand):
    """A change on the page's undo stack, to see Undo and Redo act on it."""

    def __init__(self, log: list[str]) -> None:
        super().__init__("Mark")
        self.log = log

    def redo(self) -> None:
        self.log.append("redo")

    def undo(self) -> None:
        self.log.append("undo")


@pytest.fixture
def window(qtbot, demo_db, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *args, **kwargs: (opened.append("open"), ("", ""))[1]))
    shown = active_window_on(qtbot, demo_db)
    shown.opened = opened
    yield shown
    shown.desk.close()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def new_windows(before: set[QWidget]) -> list[str]:
    """The windows a key opened (closed again, for the next key)."""
    opened = [w for w in QApplication.topLevelWidgets()
              if w.isVisible() and w not in before and w.isWindow()]
    names = sorted(type(w).__name__ for w in opened)
    for widget in opened:
        widget.close()
    return names


def sequence(keys: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    combined = QKeySequence(keys)[0]
    return combined.key(), combined.keyboardModifiers()


# What each menu command visibly does: the windows it opens, or a check of the window after.
OPENS = {
    "File > New database": "NewDatabaseDialog",
    "File > Import": "ImportWizard",
    "File > Export": "ExportDialog",
    "File > Briefing PDF of the current shift": "PdfOptionsDialog",
    "Edit > Find anything": "SearchDialog",
    "Help > The model": "ModelHelpDialog",
    "Help > Keyboard shortcuts": "ShortcutsHelpDialog",
}
GO = {f"Go > {entry.title}": index for index, entry in enumerate(PAGES)}
def check_menu_key(qtbot, window, command: str, keys: str, index: int) -> str | None:
    """Press the keys; None if they did what the command does, else what went wrong."""
    page = window.pages.currentWidget()
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    stack = window.page_stacks[index]
    log: list[str] = []
    if command == "Edit > Undo":
        stack.push(Marker(log))
    if command == "Edit > Redo":
        stack.push(Marker(log))
        stack.undo()
    key, modifiers = sequence(keys)
    qtbot.keyClick(focused() or window, key, modifiers)
    if command in OPENS:
        opened = new_windows(before)
        return None if opened == [OPENS[command]] else f"opened {opened}"
    if command in GO:
        done = window.pages.currentIndex() == GO[command]
        window.show_page(index)
        return None if done else f"page {window.pages.currentIndex()}"
    if command == "File > Open":
        return None if window.opened.pop() == "open" else "no file dialog"
    if command == "Edit > Undo":
        return None if log == ["redo", "undo"] else f"undo log {log}"
    if command == "Edit > Redo":
        return None if log == ["redo", "undo", "redo"] else f"redo log {log}"
    if command == "Edit > Log a community contact":
        contacts = window.pages.currentWidget()
        done = window.pages.currentIndex() == 3 and contacts.form.isAncestorOf(focused())
        window.show_page(index)
        return None if done else "not a new contact"
    if command == "File > Quit":
        closed = not window.isVisible()
        window.show()
        qtbot.waitExposed(window)
        return None if closed else "still open"
    return f"no check for {command} ({page})"


def go_to(qtbot, window, index: int, where: str) -> None:
    """Choose the page in the sidebar with the mouse; "page": then Tab into it."""
    sidebar = window.sidebar
    window.activateWindow()  # back from the window the last key opened
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(sidebar.item(index)).center())
    assert window.pages.currentIndex() == index
    if where == "page":
        qtbot.keyClick(sidebar, Qt.Key.Key_Tab)
        assert window.pages.currentWidget().isAncestorOf(focused())


@pytest.mark.parametrize("where", ["sidebar", "page"])
@pytest.mark.parametrize("index", range(len(PAGES)), ids=[entry.title for entry in PAGES])
def test_every_menu_shortcut_works_on_every_page(qtbot, window, index, where):
    lines = window_shortcuts(window)
    assert all(line.keys for line in lines), "a command listed with no keys"
    failures = []
    for line in lines:
        for keys in line.keys.split(", "):
            go_to(qtbot, window, index, where)
            problem = check_menu_key(qtbot, window, line.command, keys, index)
            if problem:
                failures.append(f"{keys} ({line.command}): {problem}")
    assert failures == []


NEW_RECORD_OPENS = {"Neighbourhoods": "NeighbourhoodDialog", "Shifts": "NewShiftDialog"}


@pytest.mark.parametrize("where", ["sidebar", "page"])
@pytest.mark.parametrize("index", [i for i, entry in enumerate(PAGES) if entry.kind],
                         ids=[entry.title for entry in PAGES if entry.kind])
def test_ctrl_n_and_ctrl_f_work_on_every_page_of_records(qtbot, window, index, where):
    title = PAGES[index].title
    go_to(qtbot, window, index, where)
    page = window.pages.currentWidget()
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    if title in NEW_RECORD_OPENS:
        assert new_windows(before) == [NEW_RECORD_OPENS[title]]
    else:
        assert new_windows(before) == []
        assert page.form.record is None and page.form.isAncestorOf(focused())
    if title == "Neighbourhoods":
        return  # no list to search: the overview shows every neighbourhood
    go_to(qtbot, window, index, where)
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = page.pool.filter if title == "Shifts" else page.filters.search
    assert focused() is search
