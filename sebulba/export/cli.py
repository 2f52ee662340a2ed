"""`sebulba export CHECKPOINT -o bot.py`: write the CodinGame bot (the search hybrid, or `--no-search` the
network alone) and report its size."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sebulba.bots.bundle import BundleError
from sebulba.export.exporter import load_actor, quantisation_error, render_bot
from sebulba.fileio import atomic_write_text


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export a checkpoint as one pure-Python CodinGame bot")
    parser.add_argument("checkpoint", type=Path, help="a training checkpoint or a shipped model (.pt)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument(
        "--per-tensor", action="store_true", help="one int8 scale per tensor instead of per row"
    )
    parser.add_argument(
        "--no-search",
        action="store_true",
        help="the network alone (no trajectory search): the bot shipped before the search pilot",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        model = load_actor(args.checkpoint)
    except (OSError, ValueError, RuntimeError) as error:
        print(f"error: cannot read {args.checkpoint}: {error}", file=sys.stderr)
        return 2
    per_row = not args.per_tensor
    try:
        text = render_bot(model, per_row=per_row, name=args.checkpoint.stem, search=not args.no_search)
    except BundleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    atomic_write_text(args.output, text)
    error = quantisation_error(model, per_row)
    print(f"wrote {args.output}")
    print(f"characters: {len(text)}")
    print(
        f"quantisation: {'per row' if per_row else 'per tensor'}, max |error| {error['max_abs_error']:.5f}, "
        f"mean |error| {error['mean_abs_error']:.6f} (largest weight {error['max_abs_weight']:.3f})"
    )
    return 0
