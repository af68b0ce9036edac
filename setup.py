"""The one part of the app written in C: the label search of the diagrams
(ompm_desktop/diagram/_spot_search.c). Optional: where no C compiler is at hand the app
installs without it and searches in Python, placing every label on the same spot."""

from setuptools import Extension, setup

setup(ext_modules=[Extension(
    "ompm_desktop.diagram._spot_search",
    ["ompm_desktop/diagram/_spot_search.c"],
    # No fused multiply-add: every sum rounds as Python's does, so both searches agree.
    extra_compile_args=["-ffp-contract=off", "-O2"],
    optional=True,
)])
