"""Neighbourhood profiles: one or two pages per neighbourhood, alone or in a batch (one
PDF holding them all, or one PDF each in a folder), with progress and a way to cancel."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, PageBreak

from ompm_desktop.clock import today
from ompm_desktop.errors import DeskError, NotFoundError
from ompm_desktop.i18n import _, current_language, language_of
from ompm_desktop.queries.display import number
from ompm_desktop.reports.document import RunningTitle, build_pdf, document_info, render_pdf
from ompm_desktop.reports.document import write_whole as write_file
from ompm_desktop.reports.profile_model import model_words, participation
from ompm_desktop.reports.profile_sections import (
    contacts_section,
    initiatives_section,
    partners_section,
)
from ompm_desktop.reports.profile_standing import (
    standing_diagram,
    standing_facts,
    trajectory_table,
)
from ompm_desktop.reports.profiles_in_parallel import processes_for, profile_pdfs
from ompm_desktop.reports.styles import SUBTITLE, TITLE, gap, heading, para
from ompm_desktop.services.audit import record_disclosure

if TYPE_CHECKING:
    from ompm_desktop.services.desk import Desk

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ProfilesCancelledError(DeskError):
    """The user stopped a batch; the message says what, if anything, was kept."""


def _neighbourhood(desk: Desk, neighbourhood_id: str) -> dict[str, Any]:
    return desk.neighbourhoods.get(neighbourhood_id)


def find_neighbourhood(desk: Desk, name: str) -> dict[str, Any]:
    """A neighbourhood by its name (any case), or a DeskError naming a few that exist."""
    found = desk.neighbourhoods.find_by_name(name)
    if found is None:
        known = [row["name"] for row in desk.neighbourhoods.list(limit=5)]
        hint = f" Known neighbourhoods include: {', '.join(known)}." if known else (
            " There are no neighbourhoods in this database yet.")
        raise NotFoundError(f"There is no neighbourhood named '{name}'.{hint}")
    return found


def profile_story(desk: Desk, neighbourhood: dict[str, Any], *,
                  include_personal: bool = False) -> list[Flowable]:
    """The flowables of one neighbourhood's profile."""
    neighbourhood_id = neighbourhood["id"]
    on = today(desk.context.clock)
    beat = desk.beats.get(neighbourhood["beat_id"]) if neighbourhood["beat_id"] else None
    settings = desk.settings
    facts = [
        beat["name"] if beat else _("No beat"),
        _("population {number}").format(number=number(neighbourhood["population"]))
        if neighbourhood["population"] is not None else "",
        f"{settings.get('service_name')} - {settings.get('division_name')}",
    ]
    history = desk.assessments.history(neighbourhood_id)
    latest = history[-1] if history else None
    story: list[Flowable] = [
        RunningTitle(_("Neighbourhood profile") + f" · {neighbourhood['name']}"),
        para(neighbourhood["name"], TITLE),
        para(" · ".join(fact for fact in facts if fact), SUBTITLE),
    ]
    if neighbourhood["description"]:
        story.append(para(neighbourhood["description"]))
    story += [*heading(_("Where it stands on the model")), *standing_facts(latest)]
    story += participation(latest)
    if latest is not None:
        story += standing_diagram(desk, neighbourhood_id, neighbourhood["name"])
    story += trajectory_table(history)
    story += partners_section(desk, neighbourhood_id, include_personal=include_personal)
    story += initiatives_section(desk, neighbourhood_id)
    story += contacts_section(desk, neighbourhood_id, on)
    story += model_words(latest)
    story.append(gap(2))
    return story


def _info(desk: Desk, title: str, include_personal: bool) -> Any:
    return document_info(
        desk, title=title,
        subject=_("Neighbourhood profile: place on the model, partners, initiatives, "
                  "contacts"),
        include_personal=include_personal,
    )


def write_profile(desk: Desk, neighbourhood_id: str, out: Path | str, *,
                  include_personal: bool = False, language: str | None = None) -> Path:
    """One neighbourhood's profile, in the language given or else the settings' one."""
    with language_of(language or desk.settings.get("language")):
        neighbourhood = _neighbourhood(desk, neighbourhood_id)
        story = profile_story(desk, neighbourhood, include_personal=include_personal)
        title = _("Neighbourhood profile") + f" - {neighbourhood['name']}"
        written = build_pdf(story, out, _info(desk, title, include_personal))
    record_disclosure(desk, "print", "neighbourhood", written.name, profiles=1,
                      personal=include_personal)
    return written


def profile_document(desk: Desk, neighbourhood_id: str, include_personal: bool
                     ) -> tuple[str, bytes]:
    """A neighbourhood's name and its profile's PDF, in the current language."""
    neighbourhood = _neighbourhood(desk, neighbourhood_id)
    pages = profile_story(desk, neighbourhood, include_personal=include_personal)
    title = _("Neighbourhood profile") + f" - {neighbourhood['name']}"
    return neighbourhood["name"], render_pdf(pages, _info(desk, title, include_personal))


def file_name(name: str, taken: set[str]) -> str:
    """A file name from a neighbourhood's name: letters (accents kept) and digits."""
    stem = re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-_").lower() or "profile"
    candidate, count = f"{stem}.pdf", 1
    while candidate in taken:
        count += 1
        candidate = f"{stem}-{count}.pdf"
    taken.add(candidate)
    return candidate


def _ids(desk: Desk, neighbourhood_ids: Sequence[str] | None) -> list[str]:
    if neighbourhood_ids is not None:
        return list(neighbourhood_ids)
    return [row["id"] for row in desk.neighbourhoods.iter()]


def write_profiles(desk: Desk, out: Path | str, *, neighbourhood_ids: Sequence[str] | None = None,
                   include_personal: bool = False, progress: Progress | None = None,
                   cancelled: Cancelled | None = None, language: str | None = None,
                   ) -> list[Path]:
    """Profiles of many neighbourhoods (all of them by default, by name). A target ending in
    .pdf gets them all, one after the other; any other target is a folder (made if needed)
    that gets one PDF each. Returns the files written. In the language given, or else the
    settings' one."""
    with language_of(language or desk.settings.get("language")):
        written = _write_profiles(desk, out, neighbourhood_ids=neighbourhood_ids,
                                  include_personal=include_personal, progress=progress,
                                  cancelled=cancelled)
    record_disclosure(desk, "print", "neighbourhood", Path(out).name, files=len(written),
                      personal=include_personal)
    return written


def _write_profiles(desk: Desk, out: Path | str, *, neighbourhood_ids: Sequence[str] | None,
                    include_personal: bool, progress: Progress | None,
                    cancelled: Cancelled | None) -> list[Path]:
    target = Path(out)
    ids = _ids(desk, neighbourhood_ids)
    if not ids:
        raise DeskError(_("There are no neighbourhoods to profile yet."))
    one_file = target.suffix.lower() == ".pdf"
    if not one_file:
        _make_folder(target)
    story: list[Flowable] = []
    written: list[Path] = []
    taken: set[str] = set()
    total = len(ids)

    def check(done: int, name: str) -> None:
        if cancelled is not None and cancelled():
            kept = (_("Making the profiles was cancelled. The {n} profiles already made were "
                      "kept in {folder}.").format(n=len(written), folder=target)
                    if written else _("Making the profiles was cancelled. Nothing was written."))
            raise ProfilesCancelledError(kept)
        if progress is not None:
            progress(done, total, name)

    if not one_file:
        # One PDF each: on every core when there are many (each process its own read-only
        # connection); the files are named and written here, in order, as they come.
        processes = processes_for(desk, total)
        made = profile_pdfs(desk, ids, processes=processes, language=current_language(),
                            include_personal=include_personal) if processes else (
            profile_document(desk, neighbourhood_id, include_personal)
            for neighbourhood_id in ids)
        try:
            for done, (name, content) in enumerate(made):
                check(done, name)
                path = target / file_name(name, taken)
                write_file(path, content)
                written.append(path)
        finally:
            made.close()
    for done, neighbourhood_id in enumerate(ids if one_file else ()):
        neighbourhood = _neighbourhood(desk, neighbourhood_id)
        pages = profile_story(desk, neighbourhood, include_personal=include_personal)
        # The layout is the slow part: progress is told as each profile is laid out.
        tick = _Tick(partial(check, done, neighbourhood["name"]))
        story += ([PageBreak()] if story else []) + [tick, *pages]
    if one_file:
        title = _("Neighbourhood profiles") + f" - {desk.settings.get('division_name')}"
        content = render_pdf(story, _info(desk, title, include_personal))
        check(total, "Saving")
        write_file(target, content)
        written.append(target)
    if progress is not None:
        progress(total, total, "Done")
    return written


class _Tick(Flowable):
    """Calls back when laid out; what it raises stops the layout."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.callback()


def _make_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise DeskError(_("{path} is a file; give a folder, or a file name ending in "
                          ".pdf.").format(path=folder))
    if not folder.parent.is_dir():
        raise DeskError(_("The folder {folder} does not exist; choose another place.").format(
            folder=folder.parent))
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise DeskError(_("The folder {folder} could not be made: {reason}.").format(
            folder=folder, reason=error.strerror)) from None
