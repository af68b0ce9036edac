"""A briefing item: a be-on-the-lookout, an officer-safety hazard, a directed patrol or a
notice, for the whole division, one beat or one neighbourhood, from when it starts until it
expires (a be-on-the-lookout left without an expiry gets the division's default)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from ompm_desktop.clock import local, parse_iso
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.i18n.dates import short_date
from ompm_desktop.model.vocabulary import BRIEFING_KIND_LABELS
from ompm_desktop.queries.choices import beat_options, neighbourhood_options
from ompm_desktop.typed_dates import now_shown
from ui.records.field_widgets import ChoiceField, DateTimeField, NotesField, TextField
from ui.records.pickers import RecordPicker
from ui.records.record_form import HINT_STYLE, RecordForm
from ui.records.translation_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

SCOPES = (("division", QT_TRANSLATE_NOOP("BriefingItemForm", "Whole division")),
          ("beat", QT_TRANSLATE_NOOP("BriefingItemForm", "One beat")),
          ("neighbourhood", QT_TRANSLATE_NOOP("BriefingItemForm", "One neighbourhood")))


def shown_moment(stamp: str) -> str:
    """'Tue 24 Nov 2026, 18:00' ('mar. 24 nov. 2026, 18:00' in French)."""
    moment = local(stamp)
    return f"{short_date(moment.date())}, {moment:%H:%M}"


class BriefingItemForm(RecordForm):
    kind = "briefing_item"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        clock = desk.context.clock
        self.state = QLabel(self)
        self.state.setObjectName("item_state")
        self.state.setWordWrap(True)
        self.layout_now.addRow(self.state)
        self.item_kind = ChoiceField(
            [(value, _(label)) for value, label in BRIEFING_KIND_LABELS.items()], self)
        self.add_field("kind", self.tr("&Kind"), self.item_kind)
        self.scope = ChoiceField([(value, self.tr(label)) for value, label in SCOPES], self)
        self.add_field("scope", self.tr("&For"), self.scope)
        self.beat = RecordPicker("beat", parent=self)
        self.add_field("beat_id", self.tr("&Beat"), self.beat)
        self.neighbourhood = RecordPicker("neighbourhood", parent=self)
        self.add_field("neighbourhood_id", self.tr("&Neighbourhood"), self.neighbourhood)
        self.add_field("title", self.tr("&Title"), TextField(
            self, placeholder=self.tr("e.g. Grey Honda Civic, plate CBRT 418")))
        self.add_field("text", self.tr("&Details"), NotesField(
            self, lines=4, placeholder=self.tr("What to look for or do, and whom to call. "
                                               "Ctrl+Enter saves.")))
        self.starts = DateTimeField(clock, self.tr("Starts"), self)
        self.add_field("starts_at", self.tr("&Starts"), self.starts)
        self.expires = DateTimeField(clock, self.tr("Expires"), self)
        self.add_field("expires_at", self.tr("&Expires"), self.expires)
        self.expiry_note = QLabel(self)
        self.expiry_note.setObjectName("expiry_note")
        self.expiry_note.setWordWrap(True)
        self.expiry_note.setStyleSheet(HINT_STYLE)
        self.layout_now.addRow("", self.expiry_note)
        self.add_default_rows()
        self.finish()
        self.scope.edited.connect(self._show_scope)
        for widget in (self.item_kind, self.starts, self.expires):
            widget.edited.connect(self._show_expiry)
        self.reload_options()

    def reload_options(self) -> None:
        context = self.desk.context
        self.beat.set_options(beat_options(context))
        self.neighbourhood.set_options(neighbourhood_options(context))

    def defaults(self) -> dict[str, Any]:
        return {"kind": "bolo", "scope": "division",
                "starts_at": now_shown(self.desk.context.clock)}

    def after_load(self) -> None:
        self._show_scope()
        self._show_expiry()
        self._show_state()

    def values(self) -> dict[str, Any]:
        scope = self.scope.value()
        for name, picker in (("beat", self.beat), ("neighbourhood", self.neighbourhood)):
            if scope != name:
                picker.clear()  # a place hidden by the scope is not kept
        return super().values()

    # ---- what the form says -----------------------------------------------------------

    def _show_scope(self) -> None:
        scope = self.scope.value()
        self.set_field_visible("beat_id", scope == "beat")
        self.set_field_visible("neighbourhood_id", scope == "neighbourhood")

    def default_expiry(self) -> str | None:
        """When the item expires if Expires stays blank (a UTC stamp), or None."""
        if self.record is not None:
            return None  # the default is given once, when the item is made
        try:
            starts = self.starts.value()
        except ValidationError:
            return None
        return self.desk.briefing_items.default_expiry(self.item_kind.value(), starts)

    def _show_expiry(self) -> None:
        expiry = self.default_expiry()
        if expiry:
            shown = shown_moment(expiry)
            self.expires.setPlaceholderText(self.tr("{0} unless changed").format(
                local(expiry).strftime("%Y-%m-%d %H:%M")))
        else:
            self.expires.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM, or blank: no expiry"))
        if self.expires.text().strip():
            note = self.tr("It leaves the lists of items in force by itself when it expires; "
                           "it can still be found by searching.")
        elif expiry:
            note = self.tr("Left blank, it expires {0} days after it starts ({1}), the "
                           "default for a be-on-the-lookout item.").format(
                self._days_between(expiry), shown)
        else:
            note = self.tr("Left blank, it stays in force until you give it an expiry or "
                           "delete it.")
        self.expiry_note.setText(note)

    def _days_between(self, expiry: str) -> int:
        starts = self.starts.value() or ""
        return (parse_iso(expiry) - parse_iso(starts)).days if starts else 0

    def _show_state(self) -> None:
        record = self.record
        if record is None:
            self.state.setText("")
            self.state.hide()
            return
        now = self.desk.context.now()
        expires = record.get("expires_at")
        if expires and expires <= now:
            text = self.tr("<b>Expired</b> {0}. It no longer appears among the items in "
                           "force.").format(shown_moment(expires))
        elif record["starts_at"] > now:
            text = self.tr("<b>Upcoming</b>: in force from {0}.").format(
                shown_moment(record["starts_at"]))
        elif expires:
            text = self.tr("<b>In force</b> until {0}.").format(shown_moment(expires))
        else:
            text = self.tr("<b>In force</b>, with no expiry.")
        self.state.setText(text)
        self.state.show()
