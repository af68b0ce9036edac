"""The quadrant diagram on screen: scene, view, and the panel beside it."""
