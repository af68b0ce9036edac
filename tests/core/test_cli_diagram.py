"""`diagram`: the division overview or one neighbourhood, as SVG or PNG, from the command
line; one clear line for a name that is not there."""

import re
from pathlib import Path

import pytest
from PIL import Image

from ompm_desktop.cli import main
from ompm_desktop.diagram.overview import overview_size
from ompm_desktop.services.desk import Desk
from tests.core.test_diagram_layout import TORONTO, assess
from tests.records_division import small_division
from tests.toronto import import_toronto


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "division.db"
    desk = Desk.open(path, create=True)
    d = small_division(desk)
    assess(desk, d.rideau["id"], "2026-04-01", 30, 70)
    assess(desk, d.rideau["id"], "2026-10-01", 42, 61)
    assess(desk, d.westboro["id"], "2026-10-01", 80, 20)
    desk.close()
    return path


def test_the_overview_as_svg(db, tmp_path, capsys):
    out = tmp_path / "overview.svg"
    assert main(["diagram", "--db", str(db), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Rideau Heights" in text and "Westboro" in text
    said = capsys.readouterr().out
    assert "overview of 2 neighbourhoods" in said
    assert "Note: 1 neighbourhood not assessed yet" in said


def test_one_neighbourhood_as_png_in_any_case(db, tmp_path, capsys):
    out = tmp_path / "rideau.png"
    assert main(["diagram", "--db", str(db), "--neighbourhood", "rideau heights",
                 "--out", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "diagram of Rideau Heights" in capsys.readouterr().out


def test_one_beat_only(db, tmp_path):
    out = tmp_path / "b5.svg"
    assert main(["diagram", "--db", str(db), "--beat", "beat 5 - westboro",
                 "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Westboro" in text and "Rideau Heights" not in text


@pytest.mark.parametrize("args, expected", [
    (["--neighbourhood", "Rideau Hights"], "no neighbourhood named 'Rideau Hights'. "
                                           "Did you mean Rideau Heights?"),
    (["--neighbourhood", "Orleans"], "Known ones include: Rideau Heights, Vanier, Westboro."),
    (["--beat", "Beat 9"], "no beat named 'Beat 9'"),
])
def test_an_unknown_name_is_one_clear_line(db, tmp_path, capsys, args, expected):
    out = tmp_path / "x.svg"
    assert main(["diagram", "--db", str(db), *args, "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and expected in err[0]
    assert not out.exists()


def test_another_suffix_is_refused_before_opening_anything(tmp_path, capsys):
    assert main(["diagram", "--db", str(tmp_path / "none.db"), "--out",
                 str(tmp_path / "d.pdf")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["error: --out must end in .svg or .png, not 'd.pdf'."]


@pytest.mark.skipif(not TORONTO.exists(), reason="the Toronto data set is not on this machine")
def test_torontos_overview_is_drawn_taller_to_name_its_140_neighbourhoods(tmp_path, capsys):
    path = tmp_path / "toronto.db"
    desk = Desk.open(path, create=True)
    import_toronto(desk, capacity=50.0)
    desk.close()
    out = tmp_path / "toronto.png"
    assert main(["diagram", "--db", str(path), "--out", str(out)]) == 0
    width, height = Image.open(out).size
    assert width == 1640 and 1280 < height <= 2000
    said = capsys.readouterr().out
    assert "overview of 140 neighbourhoods" in said
    left_off = re.search(r"(\d+) of 140 names left off", said)
    # The threat scores run from 5 to 63 on one column of capacity 50: four in ten named.
    assert left_off is None or int(left_off.group(1)) <= 84
    assert overview_size(12) == (820, 640)
