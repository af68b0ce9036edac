"""Beside the diagram: the quadrant clicked, in the model's words (its exact name, the
lines of its half of the model's diagram, the front-line actions, the source), then the
app's reading (who leads, the rule that places a neighbourhood there), then this
neighbourhood's open initiatives and recent contacts in it."""

from __future__ import annotations

from functools import partial
from html import escape as html_escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ompm_desktop.i18n import _
from ompm_desktop.model.quadrants import Quadrant
from ompm_desktop.model.sara import Lead, Stage
from ompm_desktop.model.seed import side_of
from ompm_desktop.queries import NEIGHBOURHOODS, ListRequest
from ompm_desktop.queries.display import day, first_line
from ompm_desktop.queries.quadrant_work import quadrant_work
from ui.model_words import action_html, quote_html, reading_heading, source_html

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

# Names keep their apostrophes as typed (O'Brien): only <, > and & are markup.
escape = partial(html_escape, quote=False)


class QuadrantPanel(QScrollArea):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.quadrant: Quadrant | None = None
        self.neighbourhood_id: str | None = None
        self.beat_id = ""
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(10, 4, 6, 4)
        self.name = QLabel(inner)
        self.name.setObjectName("quadrant_name")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.RichText)
        self.body = QLabel(inner)
        self.body.setObjectName("quadrant_body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.name)
        layout.addWidget(self.body, 1)
        self.setWidget(inner)
        self.setMinimumWidth(180)  # beside the diagram on a small screen too
        self.setAccessibleName(self.tr("Quadrant"))
        self.setAccessibleDescription(self.tr(
            "What the quadrant chosen on the diagram means; arrow keys scroll it"))
        self.clear()

    def clear(self, overview: bool = False) -> None:
        self.quadrant = None
        self.name.setStyleSheet("")
        self.name.setText(self.tr("<b>The quadrants</b>"))
        if overview:
            self.body.setText(self.tr(
                "<p>Click a quadrant of the diagram (or Tab to it and press Space) to see "
                "what it means and what front-line officers do there.</p>"))
            return
        self.body.setText(self.tr(
            "<p>Click a quadrant of the diagram (or Tab to it and press Space) to see what "
            "it means, what front-line officers do there, and this neighbourhood's "
            "initiatives and contacts in it.</p>"))

    def show_quadrant(self, quadrant: Quadrant | str, neighbourhood_id: str | None, *,
                      beat_id: str = "") -> None:
        """A quadrant with this neighbourhood's work in it; with no neighbourhood (the
        overview), the neighbourhoods there now, of one beat or of all."""
        self.quadrant = Quadrant(quadrant)
        self.neighbourhood_id = neighbourhood_id
        self.beat_id = beat_id
        info = self.quadrant.info
        self.name.setText(f"<b>{escape(info.label)}</b>")
        self.name.setStyleSheet(
            f"QLabel {{ border-left: 6px solid {info.colour}; padding: 4px 6px; "
            f"background: {info.tint}; color: #212121; font-size: 115%; }}")
        who_leads = self.tr("Who leads:")
        front_line = self.tr("Front-line actions")
        side = side_of(info.high_capacity)
        parts = [
            _heading(self.tr("The model: {0}").format(side.heading)),
            *[quote_html(line) for line in side.lines],
            f"<p><b>{escape(front_line)}</b></p><ul>"
            + "".join(f"<li>{action_html(action)}</li>" for action in info.actions) + "</ul>",
            source_html(),
            reading_heading("p"),
            f"<p><b>{escape(who_leads)}</b> {escape(info.lead_label)}. "
            f"{escape(info.meaning)}</p>",
        ]
        if neighbourhood_id is None:
            parts += self._neighbourhoods_here()
        else:
            parts += self._work(neighbourhood_id)
        self.body.setText("".join(parts))

    def refresh(self) -> None:
        if self.quadrant is not None:
            self.show_quadrant(self.quadrant, self.neighbourhood_id, beat_id=self.beat_id)

    def _neighbourhoods_here(self) -> list[str]:
        assert self.quadrant is not None
        request = ListRequest(filters={"quadrant": self.quadrant.value})
        request = request.with_filter("beat_id", self.beat_id or None)
        rows = NEIGHBOURHOODS.page(self.desk.context, request, limit=500)
        parts = [_heading(self.tr("Neighbourhoods here now ({n})").format(n=len(rows)))]
        if not rows:
            parts.append(_paragraph(self.tr("None at its latest assessment.")))
            return parts
        items = "".join(
            f"<li>{escape(row['name'])}"
            + (f" · {escape(row['beat'])}" if row["beat"] else "")
            + (f" · {escape(self.tr('assessed {0}').format(row['assessed_on']))}"
               if row["assessed_on"] else "") + "</li>" for row in rows)
        parts.append(f"<ul>{items}</ul>")
        parts.append(_paragraph(self.tr(
            "Open a neighbourhood to see its initiatives and contacts in this quadrant.")))
        return parts

    def _work(self, neighbourhood_id: str) -> list[str]:
        assert self.quadrant is not None
        work = quadrant_work(self.desk.context, neighbourhood_id, self.quadrant)
        parts = [_heading(self.tr("Initiatives here ({n})").format(n=len(work.initiatives)))]
        if work.initiatives:
            items = []
            for row in work.initiatives:
                line = (f"{escape(row['title'])} — {escape(Stage(row['stage']).label)}, "
                        f"{escape(Lead(row['lead']).label.lower())}")
                if row["status"] != "active":
                    line += f" ({escape(_(row['status']))})"
                if row["next_step"]:
                    step = (self.tr("Next: {0} by {1}").format(row["next_step"],
                                                                day(row["next_step_due"]))
                            if row["next_step_due"] else
                            self.tr("Next: {0}").format(row["next_step"]))
                    line += f"<br><i>{escape(step)}</i>"
                items.append(f"<li>{line}</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append(_paragraph(self.tr(
                "No open initiative in this quadrant. Start one on the Initiatives page when a "
                "problem keeps coming back.")))
        actions = ", ".join(self.quadrant.info.action_labels).lower()
        heading = self.tr("Contacts for {actions} ({n})").format(actions=actions,
                                                                 n=work.contacts_total)
        parts.append(_heading(heading))
        if work.contacts:
            items = []
            for row in work.contacts:
                who = " · ".join(part for part in (row["officer"], row["partners"]) if part)
                summary = first_line(row["summary"], 110)
                items.append(
                    f"<li>{escape(day(row['occurred_at']))} · {escape(_(row['kind']))} · "
                    f"{escape(_(row['activity']))}" + (f"<br>{escape(who)}" if who else "")
                    + (f"<br><i>{escape(summary)}</i>" if summary else "") + "</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
            if work.contacts_total > len(work.contacts):
                parts.append(_paragraph(self.tr("…and {n} earlier, on the Contacts page.")
                                        .format(n=work.contacts_total - len(work.contacts))))
        else:
            parts.append(_paragraph(self.tr(
                "No contact logged for these actions yet. Log one on the Contacts page with "
                "its quadrant activity.")))
        return parts


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _heading(text: str) -> str:
    return f"<p><b>{escape(text)}</b></p>"
