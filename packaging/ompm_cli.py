"""The bundle's command-line program, `ompm`: the same as `python -m ompm_desktop`."""

import sys

from ompm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
