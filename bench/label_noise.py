"""How reproducible are the teachers' labels? The same state planned again with other random streams.

    python bench/label_noise.py [--games 6] [--turns 20 45 70 95 120] [--seed 0]

The shipped hybrid plays `search` in-process (official maps, no wall clock); at the listed turns its state
is copied and planned three more times with three random streams, as the hybrid (the network's plan as a
seed, 220 candidates) and as the `search` bot (no network seed, 300 candidates) would, from the same
carried plans. Printed per role: how far apart two plans' first moves are on average (turn in degrees,
thrust), and how far the hybrid's first move is from the network's own command in that state. A label that
changes with the random stream by as much as it differs from the network is mostly noise to a student
that imitates it (docs/EXPERIMENTS.md, "Imitating the search").
"""

from __future__ import annotations

import argparse
import copy
import itertools
import random
import statistics
from pathlib import Path
from types import ModuleType

from critic_leaf import load_bot_module  # bench/, the rendered hybrid run as a module

from sebulba.arena.players import LocalPlayer, builtin_bot
from sebulba.arena.referee import TimeLimits, play_game
from sebulba.simulation.maps import random_official_map

STREAMS = (11, 12, 13)
"""The random streams each copied state is planned with."""


def probe_pilot(bot: ModuleType, turns: set[int], samples: list[dict]) -> object:
    """The hybrid, which at `turns` records its state planned again (hybrid and search) and the network's
    own genes, then plays on as if nothing happened."""

    class Probe(bot.HybridPilot):
        def turn(self, lines):
            if self.turn_number in turns:
                snapshot = copy.deepcopy(self)
                pods = snapshot.observe(lines)
                picks: dict[str, list] = {"hybrid": [], "search": []}
                for kind, stream in itertools.product(picks, STREAMS):
                    pilot = copy.deepcopy(snapshot)
                    pilot.planner.random = bot.Random(stream)
                    seeds = pilot.seeds
                    if kind == "search":
                        pilot.planner.rollouts = bot.OWN_ROLLOUTS
                        seeds = bot.SearchPilot.seeds.__get__(pilot)
                    planned = pilot.planner.plan([p[:] for p in pods], tuple(pilot.timeouts), False, seeds)
                    picks[kind].append(planned)
                lengths = snapshot.planner.lengths
                runner = bot.runner_of(pods, 0, snapshot.checkpoints, lengths)
                roles = (runner, bot.runner_of(pods, 1, snapshot.checkpoints, lengths))
                left = list(snapshot.timeouts)
                network = snapshot.network_genes(pods, roles, snapshot.turn_number, left)[0]
                samples.append({"picks": picks, "network": network, "runner": runner})
            return super().turn(lines)

    return Probe()


def mean_gap(genes: list, gene: int) -> float:
    """Mean absolute difference of one gene field over every pair of the plans' first moves."""
    return statistics.fmean(abs(a[gene] - b[gene]) for a, b in itertools.combinations(genes, 2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actor", type=Path, default=Path("sebulba/pretrained/sebulba_actor.pt"))
    parser.add_argument("--games", type=int, default=6)
    parser.add_argument("--turns", type=int, nargs="+", default=[20, 45, 70, 95, 120])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    bot = load_bot_module(str(args.actor))
    samples: list[dict] = []
    for game in range(args.games):
        checkpoints = random_official_map(random.Random(args.seed + game))
        ours = LocalPlayer("hybrid", probe_pilot(bot, set(args.turns), samples))
        theirs = LocalPlayer("search", builtin_bot("search"))
        play_game((ours, theirs), checkpoints, limits=TimeLimits(scale=1000.0))
    print(f"{len(samples)} states, {len(STREAMS)} random streams each")
    for role in ("runner", "blocker"):
        pods = [s["runner"] if role == "runner" else 1 - s["runner"] for s in samples]
        for kind in ("hybrid", "search"):
            moves = [[plan[pod] for plan in s["picks"][kind]] for s, pod in zip(samples, pods, strict=True)]
            turn = statistics.fmean(mean_gap(m, 0) for m in moves)
            thrust = statistics.fmean(mean_gap(m, 1) for m in moves)
            print(f"{role:7} {kind:6} stream to stream: turn {turn:5.2f} deg, thrust {thrust:5.1f}")
        turn, thrust = (
            statistics.fmean(
                statistics.fmean(
                    abs(plan[pod][gene] - s["network"][pod][gene]) for plan in s["picks"]["hybrid"]
                )
                for s, pod in zip(samples, pods, strict=True)
            )
            for gene in (0, 1)
        )
        print(f"{role:7} hybrid vs the network's own move: turn {turn:5.2f} deg, thrust {thrust:5.1f}")


if __name__ == "__main__":
    main()
