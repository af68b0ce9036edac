"""Draw the app's icons from resources/icon.svg: the PNG sizes a Linux desktop looks for,
a Windows .ico and a macOS .icns. Run from the project's virtual environment:

    .venv/bin/python packaging/make_icons.py

Qt's own SVG renderer draws each size (offscreen, no display needed), so every size is drawn
from the vector, not scaled from a bitmap; Pillow packs the .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ompm_desktop import APP_ID  # noqa: E402

SOURCE = ROOT / "resources" / "icon.svg"
LINUX_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
LINUX_ICONS = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICON_FOLDER = ROOT / "packaging" / "icons"


def render(size: int) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"{SOURCE} is not an SVG that Qt can draw.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive
    drawn = {size: render(size) for size in sorted({*LINUX_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in LINUX_SIZES:
        folder = LINUX_ICONS / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APP_ID}.png").write_bytes(drawn[size])
    scalable = LINUX_ICONS / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(SOURCE.read_bytes())
    ICON_FOLDER.mkdir(parents=True, exist_ok=True)
    largest = Image.open(io.BytesIO(drawn[256]))
    largest.save(ICON_FOLDER / "ompm.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[Image.open(io.BytesIO(drawn[s])) for s in ICO_SIZES])
    biggest = Image.open(io.BytesIO(drawn[1024]))
    biggest.save(ICON_FOLDER / "ompm.icns",
                 append_images=[Image.open(io.BytesIO(drawn[s])) for s in ICNS_SIZES])
    (ICON_FOLDER / "ompm-256.png").write_bytes(drawn[256])
    print(f"Drew {len(LINUX_SIZES)} Linux sizes, ompm.ico and ompm.icns from {SOURCE.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
