"""The critic as the hybrid's judge, at a chosen weight, raced in-process against `search` or a bot file.

    python bench/critic_leaf.py CHECKPOINT --games 200 --seed 41 [--weight 1] [--opponent search|FILE.py]

The hybrid is the file `sebulba export CHECKPOINT` writes (the checkpoint must carry a trained critic):
its search's last FINALISTS accepted plans are ranked by `evaluation + weight x 1000 x (the critic's value
of our two pods at the plan's end)` (`HybridPilot.judge`; the critic learnt shaped rewards worth 1 per
1,000 units of progress, so 1,000 x its value is, in the evaluation's units, the race after the plan's
horizon). `--weight 0` ranks them by the evaluation alone: the hybrid without the critic, on the same
games. The games have no wall clock (the question is whether the moves are better; `bench/bot_speed.py`
times them). Sides are swapped on each map, official maps with jitter, as `sebulba arena` plays; two
processes share the games.
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing
import random
import sys
import time
from pathlib import Path
from types import ModuleType

from sebulba.arena.players import LocalPlayer, builtin_bot
from sebulba.arena.referee import TimeLimits, play_game, wilson_interval
from sebulba.export.exporter import load_policy, render_bot
from sebulba.export.fidelity import bot_module
from sebulba.simulation.maps import random_official_map

UNLIMITED = TimeLimits(scale=1000.0)


@functools.cache
def judged_hybrid(checkpoint: str, weight: float) -> ModuleType:
    """The exported hybrid with its critic, its weight set (once a process)."""
    model, trained = load_policy(Path(checkpoint))
    if not trained:
        raise SystemExit(f"{checkpoint} carries no trained critic")
    module = bot_module(render_bot(model, critic=True))
    module.CRITIC_WEIGHT = weight
    return module


@functools.cache
def opponent_module(path: str) -> ModuleType:
    return bot_module(Path(path).read_text())


def game(job: tuple[str, float, str, int, int]) -> tuple[bool, int, str]:
    checkpoint, weight, opponent, seed, index = job
    ours = LocalPlayer("judged", judged_hybrid(checkpoint, weight).Bot())
    if opponent.endswith(".py"):
        theirs = LocalPlayer(Path(opponent).stem, opponent_module(opponent).Bot())
    else:
        theirs = LocalPlayer(opponent, builtin_bot(opponent))
    checkpoints = random_official_map(random.Random(seed * 100_003 + index // 2))
    swapped = index % 2 == 1
    players = (theirs, ours) if swapped else (ours, theirs)
    result = play_game(players, checkpoints, limits=UNLIMITED)
    return result.winner == (1 if swapped else 0), result.turns, result.reason


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", help="a training checkpoint, or a shipped model with its critic")
    parser.add_argument("--games", type=int, default=200)
    parser.add_argument("--seed", type=int, default=41)
    parser.add_argument("--weight", type=float, default=1.0, help="the critic's weight (1: its own scale)")
    parser.add_argument("--opponent", default="search", help="a built-in bot or a bot file (Bot class)")
    args = parser.parse_args()
    start = time.perf_counter()
    jobs = [(args.checkpoint, args.weight, args.opponent, args.seed, i) for i in range(args.games)]
    won = 0
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        for done, (win, turns, reason) in enumerate(pool.imap_unordered(game, jobs), 1):
            won += win
            elapsed = time.perf_counter() - start
            print(
                f"\r{done}/{args.games} games, {won} won, last {turns} turns ({reason}), "
                f"{elapsed:.0f} s, ETA {elapsed / done * (args.games - done):.0f} s",
                end="",
                file=sys.stderr,
            )
    low, high = wilson_interval(won, args.games)
    print(file=sys.stderr)
    share = won / args.games
    print(f"critic judge (weight {args.weight}) vs {args.opponent}: {won} of {args.games} = {share:.3f}")
    print(f"95% CI {low:.3f}-{high:.3f}")


if __name__ == "__main__":
    main()
