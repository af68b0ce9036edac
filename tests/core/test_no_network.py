"""The app never uses the network: with sockets refused, the main flows all succeed (build
the demo, import a CSV, export, back up, write a briefing PDF and a profile PDF). The main
window opening offscreen under the same guard is tests/ui/test_no_network_window.py."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from ompm_desktop.cli import main
from ompm_desktop.clock import today
from ompm_desktop.services.desk import Desk


class NetworkUsed(AssertionError):
    pass


def refuse_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args, **kwargs):
        raise NetworkUsed(f"the network was used: {args[:2]}")
    monkeypatch.setattr(socket, "socket", refused)
    monkeypatch.setattr(socket, "create_connection", refused)
    monkeypatch.setattr(socket, "getaddrinfo", refused)


@pytest.fixture
def offline(monkeypatch):
    refuse_network(monkeypatch)


def test_the_guard_really_refuses(offline):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 443))
    with pytest.raises(NetworkUsed):
        urllib.request.urlopen("http://example.org", timeout=1)


def test_the_main_flows_succeed_offline(offline, tmp_path, capsys):
    db = tmp_path / "division.db"
    assert main(["demo", "--db", str(db)]) == 0
    officers = tmp_path / "officers.csv"
    officers.write_text("Badge,First name,Last name\n9901,Nadia,Belanger\n", encoding="utf-8")
    assert main(["import", "officers", str(officers), "--db", str(db)]) == 0
    exported = tmp_path / "partners.csv"
    assert main(["export", "partners", "--db", str(db), "--out", str(exported)]) == 0
    backup = tmp_path / "backup.db"
    assert main(["backup", "--db", str(db), "--out", str(backup)]) == 0
    briefing = tmp_path / "briefing.pdf"
    assert main(["briefing", "--db", str(db), "--date", today().isoformat(),
                 "--out", str(briefing)]) == 0
    profile = tmp_path / "vanier.pdf"
    assert main(["profile", "--db", str(db), "--neighbourhood", "Vanier",
                 "--out", str(profile)]) == 0, capsys.readouterr().err
    desk = Desk.open(db)
    assert desk.officers.find_by_badge("9901")["last_name"] == "Belanger"
    desk.close()
    assert exported.read_text(encoding="utf-8-sig").count("\n") > 5
    assert backup.stat().st_size > 0
    for pdf in (briefing, profile):
        assert pdf.read_bytes().startswith(b"%PDF"), pdf
