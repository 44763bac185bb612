import sys

from mra_desktop.cli import main

sys.exit(main())
