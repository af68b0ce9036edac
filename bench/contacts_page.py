"""How fast the contacts list opens and answers a search on the large division (200,000
contacts): first the core queries, then the Contacts page itself (Qt, offscreen). Prints
the figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/contacts_page.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_division import large_division_path
from timing import timed

from ompm_desktop.queries import CONTACTS, ListRequest
from ompm_desktop.services.desk import Desk


def core_figures(desk: Desk) -> None:
    context = desk.context
    print("core queries (median of 5 runs)")
    cases = [
        ("count, all contacts", lambda: CONTACTS.count(context)),
        ("first page (200), newest first", lambda: len(CONTACTS.page(context))),
        ("page at offset 100,000", lambda: len(CONTACTS.page(context, offset=100_000))),
    ]
    for column in ("officer", "neighbourhood", "kind", "partners", "follow_up_state"):
        cases.append((f"first page sorted by {column}",
                      lambda c=column: len(CONTACTS.page(context, ListRequest(sort=c)))))
    for typed in ("g", "gr", "graf", "graffiti", "graffiti plaza", "officer1", "zzzz"):
        request = ListRequest(search=typed)
        cases.append((f"search '{typed}': first page",
                       lambda r=request: len(CONTACTS.page(context, r))))
        cases.append((f"search '{typed}': count",
                      lambda r=request: CONTACTS.count(context, r)))
    cases.append(("filter follow-ups due: first page", lambda: len(CONTACTS.page(
        context, ListRequest(filters={"follow_up": "due"})))))
    for label, action in cases:
        took, result = timed(action)
        print(f"  {label:<42} {took:8.1f} ms   ({result:,})")


def main() -> None:
    path = large_division_path()
    desk = Desk.open(path)
    try:
        print(f"{path.name}: {desk.contacts.count():,} contacts, "
              f"{desk.partners.count():,} partners, {desk.officers.count():,} officers")
        core_figures(desk)
        try:
            from contacts_page_ui import ui_figures
        except ImportError:
            return
        ui_figures(desk)
    finally:
        desk.close()


if __name__ == "__main__":
    main()
