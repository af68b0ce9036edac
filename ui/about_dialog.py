"""Help > About: what the app is, its version and licence, and the third-party software it
ships with, each with its licence text (resources/licenses/, gathered when the app is built)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop import __version__
from ompm_desktop.i18n import app_title
from ompm_desktop.paths import resource_path


def licence_index() -> list[dict[str, Any]]:
    """The components listed in resources/licenses/index.json; [] when it is missing."""
    try:
        index = json.loads(resource_path("licenses", "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [c for c in index.get("components", []) if isinstance(c, dict) and c.get("name")]


def licence_text(component: dict[str, Any]) -> str:
    folder = resource_path("licenses")
    try:
        text = (folder / component["file"]).read_text(encoding="utf-8")
    except (OSError, KeyError):
        return f"The licence text of {component.get('name')} is missing from {folder}."
    for shared in component.get("texts", []):
        try:
            text += f"\n\n---- {shared} ----\n\n" + (folder / shared).read_text(encoding="utf-8")
        except OSError:
            text += f"\n\n({shared} is missing from {folder}.)"
    return text


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {title}").format(title=app_title()))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(), self.tr("About"))
        self.tabs.addTab(self._licences_tab(), self.tr("Third-party licences"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _about_tab(self) -> QWidget:
        label = QLabel(self.tr(
            "<h3>{title} {version}</h3><p>A sergeant's record of beats, neighbourhoods, "
            "partners, contacts and initiatives on Ontario's Mobilization &amp; Engagement "
            "Model of Community Policing.</p><p>Free software under the GNU General Public "
            "Licence, version 3 or later.</p><p>Built with Qt for Python (PySide6, LGPL), "
            "sqlite-utils, SQLCipher, reportlab and the DejaVu fonts: the "
            "<b>Third-party licences</b> tab lists everything this copy ships with, "
            "and each licence.</p>").format(title=app_title(), version=__version__))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(12, 12, 12, 12)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _licences_tab(self) -> QWidget:
        self.components = licence_index()
        page = QWidget()
        layout = QVBoxLayout(page)
        if not self.components:
            self.missing = QLabel(self.tr(
                "The third-party licences are missing from this installation (expected in "
                "{folder}). Reinstall the app to bring them back.").format(
                    folder=resource_path("licenses")))
            self.missing.setWordWrap(True)
            layout.addWidget(self.missing)
            layout.addStretch(1)
            return page
        layout.addWidget(QLabel(self.tr(
            "This copy ships with the software below. Choose one to read its licence.")))
        self.table = QTableWidget(len(self.components), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Software"), self.tr("Version"), self.tr("Licence")])
        self.table.setAccessibleName(self.tr("Third-party software"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, component in enumerate(self.components):
            for column, key in enumerate(("name", "version", "licence")):
                self.table.setItem(row, column, QTableWidgetItem(str(component.get(key, ""))))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setSizes([220, 280])
        layout.addWidget(splitter)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        self.table.selectRow(0)
        return page

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(self.components):
            self.text.setPlainText(licence_text(self.components[row]))
            self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
