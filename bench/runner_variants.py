"""The `search` bot's runner under variants of its settings: the runner benchmark's races, in-process.

    python bench/runner_variants.py RUNNER_FACING_WEIGHT=16.0 [NAME=VALUE ...] [--rotation R] [--pod-alone]

Each NAME is a module constant of `sebulba/bots/search_core.py` (OWN_ROLLOUTS, PLAN_TURNS, COAST,
RUNNER_FACING_WEIGHT, ...), set before the races; no NAME is the bot as shipped. The races are the
runner benchmark's (`sebulba arena --solo`: the 13 official maps at every start rotation, 58 races) or,
with --rotation R, the 13 maps at that rotation only; both pods racing or, with --pod-alone, the first
alone; the mean turns to the first finish are printed with each race's. Two processes share the races.
"""

from __future__ import annotations

import argparse
import multiprocessing
import time

from sebulba.arena.players import LocalPlayer
from sebulba.arena.referee import TimeLimits, solo_run
from sebulba.bots import search_core
from sebulba.simulation.maps import all_official_starts, official_map, official_map_count

UNLIMITED = TimeLimits(scale=1000.0)
"""Settings that cost more time a turn are measured for their racing, not their speed."""


def apply(settings: list[str]) -> None:
    for setting in settings:
        name, _, value = setting.partition("=")
        if not hasattr(search_core, name):
            raise SystemExit(f"error: search_core has no {name}")
        setattr(search_core, name, type(getattr(search_core, name))(value))
    search_core.SearchPilot.rollouts = search_core.OWN_ROLLOUTS


def race(job: tuple[list[str], int, int, bool]) -> int | None:
    settings, index, rotation, pod_alone = job
    apply(settings)
    game = solo_run(
        LocalPlayer("search", search_core.SearchPilot()),
        official_map(index, rotation),
        limits=UNLIMITED,
        pod_alone=pod_alone,
    )
    return game.turns if game.reason == "finish" else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("settings", nargs="*", help="NAME=VALUE of search_core's constants")
    parser.add_argument("--rotation", type=int, help="only this start rotation (13 races)")
    parser.add_argument("--pod-alone", action="store_true")
    args = parser.parse_args()
    apply(args.settings)  # checks the names before any race
    starts = all_official_starts()
    if args.rotation is not None:
        starts = [(m, args.rotation) for m in range(official_map_count())]
    jobs = [(args.settings, m, r, args.pod_alone) for m, r in starts]
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        turns = pool.map(race, jobs)
    finished = [t for t in turns if t is not None]
    mean = sum(finished) / len(finished) if finished else float("inf")
    label = " ".join(args.settings) or "as shipped"
    print(f"{label}: {mean:.1f} mean turns, {len(finished)} of {len(jobs)} finished {turns}")
    print(f"({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
