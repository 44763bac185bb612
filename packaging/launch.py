"""Entry point for the frozen (PyInstaller) build."""

import sys

# The program's folder belongs to the installer (/opt/mra-desktop, Program Files): Python
# writes no compiled files beside the migrations it runs from there, so that uninstalling
# leaves nothing behind.
sys.dont_write_bytecode = True

from mra_desktop.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
