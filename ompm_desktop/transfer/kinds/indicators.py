"""Neighbourhood indicators: a dated batch of statistics, one row per neighbourhood, that
becomes one assessment each. A neighbourhood not yet known is added. Threat and capacity
come from the file when it has them; otherwise threat is scored from the crime and disorder
counts against the reference rates (transfer.indicator_scoring), and capacity, which such
counts do not measure, is unknown: the neighbourhood is not yet placed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ompm_desktop.clock import today
from ompm_desktop.errors import ValidationError
from ompm_desktop.i18n import N_, _
from ompm_desktop.model.quadrants import QUADRANTS, Thresholds, place, quadrant_by_name
from ompm_desktop.scoring.recording import references_used
from ompm_desktop.scoring.references import References, references_from
from ompm_desktop.scoring.weights import weights_from
from ompm_desktop.services.assessments import AssessmentService
from ompm_desktop.services.record_service import Record
from ompm_desktop.transfer import indicator_scoring
from ompm_desktop.transfer.kinds.base import (
    CREATE,
    UNCHANGED,
    UPDATE,
    ImportKind,
    NameLookup,
    PreparedRow,
)
from ompm_desktop.transfer.kinds.neighbourhoods import NAME_ALIASES, BeatFinder
from ompm_desktop.transfer.mapping import Target
from ompm_desktop.transfer.problems import RowProblem

SCORES = ("threat", "capacity")


def indicator_value(text: str) -> Any:
    """A number if the cell is one (1,234 -> 1234), JSON if it is an object or list, else text."""
    text = text.strip()
    try:
        number = float(text.replace(",", "").replace(" ", ""))
    except ValueError:
        if text[:1] in "{[":
            try:
                return json.loads(text)
            except ValueError:
                pass
        return text
    return int(number) if number.is_integer() and "." not in text else number


class IndicatorImport(ImportKind):
    name = "indicators"
    title = N_("Neighbourhood indicators")
    noun = N_("assessment")
    key_label = N_("neighbourhood and date")
    takes_indicators = True
    streams = False  # the batch is scored as a whole
    targets = (
        Target("id", N_("Id")),
        Target("neighbourhood", N_("Neighbourhood"), True, ("name", *NAME_ALIASES)),
        Target("population", N_("Population"), aliases=("residents", "pop")),
        Target("beat", N_("Beat"), aliases=("beat name",)),
        Target("assessed_on", N_("Date"), aliases=("assessed on", "as of", "year end"),
               kind="date"),
        Target("assessor", N_("Assessor"), aliases=("source", "assessed by")),
        Target("threat", N_("Threat score"), aliases=("threat",)),
        Target("capacity", N_("Capacity score"), aliases=("capacity",)),
        Target("quadrant", N_("Quadrant")),
        Target("override_reason", N_("Reason for the override"), aliases=("override reason",)),
        Target("notes", N_("Notes")),
    )
    field_targets = {"neighbourhood_id": "neighbourhood", "assessed_on": "assessed_on"}

    @property
    def service(self) -> AssessmentService:
        return self.desk.assessments

    def start(self, columns: Mapping[str, Iterable[str]]) -> None:
        super().start(columns)
        self.beats = BeatFinder(self)
        self.neighbourhoods = NameLookup(self.desk.neighbourhoods.iter())
        options = self.mapping.options
        self.batch_date = self.date_value("assessed_on", str(options.get("assessed_on") or "")) \
            or today(self.desk.context.clock).isoformat()
        self.assessor = str(options.get("assessor") or self.desk.actor)
        settings = self.desk.settings
        self.thresholds = Thresholds(
            float(settings.get("threshold_capacity")), float(settings.get("threshold_threat"))
        )
        self.weights = weights_from(settings)
        self.references = references_from(settings)
        typical = options.get("typical_population")
        if typical is not None:
            try:
                people = int(str(typical).replace(",", ""))
            except ValueError:
                people = 0
            if people < 1:
                raise ValidationError(_("The mapping's typical population must be a whole "
                                        "number above zero, not '{value}'.").format(
                    value=typical), "typical_population")
            self.references = References(self.references.rates, people)

    # ---- one row ---------------------------------------------------------------------

    def prepare(self, values: dict[str, str], row: int) -> PreparedRow:
        neighbourhood, notes = self._neighbourhood(values)
        assessed_on = self.batch_date
        if values.get("assessed_on", "").strip():
            assessed_on = self.date_value("assessed_on", values["assessed_on"])
        indicators = {key: indicator_value(values[f"indicator:{key}"])
                      for key in self.mapping.indicators if values[f"indicator:{key}"].strip()}
        data: dict[str, Any] = {
            "neighbourhood_id": neighbourhood["id"],
            "assessed_on": assessed_on,
            "assessor": values.get("assessor", "").strip() or self.assessor,
            "indicators": indicators,
        }
        for name in ("override_reason", "notes", *SCORES):
            if values.get(name, "").strip():
                data[name] = values[name].strip()
        if values.get("quadrant", "").strip():
            try:
                data["quadrant"] = quadrant_by_name(values["quadrant"]).value
            except ValueError as exc:
                raise RowProblem("quadrant", str(exc)) from None
        existing = self.existing_by_id(values)
        if existing is None:
            found = self.service.list(
                "neighbourhood_id = ? AND assessed_on = ?", [neighbourhood["id"], assessed_on],
                limit=1,
            )
            existing = found[0] if found else None
        record_id = values.get("id", "").strip()
        if existing is None and record_id:
            data["id"] = record_id
        return PreparedRow(
            row, CREATE if existing is None else UPDATE, neighbourhood["name"], data,
            record_id=existing["id"] if existing else None,
            key=(neighbourhood["id"], assessed_on), notes=notes,
            extra={"existing": existing, "population": neighbourhood.get("population")},
        )

    def _neighbourhood(self, values: dict[str, str]) -> tuple[Record, list[str]]:
        name = " ".join(values["neighbourhood"].split())
        if not name:
            raise RowProblem("neighbourhood", _("Neighbourhood is required."))
        changes: dict[str, Any] = {}
        notes = []
        if values.get("population", "").strip():
            changes["population"] = values["population"]
        if values.get("beat", "").strip():
            changes["beat_id"], note = self.beats.beat_id(values["beat"])
            notes += [note] if note else []
        found = self.neighbourhoods.find(name)
        try:
            if not found:
                record = self.desk.neighbourhoods.create({"name": name, **changes})
                self.neighbourhoods.add(name, record["id"])
                return record, [*notes, _("new neighbourhood: {name}").format(name=name)]
            record = self.desk.neighbourhoods.get(found[0])
            if any(record.get(k) != v for k, v in
                   self.desk.neighbourhoods._clean(changes, record)[0].items()):
                record = self.desk.neighbourhoods.update(record["id"], changes)
                notes.append(_("neighbourhood {name} updated").format(name=name))
        except ValidationError as exc:
            field = exc.field if exc.field in ("population", "beat_id") else "neighbourhood"
            raise RowProblem("beat" if field == "beat_id" else field, exc.message) from None
        return record, notes

    # ---- the whole batch -------------------------------------------------------------

    def finish(self, rows: list[PreparedRow]) -> list[tuple[int, str, str]]:
        problems: list[tuple[int, str, str]] = []
        self._score([r for r in rows if "threat" not in r.data], problems)
        failed = {problem[0] for problem in problems}
        for prepared in rows:
            if prepared.row in failed:
                continue
            try:
                self._complete(prepared)
            except ValidationError as exc:
                target = self.field_targets.get(exc.field or "", exc.field or "")
                problems.append((prepared.row, target, exc.message))
        return problems

    def _score(self, rows: list[PreparedRow], problems: list[tuple[int, str, str]]) -> None:
        """Each row on its own, against the reference rates: the same counts give the same
        threat whatever the rest of the batch holds."""
        named = set(self.mapping.scored or ())
        groups = indicator_scoring.threat_columns(
            list(self.mapping.indicators), self.mapping.options, self.mapping.scored)
        for prepared in rows:
            counts = prepared.data["indicators"]
            wrong = [k for k, v in counts.items()
                     if k in named and not isinstance(v, int | float)]
            if wrong:
                problems.append((prepared.row, f"indicator:{wrong[0]}",
                                 _("'{value}' is not a number, and this indicator is "
                                   "scored.").format(value=counts[wrong[0]])))
                continue
            population = prepared.extra["population"]
            scored = indicator_scoring.score_counts(
                counts, groups, population=population, references=self.references,
                weights=self.weights)
            if scored.threat is None:
                problems.append((prepared.row, "threat",
                                 _("No threat score, and no crime or disorder count to score "
                                   "it from (fire and medical calls, alarms and totals are "
                                   "not scored).")))
                continue
            prepared.data["indicators"] = {**counts, **scored.answers}
            prepared.data["threat"] = scored.threat
            prepared.data["score_references"] = references_used(
                population, self.references, self.weights, self.thresholds)
            notes = list(scored.notes)
            if "capacity" not in prepared.data:
                notes.append(_(indicator_scoring.UNKNOWN_CAPACITY_NOTE))
            prepared.data.setdefault("notes", " ".join(notes))

    def _complete(self, prepared: PreparedRow) -> None:
        data = prepared.data
        for name in SCORES:
            data[name] = self.service.fields[name].clean(name, data.get(name))
        if data["threat"] is None:
            raise ValidationError(_("Threat score is required."), "threat")
        if data["capacity"] is None:  # unknown: not yet placed
            data["computed_quadrant"] = None
            data.pop("quadrant", None)
        else:
            computed = place(data["capacity"], data["threat"], self.thresholds)
            data["computed_quadrant"] = computed.value
            data.setdefault("quadrant", computed.value)
        existing = prepared.extra["existing"]
        values, _links = self.service._clean(data, existing)
        if existing is not None:
            same = all(existing.get(k) == v for k, v in values.items() if k != "indicators")
            same &= json.loads(existing["indicators"] or "{}") == data["indicators"]
            prepared.action = UNCHANGED if same else UPDATE
        quadrant = (_(QUADRANTS[quadrant_by_name(data["quadrant"])].name)
                    if data.get("quadrant") else _("not yet placed (capacity unknown)"))
        prepared.label = _("{name}: threat {threat}, {quadrant}").format(
            name=prepared.label, threat=f"{data['threat']:g}", quadrant=quadrant)
