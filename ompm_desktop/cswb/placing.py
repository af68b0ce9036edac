"""Which neighbourhood a call for service is counted in: the neighbourhood its row names;
else the one whose boundary holds its x/y; else the one whose boundary holds its address's
point (the municipality's address points). A call that none of these places is "not
placed": kept, counted for the division, left out of every neighbourhood's before/after.

The points are not kept with the call: only the neighbourhood found.

The boundaries and the calls must be in the same coordinates (a CAD often exports projected
metres, MTM or UTM; open-data boundaries are often longitude/latitude). When not one of a
file's points falls inside the boundaries' extent, the import says so in one line rather
than placing none in silence."""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from sqlite_utils import Database

from ompm_desktop.cswb.addresses import AddressBook, parse_address
from ompm_desktop.cswb.boundary_map import BoundaryMap, Extent, looks_like_degrees
from ompm_desktop.i18n import _


class PlacedBy(StrEnum):
    NAME = "name"
    POINT = "point"
    ADDRESS = "address"
    NONE = "none"


class CallPlacer:
    """Places one call at a time; keeps the counts for the import's summary."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._boundaries: BoundaryMap | None = None
        self._addresses: AddressBook | None = None
        self.placed: Counter[PlacedBy] = Counter()
        # The points read, and how many fell inside the boundaries' extent, per source.
        self.tried: Counter[PlacedBy] = Counter()
        self.in_extent: Counter[PlacedBy] = Counter()
        # Points that would be inside with x and y the other way round, per source.
        self.swapped: Counter[PlacedBy] = Counter()
        self.addressed = 0  # calls with an address to look up
        self.first_point: dict[PlacedBy, tuple[float, float]] = {}

    @property
    def boundaries(self) -> BoundaryMap:
        if self._boundaries is None:
            self._boundaries = BoundaryMap.load(self.db)
        return self._boundaries

    @property
    def addresses(self) -> AddressBook:
        if self._addresses is None:
            self._addresses = AddressBook(self.db)
        return self._addresses

    def count(self, placed_by: PlacedBy) -> None:
        self.placed[placed_by] += 1

    def at_point(self, x: float, y: float, source: PlacedBy = PlacedBy.POINT) -> str | None:
        """The neighbourhood whose boundary holds the point."""
        self.tried[source] += 1
        self.first_point.setdefault(source, (x, y))
        extent = self.boundaries.extent
        if extent is None:
            return None
        if not extent.holds(x, y):
            self.swapped[source] += extent.holds(y, x)
            return None
        self.in_extent[source] += 1
        return self.boundaries.neighbourhood_at(x, y)

    def at_address(self, text: str) -> str | None:
        """The neighbourhood of the address's point (of most of a block's points)."""
        self.addressed += 1
        address = parse_address(text)
        if address is None or not self.addresses:
            return None
        points = self.addresses.points(address)
        if not points:
            return None
        found = Counter(self.at_point(x, y, PlacedBy.ADDRESS) for x, y in points)
        found.pop(None, None)
        return found.most_common(1)[0][0] if found else None

    # ---- what the import says ----------------------------------------------------------

    def problem(self) -> str | None:
        """One line when a file's points cannot be placed at all (the wrong coordinates, or
        nothing to place them with); None when they can."""
        if not (self.tried[PlacedBy.POINT] or self.tried[PlacedBy.ADDRESS]) \
                or self.boundaries.extent is None:
            return None  # nothing to place them with: not placed, and the summary says why
        for source in (PlacedBy.POINT, PlacedBy.ADDRESS):
            if self.tried[source] and not self.in_extent[source]:
                return self._outside(source)
        return None

    def missing(self) -> list[str]:
        """Why calls given by x/y or by address were not placed, when nothing could place
        them: what to import, and that the same calls imported again are placed then."""
        lines = []
        pointed = self.tried[PlacedBy.POINT] + self.tried[PlacedBy.ADDRESS]
        if pointed and self.boundaries.extent is None:
            lines.append(_(
                "No neighbourhood has a boundary yet, so the calls given by x/y or by address "
                "were not placed: import the neighbourhood boundaries, then this file again "
                "(the calls not placed are placed then; the others are left as they are)."))
        if self.addressed and not self.addresses:
            lines.append(_(
                "No address points are kept, so the calls given only by an address were not "
                "placed: import the municipality's address points, then this file again."))
        return lines

    def _outside(self, source: PlacedBy) -> str:
        count = self.tried[source]
        extent = self.boundaries.extent
        assert extent is not None
        x, y = self.first_point[source]
        if self.swapped[source] == count:
            return _("The X and Y columns look swapped (the first point is {x}, {y}): map the "
                     "longitude or easting to X and the latitude or northing to Y.").format(
                x=_number(x), y=_number(y))
        what = _("the calls' x/y") if source is PlacedBy.POINT else _("the address points")
        if looks_like_degrees(x, y) == extent.in_degrees:
            return _(
                "None of {what} falls inside the neighbourhood boundaries (the first is {x}, "
                "{y}; the boundaries: {extent}): check that they are of the same place, in the "
                "same coordinates.").format(what=what, x=_number(x), y=_number(y),
                                            extent=_span(extent))
        return _(
            "None of {what} falls inside the neighbourhood boundaries: they look like "
            "{theirs} (the first is {x}, {y}) while the boundaries are in {ours} ({extent}). "
            "Export the boundaries and the calls in the same coordinates.").format(
                what=what, theirs=_coordinates(looks_like_degrees(x, y)), x=_number(x),
                y=_number(y), ours=_coordinates(extent.in_degrees), extent=_span(extent))

    def summary(self) -> str:
        """How the calls were placed: by name, by x/y, by address, not placed."""
        return _("Calls placed by neighbourhood name: {name}; by x/y: {point}; by address: "
                 "{address}; not placed (counted for the division only): {none}.").format(
            name=self.placed[PlacedBy.NAME], point=self.placed[PlacedBy.POINT],
            address=self.placed[PlacedBy.ADDRESS], none=self.placed[PlacedBy.NONE])

    def close(self) -> None:
        if self._boundaries is not None:
            self._boundaries.close()


def _coordinates(degrees: bool) -> str:
    return _("longitude/latitude") if degrees else _("metres (projected, such as MTM or UTM)")


def _number(value: float) -> str:
    return f"{value:,.6f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:,.0f}"


def _span(extent: Extent) -> str:
    return _("x from {min_x} to {max_x}, y from {min_y} to {max_y}").format(
        min_x=_number(extent.min_x), max_x=_number(extent.max_x),
        min_y=_number(extent.min_y), max_y=_number(extent.max_y))
