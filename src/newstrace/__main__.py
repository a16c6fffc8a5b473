"""`python -m newstrace`: the same command as `newstrace`."""

import sys

from newstrace.cli import main

sys.exit(main())
