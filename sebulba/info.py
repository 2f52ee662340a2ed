"""`sebulba info`: the shipped bot's headline figures (from its model card) and the built-in bots.

The figures are read from `sebulba/pretrained/sebulba_actor.json`, where `python -m sebulba.export.ship`
recorded them when they were measured; the bot's size is measured here, by exporting the shipped model in
memory (it is the file `make bot` writes), because the card does not record it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from sebulba.arena.cli import run_bots_list
from sebulba.export.exporter import MAX_BOT_CHARS, load_actor, render_bot
from sebulba.export.ship import PRETRAINED_CARD, PRETRAINED_MODEL

HEADLINE_FIGURES = (
    ("arena win rate vs search", "win_rate_vs_search_"),
    ("arena win rate vs heuristic", "win_rate_vs_heuristic_"),
    ("runner benchmark, mean turns", "runner_mean_turns_"),
    ("time a turn", "bot_speed"),
)
"""(label, key prefix) of the card's figures worth a first look; every figure with the prefix is shown."""


def headline(card: dict[str, Any]) -> list[str]:
    """`label [variant]: value` lines in HEADLINE_FIGURES order (variant: the key past its prefix)."""
    figures: dict[str, str] = card["figures"]
    lines = []
    for label, prefix in HEADLINE_FIGURES:
        matching = [key for key in figures if key.startswith(prefix)]
        if not matching:
            raise KeyError(f"the model card has no figure {prefix}*")
        for key in matching:
            variant = key.removeprefix(prefix)
            lines.append(f"{label}{f' [{variant}]' if variant else ''}: {figures[key]}")
    return lines


def bot_characters(model_path: Path) -> int:
    """Characters of the CodinGame file `sebulba export` writes for this model."""
    return len(render_bot(load_actor(model_path), name=model_path.stem))


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("info", help="the shipped bot's figures and the built-in bots")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    card = json.loads(PRETRAINED_CARD.read_text())
    steps = card["global_step"]
    print(f"shipped model: {PRETRAINED_MODEL} (iteration {card['iteration']}, {steps:,} env-steps)")
    for line in headline(card):
        print(f"  {line}")
    print(f"  bot size: {bot_characters(PRETRAINED_MODEL):,} characters (the game allows {MAX_BOT_CHARS:,})")
    print("built-in bots (sebulba arena, sebulba bots write):")
    run_bots_list(args)
    print("environments (pip install -e '.[gym]'; docs/ENVIRONMENTS.md):")
    print("  gymnasium: sebulba/Race-v0 (import sebulba.envs); pettingzoo: sebulba.envs.parallel_env()")
    return 0
