"""The main window: sidebar, pages, menus, status bar."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ompm_desktop.demo_division import DEMO_MARKING, is_demo
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _, app_title
from ompm_desktop.queries.kinds import KIND_NOUNS
from ompm_desktop.services.desk import Desk
from ui.database_opening import open_database_file
from ui.demo_marking import mark_demo
from ui.errors import show_error
from ui.idle_lock import IdleLock
from ui.language import LanguageMenu
from ui.menu_windows import MenuWindows, record_windows
from ui.navigation import PAGES
from ui.recent_files import recent_files, remember
from ui.reports.pdf_actions import PdfActions
from ui.screen_fit import fit_to_screen
from ui.sidebar_keys import SidebarKeys
from ui.transfer.file_actions import TransferActions, backup_on_close
from ui.unencrypted import unencrypted_explanation

# The menus' dialogs are imported when first opened, not before the window is first shown.
if TYPE_CHECKING:
    from ui.change_passphrase_dialog import ChangePassphraseDialog
    from ui.new_database_dialog import NewDatabaseDialog
    from ui.user_dialog import UserDialog


# The keys of a page's own (the help's first lines): they work from the sidebar too.
PAGE_KEYS = ("Ctrl+N", "Ctrl+F", "Ctrl+Shift+A")


class MainWindow(QMainWindow):
    first_shown = Signal()

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        # One undo stack per page (Ctrl+Z undoes what was done on the page shown, and Edit >
        # Undo names it), one for the windows the menus open; changes are told to them all.
        self.undo_group = QUndoGroup(self)
        self.undo_stack = QUndoStack(self.undo_group)
        self.undo_group.addStack(self.undo_stack)
        self.page_stacks: dict[int, QUndoStack] = {}
        self.menu_windows = MenuWindows(self, self, self.undo_stack, self.open_record)
        self._shown = False
        self.back_up_when_closed = True  # an unattended run (smoke test, timing) turns it off
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        # As wide as the longest page name in the user's font, 170 px at the least.
        self.sidebar.setFixedWidth(max(170, 56 + max(
            self.sidebar.fontMetrics().horizontalAdvance(self.tr(entry.title))
            for entry in PAGES)))
        self.pages = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.transfer = TransferActions(self, lambda: self.desk)
        self.transfer.data_changed.connect(self.refresh_pages)
        self.pdfs = PdfActions(self, lambda: self.desk)
        self._build_menus()
        self.sidebar.currentRowChanged.connect(self._show_index)
        SidebarKeys(self.sidebar, PAGE_KEYS, self._page_key)  # the page shown answers
        self.idle_lock = IdleLock(self, lambda: self.desk)
        self.load(desk)
        fit_to_screen(self, (1280, 720))

    # ---- building ---------------------------------------------------------------------
    def _action(self, text: str, slot: Any, keys: Any = None) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            # setShortcuts: setShortcut makes PySide build Qt's whole namespace as Python
            # enums (90-odd, Qt.Key's 500 keys among them: about 12 ms of start-up).
            action.setShortcuts([QKeySequence(keys)])
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # Ctrl+Shift+N: Ctrl+N is each page's new record (the same keys in two places
        # made Qt do neither).
        file_menu.addAction(self._action(self.tr("&New database…"), self.new_database,
                                         "Ctrl+Shift+N"))
        file_menu.addAction(self._action(self.tr("&Open…"), self.open_database,
                                         QKeySequence.StandardKey.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.change_passphrase_action = self._action(self.tr("Change &passphrase…"),
                                                     self.change_passphrase)
        file_menu.addAction(self.change_passphrase_action)
        file_menu.addSeparator()
        self.transfer.add_to_menu(file_menu)
        file_menu.addAction(self.pdfs.current_briefing_action)
        file_menu.addAction(self.pdfs.all_profiles_action)
        file_menu.addAction(self.pdfs.cswb_report_action)
        file_menu.addAction(self._action(self.tr("&Access request…"),
                                         self.menu_windows.show_access_request))
        file_menu.addSeparator()
        self.sync_action = self._action(self.tr("S&ync with station hub…"),
                                        self.menu_windows.sync_with_hub)
        file_menu.addAction(self.sync_action)
        file_menu.addAction(self._action(self.tr("Review sync &conflicts…"),
                                         self.menu_windows.review_sync_conflicts))
        file_menu.addSeparator()
        self.language = LanguageMenu(file_menu, self.desk, lambda text: self.statusBar(
            ).showMessage(text, 10_000), self)
        file_menu.addSeparator()
        # Ctrl+Q named: the platform's Quit is no key at all on some (the help listed none).
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, "Ctrl+Q"))
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addActions([undo, redo])
        edit.addSeparator()
        edit.addAction(self._action(self.tr("&Find anything…"),
                                    self.menu_windows.show_search, "Ctrl+K"))
        edit.addAction(self._action(self.tr("&Log a community contact"), self.log_contact,
                                    "Ctrl+L"))
        edit.addSeparator()
        edit.addAction(self._action(self.tr("Recently &deleted…"),
                                    self.menu_windows.show_recently_deleted))
        edit.addAction(self._action(self.tr("&Audit log…"),
                                    self.menu_windows.show_audit_log))
        edit.addAction(self._action(self.tr("&Who is using the app…"), self.ask_who_is_using))
        go = self.menuBar().addMenu(self.tr("&Go"))
        for index, entry in enumerate(PAGES):
            go.addAction(self._action(self.tr(entry.title), lambda _=False, i=index:
                                      self.show_page(i), f"Ctrl+{index + 1}"))
        go.addSeparator()
        go.addAction(self._action(self.tr("&Beats…"), self.menu_windows.show_beats))
        go.addAction(self._action(self.tr("CSWB &plan…"), self.menu_windows.show_cswb_plan))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("The &model"),
                                         self.menu_windows.show_model_help, "F1"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"),
                                         self.menu_windows.show_shortcuts, "Ctrl+/"))
        help_menu.addAction(self._action(self.tr("&About"), self.menu_windows.show_about))

    def load(self, desk: Desk) -> None:
        """Show a database: rebuild every page on it."""
        for kind in record_windows() if self.pages.count() else ():  # none before the first
            for window in self.findChildren(kind):
                window.close()  # they show the database being closed
        self.desk = desk
        self.undo_stack.clear()
        for stack in self.page_stacks.values():
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        self.page_stacks = {}
        while self.pages.count():
            page = self.pages.widget(0)
            assert page is not None
            self.pages.removeWidget(page)
            page.deleteLater()
        self.sidebar.clear()
        self.built: list[bool] = []
        for entry in PAGES:
            self.sidebar.addItem(self.tr(entry.title))
            self.pages.addWidget(QWidget())  # stands in until the page is first shown
            self.built.append(False)
        self.sidebar.setCurrentRow(0)
        division = desk.settings.get("division_name")
        read_only = self.tr(" (read-only)") if desk.read_only else ""
        demo = is_demo(desk)
        marking = _(DEMO_MARKING) + " - " if demo else ""
        self.setWindowTitle(f"{marking}{division} - {desk.path.name if desk.path else ''}"
                            f"{read_only} - {app_title()}")
        mark_demo(self, demo)
        self.change_passphrase_action.setEnabled(desk.encrypted and not desk.read_only)
        self.change_passphrase_action.setStatusTip("" if desk.encrypted else self.tr(
            unencrypted_explanation()))
        for action in (self.transfer.restore_action, self.transfer.import_action,
                       self.transfer.boundaries_action, self.sync_action):
            action.setEnabled(not desk.read_only)  # a read-only database takes no writes
        self.idle_lock.restart()
        self.language.show_setting(desk)
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=desk.path))
        if desk.path:
            remember(desk.path)

    def _page_key(self, keys: str) -> None:
        """A page's own key pressed in the sidebar: the page shown does what it does."""
        page = self.pages.currentWidget()
        wanted = QKeySequence(keys)
        for made in page.findChildren(QShortcut) if page is not None else ():
            if made.parent() is page and made.isEnabled() and wanted in made.keys():
                made.activated.emit()
                return

    @property
    def dialog(self) -> QWidget | None:
        """The last window opened from the menus (tests find it here)."""
        return self.menu_windows.dialog

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def _show_index(self, index: int) -> None:
        if 0 <= index < len(PAGES):
            self.page(index)
            self.pages.setCurrentIndex(index)
            self.undo_group.setActiveStack(self.page_stacks[index])

    def page(self, index: int) -> Any:
        """The page at this place in the sidebar, built the first time it is wanted."""
        if not self.built[index]:
            stack = QUndoStack(self.undo_group)
            self.undo_group.addStack(stack)
            self.page_stacks[index] = stack
            page = PAGES[index].factory(self.desk, stack)
            stand_in = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            if stand_in is not None:
                self.pages.removeWidget(stand_in)
                stand_in.deleteLater()
            self.built[index] = True
            briefing = getattr(page, "briefing_requested", None)
            if briefing is not None:  # a page asking for a shift's briefing sheet
                briefing.connect(self.pdfs.briefing)
            profile = getattr(page, "profile_requested", None)
            if profile is not None:  # a page asking for a neighbourhood's profile
                profile.connect(self.pdfs.profile)
            record = getattr(page, "record_requested", None)
            if record is not None:  # a page asking to open a record on its own page
                record.connect(self.open_record)
        return self.pages.widget(index)

    def built_pages(self) -> list[Any]:
        return [self.pages.widget(i) for i, built in enumerate(self.built) if built]

    def page_index(self, kind: str) -> int:
        """The sidebar page that lists records of this kind (-1: none does)."""
        for index, entry in enumerate(PAGES):
            if entry.kind == kind and hasattr(self.page(index), "open_record"):
                return index
        return -1

    def open_record(self, kind: str, record_id: str) -> bool:
        """Go to the page of this kind of record and show it there, selected in the list."""
        if kind == "beat":
            self.menu_windows.show_beats().page.open_record(record_id)
            return True
        if kind == "cswb_risk":
            self.menu_windows.show_cswb_plan().page.open_record(record_id)
            return True
        index = self.page_index(kind)
        if index < 0:
            return self._open_elsewhere(kind, record_id)
        page: Any = self.page(index)
        if not page.confirm_leave():
            return False
        self.show_page(index)
        page.filters.apply_now()  # a search still being typed there counts
        if page.model.row_of(record_id) < 0:
            page.filters.clear()  # a filter or a search hid it: show the whole list
        page.open_record(record_id)
        return True

    def _open_elsewhere(self, kind: str, record_id: str) -> bool:
        """A page that is not a list of records may still open one (open_neighbourhood)."""
        for index, entry in enumerate(PAGES):
            if entry.kind != kind:
                continue
            opener = getattr(self.page(index), f"open_{kind}", None)
            if callable(opener):
                self.show_page(index)
                opener(record_id)
                return True
        self.statusBar().showMessage(self.tr("No page shows {0}s yet.").format(
            KIND_NOUNS.get(kind, kind)), 8000)
        return False

    def ask_who_is_using(self, first_start: bool = False) -> UserDialog:
        """Who is using the app (asked on first start): the author of every change."""
        from ui.user_dialog import UserDialog

        dialog = self.menu_windows.present(UserDialog(self.desk, self, first_start=first_start),
                                           modal=True)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr(
            "Changes are now recorded as made by {0}.").format(self.desk.actor), 8000))
        return dialog

    def log_contact(self) -> None:
        """Ctrl+L from any page: the Contacts page, a new contact, ready to type."""
        index = self.page_index("contact")
        if index < 0:
            return
        page: Any = self.page(index)
        self.show_page(index)
        page.log_contact()

    def refresh_pages(self) -> None:
        for page in self.built_pages():  # a page not built yet reads the data when it is
            refresh = getattr(page, "refresh", None)
            if refresh:
                refresh()

    # ---- files ------------------------------------------------------------------------
    def open_path(self, path: Path, create: bool = False) -> bool:
        """Open a file in the window: its passphrase, a file in use (read-only or not at
        all) and a damaged file (its newest backup, beside it) are asked about."""
        if self.desk.path is not None and path.resolve() == self.desk.path.resolve():
            return True  # already open here
        try:
            desk = open_database_file(self, path, create=create)
        except DeskError as error:
            show_error(self, error, self.tr("Cannot open the database"))
            return False
        if desk is None:
            return False
        self.show_desk(desk)
        return True

    def show_desk(self, desk: Desk) -> None:
        """Put an open desk in the window, closing the one shown before."""
        old = self.desk
        self.load(desk)
        old.close()

    def new_database(self) -> NewDatabaseDialog:
        from ui.new_database_dialog import NewDatabaseDialog

        folder = self.desk.path.parent if self.desk.path else None
        dialog = NewDatabaseDialog(self, folder)
        dialog.accepted.connect(lambda: self.show_desk(dialog.desk) if dialog.desk else None)
        self.menu_windows.dialog = dialog
        dialog.open()
        return dialog

    def change_passphrase(self) -> ChangePassphraseDialog:
        from ui.change_passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.desk, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("The passphrase is changed."), 10_000))
        self.menu_windows.dialog = dialog
        dialog.open()
        return dialog

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), "",
                                              self.tr("Databases (*.db);;All files (*)"))
        if name:
            self.open_path(Path(name))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_files():
            self.recent_menu.addAction(str(path), partial(self.open_path, path))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # ---- life cycle -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.first_shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        if self.back_up_when_closed:
            backup_on_close(self.desk)
        event.accept()

