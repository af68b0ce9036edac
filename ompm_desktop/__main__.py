import sys

from ompm_desktop.cli import main

sys.exit(main())
