"""`python -m sebulba.training`: `sebulba train` alone, the entry point torchrun launches on every rank.

An entry module of its own, so that `ppo.py` (the algorithm) never imports `cli.py` (its command line),
which imports the trainer: no import circle between the two.
"""

import sys

from sebulba.training.cli import main

if __name__ == "__main__":  # a spawned child re-imports the main module as __mp_main__
    sys.exit(main())
