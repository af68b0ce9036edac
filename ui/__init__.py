"""The Qt layer: the window, pages, dialogs and the diagram; wires widgets to the core."""
