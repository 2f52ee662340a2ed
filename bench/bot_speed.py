"""Decision time of the exported bot in CPython, over whole games (the game allows 1000 ms, then 75 ms).

Prints `first_turn_ms` (weights decoded + first decision), `turn_ms_median`, `turn_ms_p99`, `turn_ms_max`,
measured as the bot thread's CPU time (`time.thread_time`), which other load on the machine cannot
inflate; `wall_turn_ms_max` is the wall-clock worst case on this machine as it was during the run.
Usage: python bench/bot_speed.py [--model sebulba/pretrained/sebulba_actor.pt] [--games 10]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import types
from pathlib import Path

from sebulba.arena.players import LocalPlayer, make_player
from sebulba.arena.referee import play_game
from sebulba.export.exporter import load_actor, render_bot
from sebulba.export.fidelity import bot_module
from sebulba.export.ship import PRETRAINED_MODEL
from sebulba.simulation.maps import random_official_map


class TimedAgent:
    """The exported file's Agent, timed exactly as the referee would see it."""

    def __init__(
        self, module: types.ModuleType, turn_ms: list[float], first_ms: list[float], wall_ms: list[float]
    ):
        self.module = module
        self.turn_ms = turn_ms
        self.first_ms = first_ms
        self.wall_ms = wall_ms
        self.started = (0.0, 0.0)

    def init(self, laps: int, checkpoints: list[tuple[int, int]]) -> None:
        self.started = (time.thread_time(), time.perf_counter())
        self.agent = self.module.Agent(laps, checkpoints)
        self.first = True

    def turn(self, pods: list) -> list[str]:
        cpu, wall = self.started if self.first else (time.thread_time(), time.perf_counter())
        lines = self.agent.turn(pods)
        (self.first_ms if self.first else self.turn_ms).append((time.thread_time() - cpu) * 1000)
        self.wall_ms.append((time.perf_counter() - wall) * 1000)
        self.first = False
        return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=PRETRAINED_MODEL)
    parser.add_argument("--games", type=int, default=10)
    args = parser.parse_args()
    module = bot_module(render_bot(load_actor(args.model)))
    turn_ms: list[float] = []
    first_ms: list[float] = []
    wall_ms: list[float] = []
    rng = random.Random(0)
    for _ in range(args.games):
        bot = LocalPlayer("exported", TimedAgent(module, turn_ms, first_ms, wall_ms))
        play_game((bot, make_player("heuristic")), random_official_map(rng))
    turn_ms.sort()
    print(f"turns: {len(turn_ms) + len(first_ms)} in {args.games} games")
    print(f"first_turn_ms: {max(first_ms):.2f}")
    print(f"turn_ms_median: {statistics.median(turn_ms):.2f}")
    print(f"turn_ms_p99: {turn_ms[int(0.99 * (len(turn_ms) - 1))]:.2f}")
    print(f"turn_ms_max: {turn_ms[-1]:.2f}")
    print(f"wall_turn_ms_max: {max(wall_ms):.2f}")


if __name__ == "__main__":
    main()
