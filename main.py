"""Start the community policing desk: `python main.py [--db PATH | --demo] [--quit-after-show]`."""

import gc
import sys

# Start-up makes objects that live as long as the app (modules, classes, the window): the
# collector walking them again and again while the app starts is time lost before the window
# shows. ui.app turns it back on once the window has painted.
gc.disable()

# The core the window starts with, imported before Qt: PySide6 then takes a Python look at
# every module imported after it (its __feature__ support), which costs start-up 20-30 ms.
import ompm_desktop.current_user  # noqa: E402, F401
import ompm_desktop.logging_setup  # noqa: E402, F401
import ompm_desktop.services.desk  # noqa: E402, F401
import ompm_desktop.today  # noqa: E402, F401
import ompm_desktop.transfer.backup  # noqa: E402, F401  (the File menu's backups)
from ui.app import run  # noqa: E402

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # the bundle's profile processes start as this program
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(run())
