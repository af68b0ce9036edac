"""Start the app: arguments, the database to open, logging, the error hook, the window."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ompm_desktop import APP_ID, APP_TITLE
from ompm_desktop.current_user import needs_first_start
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import system_language
from ompm_desktop.logging_setup import setup_logging
from ompm_desktop.paths import (
    DEMO_FILE_NAME,
    default_database_path,
    demo_database_path,
    resource_path,
)
from ompm_desktop.services.desk import Desk
from ui.colours import house_style
from ui.database_opening import open_database_file
from ui.errors import install_excepthook, show_error
from ui.language import install_translators

log = logging.getLogger(__name__)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python main.py", description=f"{APP_TITLE}: open the app.")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="open this database file (default: the division used last; the "
                        "first start asks: create your division, or look around a demo)")
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh demo division in a temporary file")
    parser.add_argument("--quit-after-show", action="store_true",
                        help="exit right after the window is first shown (smoke tests, "
                        "start-up measurements); never waits for input")
    parser.add_argument("--selftest", action="store_true",
                        help="check this installation on a demo division in a temporary "
                        "folder, main window included, and exit: 0 if all is well")
    return parser.parse_args(argv)


def database_to_open(args: argparse.Namespace) -> Path | None:
    """The file asked for, else the last division used (a demo only if there is no other),
    else the division at its default place. None: the first start, nothing to open yet."""
    if args.demo:
        from ompm_desktop.cli.demo import build_demo_file  # only when a demo is to be built

        path = Path(tempfile.mkdtemp(prefix="ompm-demo-")) / DEMO_FILE_NAME
        build_demo_file(path)
        return path
    if args.db:
        return Path(args.db)
    from ui.recent_files import last_division

    last = last_division()
    if last is not None:
        return last
    division = default_database_path()
    return division if division.exists() else None


def open_desk(path: Path, unattended: bool) -> Desk | None:
    """Open the file as its writer, asking for its passphrase if it is encrypted (until right
    or cancelled); a file another copy holds opens read-only if the user says so, and a
    damaged one offers its newest backup. None: the user chose not to open it."""
    return open_database_file(None, path, unattended=unattended)


def open_demo(unattended: bool) -> Desk | None:
    """The demo division, in its own place (built there the first time)."""
    path = demo_database_path()
    if not path.exists():
        from ompm_desktop.cli.demo import build_demo_file

        log.info("Building a demo division in %s", path)
        build_demo_file(path)
    return open_desk(path, unattended)


def first_start(unattended: bool) -> Desk | None:
    """Nothing to open yet: ask whether to create the division (encrypted, with its
    passphrase) or look around a demo. Unattended (a smoke test), the demo. None: quit."""
    if unattended:
        return open_demo(unattended)
    from PySide6.QtWidgets import QDialog

    from ui.first_start_dialog import FirstStartDialog
    from ui.new_database_dialog import NewDatabaseDialog

    while True:
        question = FirstStartDialog(default_database_path(), demo_database_path())
        if question.exec() != QDialog.DialogCode.Accepted:
            return None
        if question.choice == "demo":
            return open_demo(unattended)
        creating = NewDatabaseDialog(None, default_database_path().parent)
        if creating.exec() == QDialog.DialogCode.Accepted and creating.desk is not None:
            return creating.desk
        # Cancelled: the question again, not a window on nothing.


def start_desk(args: argparse.Namespace) -> Desk | None:
    """The desk the window opens on (None: the user chose not to open one)."""
    path = database_to_open(args)
    if path is None:
        return first_start(unattended=args.quit_after_show)
    return open_desk(path, unattended=args.quit_after_show)


class FirstPaint(QObject):
    """Watches the window for its first paint: once it and its pages are painted, the
    garbage collector (which main.py turns off while the app starts: what start-up makes
    lives as long as the app) is turned back on, and an unattended run (--quit-after-show)
    says so on standard output, for the start-up timing, and quits."""

    def __init__(self, window: QObject, quit_after: bool) -> None:
        super().__init__(window)
        self.quit_after = quit_after
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted)  # after the pages inside, painted next
        return False

    def painted(self) -> None:
        gc.freeze()  # start-up's objects are never garbage: no collection walks them again
        gc.enable()
        if self.quit_after:
            print("first paint", flush=True)
            QCoreApplication.quit()


def run(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.selftest:
        from ui.selftest_gui import run_gui_selftest

        gc.enable()  # main.py turned it off for a start-up: a self-test runs as long as it must
        return run_gui_selftest()
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_TITLE)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icon.svg"))))
    style = resource_path("style.qss")
    if style.exists():
        app.setStyleSheet(house_style(style.read_text(encoding="utf-8")))
    install_excepthook()
    install_translators(system_language())  # a passphrase asked before the file's own setting
    try:
        desk = start_desk(args)
        if desk is None:
            return 1
    except DeskError as error:
        log.warning("Could not open the database: %s", error)
        if args.quit_after_show:
            print(f"error: {error.message}", file=sys.stderr)
        else:
            show_error(None, error,
                       QCoreApplication.translate("database_opening", "Cannot open the database"))
        return 1
    from ui.main_window import MainWindow  # after QApplication exists

    install_translators(desk.settings.get("language"))  # before the window's words are made
    window = MainWindow(desk)
    if args.quit_after_show:
        window.back_up_when_closed = False  # showing the window once changes nothing to save
    FirstPaint(window, quit_after=args.quit_after_show)
    QTimer.singleShot(2000, gc.enable)  # should the window be kept from painting
    window.show()
    if not args.quit_after_show and needs_first_start(desk):
        QTimer.singleShot(0, lambda: window.ask_who_is_using(first_start=True))
    elif not args.quit_after_show:  # the service's retention review, when it is due
        QTimer.singleShot(0, window.transfer.scheduled_retention)
    code = app.exec()
    desk.close()
    return int(code)
