"""The ablation's "+ critic leaf" cell: the shipped hybrid whose last candidates are re-ranked with the
trained critic's value of their end states, raced against `search` in-process.

    python bench/critic_leaf.py training-checkpoints/qat1-ckpt-0000611.pt --games 200 --seed 41 [--weight 1]

With --weight 0 the finalists are ranked by the evaluation alone: the shipped hybrid, on the same games.

The exported file carries the actor only, and a critic on each of the search's 220 candidates would cost
~134 ms a turn (`bench/forward_cost.py`); here the hybrid's hill climb keeps its last TOP_K accepted plans
(its best ones) and picks among them by `evaluation + weight x 1000 x (the critic's value of our two pods
at the plan's end)`. The critic was trained on shaped rewards worth 1 per 1,000 units of progress
(potential-based), so 1,000 x its value is, in the evaluation's units (distance raced), what the race is
worth after the plan's horizon: the leaf value the plain evaluation lacks. The critic runs in torch (float);
the time it costs is not part of the question (does it make better moves?), so the games have no wall
clock. The actor is the shipped one (`--actor`), as `sebulba export` writes it; the critic is the one
trained beside it (the shipped actor is that run's iteration 600, the checkpoint's critic iteration 611).
Sides are swapped on each map, official maps with jitter, as `sebulba arena` plays; two processes share
the games.
"""

from __future__ import annotations

import argparse
import functools
import math
import multiprocessing
import random
import sys
import time
from pathlib import Path
from types import ModuleType

import torch

from sebulba.arena.players import LocalPlayer, builtin_bot
from sebulba.arena.referee import TimeLimits, play_game, wilson_interval
from sebulba.export.exporter import load_actor, render_bot
from sebulba.models.deepsets import DeepSetsPolicy, Observation
from sebulba.simulation.features import CHECKPOINT_DIM, ENTITY_DIM, MAX_ENTITIES, SELF_DIM
from sebulba.simulation.maps import random_official_map

TOP_K = 8
"""The hill climb's last accepted plans re-ranked by the critic (its best ones, in order of acceptance)."""
UNLIMITED = TimeLimits(scale=1000.0)


@functools.cache
def load_bot_module(actor: str) -> ModuleType:
    """The hybrid as `sebulba export` writes it for `actor`, run as a module (once a process)."""
    module = ModuleType("critic_leaf_bot")
    exec(compile(render_bot(load_actor(Path(actor))), "critic_leaf_bot", "exec"), module.__dict__)
    return module


@functools.cache
def load_critic(checkpoint: str) -> DeepSetsPolicy:
    payload = torch.load(checkpoint, map_location="cpu", weights_only=True)
    model = DeepSetsPolicy.from_state_dict(payload["model"])
    return model.eval()


def critic_pilot(bot: ModuleType, critic: DeepSetsPolicy, weight: float) -> object:
    """The hybrid pilot with its own-team optimisation re-ranked by the critic."""

    class CriticPlanner(bot.Planner):
        pilot = None

        def optimise(self, base, team, other_plan, seeds, rollouts, roles, timeouts, unopposed):
            if team == 1:
                return super().optimise(base, team, other_plan, seeds, rollouts, roles, timeouts, unopposed)
            checkpoints, total, lengths = self.checkpoints, self.total, self.lengths

            def run(plan):
                pods, left, finish_turn, finisher = bot.simulate(
                    base, checkpoints, plan + other_plan, timeouts, total
                )
                value = bot.evaluate(
                    pods, checkpoints, lengths, team, roles, left, finish_turn, finisher, unopposed
                )
                return value, pods, left, finisher

            # search_core.Planner.optimise, keeping the accepted plans
            best, best_score, accepted = None, -math.inf, []
            for seed in seeds:
                value = run(seed)[0]
                if value > best_score:
                    best, best_score = seed, value
                    accepted.append(seed)
            budget = rollouts - len(seeds)
            for iteration in range(budget):
                child = self.mutate(best, 1.0 - 0.9 * iteration / budget)
                value = run(child)[0]
                if value >= best_score:
                    if child != best:
                        accepted.append(child)
                    best, best_score = child, value
            finalists = accepted[-TOP_K:]
            if len(finalists) < 2:
                return best
            ends = [run(plan) for plan in finalists]
            if any(finisher >= 0 for _, _, _, finisher in ends):
                return best  # a finish within the plan: nothing after it to value
            values = self.pilot.values(
                [pods for _, pods, _, _ in ends], roles, [left for _, _, left, _ in ends]
            )
            scores = [end[0] + weight * 1000.0 * value for end, value in zip(ends, values, strict=True)]
            # ties to the later finalist: with weight 0 that is `best`, the shipped hybrid's choice
            return finalists[max(range(len(finalists)), key=lambda i: (scores[i], i))]

    class CriticPilot(bot.HybridPilot):
        def init(self, laps, checkpoints):
            super().init(laps, checkpoints)
            self.planner.__class__ = CriticPlanner
            self.planner.pilot = self

        def values(self, ends, roles, lefts):
            """The critic's value of our two pods summed, for each end state."""
            selfs, entities, masks, cps = [], [], [], []
            for pods, left in zip(ends, lefts, strict=True):
                views = self.views(pods, roles)
                for index in (0, 1):
                    others = [v for k, v in enumerate(views) if k != index and bot.in_play(v["x"], v["y"])]
                    own, near, checkpoint = bot.pod_features(
                        views[index], others, self.checkpoints, self.laps, self.turn_number + 6, left[0]
                    )
                    padded = near + [[0.0] * ENTITY_DIM] * (MAX_ENTITIES - len(near))
                    selfs.append(own)
                    entities.append(padded)
                    masks.append([k < len(near) for k in range(MAX_ENTITIES)])
                    cps.append(checkpoint)
            n = len(ends)
            obs = Observation(
                torch.tensor(selfs, dtype=torch.float32).view(n, 2, SELF_DIM),
                torch.tensor(entities, dtype=torch.float32).view(n, 2, MAX_ENTITIES, ENTITY_DIM),
                torch.tensor(masks).view(n, 2, MAX_ENTITIES),
                torch.tensor(cps, dtype=torch.float32).view(n, 2, CHECKPOINT_DIM),
            )
            with torch.no_grad():
                return critic.get_value(obs).sum(-1).tolist()

    return CriticPilot()


def game(job: tuple[str, str, float, int, int]) -> tuple[bool, int, str]:
    actor, checkpoint, weight, seed, index = job
    torch.set_num_threads(1)
    bot = load_bot_module(actor)
    ours = LocalPlayer("critic-leaf", critic_pilot(bot, load_critic(checkpoint), weight))
    theirs = LocalPlayer("search", builtin_bot("search"))
    checkpoints = random_official_map(random.Random(seed * 100_003 + index // 2))
    swapped = index % 2 == 1
    players = (theirs, ours) if swapped else (ours, theirs)
    result = play_game(players, checkpoints, limits=UNLIMITED)
    return result.winner == (1 if swapped else 0), result.turns, result.reason


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", help="a training checkpoint with actor and critic")
    parser.add_argument("--actor", default="sebulba/pretrained/sebulba_actor.pt")
    parser.add_argument("--games", type=int, default=200)
    parser.add_argument("--seed", type=int, default=41)
    parser.add_argument("--weight", type=float, default=1.0, help="the critic's weight (1: its own scale)")
    args = parser.parse_args()
    start = time.perf_counter()
    jobs = [(args.actor, args.checkpoint, args.weight, args.seed, i) for i in range(args.games)]
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
    print(f"critic leaf (weight {args.weight}) vs search: {won} of {args.games} = {won / args.games:.3f}")
    print(f"95% CI {low:.3f}-{high:.3f}")


if __name__ == "__main__":
    main()
