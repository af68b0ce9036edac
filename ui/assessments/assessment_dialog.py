"""Assess a neighbourhood: the answers on the left, the scores they give and how they add up
on the right, the quadrant in its colour, and an override that needs a reason.

Opened three ways: to record a new assessment; with `proposed` (capacity, threat) from a
point dragged on the diagram, prefilled with the latest answers; or with `assessment_id`,
to read a recorded assessment, its explanation and its override reason.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ompm_desktop.clock import today
from ompm_desktop.errors import DeskError, ValidationError
from ompm_desktop.i18n.dates import number
from ompm_desktop.model.quadrants import QUADRANTS, Quadrant
from ompm_desktop.scoring.recording import (
    assessment_data,
    explain_recorded,
    propose_from_point,
    recorded_answers,
    scoring_ground,
)
from ompm_desktop.scoring.scores import ScoreResult
from ui.assessments.answers_form import AnswersForm
from ui.assessments.dialog_parts import NotesBox, ParticipationBox, quadrant_style
from ui.assessments.explanation_view import ExplanationView
from ui.colours import error_style
from ui.records.undo_commands import CreateCommand

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk


class AssessmentDialog(QDialog):
    """`proposed` is (capacity, threat), each 0-100. After Save, `saved_id` holds the new
    assessment's id, and the window's Ctrl+Z takes it back."""

    def __init__(self, desk: Desk, undo_stack: QUndoStack, neighbourhood_id: str, *,
                 proposed: tuple[float, float] | None = None,
                 assessment_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.undo_stack = undo_stack
        self.neighbourhood_id = neighbourhood_id
        self.saved_id: str | None = None
        self.record = desk.assessments.get(assessment_id) if assessment_id else None
        self.read_only = self.record is not None
        self.proposal = None
        if proposed is not None and not self.read_only:
            # A point dropped on the field's very edge may land a hair outside 0-100.
            capacity, threat = (min(100.0, max(0.0, float(v))) for v in proposed)
            self.proposal = propose_from_point(desk, neighbourhood_id, capacity, threat)
        self.ground = scoring_ground(desk, neighbourhood_id)
        self.hood = self.ground.hood
        self.scored: ScoreResult | None = None
        self.setWindowTitle(self.tr("Assessment of {name}").format(name=self.hood.name))
        self._build()
        self._load()
        self.answers.changed.connect(self._rescore)
        self._rescore()

    # ---- building ------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)

        top = QHBoxLayout()
        heading = QLabel(self.hood.name)
        heading.setObjectName("heading")
        heading.setStyleSheet("QLabel { font-size: 14pt; font-weight: bold; }")
        top.addWidget(heading)
        top.addSpacing(24)
        self.assessed_on = QDateEdit()
        self.assessed_on.setObjectName("assessed_on")
        self.assessed_on.setDisplayFormat("yyyy-MM-dd")
        self.assessed_on.setCalendarPopup(True)
        self.assessor = QLineEdit()
        self.assessor.setObjectName("assessor")
        self.assessor.setPlaceholderText(self.tr("Who assessed it, as in 'Sgt. J. Tremblay'"))
        for text, widget in ((self.tr("&Date"), self.assessed_on),
                             (self.tr("&Assessor"), self.assessor)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 1 if widget is self.assessor else 0)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.answers = AnswersForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers; it follows
        scroll.setWidget(self.answers)
        splitter.addWidget(scroll)
        splitter.addWidget(self._result_side())
        self._fit(splitter)
        layout.addWidget(splitter, 1)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"QLabel {{ {error_style(bold=True)} }}")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        if self.read_only:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.save_button = self.buttons.addButton(self.tr("&Save assessment"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
            self.save_button.setDefault(True)
            self.save_button.clicked.connect(self.save)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _fit(self, splitter: QSplitter) -> None:
        """Answers beside results, sized in the user's type (560 and 680 px at the usual
        size) within the screen; the widths are shared out when the window is first shown."""
        self.splitter = splitter
        metrics = self.fontMetrics()
        self._answers_width = max(560, metrics.horizontalAdvance("x" * 80))
        results = max(680, metrics.horizontalAdvance("x" * 97))
        room = self.screen().availableGeometry()
        self.resize(min(self._answers_width + results, room.width() - 40),
                    min(700, room.height() - 40))

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        """The answers keep their width first (large type, display scaling, French), so no
        answer field sits out of sight; the results wrap in what is left."""
        super().showEvent(event)
        if getattr(self, "_shared_out", False):
            return
        self._shared_out = True
        total = sum(self.splitter.sizes())
        results = self.splitter.widget(1)
        assert results is not None
        results_least = results.minimumSizeHint().width()
        answers = max(min(self._answers_width, total - results_least), total // 3)
        self.splitter.setSizes([answers, total - answers])

    def _result_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scores = QLabel()
        self.scores.setObjectName("scores")
        self.scores.setWordWrap(True)
        layout.addWidget(self.scores)
        self.quadrant = QLabel()
        self.quadrant.setObjectName("quadrant")
        self.quadrant.setWordWrap(True)
        layout.addWidget(self.quadrant)
        self.explanation = ExplanationView()
        layout.addWidget(self.explanation, 1)

        box = QGroupBox(self.tr("Your placement"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large type: below
        self.override = QCheckBox(self.tr("Place it in another quadrant:"))
        self.override.setObjectName("override")
        self.override_choice = QComboBox()
        self.override_choice.setObjectName("override_choice")
        self.override_choice.setSizeAdjustPolicy(  # a long quadrant name may be cut, not the
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)  # answers
        self.override_choice.setMinimumContentsLength(18)
        for info in QUADRANTS.values():
            self.override_choice.addItem(info.label, info.key.value)
        self.override_choice.setEnabled(False)
        self.override.toggled.connect(self.override_choice.setEnabled)
        self.override.toggled.connect(self._rescore)
        self.override_choice.currentIndexChanged.connect(self._rescore)
        form.addRow(self.override, self.override_choice)
        self.reason_label = QLabel(self.tr("Reason"))
        self.reason = NotesBox(3, self.tr(
            "Why this neighbourhood belongs in another quadrant than its answers give"))
        self.reason.setObjectName("override_reason")
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.reason_label, self.reason)
        self.notes = NotesBox(2, self.tr("Anything the next assessor should know"))
        self.notes.setObjectName("notes")
        form.addRow(self.tr("Notes"), self.notes)
        layout.addWidget(box)
        self.took_part = ParticipationBox()
        layout.addWidget(self.took_part)
        return side

    # ---- filling -------------------------------------------------------------------

    def _load(self) -> None:
        if self.record is not None:
            record = self.record
            self.assessed_on.setDate(QDate.fromString(record["assessed_on"], "yyyy-MM-dd"))
            self.assessor.setText(record["assessor"])
            self.answers.set_answers(recorded_answers(record))
            self.override.setChecked(record["quadrant"] != record["computed_quadrant"])
            if record["quadrant"]:
                self._choose(Quadrant(record["quadrant"]))
            self.reason.set_value(record["override_reason"] or "")
            self.notes.set_value(record["notes"])
            for editable in (self.assessor, self.reason, self.notes):
                editable.setReadOnly(True)
            self.reason.setPlaceholderText(self.tr("No override."))
            self.notes.setPlaceholderText(self.tr("No notes."))
            for widget in (self.assessed_on, self.override, self.override_choice):
                widget.setEnabled(False)
            self.answers.set_read_only(True)
            self.took_part.show_recorded(record)
            self._show_banner(self.tr("Recorded on {date} by {who}. Read only: to change a "
                                      "neighbourhood's place, record a new assessment.").format(
                date=record["assessed_on"], who=record["assessor"]))
            return
        day: date = today(self.desk.context.clock)
        self.assessed_on.setDate(QDate(day.year, day.month, day.day))
        self.assessor.setText(str(self.desk.settings.get("current_user") or ""))
        self.answers.show_computed(self.hood.computed)
        if self.proposal is not None:
            p = self.proposal
            self.answers.set_answers(p.answers)
            start = (self.tr("Started from the answers of {date}.").format(date=p.based_on)
                     if p.based_on else self.tr("There is no earlier assessment to start "
                                                "from: answer the questions below."))
            self._show_banner(self.tr(
                "Placed on the diagram at capacity {capacity}, threat {threat}. Saving "
                "records these scores as your placement, and the explanation says you placed "
                "it. If the point lies in another quadrant than the answers give, say why. "
                "{start}").format(capacity=number(p.capacity, 1), threat=number(p.threat, 1),
                                  start=start))
            if p.needs_reason:  # the point's quadrant is an override: shown ticked
                self.override.setChecked(True)
                self._choose(p.quadrant)
            return
        latest = self.desk.assessments.latest(self.neighbourhood_id)
        if latest is not None:  # a new assessment starts where the last one left off
            self.answers.set_answers(recorded_answers(latest))
            self._show_banner(self.tr("Started from the answers of {date}: change what has "
                                      "changed since.").format(date=latest["assessed_on"]))

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet("QLabel { background: palette(alternate-base); "
                                  "padding: 8px; border: 1px solid palette(mid); }")
        self.banner.setVisible(True)

    def _choose(self, quadrant: Quadrant) -> None:
        self.override_choice.setCurrentIndex(self.override_choice.findData(quadrant.value))

    # ---- scoring live --------------------------------------------------------------

    def _rescore(self) -> None:
        if self.record is not None:
            try:
                self.scored = explain_recorded(self.desk, self.record)
                self.explanation.show_result(self.scored)
            except DeskError as error:
                self.scored = None
                self.explanation.show_result(None, error.message)
            self._show_recorded()
            return
        try:
            self.scored = self.ground.score(self.answers.answers())
            self.explanation.show_result(self.scored)
        except ValidationError as error:
            self.scored = None
            self.explanation.show_result(None, error.message)
        self._show_placement()

    def _placement(self) -> tuple[float, float] | None:
        """The point dragged, recorded when the quadrant chosen is its own; with the override
        unticked elsewhere, the answers' scores are recorded and no reason is asked."""
        p = self.proposal
        return (p.capacity, p.threat) if p and p.quadrant == self._placed_quadrant() else None

    def _placed_quadrant(self) -> Quadrant | None:
        if self.override.isChecked():
            return Quadrant(self.override_choice.currentData())
        return self.scored.quadrant if self.scored else None

    def _show_placement(self) -> None:
        result, proposal = self.scored, self.proposal
        if proposal is not None and self._placement() is None:
            lines = [self.tr("Not placed where the point was dropped: the answers' own scores "
                             "are recorded.")]
        elif proposal is not None:
            lines = [self.tr("Recorded as placed on the diagram: capacity {c}, threat {t}.")
                     .format(c=number(proposal.capacity, 1), t=number(proposal.threat, 1))]
        else:
            lines = []
        if result is None:
            lines.append(self.tr("No scores yet: the answers cannot be scored as they are."))
        else:
            answers_give = self.tr("The answers give: threat {t}, capacity {c} ({q}).")
            lines.append(answers_give.format(t=number(result.threat, 1),
                                             c=number(result.capacity, 1),
                                             q=result.quadrant.label))
        self.scores.setText("\n".join(lines))
        quadrant = self._placed_quadrant()
        self._show_quadrant(quadrant, result.quadrant if result else None)
        needs_reason = quadrant is not None and result is not None and quadrant != result.quadrant
        self.reason_label.setText(self.tr("Reason (required)") if needs_reason
                                  else self.tr("Reason"))

    def _show_recorded(self) -> None:
        record = self.record
        assert record is not None
        if record["capacity"] is None:  # an imported batch of counts: not yet placed
            self.scores.setText(self.tr("Recorded: threat {t}, capacity unknown: not yet "
                                        "placed. {notes}").format(
                t=number(record["threat"], 1), notes=record["notes"]))
            self._show_quadrant(None, None)
        else:
            self.scores.setText(self.tr("Recorded: threat {t}, capacity {c}.").format(
                t=number(record["threat"], 1), c=number(record["capacity"], 1)))
            self._show_quadrant(Quadrant(record["quadrant"]),
                                Quadrant(record["computed_quadrant"]))
        self.reason_label.setText(self.tr("Reason"))

    def _show_quadrant(self, quadrant: Quadrant | None, computed: Quadrant | None) -> None:
        if quadrant is None:
            self.quadrant.setText(self.tr("Quadrant: not placed yet"))
            self.quadrant.setStyleSheet("")
            return
        text = quadrant.label
        if computed is not None and quadrant != computed:
            text += self.tr("  (placed by the assessor; the answers give {name})").format(
                name=computed.label)
        self.quadrant.setText(text)
        self.quadrant.setStyleSheet(quadrant_style(quadrant))

    # ---- saving --------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only:
            return
        try:
            data = assessment_data(
                self.desk, self.neighbourhood_id, self.answers.answers(),
                assessed_on=self.assessed_on.date().toString("yyyy-MM-dd"),
                assessor=self.assessor.text().strip(),
                override=self.override_choice.currentData() if self.override.isChecked()
                else None,
                override_reason=self.reason.value(), notes=self.notes.value(),
                placed=self._placement(), took_part=self.took_part.values())
            record = CreateCommand(self.desk, self.undo_stack, "assessment", data).push()
        except DeskError as error:
            self._refuse(error)
            return
        self.saved_id = record["id"]
        self.accept()

    def _refuse(self, error: DeskError) -> None:
        self.error.setText(error.message)
        self.error.setVisible(True)
        field = getattr(error, "field", None)
        fields: dict[str, QWidget] = {"override_reason": self.reason,
                                      "assessor": self.assessor,
                                      "assessed_on": self.assessed_on}
        widget = fields.get(field or "")
        widget = widget or self.answers.field_for(field or "")
        if widget is None and field == "threat":
            widget = self.answers.field_for("calls_for_service")
        if widget is not None:
            widget.setFocus()

    def placed_quadrant(self) -> Quadrant | None:
        """The quadrant the assessment would be recorded in, as the dialog stands."""
        if self.record is not None:
            return Quadrant(self.record["quadrant"]) if self.record["quadrant"] else None
        return self._placed_quadrant()

