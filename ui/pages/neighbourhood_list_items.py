"""The entries of the Neighbourhoods page's list: the division overview first, then each
neighbourhood with its quadrant (icon and name), beat and date of assessment; a hint when
there are none. Their words are the page's (Qt Linguist context NeighbourhoodsPage)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ompm_desktop.queries.display import quadrant_name
from ui.diagram.quadrant_swatch import quadrant_icon

OVERVIEW = ""  # the list entry of the division overview


def fill_list(hoods: QListWidget, rows: list[dict[str, Any]], beat_chosen: bool
              ) -> QListWidgetItem:
    """Fill the list (cleared first); returns the overview's entry."""
    hoods.clear()
    overview = QListWidgetItem(QCoreApplication.translate(
        "NeighbourhoodsPage", "Division overview\nEvery neighbourhood at its latest assessment"))
    overview.setData(Qt.ItemDataRole.UserRole, OVERVIEW)
    hoods.addItem(overview)
    for row in rows:
        place = quadrant_name(row["quadrant"]) if row["quadrant"] else QCoreApplication.translate(
            "NeighbourhoodsPage", "Not assessed yet")
        when = (QCoreApplication.translate("NeighbourhoodsPage", "assessed {0}").format(
            row["assessed_on"]) if row["assessed_on"] else "")
        details = " · ".join(part for part in (row["beat"] or "", when) if part)
        item = QListWidgetItem(f"{row['name']}\n{place}" + (f"\n{details}" if details else ""))
        item.setIcon(quadrant_icon(row["quadrant"] if row["quadrant"] != "unplaced" else None))
        item.setData(Qt.ItemDataRole.UserRole, row["id"])
        item.setToolTip(f"{place}\n{details}")
        hoods.addItem(item)
    if not rows:
        hint = QListWidgetItem(QCoreApplication.translate(
            "NeighbourhoodsPage",
            "No neighbourhood is in this beat. Choose All beats, or give one this beat in its "
            "Details…") if beat_chosen else QCoreApplication.translate(
            "NeighbourhoodsPage",
            "No neighbourhoods here yet. Add one with New neighbourhood… (Ctrl+N), or import "
            "a spreadsheet from File > Import."))
        hint.setFlags(Qt.ItemFlag.NoItemFlags)
        hoods.addItem(hint)
    return overview


def item_of(hoods: QListWidget, neighbourhood_id: str) -> QListWidgetItem | None:
    """The entry of a neighbourhood (or of the overview), if the list shows it."""
    for row in range(hoods.count()):
        item = hoods.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == neighbourhood_id:
            return item
    return None
