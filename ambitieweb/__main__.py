import sys

from ambitieweb.cli import main

sys.exit(main())
