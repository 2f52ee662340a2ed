"""The deterministic policy against the heuristic team, batched: the figure a shipped bot is judged by.

Training's own win rate mixes opponents (self, league, heuristic) and samples actions, so it neither tracks
the arena figure nor tells checkpoints apart. This plays `games` whole 2v2 races on official maps with the
policy's deterministic actions (what the exported bot plays) against the batched `heuristic` bot, each race
on its own map and side drawn from one fixed seed: every evaluation of a run plays the same games, so two
checkpoints differ by their play, not by their luck. `sebulba arena checkpoint:PATH heuristic` stays the
reference (the real bot file, both sides of each map); this is its fast proxy, run inside training.
`evaluate_runner` (`sebulba evaluate --solo`) does the same for the runner alone: fixed solo races, their
mean finishing turns, the proxy of the arena's pod-alone runner benchmark (`sebulba arena --solo BOT
--pod-alone`: it measures the runner, not the team).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import torch
from tqdm import tqdm

from sebulba.arena.referee import wilson_interval
from sebulba.bots.search_batch import SearchTeam
from sebulba.bots.search_core import OWN_ROLLOUTS
from sebulba.config import RewardWeights, Stage
from sebulba.export.exporter import load_actor, on_grid
from sebulba.models.deepsets import DeepSetsPolicy, Observation
from sebulba.simulation.env import RaceVecEnv

EVAL_SEED = 20_261_127
"""Maps and sides of the evaluation games (one fixed set per game count)."""


@dataclass(frozen=True)
class Evaluation:
    games: int
    wins: int
    mean_turns: float
    seconds: float

    @property
    def win_rate(self) -> float:
        return self.wins / self.games


Opponent = Literal["heuristic", "search"]


def fixed_races(
    games: int,
    device: torch.device | str = "cpu",
    seed: int = EVAL_SEED,
    stage: Stage = "2v2",
    opponent: Opponent = "heuristic",
    search_rollouts: int = OWN_ROLLOUTS,
) -> tuple[RaceVecEnv, Observation]:
    """`games` races on official maps and sides drawn from `seed`, the opponents scripted (2v2: the
    heuristic team, or the `search` bot's with `search_rollouts` candidates a turn), and their first
    observation: the same races for every call with the same arguments."""
    env = RaceVecEnv(games, stage, RewardWeights(), device=device, seed=seed, maps="official")
    env.set_opponent(SearchTeam(games, rollouts=search_rollouts) if opponent == "search" else None)
    obs, _ = env.reset(seed=seed)
    return env, obs


@torch.no_grad()
def play_to_the_end(
    model: DeepSetsPolicy,
    games: int,
    device: torch.device | str,
    seed: int,
    stage: Stage,
    opponent: Opponent = "heuristic",
    act: Callable[[Observation, RaceVecEnv], torch.Tensor] | None = None,
    search_rollouts: int = OWN_ROLLOUTS,
) -> tuple[torch.Tensor, torch.Tensor, float]:
    """Play `games` fixed races to their end (every race ends: finish, timeout or the turn limit) with the
    deterministic policy, or `act(obs, env)`'s actions; returns (won or finished [games] bool, turns
    [games], seconds)."""
    if games < 1:
        raise ValueError("games must be >= 1")
    start = time.perf_counter()
    env, obs = fixed_races(games, device, seed, stage, opponent, search_rollouts)
    finished = torch.zeros(games, dtype=torch.bool, device=env.device)
    wins = torch.zeros(games, dtype=torch.bool, device=env.device)
    turns = torch.zeros(games, device=env.device)
    was_training = model.training
    model.eval()
    try:
        while not bool(finished.all()):
            action = model.act(obs, deterministic=True) if act is None else act(obs, env)
            obs, _, terminated, _, info = env.step(action)
            first = terminated & ~finished
            wins = torch.where(first, info["win"].bool(), wins)
            turns = torch.where(first, info["episode_turns"].to(turns.dtype), turns)
            finished |= terminated
    finally:
        model.train(was_training)
    return wins, turns, time.perf_counter() - start


def evaluate_vs_heuristic(
    model: DeepSetsPolicy, games: int, device: torch.device | str = "cpu", seed: int = EVAL_SEED
) -> Evaluation:
    """`games` 2v2 races against the heuristic team: wins and mean turns."""
    wins, turns, seconds = play_to_the_end(model, games, device, seed, "2v2")
    return Evaluation(games, int(wins.sum()), float(turns.mean()), seconds)


def evaluate_vs_search(
    model: DeepSetsPolicy,
    games: int,
    device: torch.device | str = "cpu",
    seed: int = EVAL_SEED,
    rollouts: int = OWN_ROLLOUTS,
) -> Evaluation:
    """`games` 2v2 races against the `search` bot's team (compiled, `search_batch`; `rollouts` candidates a
    turn, the bot's own by default): wins and mean turns."""
    wins, turns, seconds = play_to_the_end(
        model, games, device, seed, "2v2", "search", search_rollouts=rollouts
    )
    return Evaluation(games, int(wins.sum()), float(turns.mean()), seconds)


def evaluate_runner(
    model: DeepSetsPolicy, games: int, device: torch.device | str = "cpu", seed: int = EVAL_SEED
) -> Evaluation:
    """`games` solo races (one pod alone, official maps): `wins` counts the races finished, `mean_turns`
    averages those (a race that times out has no finishing time), as the arena's runner benchmark does."""
    finished, turns, seconds = play_to_the_end(model, games, device, seed, "solo")
    mean = float(turns[finished].mean()) if bool(finished.any()) else float("inf")
    return Evaluation(games, int(finished.sum()), mean, seconds)


# -- `sebulba evaluate` ------------------------------------------------------------------------------------
def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="checkpoints' deterministic win rate vs the heuristic (or search) team (--solo: runner turns), "
        "fixed games",
    )
    parser.add_argument("checkpoints", nargs="+", type=Path, help="training checkpoints or shipped actors")
    parser.add_argument("--games", type=int, default=1024, help="games per checkpoint (default 1024)")
    parser.add_argument("--seed", type=int, default=EVAL_SEED, help="the game set (maps and sides)")
    parser.add_argument("--device", default="cpu", help="torch device (cpu, cuda, mps)")
    parser.add_argument(
        "--solo",
        action="store_true",
        help="the runner alone instead (one pod, teammate absent: the proxy of `sebulba arena --solo BOT "
        "--pod-alone`): finished races and their mean turns (jittered official maps)",
    )
    parser.add_argument(
        "--opponent",
        choices=("heuristic", "search"),
        default="heuristic",
        help="the 2v2 opponent team: the heuristic bot's or the search bot's (compiled, same choices)",
    )
    parser.add_argument(
        "--search-rollouts",
        type=int,
        default=None,
        help=f"with --opponent search: its candidates a turn (default {OWN_ROLLOUTS}, the bot's; fewer make "
        "a weaker search, the league's `league.search_rollouts`)",
    )
    parser.add_argument(
        "--grid",
        action="store_true",
        help="play the weights snapped onto their exported int8 grid (what `sebulba export` ships)",
    )
    parser.set_defaults(func=run_evaluate)


def run_evaluate(args: argparse.Namespace) -> int:
    """One line per checkpoint (win rate, 95% interval, mean turns), then the best; same games for all."""
    if args.games < 1:
        print("error: --games must be >= 1", file=sys.stderr)
        return 2
    if args.search_rollouts is not None and (args.opponent != "search" or args.solo):
        print("error: --search-rollouts needs --opponent search (2v2 games)", file=sys.stderr)
        return 2
    rollouts = OWN_ROLLOUTS if args.search_rollouts is None else args.search_rollouts
    if rollouts < 1:
        print("error: --search-rollouts must be >= 1", file=sys.stderr)
        return 2
    models = []
    for path in args.checkpoints:  # every file checked before any game is played
        try:
            model = load_actor(path)
        except (OSError, ValueError) as error:
            print(f"{path}: error: {error}", file=sys.stderr)
            return 1
        models.append((path, on_grid(model) if args.grid else model))
    results: list[tuple[Path, Evaluation]] = []
    for path, model in tqdm(models, desc="evaluate", unit="checkpoint", leave=False):
        if args.solo:
            result = evaluate_runner(model, args.games, args.device, seed=args.seed)
            tqdm.write(
                f"{path}: runner_mean_turns {result.mean_turns:.1f} ({result.wins} of {result.games} solo "
                f"races finished), {result.seconds:.1f} s"
            )
        else:
            if args.opponent == "search":
                result = evaluate_vs_search(model, args.games, args.device, args.seed, rollouts)
            else:
                result = evaluate_vs_heuristic(model, args.games, args.device, seed=args.seed)
            low, high = wilson_interval(result.wins, result.games)
            tqdm.write(
                f"{path}: win_rate {result.win_rate:.3f} (95% CI {low:.3f}-{high:.3f}) over {result.games} "
                f"games vs {args.opponent}, mean_turns {result.mean_turns:.1f}, {result.seconds:.1f} s"
            )
        results.append((path, result))
    if args.solo:  # the fastest of those finishing every race
        best_path, best = min(results, key=lambda item: (-item[1].wins, item[1].mean_turns))
        print(f"best: {best_path} ({best.mean_turns:.1f} turns)")
    else:
        best_path, best = max(results, key=lambda item: item[1].win_rate)
        print(f"best: {best_path} ({best.win_rate:.3f})")
    return 0
