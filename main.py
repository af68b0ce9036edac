"""Start the community policing desk: `python main.py [--db PATH | --demo] [--quit-after-show]`."""

import sys

from ui.app import run

if __name__ == "__main__":
    sys.exit(run())
