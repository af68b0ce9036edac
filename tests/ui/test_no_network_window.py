"""The main window opens offscreen on a demo division with sockets refused: nothing it shows
at start-up reaches for the network."""

import socket

from records_helpers import show_window

from ompm_desktop.cli.demo import build_demo_file
from ompm_desktop.services.desk import Desk


def test_the_main_window_opens_and_shows_every_page_offline(qtbot, tmp_path, monkeypatch):
    used = []

    def refused(*args, **kwargs):
        used.append(args[:2])
        raise OSError("the network is not allowed here")
    for name in ("socket", "create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refused)
    path = tmp_path / "demo.db"
    build_demo_file(path)
    window = show_window(qtbot, Desk.open(path, writer=True))
    for index in range(window.pages.count()):
        window.show_page(index)
        assert window.pages.currentIndex() == index
    assert window.windowTitle().startswith("DEMO – NOT A RECORD - North Division")
    window.close()
    window.desk.close()
    assert used == []
