"""The one command line, `sebulba`, with a sub-command per job; each module adds its own parser."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from sebulba import __version__

SUBCOMMAND_MODULES = (
    "sebulba.simulation.verify",
    "sebulba.training.cli",
    "sebulba.training.evaluation",
    "sebulba.training.distill",
    "sebulba.arena.cli",
    "sebulba.export.cli",
    "sebulba.web.cli",
    "sebulba.info",
)
"""Modules exposing `add_parser(subparsers)`; each sub-command sets `func(args) -> exit code`."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sebulba", description="Train, test and ship a Mad Pod Racing bot.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name).add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
