"""The answers of an assessment: threat counts, the assessor's judgement, the ten collective
efficacy items, leaders and turnout, and the counts computed from the records (read-only).
Every answer may be left blank: a blank is left out of the score."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.i18n import _
from ompm_desktop.scoring.indicators import (
    BY_KEY,
    COHESION_QUESTION,
    COMPUTED,
    CONTROL_QUESTION,
    EFFICACY_ITEMS,
    EFFICACY_KEY,
)

THREAT_COUNTS = ("calls_for_service", "violent_incidents", "property_incidents",
                 "disorder_complaints", "repeat_locations")
CAPACITY_COUNTS = ("natural_leaders", "meeting_turnout")


class CountField(QLineEdit):
    """A whole number of zero or more; blank when not known."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(key)
        self.setValidator(QIntValidator(0, 10_000_000, self))
        self.setPlaceholderText(self.tr("not known"))
        self.setMaximumWidth(140)
        self.setToolTip(BY_KEY[key].hint)
        self.setAccessibleName(BY_KEY[key].title)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class RatingField(QSpinBox):
    """1 to 5, typed as a digit; 0 shows as blank: not answered."""

    def __init__(self, name: str, blank: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRange(0, 5)
        self.setSpecialValueText(blank)
        self.setMinimumWidth(110)
        self.setMaximumWidth(140)

    def value_or_none(self) -> int | None:
        return self.value() or None

    def set_value(self, value: Any) -> None:
        self.setValue(int(value) if value else 0)


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class AnswersForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.counts: dict[str, CountField] = {}

        threat = QGroupBox(self.tr("Threat to safety and security (last 12 months)"))
        threat_form = QFormLayout(threat)
        for key in THREAT_COUNTS:
            self.counts[key] = CountField(key)
            threat_form.addRow(BY_KEY[key].title, self.counts[key])
        self.judgement = RatingField("assessor_judgement", self.tr("not given"))
        self.judgement.setToolTip(BY_KEY["assessor_judgement"].hint)
        # Labels wrap: French ones are longer and would push the fields out of sight.
        threat_form.addRow(_wrapped(self.tr("Your judgement of threat (1 very low - 5 very "
                                            "high)")), self.judgement)
        layout.addWidget(threat)

        self.items: list[RatingField] = []
        for subscale, title, question in (
            ("control", self.tr("Collective efficacy: informal social control"),
             _(CONTROL_QUESTION)),
            ("cohesion", self.tr("Collective efficacy: social cohesion and trust"),
             _(COHESION_QUESTION)),
        ):
            box = QGroupBox(title)
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)
            grid.addWidget(_wrapped(question), 0, 0, 1, 2)
            for item in EFFICACY_ITEMS:
                if item.subscale != subscale:
                    continue
                field = RatingField(f"efficacy_{item.number}", self.tr("not asked"))
                wording = f"{item.number}. {item.text}"
                if item.reverse:
                    wording += self.tr(" (scored in reverse)")
                field.setAccessibleName(wording)
                label = _wrapped(wording)
                label.setBuddy(field)
                row = grid.rowCount()
                grid.addWidget(label, row, 0)
                grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignTop)
                self.items.append(field)
            layout.addWidget(box)

        capacity = QGroupBox(self.tr("Community capacity"))
        capacity_form = QFormLayout(capacity)
        for key in CAPACITY_COUNTS:
            self.counts[key] = CountField(key)
            capacity_form.addRow(BY_KEY[key].title, self.counts[key])
        self.computed: dict[str, QLabel] = {}
        for key in COMPUTED:
            shown = QLabel("-")
            shown.setObjectName(key)
            shown.setToolTip(BY_KEY[key].hint)
            self.computed[key] = shown
            capacity_form.addRow(_wrapped(BY_KEY[key].title + self.tr(" (from the records)")),
                                 shown)
        layout.addWidget(capacity)
        layout.addStretch(1)

        for count in self.counts.values():
            count.textChanged.connect(self.changed)
        for rating in (self.judgement, *self.items):
            rating.valueChanged.connect(self.changed)

    def answers(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: field.value() for key, field in self.counts.items()}
        values["assessor_judgement"] = self.judgement.value_or_none()
        values[EFFICACY_KEY] = [item.value_or_none() for item in self.items]
        return values

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        # Each field that changes says so through its own (Qt) signal, and `changed` follows.
        for key, field in self.counts.items():
            field.set_value(answers.get(key))
        self.judgement.set_value(answers.get("assessor_judgement"))
        items = list(answers.get(EFFICACY_KEY) or []) + [None] * 10
        for rating, value in zip(self.items, items, strict=False):
            rating.set_value(value)

    def show_computed(self, counts: Mapping[str, Any]) -> None:
        for key, label in self.computed.items():
            value = counts.get(key)
            label.setText("-" if value is None else f"{int(value):,}")

    def set_read_only(self, read_only: bool) -> None:
        for field in self.counts.values():
            field.setReadOnly(read_only)
        for rating in (self.judgement, *self.items):
            rating.setReadOnly(read_only)
            rating.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons if read_only
                                    else QSpinBox.ButtonSymbols.UpDownArrows)

    def field_for(self, key: str) -> QWidget | None:
        if key in self.counts:
            return self.counts[key]
        if key == "assessor_judgement":
            return self.judgement
        if key == EFFICACY_KEY:
            return self.items[0]
        return None
