"""Two bots raced in-process, without a wall clock: what `sebulba arena` measures, faster and without the
machine's load in the result (a slow turn is never a lost game here; `bench/bot_speed.py` times turns).

    python bench/match.py dist/sebulba_bot.py search --games 200 --seed 21

A bot is a built-in name (`search`, `heuristic`, ...) or a CodinGame file that only `sys` and `math`
(the exported bots, `sebulba bots write`): the file runs as a module, and the pilot its `main()` hands
to `play` is raced through the arena's referee. Official maps with jitter, each map twice with sides
swapped, as `sebulba arena` plays; the games spread over `--jobs` processes. Prints wins, the 95% Wilson
interval and how the games ended.
"""

from __future__ import annotations

import argparse
import collections
import functools
import multiprocessing
import random
import sys
import time
from pathlib import Path
from types import ModuleType

from sebulba.arena.players import BUILTIN_BOTS, InProcessBot, LocalPlayer, builtin_bot
from sebulba.arena.referee import TimeLimits, play_game, wilson_interval
from sebulba.simulation.maps import random_official_map

UNLIMITED = TimeLimits(scale=1000.0)


class _Captured(Exception):
    """Raised by the stand-in `play` to hand the file's pilot back instead of reading stdin."""

    def __init__(self, pilot: InProcessBot) -> None:
        super().__init__("captured")
        self.pilot = pilot


@functools.cache
def _module(path: str) -> ModuleType:
    module = ModuleType(Path(path).stem)
    source = Path(path).read_text()
    exec(compile(source, path, "exec"), module.__dict__)  # our own bot files, run as the game runs them
    return module


def pilot_of(spec: str) -> InProcessBot:
    """A fresh pilot for one game: a built-in bot, or the one a bot file's `main()` would play."""
    if spec in BUILTIN_BOTS:
        return builtin_bot(spec)
    module = _module(spec)

    def capture(pilot: InProcessBot) -> None:
        raise _Captured(pilot)

    module.play = capture
    try:
        module.main()
    except _Captured as captured:
        return captured.pilot
    raise ValueError(f"{spec}: main() did not hand a pilot to play()")


def game(job: tuple[str, str, int, int]) -> tuple[bool | None, int, str]:
    """Game `index` of the set: (whether A won, None for nobody; turns; how it ended)."""
    a, b, seed, index = job
    checkpoints = random_official_map(random.Random(seed * 100_003 + index // 2))
    swapped = index % 2 == 1
    first, second = LocalPlayer(a, pilot_of(a)), LocalPlayer(b, pilot_of(b))
    players = (second, first) if swapped else (first, second)
    result = play_game(players, checkpoints, limits=UNLIMITED)
    if result.winner is None:
        return None, result.turns, result.reason
    return result.winner == (1 if swapped else 0), result.turns, result.reason


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", help="a built-in bot name or a bot file")
    parser.add_argument("b")
    parser.add_argument("--games", type=int, default=200)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    for spec in (args.a, args.b):
        if spec not in BUILTIN_BOTS and not Path(spec).is_file():
            parser.error(f"{spec}: neither a built-in bot ({', '.join(BUILTIN_BOTS)}) nor a file")
    start = time.perf_counter()
    jobs = [(args.a, args.b, args.seed, i) for i in range(args.games)]
    won = 0
    endings: collections.Counter[str] = collections.Counter()
    turns = 0
    with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
        for done, (win, length, reason) in enumerate(pool.imap_unordered(game, jobs), 1):
            won += bool(win)
            turns += length
            endings[f"{'A' if win else 'B'} won by {reason}"] += 1
            elapsed = time.perf_counter() - start
            print(
                f"\r{done}/{args.games} games, A won {won}, {elapsed:.0f} s, "
                f"ETA {elapsed / done * (args.games - done):.0f} s ",
                end="",
                file=sys.stderr,
            )
    print(file=sys.stderr)
    low, high = wilson_interval(won, args.games)
    print(f"A = {args.a}, B = {args.b}, seed {args.seed}")
    print(f"A won {won} of {args.games} = {won / args.games:.1%} (95% CI {low:.1%}-{high:.1%})")
    print(
        f"mean {turns / args.games:.1f} turns; " + ", ".join(f"{k} {v}" for k, v in sorted(endings.items()))
    )


if __name__ == "__main__":
    main()
