"""File > Import neighbourhood boundaries…: a GeoJSON file of the municipality's
neighbourhoods, matched by name (cswb.boundaries); then calls given by x/y or by address are
placed in them as they are imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ompm_desktop.cswb.boundaries import BoundaryImport, import_boundaries
from ompm_desktop.errors import DeskError
from ompm_desktop.services.desk import Desk


class BoundaryImporter(QObject):
    def __init__(self, window: QWidget, desk: Desk) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk

    def run(self) -> BoundaryImport | None:
        """Ask for the file, import it, say what was done; None if nothing was."""
        start = str(self.desk.path.parent) if self.desk.path else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import neighbourhood boundaries"), start,
            self.tr("GeoJSON files (*.geojson *.json);;All files (*)"))
        if not chosen:
            return None
        try:
            result = import_boundaries(self.desk, Path(chosen))
        except DeskError as error:
            QMessageBox.warning(self.window, self.tr("Cannot import the boundaries"),
                                error.message)
            return None
        lines = [*result.lines(), self.tr(
            "Calls imported from now on by x/y or by address are placed in these boundaries "
            "(calls imported before and not placed are placed when their file is imported "
            "again).")]
        QMessageBox.information(self.window, self.tr("Neighbourhood boundaries"),
                                "\n\n".join(lines))
        return result
