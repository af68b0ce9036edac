"""Reading a spreadsheet saved as CSV: its encoding, its delimiter, its header row, its rows.

Row numbers are the ones a spreadsheet shows (the first line of the file is row 1), so that a
problem reported on "row 12" is found on row 12 in Excel.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from ompm_desktop.i18n import N_, _
from ompm_desktop.transfer.problems import ImportFileError

# A boundary or a long summary can be larger than the csv module's default limit.
csv.field_size_limit(50_000_000)

DELIMITERS = ",;\t|"
DELIMITER_NAMES = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab"),
                   "|": N_("vertical bar")}

# Codec name -> what a person reads in the wizard.
ENCODINGS = {
    "utf-8-sig": N_("UTF-8 with BOM"),
    "utf-8": "UTF-8",
    "cp1252": N_("Windows-1252 (older Excel)"),
    "latin-1": "ISO-8859-1 (Latin-1)",
    "mac-roman": "Mac Roman",
    "utf-16": "UTF-16",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE_CHARS = 64_000
_HEADER_SEARCH_ROWS = 20


@dataclass(frozen=True)
class SourceRow:
    number: int  # as a spreadsheet numbers it
    cells: list[str]
    extra_cells: int = 0  # non-empty cells beyond the last named column


@dataclass
class SourceTable:
    path: Path
    encoding: str
    delimiter: str
    header_row: int
    headers: list[str]
    rows: list[SourceRow] = field(default_factory=list)

    @property
    def encoding_label(self) -> str:
        return _(ENCODINGS.get(self.encoding, self.encoding))

    @property
    def delimiter_label(self) -> str:
        return _(DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter)))

    def column(self, header: str) -> list[str]:
        index = self.headers.index(header)
        return [row.cells[index] for row in self.rows]


def read_table(
    path: Path | str,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int | None = None,
) -> SourceTable:
    """Read a CSV file; what is not given (encoding, delimiter, header row) is detected."""
    path = Path(path)
    raw = _read_bytes(path)
    encoding = encoding or detect_encoding(raw, path)
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise ImportFileError(
            _("{name} cannot be read as {encoding}; choose another encoding.").format(
                name=path.name, encoding=_(ENCODINGS.get(encoding, encoding)))
        ) from None
    text = text.removeprefix("\ufeff")
    delimiter = delimiter or detect_delimiter(text)
    records = _parse(text, delimiter, path)
    if not any(_filled(cells) for cells in records):
        raise ImportFileError(_("{name} has no rows to import.").format(name=path.name))
    if header_row is None:
        header_row = detect_header_row(records)
    elif not 1 <= header_row <= len(records) or not _filled(records[header_row - 1]):
        raise ImportFileError(_("Row {row} of {name} is empty: it cannot be the header.").format(
            row=header_row, name=path.name))
    headers = _headers(records[header_row - 1])
    rows = []
    for number, cells in enumerate(records[header_row:], start=header_row + 1):
        if not _filled(cells):
            continue
        extra = sum(1 for cell in cells[len(headers):] if cell.strip())
        cells = (cells + [""] * len(headers))[: len(headers)]
        rows.append(SourceRow(number, cells, extra))
    return SourceTable(path, encoding, delimiter, header_row, headers, rows)


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(_("There is no file at {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise ImportFileError(_("{path} is a folder; choose a CSV file.").format(
            path=path)) from None
    except OSError as exc:
        raise ImportFileError(_("{path} cannot be read ({reason}).").format(
            path=path, reason=exc.strerror)) from None
    if not raw.strip():
        raise ImportFileError(_("{name} is empty.").format(name=path.name))
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            _("{name} is an Excel workbook, not a CSV file. In Excel, choose File > Save As > "
              "CSV UTF-8, then import the .csv file.").format(name=path.name)
        )
    return raw


def detect_encoding(raw: bytes, path: Path | None = None) -> str:
    """A byte-order mark if there is one; else UTF-8 if it decodes; else Windows-1252."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return codec
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if b"\x00" not in raw:
            return "utf-8"
    if b"\x00" not in raw:
        try:
            raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            return "cp1252"
    guess = from_bytes(raw).best()
    if guess is None or (b"\x00" in raw and not guess.encoding.startswith("utf_")):
        name = path.name if path else _("The file")
        raise ImportFileError(_("{name} does not look like a text file; save it as CSV "
                                "first.").format(name=name))
    return guess.encoding


def detect_delimiter(text: str) -> str:
    """The csv module's Sniffer, checked: the delimiter must split the rows consistently."""
    sample = text[:_SAMPLE_CHARS]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    scores = {candidate: _consistency(sample, candidate) for candidate in DELIMITERS}
    if sniffed in scores and scores[sniffed] >= max(scores.values()):
        return sniffed
    best = max(scores, key=lambda candidate: scores[candidate])
    return best if scores[best] > (0, 0) else ","


def _consistency(sample: str, delimiter: str) -> tuple[float, int]:
    """How well a delimiter splits the first rows: (share of rows at the usual width, width)."""
    if len(sample) == _SAMPLE_CHARS:
        sample = sample[: sample.rfind("\n") + 1] or sample
    try:
        rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r]
    except csv.Error:
        return (0, 0)
    rows = rows[:200]
    if not rows:
        return (0, 0)
    width, count = Counter(len(row) for row in rows).most_common(1)[0]
    if width < 2:
        return (0, 0)
    return (count / len(rows), width)


def _parse(text: str, delimiter: str, path: Path) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [cells for cells in reader]
    except csv.Error as exc:
        raise ImportFileError(
            _("{name} cannot be read past line {line}: {reason}.").format(
                name=path.name, line=reader.line_num, reason=exc)
        ) from None


def _filled(cells: list[str]) -> bool:
    return any(cell.strip() for cell in cells)


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "").replace(" ", ""))
    except ValueError:
        return False
    return True


def detect_header_row(records: list[list[str]]) -> int:
    """The first row as wide as the data below it whose cells are all names, not numbers.

    Title lines above a table ("Officers, January 2026") are narrower than the data, so
    they are passed over.
    """
    widths = [sum(1 for c in cells if c.strip()) for cells in records[:200] if _filled(cells)]
    usual = Counter(widths).most_common(1)[0][0]
    for number, cells in enumerate(records[:_HEADER_SEARCH_ROWS], start=1):
        names = [cell.strip() for cell in cells if cell.strip()]
        if len(names) >= max(1, usual * 0.6) and not any(_is_number(name) for name in names):
            return number
    for number, cells in enumerate(records, start=1):
        if _filled(cells):
            return number
    return 1


def _headers(cells: list[str]) -> list[str]:
    """Column names: blanks become 'Column N'; a repeated name gets ' (2)', ' (3)'."""
    while cells and not cells[-1].strip():
        cells = cells[:-1]
    headers: list[str] = []
    seen: Counter[str] = Counter()
    for index, cell in enumerate(cells, start=1):
        name = " ".join(cell.split()) or f"Column {index}"
        seen[name.casefold()] += 1
        if seen[name.casefold()] > 1:
            name = f"{name} ({seen[name.casefold()]})"
        headers.append(name)
    return headers
