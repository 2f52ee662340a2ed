"""Which of the network's two roles loses to `search`? The same fixed 2v2 games against the `search` bot's
team (`sebulba evaluate --opponent search`), with one of our pods, or both, driven by a second copy of the
search bot planning for our team instead of by the network.

Rows: `network` (both pods the network's: the evaluation's own figure), `search runner` (our leader the
search's, our blocker the network's), `search blocker` (the reverse), `search` (both the search's: the
mirror match, about 50%). The pod called runner is the environment's leader (the network's own role flag:
it changes only when the other pod leads by a whole checkpoint). Our search planner picks its runner afresh
every turn, the pod further along the track, so on turns where the two rules differ the search-driven pod
plays the search's other role; how often that happens is not measured here.
Usage: python bench/role_swap.py CKPT [--games 256] [--seed 7] [--grid]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sebulba.simulation.env as env_module  # noqa: E402
from sebulba.bots.search_batch import SearchTeam  # noqa: E402
from sebulba.export.exporter import load_actor, on_grid  # noqa: E402
from sebulba.models.deepsets import DeepSetsPolicy  # noqa: E402
from sebulba.simulation import gpu_physics as physics  # noqa: E402
from sebulba.simulation.env import Observation, RaceVecEnv  # noqa: E402
from sebulba.training.evaluation import play_to_the_end  # noqa: E402

ROLES = ("network", "search runner", "search blocker", "search")


class SearchOnBothSides:
    """The env's scripted opponent (their team: the search bot's), which also plans for our team and hands
    the pods of `role` our planner's commands; `taken` [N, P] tells the env's merge to let them through."""

    def __init__(self, env: RaceVecEnv, role: str) -> None:
        self.env, self.role = env, role
        self.theirs = SearchTeam(env.num_envs)
        self.ours = SearchTeam(env.num_envs)
        self.taken = torch.zeros(env.num_envs, 4, dtype=torch.bool)

    def team_commands(self, state: physics.BatchState, team: torch.Tensor) -> physics.BatchCommands:
        theirs = self.theirs.team_commands(state, team)
        pick = torch.arange(4)[None, :] // 2 == (1 - team)[:, None]  # our pods
        if self.role == "network":
            pick = torch.zeros_like(pick)
        elif self.role != "search":
            leaders = self.env.leader.bool()
            pick &= leaders if self.role == "search runner" else ~leaders
        self.taken = pick
        if not bool(pick.any()):
            return theirs
        return ORIGINAL_MERGE(pick, self.ours.team_commands(state, 1 - team), theirs)


ORIGINAL_MERGE = env_module.merge_commands


def play(model: DeepSetsPolicy, role: str, games: int, seed: int) -> tuple[float, float, float]:
    """(win rate, mean turns, seconds) of our team over the evaluation's fixed games (`play_to_the_end`),
    `role` played by our search: its first move swaps in the two-sided search opponent."""
    sides: list[SearchOnBothSides] = []

    def act(obs: Observation, env: RaceVecEnv) -> torch.Tensor:
        if not sides:
            sides.append(SearchOnBothSides(env, role))
            env.set_opponent(sides[0])
        return model.act(obs, deterministic=True)

    env_module.merge_commands = lambda mine, a, b: ORIGINAL_MERGE(mine & ~sides[0].taken, a, b)
    try:
        wins, turns, seconds = play_to_the_end(model, games, "cpu", seed, "2v2", "search", act=act)
    finally:
        env_module.merge_commands = ORIGINAL_MERGE
    return float(wins.float().mean()), float(turns.mean()), seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--games", type=int, default=256)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--grid", action="store_true", help="the int8 weights the bot carries")
    parser.add_argument("--roles", nargs="+", choices=ROLES, default=list(ROLES))
    args = parser.parse_args()
    model = load_actor(args.checkpoint)
    if args.grid:
        model = on_grid(model)
    model.eval()
    grid = ", grid" if args.grid else ""
    print(f"{args.checkpoint}: {args.games} games vs search (seed {args.seed}{grid})")
    for role in args.roles:
        win, turns, seconds = play(model, role, args.games, args.seed)
        print(f"{role:>15}: win_rate {win:.3f}, mean_turns {turns:.1f} ({seconds:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
