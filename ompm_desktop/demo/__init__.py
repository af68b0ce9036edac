"""A realistic demo division, for a first start, screenshots and benchmarks."""

from ompm_desktop.demo.generator import DemoSummary, build_demo

__all__ = ["DemoSummary", "build_demo"]
