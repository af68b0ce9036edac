"""Importing a file: check every row with the services' own rules, then write them all in one
transaction, or none at all.

`plan_import` checks and previews (which rows create, update or change nothing) and writes
nothing. `run_import` checks again inside the transaction that writes, so what was checked is
exactly what is written; any problem rolls the whole file back.

A file of any size goes through in one pass and in bounded memory: its rows are read as a
stream, each checked and written in batches while no problem has been found (a problem
stops the writing; the transaction rolls back what was written); repeats inside the file are
found through a temporary table; a plan keeps every count but only the first rows to show.
Kinds that check across the whole batch (indicators, scored against each other) keep all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ompm_desktop.errors import DeskError, ValidationError
from ompm_desktop.i18n import _
from ompm_desktop.services import audit
from ompm_desktop.services.desk import Desk
from ompm_desktop.transfer.exporter import FORMULA_STARTS
from ompm_desktop.transfer.kinds import kind_named
from ompm_desktop.transfer.kinds.base import CREATE, UNCHANGED, UPDATE, ImportKind, PreparedRow
from ompm_desktop.transfer.mapping import ColumnMapping, auto_map, load_mapping
from ompm_desktop.transfer.problems import (
    ImportRefusedError,
    Problem,
    RowProblem,
)
from ompm_desktop.transfer.source import SourceRow, SourceTable, read_table
from ompm_desktop.transfer.streaming import ColumnCells, SeenKeys

Progress = Callable[[int, int, str], None]  # done, total, "Checking" or "Writing"
Cancelled = Callable[[], bool]
PROGRESS_EVERY = 250
IMPORT_CACHE_KIB = 64 * 1024
KEPT_ROWS = 5_000  # the rows a plan keeps to show; every row is counted
KEPT_PROBLEMS = 5_000  # likewise the problems (every one is counted)
WRITE_BATCH = 1_000


class ImportCancelledError(DeskError):
    def __init__(self) -> None:
        super().__init__(_("The import was cancelled; nothing was written."))


@dataclass
class ImportPlan:
    kind: str
    rows: list[PreparedRow] = field(default_factory=list)  # the first KEPT_ROWS of a stream
    problems: list[Problem] = field(default_factory=list)
    counts: Counter[str] | None = None  # every row's action; None: count `rows`
    more_problems: int = 0  # problems found beyond the first KEPT_PROBLEMS
    notes: list[str] = field(default_factory=list)  # the kind's summary lines, translated

    def count(self, action: str) -> int:
        if self.counts is not None:
            return self.counts[action]
        return sum(1 for row in self.rows if row.action == action)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        return _("{create} to create, {update} to update, {unchanged} unchanged").format(
            create=self.count(CREATE), update=self.count(UPDATE),
            unchanged=self.count(UNCHANGED))


@dataclass
class ImportResult:
    kind: str
    created: int
    updated: int
    unchanged: int
    dry_run: bool
    plan: ImportPlan

    def summary(self) -> str:
        verb = "Would import" if self.dry_run else "Imported"
        return (f"{verb} {self.created + self.updated + self.unchanged} rows: "
                f"{self.created} created, {self.updated} updated, "
                f"{self.unchanged} already there (skipped).")


class _Discard(Exception):
    pass


@contextmanager
def _roomy_cache(db: Database) -> Iterator[None]:
    """A larger page cache while a big file goes in (a third faster on 50,000 rows)."""
    previous = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(previous)}")


@contextmanager
def discarded(db: Database) -> Iterator[None]:
    """A transaction that is always rolled back: services can be run to see what they say."""
    try:
        with db.atomic():
            yield
            raise _Discard
    except _Discard:
        pass


def default_mapping(kind: str, table: SourceTable) -> ColumnMapping:
    """The mapping found from the column names."""
    kind_class = kind_named(kind)
    return auto_map(kind, kind_class.targets, table, indicators=kind_class.takes_indicators)


def check_mapping(kind: str, table: SourceTable, mapping: ColumnMapping) -> list[Problem]:
    """Problems with the mapping itself: a wrong kind, a column the file does not have, a
    required field without a column."""
    kind_class = kind_named(kind)
    row = table.header_row
    if mapping.kind != kind:
        return [Problem(None, "", _("This mapping is for {mapping}, not {kind}.").format(
            mapping=mapping.kind, kind=kind))]
    problems = []
    known = {target.name for target in kind_class.targets}
    used: dict[str, str] = {}
    pairs = [*mapping.columns.items(), *(("indicator:" + k, c)
                                         for k, c in mapping.indicators.items())]
    for target, column in pairs:
        if target not in known and not target.startswith("indicator:"):
            problems.append(Problem(None, column, _("A {noun} has no field '{field}'.").format(
                noun=_(kind_class.noun), field=target)))
        elif column not in table.headers:
            problems.append(Problem(row, column, _("The mapping names this column, but the "
                                                   "file has no such column.")))
        elif column in used:
            problems.append(Problem(row, column, _("This column is mapped twice.")))
        used[column] = target
    if mapping.indicators and not kind_class.takes_indicators:
        problems.append(Problem(None, "", _("{kind} take no indicator columns.").format(
            kind=_(kind_class.title))))
    for wanted in kind_class.targets:
        if wanted.required and wanted.name not in mapping.columns:
            problems.append(Problem(
                row, _(wanted.label), _("The file has no column for {field}, which is "
                                        "required. Add the column, or choose which column "
                                        "holds it.").format(field=_(wanted.label))))
    if kind_class.takes_indicators and not mapping.indicators and "threat" not in mapping.columns:
        problems.append(Problem(row, "", _("Choose at least one indicator column (or a "
                                           "threat score column).")))
    return problems


class _Checker:
    """One pass over the rows: prepare each through its kind, collect every problem, and
    (when importing) write the rows in batches while no problem has been found."""

    def __init__(self, desk: Desk, table: SourceTable, mapping: ColumnMapping) -> None:
        self.desk, self.table, self.mapping = desk, table, mapping
        self.kind: ImportKind = kind_named(mapping.kind)(desk, mapping)
        self.index = {t: table.headers.index(c) for t, c in mapping.columns.items()}
        self.index.update({f"indicator:{k}": table.headers.index(c)
                           for k, c in mapping.indicators.items()})
        self.streams = self.kind.streams
        self.written = 0

    def column(self, target: str) -> str:
        target = self.kind.field_targets.get(target, target)
        if target.startswith("indicator:"):
            return self.mapping.indicators.get(target.split(":", 1)[1], target)
        if target in self.mapping.columns:
            return self.mapping.columns[target]
        names = {t.name: t.label for t in self.kind.targets}
        return _(names[target]) if target in names else target

    def run(self, progress: Progress | None, cancelled: Cancelled | None, *,
            write: bool = False) -> ImportPlan:
        plan = ImportPlan(self.mapping.kind, counts=Counter() if self.streams else None)
        self.kind.start(ColumnCells(self.table, self.index))
        seen = SeenKeys(self.desk.db)
        try:
            with self.kind.service.remembering_refs():
                return self._run(plan, seen, progress, cancelled, write)
        finally:
            seen.close()

    def _run(self, plan: ImportPlan, seen: SeenKeys, progress: Progress | None,
             cancelled: Cancelled | None, write: bool) -> ImportPlan:
        phase = "Writing" if write else "Checking"
        total = self.table.row_count
        batch: list[PreparedRow] = []
        for done, source in enumerate(self.table.iter_rows()):
            if done % PROGRESS_EVERY == 0:
                _tick(progress, cancelled, done, total, phase)
            prepared = self._prepare(source, plan)
            if prepared is None:
                continue
            self._check_repeat(prepared, seen, plan)
            if not self.streams:
                plan.rows.append(prepared)
                continue
            assert plan.counts is not None
            plan.counts[prepared.action] += 1
            if len(plan.rows) < KEPT_ROWS:
                plan.rows.append(prepared)
            if write and not plan.problems and prepared.action != UNCHANGED:
                batch.append(prepared)
                if len(batch) >= WRITE_BATCH:
                    self.write(batch)
                    batch = []
        for row, target, reason in self.kind.finish(plan.rows):
            self._problem(plan, Problem(row, self.column(target), reason))
        plan.problems.sort(key=lambda p: (p.row or 0))
        plan.notes = self.kind.summary_notes()
        if write and not plan.problems:
            self.write(batch if self.streams else
                       [row for row in plan.rows if row.action != UNCHANGED])
        _tick(progress, cancelled, total, total, phase)
        return plan

    def _prepare(self, source: SourceRow, plan: ImportPlan) -> PreparedRow | None:
        if source.extra_cells:
            self._problem(plan, Problem(
                source.number, "", _("This row has more cells than the header has "
                                     "columns: a value holding the delimiter may have "
                                     "lost its quotes.")))
            return None
        values = {t: _unquoted(source.cells[i]) for t, i in self.index.items()}
        try:
            return self.kind.prepare(values, source.number)
        except RowProblem as problem:
            self._problem(plan, Problem(source.number, self.column(problem.column),
                                        problem.reason))
        except ValidationError as error:
            self._problem(plan, Problem(source.number, self.column(error.field or ""),
                                        error.message))
        except DeskError as error:
            self._problem(plan, Problem(source.number, "", error.message))
        return None

    @staticmethod
    def _problem(plan: ImportPlan, problem: Problem) -> None:
        if len(plan.problems) < KEPT_PROBLEMS:
            plan.problems.append(problem)
        else:
            plan.more_problems += 1

    def _check_repeat(self, prepared: PreparedRow, seen: SeenKeys, plan: ImportPlan) -> None:
        keys: list[tuple[str, object]] = [("key", prepared.key)] if prepared.key else []
        if prepared.record_id:
            keys.append(("id", prepared.record_id))
        for key in keys:
            first = seen.first_row(key, prepared.row)
            if first == prepared.row:
                continue
            if key[0] == "key" and prepared.key and prepared.key[0] == "row":
                reason = _("Repeats row {first} exactly; remove one of them.").format(
                    first=first)
            else:
                what = _("id") if key[0] == "id" else _(self.kind.key_label)
                reason = _("Repeats row {first}: both are {noun} '{label}' (same {what}). Keep "
                           "one of them.").format(first=first, noun=_(self.kind.noun),
                                                  label=prepared.label, what=what)
            self._problem(plan, Problem(prepared.row, "", reason))
            return

    def write(self, rows: list[PreparedRow]) -> None:
        """Write checked rows through the kind; a rule broken on writing names its row."""
        at: list[PreparedRow] = []

        def current(prepared: PreparedRow) -> None:
            at[:] = [prepared]

        try:
            self.kind.write(rows, current)
        except ValidationError as error:
            row = at[0].row if at else None
            raise ImportRefusedError(
                [Problem(row, self.column(error.field or ""), error.message)]
            ) from None
        self.written += len(rows)


def _unquoted(cell: str) -> str:
    """A cell an export wrote with an apostrophe so that Excel would not run it as a formula
    ("'=A1") is read back without it (and "''=A1", a cell that began "'=A1", as "'=A1")."""
    if cell[:1] == "'" and (cell[1:2] in FORMULA_STARTS
                            or (cell[1:2] == "'" and cell[2:3] in FORMULA_STARTS)):
        return cell[1:]
    return cell


def _tick(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int,
          phase: str) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError()
    if progress is not None:
        progress(done, total, phase)


def plan_import(desk: Desk, table: SourceTable, mapping: ColumnMapping, *,
                progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportPlan:
    """Check every row and say what importing would do. Nothing is written."""
    problems = check_mapping(mapping.kind, table, mapping)
    if problems:
        return ImportPlan(mapping.kind, problems=problems)
    with _roomy_cache(desk.db), discarded(desk.db):
        plan = _Checker(desk, table, mapping).run(progress, cancelled)
    return plan


def run_import(desk: Desk, table: SourceTable, mapping: ColumnMapping, *,
               dry_run: bool = False, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> ImportResult:
    """Import every row or none: raises ImportRefusedError listing the problems."""
    problems = check_mapping(mapping.kind, table, mapping)
    if problems:
        raise ImportRefusedError(problems)
    if dry_run:
        plan = plan_import(desk, table, mapping, progress=progress, cancelled=cancelled)
        if plan.problems:
            raise _refused(plan)
        return _result(plan, dry_run=True)
    with _roomy_cache(desk.db), desk.db.atomic():
        checker = _Checker(desk, table, mapping)
        plan = checker.run(progress, cancelled, write=True)
        if plan.problems:
            raise _refused(plan)
        if checker.written:
            audit.record_change(
                desk.db, at=desk.context.now(), actor=desk.actor, action="import",
                table=checker.kind.service.table, row_id=None, before=None,
                after={"file": table.path.name, "kind": plan.kind,
                       "created": plan.count(CREATE), "updated": plan.count(UPDATE),
                       "unchanged": plan.count(UNCHANGED)},
            )
    return _result(plan, dry_run=False)


def _refused(plan: ImportPlan) -> ImportRefusedError:
    return ImportRefusedError(plan.problems, more=plan.more_problems)


def _result(plan: ImportPlan, *, dry_run: bool) -> ImportResult:
    return ImportResult(plan.kind, plan.count(CREATE), plan.count(UPDATE), plan.count(UNCHANGED),
                        dry_run, plan)


def import_file(desk: Desk, kind: str, path: Path | str, *,
                mapping: ColumnMapping | Path | str | None = None, dry_run: bool = False,
                progress: Progress | None = None) -> ImportResult:
    """Read a file and import it: the command line's way in."""
    kind_named(kind)
    table = read_table(path)
    if mapping is None:
        chosen = default_mapping(kind, table)
    elif isinstance(mapping, ColumnMapping):
        chosen = mapping
    else:
        chosen = load_mapping(mapping)
    if chosen.kind != kind:
        raise ImportRefusedError([Problem(None, "", f"This mapping is for {chosen.kind}, "
                                                    f"not {kind}.")])
    return run_import(desk, table, chosen, dry_run=dry_run, progress=progress)
