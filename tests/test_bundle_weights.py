"""The bundle's weights are told part by part (packaging/bundle_weights.py), and reportlab's C
accelerator is installed and named for PyInstaller (reportlab imports it in an exec())."""

import importlib.util
from pathlib import Path

import reportlab.lib.rl_accel

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("bundle_weights",
                                              ROOT / "packaging" / "bundle_weights.py")
assert spec is not None and spec.loader is not None
bundle_weights = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bundle_weights)


def test_each_file_is_weighed_in_its_part_and_a_link_once(tmp_path):
    bundle = tmp_path / "ompm-desktop"
    files = {"ompm": 300, "_internal/PySide6/Qt/lib/libicudata.so.73": 1000,
             "_internal/PySide6/Qt/lib/libQt6Core.so.6": 500,
             "_internal/sqlcipher3/_sqlite3.so": 200, "_internal/libX11.so.6": 50}
    for name, size in files.items():
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(b"x" * size)
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    weights = dict(bundle_weights.weights(bundle))
    assert weights == {
        "Qt: ICU (Unicode data and libraries Qt Core links)": 1000,
        "Qt: libraries (Core, Gui, Widgets, Svg, DBus, XcbQpa, Wayland, OpenGL)": 500,
        "the two programs (each with the app's compiled Python code)": 300,
        "SQLite: SQLCipher (sqlcipher3, encrypted files)": 200,
        "system libraries (X11/xcb, GLib, D-Bus, OpenSSL, fontconfig, ...)": 50}


def test_reportlab_measures_text_with_its_c_accelerator_in_the_bundle_too():
    assert type(reportlab.lib.rl_accel.fp_str).__name__ == "builtin_function_or_method"
    assert 'core_modules.append("_rl_accel")' in (
        ROOT / "packaging" / "ompm.spec").read_text(encoding="utf-8")
