"""Tab in reading order: top to bottom, left to right, whatever order the widgets were made in."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _takes_tab(widget: QWidget) -> bool:
    return widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus


def tab_stops_inside(container: QWidget) -> list[QWidget]:
    """The controls inside container that Tab stops on, in the order Tab meets them now. A
    control made of others (a spin box, a tab widget, a picker) counts once: its parts
    move with it."""
    stops: list[QWidget] = []
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container and container.isAncestorOf(widget):
        inside_a_stop = any(stop.isAncestorOf(widget) for stop in stops)
        if _takes_tab(widget) and not inside_a_stop and widget not in stops:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def chain_tab_order(widgets: Iterable[QWidget]) -> None:
    """Tab goes from each widget to the next one given (hidden ones are passed over). Give
    controls, not the boxes that hold them: Qt leaves a widget Tab never stops on in place."""
    chain = list(widgets)
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)
