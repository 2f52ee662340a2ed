import sys

from sebulba.cli import main

if __name__ == "__main__":  # not when a spawned child (the control room's trainer) re-imports this module
    sys.exit(main())
