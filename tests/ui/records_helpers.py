"""Driving a record page like a person: keys go to whatever has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def show_page(qtbot, page_class, desk):
    """A page in a window of its own, with an undo stack bound to Ctrl+Z as the window's."""
    stack = QUndoStack()
    page = page_class(desk, stack)
    qtbot.addWidget(page)
    page.undo_stack_keeper = stack  # the stack lives as long as the page
    undo = stack.createUndoAction(page)
    undo.setShortcut("Ctrl+Z")
    undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    page.addAction(undo)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page, stack


def active_window_on(qtbot, path):
    """The main window on the database file at `path`, at 1366x768, shown and active: its
    desk is the window's own (close it with `window.desk.close()`)."""
    from ompm_desktop.services.desk import Desk
    from ui.main_window import MainWindow

    shown = MainWindow(Desk.open(path))
    shown.back_up_when_closed = False
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def show_window(qtbot, desk, *, active: bool = False):
    """The main window on this database, shown (and, if asked, the active window)."""
    from ui.main_window import MainWindow

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    return window


def open_from_menu(qtbot, window, menu: str, entry: str, kind, *, active: bool = False):
    """Choose a menu entry of the window (as written, with its &) and get the window it
    opens, shown."""
    [found] = [a.menu() for a in window.menuBar().actions() if a.text() == menu]
    [action] = [a for a in found.actions() if a.text() == entry]
    action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, kind)
    qtbot.waitExposed(dialog)
    if active:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def answer_the_box(qtbot, button_text: str, seen: dict) -> None:
    """When the modal box comes up, note what it says (title, text, more, buttons) and click
    one of its real buttons."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        seen["more"] = box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, click)
