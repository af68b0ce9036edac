"""Many profiles on every core: a pool of processes, each with its own read-only connection
(the passphrase handed to it for an encrypted file), makes the same profiles, in the same
order and language, as one process; the files are named and written by the caller."""

import multiprocessing
import sys
import threading
from io import BytesIO

import pytest
from pdf_checks import all_text
from pypdf import PdfReader

from ompm_desktop.i18n import language_of
from ompm_desktop.reports import profile, profiles_in_parallel
from ompm_desktop.reports.profile import (
    ProfilesCancelledError,
    profile_document,
    write_profiles,
)
from ompm_desktop.reports.profiles_in_parallel import profile_pdfs, start_method
from ompm_desktop.services.desk import Desk


def text(content: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(BytesIO(content)).pages)


@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_a_pool_makes_what_one_process_makes_in_order_and_in_french(demo_db, method,
                                                                     monkeypatch):
    monkeypatch.setattr(profiles_in_parallel, "start_method", lambda: method)
    desk = Desk.open(demo_db)
    try:
        desk.actor = "Sgt. Tremblay"
        ids = [row["id"] for row in desk.neighbourhoods.list()]
        with language_of("fr"):
            alone = [profile_document(desk, hood, False) for hood in ids]
        pooled = list(profile_pdfs(desk, ids, processes=2, language="fr",
                                   include_personal=False))
    finally:
        desk.close()
    assert [name for name, _ in pooled] == [name for name, _ in alone]
    assert [text(pdf) for _, pdf in pooled] == [text(pdf) for _, pdf in alone]
    assert "Profil du quartier" in text(pooled[0][1])


def test_an_encrypted_division_s_profiles_in_a_folder_on_two_processes(tmp_path, monkeypatch):
    monkeypatch.setattr(profile, "processes_for", lambda desk, count: 2)
    desk = Desk.open(tmp_path / "division.db", create=True, passphrase="Tulip-Lantern-42")
    try:
        names = [f"Quartier {number}" for number in range(9)]
        desk.neighbourhoods.create_many({"name": name} for name in names)
        told: list[int] = []
        written = write_profiles(desk, tmp_path / "profiles",
                                 progress=lambda done, total, name: told.append(done))
    finally:
        desk.close()
    assert [path.name for path in written] == [f"quartier-{n}.pdf" for n in range(9)]
    assert [name in all_text(path) for name, path in zip(names, written, strict=True)] == [
        True] * 9
    assert told[:9] == list(range(9)) and told[-1] == 9


def test_cancelling_a_pooled_batch_keeps_the_profiles_written_and_stops_the_processes(
        tmp_path, monkeypatch):
    monkeypatch.setattr(profile, "processes_for", lambda desk, count: 2)
    desk = Desk.open(tmp_path / "division.db", create=True)
    try:
        desk.neighbourhoods.create_many({"name": f"Secteur {n}"} for n in range(10))
        asked: list[int] = []

        def cancelled() -> bool:
            asked.append(1)
            return len(asked) > 3

        with pytest.raises(ProfilesCancelledError, match="3 profiles already made were kept"):
            write_profiles(desk, tmp_path / "out", cancelled=cancelled)
    finally:
        desk.close()
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "secteur-0.pdf", "secteur-1.pdf", "secteur-2.pdf"]
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_the_processes_are_copies_only_of_a_process_without_qt_or_other_threads(monkeypatch):
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    for name in [name for name in sys.modules if name.startswith("PySide6")]:
        monkeypatch.delitem(sys.modules, name)
    assert start_method() == "fork"  # the command line
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert start_method() == "spawn"  # a thread could hold a lock the copy would keep
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setitem(sys.modules, "PySide6.QtCore", object())
    assert start_method() == "spawn"  # the window
