"""The core must run without Qt: import every module of it with PySide6 made unimportable."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_core_module_imports_without_qt():
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "ui"):
                    raise ImportError(f"the core imported {name}")
                return None

        sys.meta_path.insert(0, BlockQt())
        import ompm_desktop
        names = [m.name for m in pkgutil.walk_packages(ompm_desktop.__path__, "ompm_desktop.")]
        for name in names:
            if name.endswith("__main__"):
                continue
            importlib.import_module(name)
        assert not any(m.split(".")[0] in ("PySide6", "shiboken6") for m in sys.modules)
        print(len(names))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10
