"""`python main.py --selftest` (`ompm-desk --selftest` in the bundle): the core's self-test,
then the main window opened and closed on its demo division. Never waits for input; with no
display it draws offscreen. Exit 0 with a one-line summary, or 1 with what failed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

WINDOW_TIMEOUT_MS = 60_000


def use_offscreen_without_display() -> None:
    """On Linux with no X11 or Wayland display, draw offscreen (before QApplication exists)."""
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def open_and_close_main_window(database: Path) -> str:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from ompm_desktop.paths import config_dir, resource_path
    from ui.database_opening import open_database_file

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    icon = QIcon(str(resource_path("icon.svg")))
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise AssertionError("the app's icon (icon.svg) does not draw: is the SVG plugin there?")
    app.setWindowIcon(icon)
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    recent = config_dir() / "recent.json"  # opening a file lists it: keep the user's list
    kept = recent.read_bytes() if recent.exists() else None
    desk = open_database_file(None, database, unattended=True)
    assert desk is not None
    try:
        from ui.main_window import MainWindow

        window = MainWindow(desk)
        shown: list[bool] = []

        def on_first_shown() -> None:
            shown.append(True)
            QTimer.singleShot(0, app.quit)

        window.first_shown.connect(on_first_shown)
        QTimer.singleShot(WINDOW_TIMEOUT_MS, app.quit)
        window.show()
        app.exec()
        if not shown:
            raise AssertionError(f"the main window did not show within "
                                 f"{WINDOW_TIMEOUT_MS // 1000} s")
        pages = window.pages.count()
        window.close()
        window.deleteLater()
    finally:
        desk.close()
        if kept is None:
            recent.unlink(missing_ok=True)
        else:
            recent.write_bytes(kept)
    return f"{pages} pages shown on the {QGuiApplication.platformName()} platform and closed"


def run_gui_selftest() -> int:
    use_offscreen_without_display()
    from ompm_desktop.selftest import run_selftest, selftest_folder

    with selftest_folder() as folder:
        report = run_selftest(folder)
        report.run("main window", lambda: open_and_close_main_window(report.database),
                   needs=("demo division",))
    stream = sys.stdout if report.passed else sys.stderr
    for line in report.lines():
        print(line, file=stream)
    return 0 if report.passed else 1
