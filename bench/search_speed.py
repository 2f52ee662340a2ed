"""Search decisions per second: the pure-Python planner (the `search` bot's) against the compiled batch.

    python bench/search_speed.py [--races 256] [--turns 20] [--threads N]

Both plan team 0 of the same races (official maps, every start rotation), turn after turn, the races
advanced by the chosen genes and the opponents' predicted plans. Reports decisions per second and
whether every decision agreed (the batch planner must choose what the bot chooses).
"""

from __future__ import annotations

import argparse
import time

import numba
import numpy as np

from sebulba.bots import search_core as core
from sebulba.bots.search_batch import MAX_CHECKPOINTS, BatchPlanner, start_pods
from sebulba.simulation.maps import all_official_starts, official_map


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--races", type=int, default=256)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--python-races", type=int, default=8, help="races the pure-Python planner plays")
    parser.add_argument("--threads", type=int, default=numba.config.NUMBA_NUM_THREADS)
    args = parser.parse_args()
    numba.set_num_threads(args.threads)
    starts = all_official_starts()
    maps = [official_map(*starts[i % len(starts)]) for i in range(args.races)]
    pods = [start_pods(cps) for cps in maps]
    cps = np.zeros((args.races, MAX_CHECKPOINTS, 2))
    for r, points in enumerate(maps):
        cps[r, : len(points)] = points
    counts = np.array([len(points) for points in maps])
    planners = [core.Planner(points, 3, core.OWN_ROLLOUTS) for points in maps[: args.python_races]]
    batch = BatchPlanner(args.races)
    batch.plan(np.array(pods, dtype=float), cps, counts, np.full((args.races, 2), 100.0), np.ones(args.races))
    batch.reset()  # the first call compiled (or loaded the cache); time from a fresh start
    timeouts = [(100, 100)] * args.races
    python_seconds = batch_seconds = 0.0
    agreed = compared = 0
    for turn in range(args.turns):
        first = np.full(args.races, turn == 0)
        start = time.perf_counter()
        genes = batch.plan(np.array(pods, dtype=float), cps, counts, np.array(timeouts, dtype=float), first)
        batch_seconds += time.perf_counter() - start
        for r, planner in enumerate(planners):
            start = time.perf_counter()
            chosen = planner.plan(pods[r], timeouts[r], turn == 0, lambda p, roles: ([], []))
            python_seconds += time.perf_counter() - start
            compared += 1
            agreed += bool(np.array_equal(np.array(chosen, dtype=float), genes[r]))
        for r in range(args.races):
            enemy = batch.enemy_plans[r]
            own = [tuple(genes[r, s]) for s in range(2)]
            theirs = [tuple(enemy[s, 0]) for s in range(2)]
            passes = core.advance(pods[r], [*own, *theirs], maps[r])
            own_left, enemy_left = timeouts[r][0] - 1, timeouts[r][1] - 1
            if any(i < 2 for i in passes):
                own_left = 100
            if any(i >= 2 for i in passes):
                enemy_left = 100
            timeouts[r] = (own_left, enemy_left)
    decisions = args.races * args.turns
    print(
        f"batch (numba, {args.threads} threads): {decisions / batch_seconds:,.0f} decisions/s "
        f"({args.races} races x {args.turns} turns, first turn x{core.FIRST_TURN_FACTOR} work)"
    )
    print(f"pure Python (the bot's planner): {compared / python_seconds:,.1f} decisions/s")
    print(f"agreement: {agreed} of {compared} decisions identical")


if __name__ == "__main__":
    main()
