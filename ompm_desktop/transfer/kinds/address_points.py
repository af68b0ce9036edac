"""The municipality's address points (open data: a CSV of civic addresses with their x/y),
which place a call given only by its address. A file gives each address whole ("100 Bank
St") or in parts (civic number, street, street type, direction); the x/y must be in the
coordinates of the neighbourhood boundaries. An address already kept takes the file's
point; nothing else is kept of the row."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from ompm_desktop.cswb.addresses import civic_number, parse_address, street_key
from ompm_desktop.i18n import N_, _
from ompm_desktop.services.fields import Field, text
from ompm_desktop.services.record_service import RecordService
from ompm_desktop.transfer.kinds.base import CREATE, ImportKind, PreparedRow
from ompm_desktop.transfer.kinds.calls import coordinate
from ompm_desktop.transfer.mapping import Target
from ompm_desktop.transfer.problems import RowProblem


class AddressPointService(RecordService):
    """Where address points are written (the import's audit entry names its table); they are
    open data, not records of the division's, and are added in bulk."""

    table = "address_point"
    noun = N_("address point")
    fields = {
        "street": text(N_("Street"), required=True),
        "number": Field(N_("Civic number"), "int", required=True),
        "x": Field(N_("X or longitude"), "real", required=True),
        "y": Field(N_("Y or latitude"), "real", required=True),
    }


class AddressPointImport(ImportKind):
    name = "addresses"
    title = N_("Address points")
    noun = N_("address point")
    key_label = N_("address")
    targets = (
        Target("address", N_("Address"), aliases=(
            "full address", "civic address", "address full", "full addr", "fulladdr",
            "adresse", "adresse complete")),
        Target("number", N_("Civic number"), aliases=(
            "civic number", "civic", "address number", "addr num", "addrnum", "house number",
            "street number", "numero civique", "numéro civique")),
        Target("street", N_("Street"), aliases=(
            "street", "street name", "road name", "road", "linear name full", "rue",
            "nom de rue")),
        Target("street_type", N_("Street type"), aliases=(
            "road type", "street type", "type de rue")),
        Target("direction", N_("Direction"), aliases=(
            "road direction", "street direction", "dir", "suffix direction")),
        Target("x", N_("X or longitude"), True, (
            "longitude", "lon", "long", "x coordinate", "easting", "point x")),
        Target("y", N_("Y or latitude"), True, (
            "latitude", "lat", "y coordinate", "northing", "point y")),
    )

    @cached_property
    def service(self) -> AddressPointService:
        return AddressPointService(self.desk.context)

    def prepare(self, values: dict[str, str], row: int) -> PreparedRow:
        street, number, suffix = self._address(values)
        x, y = (self._coordinate(name, values.get(name, "")) for name in ("x", "y"))
        label = f"{number}{suffix.upper()} {street}"
        return PreparedRow(row, CREATE, label, {"point": (street, number, suffix, x, y)})

    def _address(self, values: dict[str, str]) -> tuple[str, int, str]:
        street = " ".join(values.get(name, "") for name in ("street", "street_type",
                                                              "direction")).strip()
        if street and values.get("number", "").strip():
            number = civic_number(values["number"])
            if number is None:
                raise RowProblem("number", _("'{text}' is not a civic number.").format(
                    text=values["number"].strip()))
            return street_key(street), number[0], number[1]
        whole = values.get("address", "").strip()
        if not whole:
            raise RowProblem("address", _("The address is empty: give the address, or the "
                                          "civic number and the street."))
        address = parse_address(whole)
        if address is None or address.block:
            raise RowProblem("address", _("'{text}' has no civic number and street.").format(
                text=whole))
        return address.street, address.number, address.suffix

    @staticmethod
    def _coordinate(target: str, cell: str) -> float:
        if not cell.strip():
            raise RowProblem(target, _("The point's x or y is empty."))
        try:
            return coordinate(cell)
        except ValueError:
            raise RowProblem(target, _("'{text}' is not a coordinate (a number such as "
                                       "-75.6972 or 367512.4).").format(text=cell)) from None

    def write(self, rows: list[PreparedRow], current: Callable[[PreparedRow], None]) -> None:
        now = self.desk.context.now()
        self.desk.db.conn.executemany(
            "INSERT OR REPLACE INTO address_point (street, number, suffix, x, y, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (row.data["point"] + (now,) for row in rows if row.action == CREATE))
