"""What to look at in the plan, updated after every change: shown, never blocking."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from ompm_desktop.planning import PlanWarning

WARNING_MARK = "⚠"


class WarningsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("warnings")
        self.list.setAccessibleName(self.tr("Warnings about this shift"))
        self.list.setWordWrap(True)
        self.clear_state = QLabel(self.tr("No warnings: every beat has someone, the platoon "
                                          "is fully staffed, and no one is double-booked."),
                                  self)
        self.clear_state.setObjectName("no_warnings")
        self.clear_state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.clear_state)
        layout.addStretch(0)
        self.warnings: list[PlanWarning] = []
        self.set_warnings([])

    def set_warnings(self, warnings: list[PlanWarning]) -> None:
        self.warnings = list(warnings)
        self.heading.setText(self.tr("<b>Warnings ({0})</b>").format(len(warnings)))
        self.list.clear()
        self.list.addItems([f"{WARNING_MARK} {w.message}" for w in warnings])
        self.list.setVisible(bool(warnings))
        self.clear_state.setVisible(not warnings)

    def messages(self) -> list[str]:
        return [w.message for w in self.warnings]
