"""The bundle's command-line program, `ompm`: the same as `python -m ompm_desktop`."""

import multiprocessing
import sys

from ompm_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the profile processes start as this program
    sys.exit(main())
