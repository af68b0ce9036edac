"""A page that is not built yet: it says what will live here and shows what the file holds."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, purpose: str, facts: Any, desk: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.facts = facts  # desk -> list of lines
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2><p>{purpose}</p>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        layout.addWidget(self.list, 1)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.list.addItems(self.facts(self.desk))
