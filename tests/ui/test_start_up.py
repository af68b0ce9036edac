"""Start-up: the window's menus import their dialogs when first opened, not before the
window shows; no sqlite-utils plugins are looked for, and Qt's namespace is not made into
Python enums before the first paint; an unattended run says when the window first painted
(the start-up timing reads it); the garbage collector, off while the app starts, is on again
after that paint."""

import gc
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from ui.app import FirstPaint

ROOT = Path(__file__).resolve().parents[2]
DIALOGS = ("ui.about_dialog", "ui.audit_log_dialog", "ui.beats_dialog", "ui.model_help",
           "ui.recently_deleted_dialog", "ui.search_dialog", "ui.shortcuts_help",
           "ui.sync.conflict_review", "ui.sync.sync_dialog", "ui.user_dialog",
           "ui.transfer.export_dialog", "ui.transfer.retention_dialog",
           "ui.reports.pdf_options_dialog", "ui.import_wizard.background")


def test_the_main_window_module_leaves_its_menus_dialogs_unimported():
    code = ("import sys, ui.main_window; "
            f"print([name for name in {DIALOGS!r} if name in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_an_unattended_run_says_when_the_window_first_painted(demo_db):
    done = subprocess.run([sys.executable, "main.py", "--db", str(demo_db), "--quit-after-show"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["first paint"]


def test_a_start_up_looks_for_no_sqlite_utils_plugins(demo_db):
    """Looking for them reads the metadata of every installed package (importlib.metadata)."""
    done = subprocess.run([sys.executable, "-X", "importtime", "main.py", "--db", str(demo_db),
                           "--quit-after-show"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:")}
    assert "sqlite_utils.plugins" in imported and "importlib.metadata" not in imported


QT_NAMESPACE_WATCH = """
import enum, runpy, sys
made = []
create = enum.EnumType._create_

def recording(cls, class_name, *args, **kwargs):
    made.append(class_name)
    return create(cls, class_name, *args, **kwargs)

enum.EnumType._create_ = recording
import ui.app

painted = ui.app.FirstPaint.painted

def saying(self):
    print("Qt.Key made" if "Key" in made else "Qt.Key not made", flush=True)
    painted(self)

ui.app.FirstPaint.painted = saying
sys.argv = ["main.py", "--db", sys.argv[1], "--quit-after-show"]
runpy.run_path("main.py", run_name="__main__")
"""


def test_the_window_paints_before_pyside_makes_the_qt_namespace(demo_db):
    """Qt's namespace is 90-odd Python enums for PySide to make (Qt.Key's 500 keys among
    them): the window's shortcuts are set without it, and nothing before the paint names it."""
    done = subprocess.run([sys.executable, "-c", QT_NAMESPACE_WATCH, str(demo_db)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Qt.Key not made", "first paint"]


def test_collection_is_on_again_once_the_window_has_painted(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    FirstPaint(window, quit_after=False)
    gc.disable()
    try:
        window.show()
        qtbot.waitUntil(gc.isenabled)
        assert gc.get_freeze_count() > 0  # start-up's objects are left out of collections
    finally:
        gc.unfreeze()
        gc.enable()
