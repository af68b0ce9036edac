"""Reading a spreadsheet saved as CSV: its encoding, its delimiter, its header row, its rows.

Row numbers are the ones a spreadsheet shows (the first line of the file is row 1), so that a
problem reported on "row 12" is found on row 12 in Excel.

A file of any size is read as a stream: the encoding, delimiter and header row are found from
its start (the encoding checked over the whole file), its rows counted in one pass, and the
rows themselves read again, one at a time, by whoever imports them.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
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
_SAMPLE_BYTES = 1 << 20
_CHUNK_BYTES = 1 << 20
_HEADER_SEARCH_ROWS = 20
_HEAD_RECORDS = 200  # the records the header row and the usual width are found from


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
    row_count: int = 0  # the rows below the header that hold anything

    @property
    def encoding_label(self) -> str:
        return _(ENCODINGS.get(self.encoding, self.encoding))

    @property
    def delimiter_label(self) -> str:
        return _(DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter)))

    @property
    def rows(self) -> list[SourceRow]:
        """Every row at once (for a small file; an import reads `iter_rows`)."""
        return list(self.iter_rows())

    def iter_rows(self) -> Iterator[SourceRow]:
        """The rows below the header, read from the file one at a time; empty rows left out."""
        width = len(self.headers)
        for number, cells in _records(self.path, self.encoding, self.delimiter):
            if number <= self.header_row or not _filled(cells):
                continue
            extra = sum(1 for cell in cells[width:] if cell.strip())
            yield SourceRow(number, (cells + [""] * width)[:width], extra)

    def column(self, header: str, limit: int | None = None) -> list[str]:
        """A column's cells, the first `limit` of them if given."""
        index = self.headers.index(header)
        return [row.cells[index] for row in islice(self.iter_rows(), limit)]


def read_table(
    path: Path | str,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int | None = None,
) -> SourceTable:
    """Read a CSV file; what is not given (encoding, delimiter, header row) is detected."""
    path = Path(path)
    sample = _read_sample(path)
    encoding = encoding or _detect_file_encoding(path, sample)
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise _undecodable(path, encoding) from None
    sample_text = _decoded_start(sample, encoding, path)
    delimiter = delimiter or detect_delimiter(sample_text)
    head: list[list[str]] = []
    filled = 0
    keep = max(_HEAD_RECORDS, header_row or 0)
    for number, cells in _records(path, encoding, delimiter):
        if number <= keep:
            head.append(cells)
        filled += _filled(cells)
    if not filled:
        raise ImportFileError(_("{name} has no rows to import.").format(name=path.name))
    if header_row is None:
        header_row = detect_header_row(head)
    elif not 1 <= header_row <= len(head) or not _filled(head[header_row - 1]):
        raise ImportFileError(_("Row {row} of {name} is empty: it cannot be the header.").format(
            row=header_row, name=path.name))
    headers = _headers(head[header_row - 1])
    above = sum(1 for cells in head[:header_row] if _filled(cells))
    return SourceTable(path, encoding, delimiter, header_row, headers, filled - above)


def _records(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(record number, cells) of every record of the file, read as a stream."""
    try:
        with path.open(encoding=encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            number = 0
            try:
                for cells in reader:
                    number += 1
                    if number == 1 and cells and cells[0].startswith("\ufeff"):
                        cells[0] = cells[0][1:]
                    yield number, cells
            except csv.Error as exc:
                raise ImportFileError(
                    _("{name} cannot be read past line {line}: {reason}.").format(
                        name=path.name, line=reader.line_num, reason=exc)
                ) from None
    except UnicodeDecodeError:
        raise _undecodable(path, encoding) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _undecodable(path: Path, encoding: str) -> ImportFileError:
    return ImportFileError(
        _("{name} cannot be read as {encoding}; choose another encoding.").format(
            name=path.name, encoding=_(ENCODINGS.get(encoding, encoding))))


def _unreadable(path: Path, exc: OSError) -> ImportFileError:
    if isinstance(exc, FileNotFoundError):
        return ImportFileError(_("There is no file at {path}.").format(path=path))
    if isinstance(exc, IsADirectoryError):
        return ImportFileError(_("{path} is a folder; choose a CSV file.").format(path=path))
    return ImportFileError(_("{path} cannot be read ({reason}).").format(
        path=path, reason=exc.strerror))


def _read_sample(path: Path) -> bytes:
    """The file's first megabyte, after the checks that need no more than that."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(_SAMPLE_BYTES)
            whole = len(raw) < _SAMPLE_BYTES
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if whole and not raw.strip():
        raise ImportFileError(_("{name} is empty.").format(name=path.name))
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            _("{name} is an Excel workbook, not a CSV file. In Excel, choose File > Save As > "
              "CSV UTF-8, then import the .csv file.").format(name=path.name)
        )
    return raw


def _decoded_start(sample: bytes, encoding: str, path: Path) -> str:
    """The sample as text (a character cut in two at its end left out), without a BOM."""
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        raise _undecodable(path, encoding) from None
    return text.removeprefix("\ufeff")


def _decodes_whole(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes, read a megabyte at a time, and holds no NUL."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK_BYTES):
                if b"\x00" in chunk:
                    return False
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return True


def _detect_file_encoding(path: Path, sample: bytes) -> str:
    """detect_encoding, but UTF-8 and Windows-1252 checked over the whole file."""
    for bom, codec in _BOMS:
        if sample.startswith(bom):
            return codec
    if b"\x00" not in sample:
        for codec in ("utf-8", "cp1252"):
            if _decodes_whole(path, codec):
                return codec
    return detect_encoding(sample, path)


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
