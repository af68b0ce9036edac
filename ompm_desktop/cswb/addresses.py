"""Addresses read the way a dispatcher and a municipality both mean them: "100 Bank St.",
"100 BANK STREET, Unit 4" and "4-100 Bank Street" are the same civic address; a CAD's "100
block of Bank St" is every address from 100 to 199 on Bank Street.

The municipality's address points (open data: a civic number, a street and an x/y each) are
kept with the street folded to a key: no case, accents or punctuation, the common street
types and directions in one spelling (St/Street, Ave/Avenue, Rd/Road, Blvd/Boulevard,
E/East, O/Ouest/West...), so that a call's address is found by its key and number. "St" is
a street only at the end ("St. Patrick St" is Saint Patrick Street)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from ompm_desktop.text_fold import fold

_TYPES = {
    "street": ("st", "str", "street"), "avenue": ("av", "ave", "avenue"),
    "road": ("rd", "road"), "boulevard": ("blvd", "boul", "bd", "boulevard"),
    "drive": ("dr", "drive"), "court": ("crt", "ct", "court"), "crescent": ("cres", "cr",
                                                                          "crescent"),
    "place": ("pl", "place"), "lane": ("ln", "lane"), "terrace": ("terr", "ter", "terrace"),
    "parkway": ("pkwy", "parkway"), "highway": ("hwy", "highway"), "circle": ("cir", "circ",
                                                                            "circle"),
    "square": ("sq", "square"), "trail": ("trl", "trail"), "private": ("pvt", "private"),
    "chemin": ("ch", "chemin"), "promenade": ("prom", "promenade"), "gate": ("gt", "gate"),
    "way": ("way",), "heights": ("hts", "heights"), "grove": ("grv", "grove"),
}
_DIRECTIONS = {
    "north": ("n", "north", "nord"), "south": ("s", "south", "sud"),
    "east": ("e", "east", "est"), "west": ("w", "west", "o", "ouest"),
}
_SPELLING = {spelling: canonical for table in (_TYPES, _DIRECTIONS)
             for canonical, spellings in table.items() for spelling in spellings}
_DIRECTION_WORDS = {word for spellings in _DIRECTIONS.values() for word in spellings}
_SAINTS = {"st": "saint", "ste": "sainte"}

_POSTAL_CODE = re.compile(r"\b[a-z]\d[a-z] ?\d[a-z]\d\b")
_UNIT = re.compile(r"\b(?:apt|apartment|unit|suite|app|appt|appartement|bureau|room|rm|"
                   r"floor|fl)\b\.?\s*#?\s*[a-z0-9]*|#\s*[a-z0-9]+")
_UNIT_CIVIC = re.compile(r"^[a-z0-9]{1,6}\s*-\s*(?=\d)")  # "4-100 bank st": unit 4
_BLOCK = re.compile(r"^(\d+)\s*-?\s*(?:block|blk|bloc)\b\s*(?:of\b|de\b)?\s*(.*)$")
_CIVIC = re.compile(r"^(\d+)([a-z]?)\s+(.+)$")
BLOCK_SIZE = 100


@dataclass(frozen=True)
class Address:
    number: int
    suffix: str  # "a" of 100A
    street: str  # the folded key
    block: bool = False  # the hundred-block of `number`

    @property
    def block_range(self) -> tuple[int, int]:
        start = self.number - self.number % BLOCK_SIZE
        return start, start + BLOCK_SIZE - 1


def street_key(street: str) -> str:
    """'St. Patrick St. E' -> 'saint patrick street east'; 'Rue Saint-Denis' -> 'rue saint
    denis'."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(street).replace("'", "")).split()
    last = len(words) - 1
    if len(words) > 1 and words[-1] in _DIRECTION_WORDS:
        last -= 1  # "king st w": st is still the last word of the name
    keyed = []
    for index, word in enumerate(words):
        if word in _SAINTS and index < last:
            keyed.append(_SAINTS[word])
        else:
            keyed.append(_SPELLING.get(word, word))
    return " ".join(keyed)


def parse_address(text: str) -> Address | None:
    """The civic number and street of a call's address (a unit or apartment, the city and
    the postal code dropped); None if it has no civic number."""
    plain = _POSTAL_CODE.sub(" ", fold(text))
    for part in plain.split(","):
        part = " ".join(_UNIT.sub(" ", part).split())
        part = _UNIT_CIVIC.sub("", part)
        block = _BLOCK.match(part)
        if block and block.group(2):
            return Address(int(block.group(1)), "", street_key(block.group(2)), True)
        civic = _CIVIC.match(part)
        if civic:
            street = street_key(civic.group(3))
            if street:
                return Address(int(civic.group(1)), civic.group(2), street)
    return None


def civic_number(text: str) -> tuple[int, str] | None:
    """A civic number as an address-point file gives it: '100', '100A', '100 A'."""
    found = re.fullmatch(r"\s*(\d+)\s*([a-z]?)\s*", fold(text))
    return (int(found.group(1)), found.group(2)) if found else None


class AddressBook:
    """The address points, looked up one address at a time (each found once)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.found: dict[Address, list[tuple[float, float]]] = {}
        self.count = int(db.execute("SELECT count(*) FROM address_point").fetchone()[0])

    def __bool__(self) -> bool:
        return self.count > 0

    def points(self, address: Address) -> list[tuple[float, float]]:
        """The address's point (or the block's points); [] if none is known."""
        if address in self.found:
            return self.found[address]
        if address.block:
            low, high = address.block_range
            rows = self.db.execute(
                "SELECT x, y FROM address_point WHERE street = ? AND number BETWEEN ? AND ? "
                "ORDER BY number, suffix", [address.street, low, high]).fetchall()
        else:
            rows = self.db.execute(
                "SELECT x, y FROM address_point WHERE street = ? AND number = ? "
                "ORDER BY suffix != ?, suffix LIMIT 1",  # 100A, or else 100
                [address.street, address.number, address.suffix]).fetchall()
        points = [(float(x), float(y)) for x, y in rows]
        self.found[address] = points
        return points
