"""Import (and so export) targets made from a service's `fields` table: a column for every
plain field, under the field's label, found by the headings the field lists as aliases."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ompm_desktop.services.fields import Field
from ompm_desktop.transfer.mapping import Target

# Field kinds a target reads as it is (a reference is imported by name, by each kind).
PLAIN_KINDS = frozenset({"text", "int", "real", "bool", "date", "datetime", "choice"})


def plain_field_targets(fields: Mapping[str, Field], *, own: Mapping[str, Target] | None = None,
                        leaving: Sequence[str] = (),
                        after: Mapping[str, Sequence[Target]] | None = None
                        ) -> tuple[Target, ...]:
    """The targets of the plain fields, in the order the service defines them. A file must
    have a column for a required field, unless the field has a default to fall back on.
    A field read its own way (a beat given by name for its reference) has its target given
    in `own`, in the field's place; the fields in `leaving` have no column in a file; targets
    that are no field (the partners linked) follow the field `after` names them under."""
    own, after = own or {}, after or {}
    targets: list[Target] = []
    for name, spec in fields.items():
        if name in own:
            targets.append(own[name])
        elif spec.kind in PLAIN_KINDS and name not in leaving:
            targets.append(Target(
                name, spec.english_label, spec.required and spec.default is None, spec.aliases,
                spec.kind if spec.kind in ("bool", "date", "datetime") else "text"))
        targets.extend(after.get(name, ()))
    return tuple(targets)


def plain_field_names(fields: Mapping[str, Field], *, leaving: Sequence[str] = ()
                      ) -> tuple[str, ...]:
    """The names of the plain fields (what a row's cells are given to the service as)."""
    return tuple(name for name, spec in fields.items()
                 if spec.kind in PLAIN_KINDS and name not in leaving)
