"""What every kind of import shares: turning a row's cells into a service call, checked by
the service's own rules, and the lookups of names and badges that rows refer to."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ompm_desktop.i18n import _
from ompm_desktop.services.bulk_save import CleanRecord, create_cleaned, saves_in_bulk
from ompm_desktop.services.desk import Desk
from ompm_desktop.services.record_service import Record, RecordService
from ompm_desktop.transfer.dates import DateColumn, DateProblem, DayMonthOrder
from ompm_desktop.transfer.mapping import ColumnMapping, Target
from ompm_desktop.transfer.problems import RowProblem
from ompm_desktop.transfer.streaming import ColumnCells

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"
LIST_SEPARATOR = ";"


@dataclass
class PreparedRow:
    """One row, checked and ready to write."""

    row: int
    action: str  # create, update or unchanged
    label: str  # what the preview names it by
    data: dict[str, Any]  # what goes to the service
    record_id: str | None = None
    key: tuple[Any, ...] | None = None  # the natural key, for repeats inside the file
    notes: list[str] = field(default_factory=list)  # "new beat: Beat 3"
    extra: dict[str, Any] = field(default_factory=dict)
    # A new record as the service cleaned it on checking: written without cleaning again.
    clean: CleanRecord | None = None


class ImportKind:
    """One kind of record a file can hold. Subclasses say how a row becomes a service call."""

    name: ClassVar[str]  # "officers"
    title: ClassVar[str]  # "Officers"
    noun: ClassVar[str]  # "officer"
    key_label: ClassVar[str]  # "badge number": how rows are matched to existing records
    targets: ClassVar[tuple[Target, ...]]
    takes_indicators: ClassVar[bool] = False
    # Whether rows can be checked and written one batch at a time (False: the kind checks
    # across the whole file in `finish`, so every row is held until the end).
    streams: ClassVar[bool] = True
    # A service field whose problems belong to a target of another name (officer_id ->
    # officer_badge), so that a problem names the file's column.
    field_targets: ClassVar[dict[str, str]] = {}

    def __init__(self, desk: Desk, mapping: ColumnMapping) -> None:
        self.desk = desk
        self.mapping = mapping
        self._dates: dict[str, DateColumn] = {}

    @property
    def service(self) -> RecordService:
        raise NotImplementedError

    @classmethod
    def target(cls, name: str) -> Target:
        return next(t for t in cls.targets if t.name == name)

    def _kind_of(self, name: str) -> str:
        kinds = self.__dict__.get("_kinds")
        if kinds is None:
            kinds = self.__dict__["_kinds"] = {t.name: t.kind for t in self.targets}
        return kinds[name]

    # ---- the importer calls these --------------------------------------------------

    def start(self, columns: Mapping[str, Iterable[str]]) -> None:
        """Before the rows: load lookups, and learn each date column's day/month order (the
        columns are read from the file when asked for, all in one reading)."""
        dated = [target.name for target in self.targets
                 if target.kind in ("date", "datetime") and target.name in columns]
        if not dated:
            return
        rows = (columns.rows(dated) if isinstance(columns, ColumnCells)
                else zip(*(columns[name] for name in dated), strict=True))
        learnt = [DayMonthOrder() for _name in dated]
        for cells in rows:
            for order, cell in zip(learnt, cells, strict=True):
                order.see(cell)
        for name, order in zip(dated, learnt, strict=True):
            self._dates[name] = DateColumn(order=order.order)

    def prepare(self, values: dict[str, str], row: int) -> PreparedRow:
        """Check one row (values: target name -> cell). Raise RowProblem or ValidationError."""
        raise NotImplementedError

    def finish(self, rows: list[PreparedRow]) -> Sequence[tuple[int | None, str, str]]:
        """After every row: checks across the batch. Returns (row, target, reason) problems
        (row None: the whole file's)."""
        return []

    def summary_notes(self) -> list[str]:
        """After every row: lines the import's summary adds (how calls were placed)."""
        return []

    def write(self, rows: list[PreparedRow], current: Callable[[PreparedRow], None]) -> None:
        """Write the checked rows through the service (inside the importer's transaction).

        `current` is told which row is being written, so an error names it.
        """
        for prepared in rows:
            if prepared.action == UPDATE:
                current(prepared)
                assert prepared.record_id is not None
                self.service.update(prepared.record_id, prepared.data)
        creating = [prepared for prepared in rows if prepared.action == CREATE]
        self.after_create(creating, self.create_new(creating, current))

    def create_new(self, rows: list[PreparedRow], current: Callable[[PreparedRow], None]
                   ) -> list[str]:
        """Create the records of rows that create: set-wise, as checked, when every row kept
        the service's cleaning (`checked`); else through the service's create_many, which
        cleans each again. Returns their ids, in order."""
        clean = [row.clean for row in rows if row.clean is not None]
        if saves_in_bulk(self.service) and len(clean) == len(rows):
            for row, record in zip(rows, clean, strict=True):
                record.record_id = row.data.get("id") or None  # an id the file gave it
            return create_cleaned(self.service, clean)

        def creating() -> Iterable[dict[str, Any]]:
            for prepared in rows:
                current(prepared)
                yield prepared.data

        return self.service.create_many(creating())

    def after_create(self, rows: list[PreparedRow], ids: list[str]) -> None:
        """Hook: the ids given to the created rows, in order."""

    # ---- helpers for subclasses ----------------------------------------------------

    def date_value(self, target: str, text: str) -> str:
        reader = self._dates.get(target) or DateColumn()
        try:
            kind = self._kind_of(target)
            return reader.datetime(text) if kind == "datetime" else reader.date(text)
        except DateProblem as exc:
            raise RowProblem(target, str(exc)) from None

    def service_values(self, values: dict[str, str], names: Iterable[str]) -> dict[str, Any]:
        """The cells of the given targets that were mapped, dates made ISO."""
        data: dict[str, Any] = {}
        for name in names:
            if name in values:
                text = values[name]
                if self._kind_of(name) in ("date", "datetime"):
                    text = self.date_value(name, text)
                data[name] = text
        return data

    def existing_by_id(self, values: dict[str, str]) -> Record | None:
        """The record a row's id names: None if no id; a problem if it was deleted."""
        record_id = values.get("id", "").strip()
        if not record_id:
            return None
        rows = list(self.desk.db.table(self.service.table).rows_where("id = ?", [record_id]))
        if not rows:
            return None
        if rows[0]["deleted_at"]:
            raise RowProblem(
                "id", _("This {noun} was deleted; restore it in the app first, or clear the id "
                        "to add it again as a new record.").format(noun=_(self.noun))
            )
        return self.service.get(record_id)

    def decide(
        self, data: dict[str, Any], existing: Record | None, *, compare: Iterable[str] = ()
    ) -> tuple[str, dict[str, Any]]:
        """Check the data with the service's own rules; say whether it creates, updates or
        changes nothing. Returns the action and the service-ready data."""
        action, data, _clean = self.checked(data, existing, compare=compare)
        return action, data

    def checked(
        self, data: dict[str, Any], existing: Record | None, *, compare: Iterable[str] = ()
    ) -> tuple[str, dict[str, Any], CleanRecord | None]:
        """As decide(), and for a new record its data as the service cleaned it (the
        single-record save's cleaning, done once), for `create_new` to write as it is."""
        if existing is not None:
            data = self._without_unchanged_links(data, existing)
        values, links = self.service._clean(data, existing)
        if existing is None:
            return CREATE, data, CleanRecord(values, links)
        changed = any(existing.get(name) != value for name, value in values.items())
        changed |= any(set(existing.get(name) or []) != set(ids) for name, ids in links.items())
        changed |= any(existing.get(name) != data.get(name) for name in compare)
        return (UPDATE if changed else UNCHANGED), data, None

    def _without_unchanged_links(self, data: dict[str, Any], existing: Record) -> dict[str, Any]:
        """References the row does not change are left out, so that they are not checked
        again (a link kept to a since-deleted record stays as it is)."""
        kept = dict(data)
        for name, value in data.items():
            spec = self.service.fields.get(name)
            if spec is not None and spec.kind == "ref" and value == existing.get(name):
                del kept[name]
            elif name in self.service.links and set(value) == set(existing.get(name) or []):
                del kept[name]
        return kept

    @staticmethod
    def check_fields(
        service: RecordService, data: Mapping[str, Any], existing: Record | None
    ) -> dict[str, Any]:
        """The service's field cleaning and rules for data whose parent is not written yet
        (so its reference cannot be checked): the fields given, then the service's rules."""
        values = {name: service.fields[name].clean(name, value) for name, value in data.items()}
        service.validate(values, existing)
        return values

    @staticmethod
    def split_list(text: str) -> list[str]:
        return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]


class NameLookup:
    """Records found by a name (case-insensitive), loaded once for a whole file. Deleted
    records are found too, after the others: a row that keeps a link to a deleted record
    (an old contact's deleted partner) imports unchanged, while a new link to one is refused
    by the service."""

    def __init__(self, records: Iterable[Record], name_column: str = "name") -> None:
        self.ids: dict[str, list[str]] = {}
        ordered = sorted(records, key=lambda record: bool(record.get("deleted_at")))
        for record in ordered:
            self.ids.setdefault(record[name_column].strip().casefold(), []).append(record["id"])

    def find(self, name: str) -> list[str]:
        return self.ids.get(name.strip().casefold(), [])

    def add(self, name: str, record_id: str) -> None:
        self.ids.setdefault(name.strip().casefold(), []).append(record_id)
