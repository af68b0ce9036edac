"""Neighbourhood boundaries brought in from a GeoJSON FeatureCollection of Polygons and
MultiPolygons, as municipalities publish them (the Ottawa Neighbourhood Study, Toronto's 158
neighbourhoods). Each feature is matched to a neighbourhood by its name (case, accents and
punctuation folded; "Casa Loma (96)" also matches "Casa Loma"); several features of one name
become one MultiPolygon. A feature that names no neighbourhood is listed, and the others are
stored all the same; a file that cannot be read writes nothing.

The boundary is the neighbourhood's own (boundary_geojson, replaced by a new import): a sync
takes it to the hub and every laptop, so calls imported on any copy are placed alike. The
import is audited once, as the other imports are (not each boundary's before and after).

The boundaries are kept as the file gives them (its coordinates, longitude/latitude or
projected metres): the calls placed in them must be in the same coordinates."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ompm_desktop.cswb.boundary_map import clean_geometry
from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _, ngettext
from ompm_desktop.services import audit
from ompm_desktop.services.desk import Desk
from ompm_desktop.services.fields import shown_number
from ompm_desktop.services.neighbourhoods import BOUNDARY, NeighbourhoodService
from ompm_desktop.transfer.mapping import normalized

SHOWN_NAMES = 30
_NUMBERED = re.compile(r"\s*\(\d+\)\s*$")  # Toronto's "Casa Loma (96)"


class BoundaryFileError(DeskError):
    """A boundary file that cannot be used: nothing was written."""


@dataclass
class BoundaryImport:
    """What an import of boundaries did."""

    file: str
    name_field: str
    stored: list[str] = field(default_factory=list)  # the neighbourhoods given a boundary
    unmatched: list[str] = field(default_factory=list)  # the features' names, once each
    not_polygons: int = 0  # features with no Polygon or MultiPolygon (points, lines, none)

    def summary(self) -> str:
        return ngettext("Boundary stored for {count} neighbourhood from {file} (names read "
                        "from the field '{field}').",
                        "Boundaries stored for {count} neighbourhoods from {file} (names read "
                        "from the field '{field}').", len(self.stored)).format(
            count=len(self.stored), file=self.file, field=self.name_field)

    def unmatched_line(self) -> str:
        """One line naming the features that match no neighbourhood ('' if none)."""
        if not self.unmatched:
            return ""
        names = ", ".join(self.unmatched[:SHOWN_NAMES])
        if len(self.unmatched) > SHOWN_NAMES:
            names += _(" and {count} more").format(count=len(self.unmatched) - SHOWN_NAMES)
        return ngettext("{count} feature matches no neighbourhood and was left out: {names}.",
                        "{count} features match no neighbourhood and were left out: {names}.",
                        len(self.unmatched)).format(
            count=len(self.unmatched), names=names)

    def lines(self) -> list[str]:
        lines = [self.summary()]
        if self.unmatched:
            lines.append(self.unmatched_line())
        if self.not_polygons:
            lines.append(ngettext(
                "{count} feature has no polygon (a point, a line or nothing) and was left out.",
                "{count} features have no polygon (a point, a line or nothing) and were left "
                "out.", self.not_polygons).format(count=self.not_polygons))
        return lines


def name_key(name: object) -> str:
    """A name as matched: 'École St. James' and 'ecole st james' are the same."""
    return normalized(str(name or ""))


def read_features(path: Path) -> list[dict[str, Any]]:
    """The features of a GeoJSON FeatureCollection; one clear line if it is not one."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BoundaryFileError(_("There is no file at {path}.").format(path=path)) from None
    except OSError as exc:
        raise BoundaryFileError(_("{name} cannot be read ({reason}).").format(
            name=path.name, reason=exc.strerror or exc)) from None
    if not raw.strip():
        raise BoundaryFileError(_("{name} is empty: export the boundaries again.").format(
            name=path.name))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BoundaryFileError(_(
            "{name} is not a text file: it may be encrypted, compressed or another kind of "
            "file. Choose the boundaries saved as GeoJSON (.geojson or .json).").format(
                name=path.name)) from None
    except json.JSONDecodeError as exc:
        raise BoundaryFileError(_(
            "{name} is damaged or is not GeoJSON (line {line}: {reason}). Export the "
            "boundaries again as GeoJSON.").format(
                name=path.name, line=exc.lineno, reason=exc.msg)) from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" \
            or not isinstance(data.get("features"), list):
        raise BoundaryFileError(_(
            "{name} is not a GeoJSON FeatureCollection: export the boundaries as GeoJSON, "
            "one feature per neighbourhood.").format(name=path.name))
    features = [f for f in data["features"] if isinstance(f, dict)]
    if not features:
        raise BoundaryFileError(_("{name} holds no features.").format(name=path.name))
    return features


def checked_geometry(geometry: Any, number: int, name: str) -> dict[str, Any] | None:
    """The feature's Polygon or MultiPolygon, as a MultiPolygon; None for another kind."""
    try:
        return clean_geometry(geometry)
    except ValueError:
        raise BoundaryFileError(_(
            "Feature {number} ('{name}') has a damaged boundary: each ring must be a list of "
            "at least four [x, y] positions. Export the boundaries again.").format(
                number=number, name=name)) from None


def choose_name_field(features: list[dict[str, Any]], names: set[str]) -> str:
    """The property whose values name the most neighbourhoods (ties: one called name)."""
    matches: Counter[str] = Counter()
    seen: list[str] = []
    for feature in features:
        properties = feature.get("properties") or {}
        for key, value in properties.items() if isinstance(properties, dict) else ():
            if key not in seen:
                seen.append(key)
            if isinstance(value, str) and _matching_key(value, names):
                matches[key] += 1
    if not seen:
        raise BoundaryFileError(_("The features have no properties, so none can be matched "
                                  "to a neighbourhood by name."))
    return max(seen, key=lambda key: (matches[key], "name" in key.casefold(), -seen.index(key)))


def _matching_key(name: str, names: set[str] | dict[str, str]) -> str | None:
    for key in (name_key(name), name_key(_NUMBERED.sub("", name))):
        if key in names:
            return key
    return None


def import_boundaries(desk: Desk, path: Path | str, name_field: str | None = None
                      ) -> BoundaryImport:
    """Store the boundary of each neighbourhood a feature names (replacing any it had)."""
    path = Path(path)
    features = read_features(path)
    hoods = {name_key(name): hood for hood, name in desk.db.execute(
        "SELECT id, name FROM neighbourhood WHERE deleted_at IS NULL ORDER BY name")}
    field_name = name_field or choose_name_field(features, set(hoods))
    result = BoundaryImport(path.name, field_name)
    polygons: dict[str, list[Any]] = {}
    for number, feature in enumerate(features, 1):
        properties = feature.get("properties")
        name = str((properties or {}).get(field_name) or "").strip() \
            if isinstance(properties, dict) else ""
        geometry = checked_geometry(feature.get("geometry"), number, name)
        if geometry is None:
            result.not_polygons += 1
            continue
        key = _matching_key(name, hoods)
        if key is None:
            label = name or _("(feature {number}, no name)").format(number=number)
            if label not in result.unmatched:
                result.unmatched.append(label)
            continue
        polygons.setdefault(hoods[key], []).extend(geometry["coordinates"])
    if not polygons:
        unnamed = BoundaryFileError(_(
            "No feature of {name} names a neighbourhood of this division (names read from the "
            "field '{field}'; the features' fields: {fields}). Add the neighbourhoods first, "
            "or check that the file is of this division.").format(
                name=path.name, field=field_name, fields=", ".join(_fields(features))))
        unnamed.command_line = unnamed.message + " " + _(
            "Give the field that holds their names with --name-field.")
        raise unnamed
    names = {hood: name for hood, name in desk.db.execute(
        "SELECT id, name FROM neighbourhood WHERE deleted_at IS NULL")}
    texts = {hood: json.dumps({"type": "MultiPolygon", "coordinates": parts})
             for hood, parts in polygons.items()}
    most = NeighbourhoodService.fields[BOUNDARY].max_length
    for hood, text in texts.items():
        if len(text) > most:
            raise BoundaryFileError(_(
                "The boundary of {name} is larger than the app keeps ({size} characters; "
                "at most {most}): simplify the boundaries (e.g. to 1 m) and export them "
                "again.").format(name=names[hood], size=shown_number(len(text)),
                                 most=shown_number(most)))
    now = desk.context.now()
    with desk.db.atomic():  # the neighbourhoods' own field: a sync takes it to every copy
        desk.db.conn.executemany(
            f"UPDATE neighbourhood SET {BOUNDARY} = ?, updated_at = ? WHERE id = ?",
            [(text, now, hood) for hood, text in texts.items()])
        audit.record_change(
            desk.db, at=now, actor=desk.actor, action="import", table="neighbourhood",
            row_id=None, before=None,
            after={"file": path.name, "kind": "boundaries", "updated": len(polygons),
                   "unmatched": len(result.unmatched)})
    result.stored = sorted(names[hood] for hood in polygons)
    return result


def _fields(features: list[dict[str, Any]]) -> list[str]:
    found: list[str] = []
    for feature in features[:50]:
        properties = feature.get("properties")
        for key in properties if isinstance(properties, dict) else ():
            if key not in found:
                found.append(key)
    return found


def boundary_count(desk: Desk) -> int:
    """The neighbourhoods (not deleted) that have a boundary."""
    return int(desk.db.execute(
        f"SELECT count(*) FROM neighbourhood WHERE deleted_at IS NULL AND {BOUNDARY} != ''"
    ).fetchone()[0])
