"""Lock on idle: after `lock_after_minutes` (a setting) without a key press or a mouse move,
the window's content is hidden behind a lock screen that asks for the passphrase (or, for an
unencrypted file, a confirmation). The pages stay alive underneath, only hidden, so an edit
not yet saved is still there after unlocking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.services.desk import Desk
from ui.colours import error_style

INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
}


class LockScreen(QWidget):
    """What shows while the window is locked: the passphrase (or a Continue button).

    It calls `on_unlock` rather than emitting a signal of its own: on PySide6 6.12 every
    emit from Python drops a reference to True, and a long session must not pay for it."""

    def __init__(self, parent: QWidget, on_unlock: Callable[[], None]) -> None:
        super().__init__(parent)
        self.on_unlock = on_unlock
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.desk: Desk | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.heading = QLabel(self.tr("Locked"))
        self.heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setStyleSheet(error_style())
        self.message.setWordWrap(True)
        column = QWidget()
        column.setFixedWidth(460)
        inner = QVBoxLayout(column)
        for widget in (self.heading, self.explanation, self.passphrase, self.unlock_button,
                       self.message):
            inner.addWidget(widget)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)

    def prepare(self, desk: Desk, minutes: int) -> None:
        self.desk = desk
        name = desk.path.name if desk.path else self.tr("this database")
        self.message.clear()
        self.passphrase.clear()
        self.passphrase.setVisible(desk.encrypted)
        if desk.encrypted:
            self.explanation.setText(self.tr(
                "The desk locked itself after {minutes} minutes without use, to keep the "
                "records private. Type the passphrase of {name} to go on; nothing you were "
                "typing is lost.").format(minutes=minutes, name=name))
            self.unlock_button.setText(self.tr("&Unlock"))
        else:
            self.explanation.setText(self.tr(
                "The desk locked itself after {minutes} minutes without use. {name} is not "
                "encrypted, so no passphrase is needed: continue if this is you. Nothing you "
                "were typing is lost.").format(minutes=minutes, name=name))
            self.unlock_button.setText(self.tr("&Continue"))

    def focus(self) -> None:
        (self.passphrase if self.passphrase.isVisible() else self.unlock_button).setFocus()

    def try_unlock(self) -> None:
        desk = self.desk
        if desk is None:
            return
        if desk.encrypted and not desk.check_passphrase(self.passphrase.text()):
            self.passphrase.clear()
            self.message.setText(self.tr("That passphrase is not right. Try again."))
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        self.message.clear()
        self.on_unlock()


class IdleLock(QObject):
    """Install on a main window; `timer` fires the lock (tests fire it themselves)."""

    def __init__(self, window: QMainWindow, desk: Callable[[], Desk],
                 minutes: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.minutes_override = minutes
        self.locked = False
        self.interval = 0  # milliseconds without input before locking; 0: never
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.screen = LockScreen(window, self.unlock)
        self.screen.hide()
        self._disabled_actions: list[QAction] = []
        self._focus: QWidget | None = None
        self.watching_input = False  # the whole app's input: once the window has painted
        window.installEventFilter(self)
        self.restart()

    def watch_input(self) -> None:
        """From now on every key press, click or mouse move in the app starts the count
        again. Not before the window has painted: a filter on the whole app sends every event
        of start-up through Python, and PySide makes the Python types of a hundred-odd Qt
        enums on the way (about 27 ms before the window could show)."""
        app = QApplication.instance()
        if self.watching_input or app is None:
            return
        app.installEventFilter(self)
        self.watching_input = True

    @property
    def minutes(self) -> int:
        if self.minutes_override is not None:
            return self.minutes_override
        try:
            return int(self.desk().settings.get("lock_after_minutes") or 0)
        except (TypeError, ValueError):
            return 10

    def restart(self) -> None:
        """Start counting again (after input, or when the window opens another file)."""
        if self.locked:
            return
        minutes = self.minutes
        if minutes <= 0:
            self.interval = 0
            self.timer.stop()  # 0: never lock
            return
        self.interval = minutes * 60_000
        self.timer.start(self.interval)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Paint and not self.watching_input:
            QTimer.singleShot(0, self.watch_input)  # once the pages inside are painted too
        elif watched is self.window and kind == QEvent.Type.Resize and self.locked:
            self.screen.setGeometry(self.window.rect())
        elif kind in INPUT_EVENTS and not self.locked and self.timer.isActive():
            self.timer.start(self.interval)
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        self._focus = QApplication.focusWidget()
        central = self.window.centralWidget()
        if central is not None:
            central.hide()
        own = set(self.screen.findChildren(QAction))
        self._disabled_actions = [action for action in self.window.findChildren(QAction)
                                  if action.isEnabled() and action not in own]
        for action in self._disabled_actions:
            action.setEnabled(False)
        self.window.menuBar().setEnabled(False)
        self.screen.prepare(self.desk(), self.minutes)
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.focus()

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self.screen.hide()
        self.window.menuBar().setEnabled(True)
        for action in self._disabled_actions:
            action.setEnabled(True)
        self._disabled_actions = []
        central = self.window.centralWidget()
        if central is not None:
            central.show()
        if self._focus is not None:
            try:
                self._focus.setFocus()
            except RuntimeError:  # the page it was on has been rebuilt since
                pass
        self.restart()
