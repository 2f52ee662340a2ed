"""Decision time of a bot file in CPython, over whole games against `heuristic` (the game allows 1000 ms,
then 75 ms).

`--bot` names the bot: a built-in (`search`, `heuristic`: its standalone file, as `sebulba bots write`
gives it), `exported` (the hybrid `sebulba export` writes from --model) or the path of a standalone
`.py` bot whose module defines `Bot` (`init`, `turn`) or `Agent(laps, checkpoints)` with `turn(pods)` (the
network bot's, `sebulba export --no-search`). The file runs in this process from its source, so that its
time is the thread's.
Prints `first_turn_ms` (loading, e.g. weights decoded, + first decision), `turn_ms_median`, `turn_ms_p99`,
`turn_ms_max`, measured as the bot thread's CPU time (`time.thread_time`), which other load on the machine
cannot inflate; `wall_turn_ms_max` is the wall-clock worst case on this machine as it was during the run.
Usage: python bench/bot_speed.py [--bot exported] [--model sebulba/pretrained/sebulba_actor.pt] [--games 20]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from sebulba.arena.players import (
    BUILTIN_BOTS,
    LocalPlayer,
    bot_factory,
    bot_module,
    load_bot_module,
    make_player,
)
from sebulba.arena.referee import play_game
from sebulba.bots.bundle import standalone_source
from sebulba.export.exporter import load_actor, render_bot
from sebulba.export.ship import PRETRAINED_MODEL
from sebulba.simulation.maps import random_official_map


class Decider(Protocol):
    def turn(self, pods: list) -> list[str]: ...


Loader = Callable[[int, list[tuple[int, int]]], Decider]
"""Builds a bot for one game from its init data (laps, checkpoints)."""


def loader(module: types.ModuleType) -> Loader:
    """A bot file's per-game constructor: its in-process bot (`players.bot_factory`), started."""
    try:
        make = bot_factory(module)
    except ValueError as error:
        raise SystemExit(f"the bot file: {error}") from None

    def start(laps: int, checkpoints: list[tuple[int, int]]) -> Decider:
        bot = make()
        bot.init(laps, checkpoints)
        return bot

    return start


def bot_file_module(name: str, model: Path) -> types.ModuleType:
    if name == "exported":
        return bot_module(render_bot(load_actor(model)))
    if name in BUILTIN_BOTS:
        return bot_module(standalone_source(name), name)
    path = Path(name)
    if not path.is_file():
        raise SystemExit(f"--bot {name}: not a built-in bot ({', '.join(BUILTIN_BOTS)}), exported, or a file")
    return load_bot_module(path)


class TimedBot:
    """A bot file's bot, timed exactly as the referee would see it."""

    def __init__(self, load: Loader, turn_ms: list[float], first_ms: list[float], wall_ms: list[float]):
        self.load = load
        self.turn_ms = turn_ms
        self.first_ms = first_ms
        self.wall_ms = wall_ms
        self.started = (0.0, 0.0)

    def init(self, laps: int, checkpoints: list[tuple[int, int]]) -> None:
        self.started = (time.thread_time(), time.perf_counter())
        self.bot = self.load(laps, checkpoints)
        self.first = True

    def turn(self, pods: list) -> list[str]:
        cpu, wall = self.started if self.first else (time.thread_time(), time.perf_counter())
        lines = self.bot.turn(pods)
        (self.first_ms if self.first else self.turn_ms).append((time.thread_time() - cpu) * 1000)
        self.wall_ms.append((time.perf_counter() - wall) * 1000)
        self.first = False
        return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--bot", default="exported", help="a built-in bot, exported (from --model), or a bot file's path"
    )
    parser.add_argument(
        "--model", type=Path, default=PRETRAINED_MODEL, help="the network --bot exported carries"
    )
    parser.add_argument("--games", type=int, default=20)
    args = parser.parse_args()
    load = loader(bot_file_module(args.bot, args.model))
    turn_ms: list[float] = []
    first_ms: list[float] = []
    wall_ms: list[float] = []
    rng = random.Random(0)
    for _ in range(args.games):
        bot = LocalPlayer(args.bot, TimedBot(load, turn_ms, first_ms, wall_ms))
        game = play_game((bot, make_player("heuristic")), random_official_map(rng))
        if game.faults:
            raise SystemExit(f"{args.bot} lost a game by fault: {game.faults}")
    turn_ms.sort()
    print(f"bot: {args.bot}")
    print(f"turns: {len(turn_ms) + len(first_ms)} in {args.games} games")
    print(f"first_turn_ms: {max(first_ms):.2f}")
    print(f"turn_ms_median: {statistics.median(turn_ms):.2f}")
    print(f"turn_ms_p99: {turn_ms[int(0.99 * (len(turn_ms) - 1))]:.2f}")
    print(f"turn_ms_max: {turn_ms[-1]:.2f}")
    print(f"wall_turn_ms_max: {max(wall_ms):.2f}")


if __name__ == "__main__":
    main()
