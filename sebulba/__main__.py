import sys

from sebulba.cli import main

sys.exit(main())
