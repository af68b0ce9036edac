"""What goes wrong with a file, said so that the person can fix the file and try again."""

from __future__ import annotations

from dataclasses import dataclass

from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _, ngettext


@dataclass(frozen=True)
class Problem:
    """One thing wrong: the spreadsheet row (the header is row 1), the column, the reason."""

    row: int | None
    column: str
    reason: str

    def describe(self) -> str:
        if self.row is None:
            where = _("the file, column {column}") if self.column else _("the file")
        else:
            where = _("row {row}, column {column}") if self.column else _("row {row}")
        return _("{where}: {reason}").format(
            where=where.format(row=self.row, column=self.column), reason=self.reason)


class ImportFileError(DeskError):
    """The file cannot be read as a table at all (missing, empty, not text, a workbook)."""


class ImportRefusedError(DeskError):
    """The file was read but some rows are wrong: nothing was written."""

    def __init__(self, problems: list[Problem], *, more: int = 0) -> None:
        """`more`: problems found beyond those listed (a huge file's are not all kept)."""
        count = len(problems) + more
        super().__init__(ngettext(
            "Nothing was imported: the file has {count} problem. Fix the file and try again.",
            "Nothing was imported: the file has {count} problems. Fix the file and try again.",
            count).format(count=count))
        self.problems = problems
        self.more = more

    def report(self, limit: int | None = None) -> list[str]:
        """One line per problem, at most `limit` of them with a count of the rest."""
        shown = self.problems if limit is None else self.problems[:limit]
        lines = [problem.describe() for problem in shown]
        rest = self.more + (len(self.problems) - len(shown))
        if rest:
            lines.append(_("... and {count} more.").format(count=rest))
        return lines


class RowProblem(Exception):
    """Raised while preparing one row; the importer turns it into a Problem."""

    def __init__(self, column: str, reason: str) -> None:
        super().__init__(reason)
        self.column = column
        self.reason = reason
