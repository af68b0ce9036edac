"""The diagram out of the window: an image on the clipboard, an SVG or PNG file.

Files are written by the core's renderer (the same drawing as the PDFs) when it is there;
the scene's own rendering is the stand-in otherwise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from ompm_desktop.diagram.shapes import DiagramLayout
from ompm_desktop.errors import ValidationError

FORMATS = (".svg", ".png")


def render_image(scene: QGraphicsScene, scale: float = 2.0) -> QImage:
    """The whole diagram as an image, `scale` pixels to the point (sharp when pasted)."""
    source = scene.sceneRect()
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    scene.clearSelection()
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    return image


def write_scene(scene: QGraphicsScene, path: Path) -> Path:
    """The scene as drawn on screen, to an SVG or PNG file."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        if not render_image(scene).save(str(path), b"PNG"):
            raise OSError(QCoreApplication.translate("DiagramExport", "Could not write {0}.")
                          .format(path))
        return path
    source = scene.sceneRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(QCoreApplication.translate("DiagramExport", "Quadrant diagram"))
    painter = QPainter(generator)
    scene.clearSelection()
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    return path


def export_file(layout: DiagramLayout, scene: QGraphicsScene, path: Path) -> Path:
    """Write the diagram to `path` (.svg or .png)."""
    if path.suffix.lower() not in FORMATS:
        wrong = path.suffix or path.name
        raise ValidationError(QCoreApplication.translate(
            "DiagramExport", "Save the diagram as .svg or .png, not '{0}'.").format(wrong))
    try:
        from ompm_desktop.diagram.drawing import export_diagram
    except ImportError:
        return write_scene(scene, path)
    written = export_diagram(layout, path)
    return Path(written) if written else path
