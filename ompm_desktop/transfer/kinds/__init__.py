"""The kinds of record a file can bring in, by the name the command line uses."""

from __future__ import annotations

from ompm_desktop.errors import DeskError
from ompm_desktop.i18n import _
from ompm_desktop.transfer.kinds.address_points import AddressPointImport
from ompm_desktop.transfer.kinds.base import ImportKind
from ompm_desktop.transfer.kinds.calls import CallImport
from ompm_desktop.transfer.kinds.contacts import ContactImport
from ompm_desktop.transfer.kinds.indicators import IndicatorImport
from ompm_desktop.transfer.kinds.neighbourhoods import NeighbourhoodImport
from ompm_desktop.transfer.kinds.officers import OfficerImport
from ompm_desktop.transfer.kinds.partners import PartnerImport
from ompm_desktop.transfer.kinds.plan_risks import PlanRiskImport

KINDS: dict[str, type[ImportKind]] = {
    kind.name: kind
    for kind in (OfficerImport, PartnerImport, NeighbourhoodImport, ContactImport,
                 IndicatorImport, CallImport, PlanRiskImport, AddressPointImport)
}


class UnknownKindError(DeskError):
    pass


def kind_named(name: str) -> type[ImportKind]:
    try:
        return KINDS[name]
    except KeyError:
        raise UnknownKindError(
            _("'{name}' is not a kind of record to import; use one of: {kinds}.").format(
                name=name, kinds=", ".join(KINDS))
        ) from None
