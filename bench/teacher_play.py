"""How strong the distillation's labels are when played: the fixed evaluation games with our team driven
by the network, by the network's runner beside the search's blocker, or by the search's commands for both
pods, all passed through the policy's action space (`distill.search_labels`, as the student would play
them).

    python bench/teacher_play.py CHECKPOINT --opponent search --games 64 --mode blocker

`--mode network` is the deterministic policy alone (`sebulba evaluate`'s figure).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import torch

from sebulba.bots.search_batch import SearchTeam
from sebulba.export.exporter import load_actor
from sebulba.models.deepsets import PolicyDistribution
from sebulba.simulation.features import LEADER_FEATURE
from sebulba.training.distill import search_labels
from sebulba.training.evaluation import EVAL_SEED, fixed_races


@torch.no_grad()
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--opponent", choices=("heuristic", "search"), default="search")
    parser.add_argument("--games", type=int, default=64)
    parser.add_argument("--mode", choices=("network", "blocker", "both"), default="blocker")
    args = parser.parse_args()
    model = load_actor(args.checkpoint).eval()
    env, obs = fixed_races(args.games, "cpu", EVAL_SEED, "2v2", args.opponent)
    search = SearchTeam(args.games)
    finished = torch.zeros(args.games, dtype=torch.bool)
    wins = torch.zeros(args.games, dtype=torch.bool)
    while not bool(finished.all()):
        runner = obs.self_features[..., LEADER_FEATURE] > 0.5
        network = PolicyDistribution(model.actor(obs)).mode(runner)
        if args.mode == "network":
            action = network
        else:
            commands = search.team_commands(env.state, env.learner_team)
            labels = search_labels(env.state, env.learner_pods(), commands).float()
            action = labels if args.mode == "both" else torch.where(runner[..., None], network, labels)
        obs, _, terminated, _, info = env.step(action)
        wins = torch.where(terminated & ~finished, info["win"].bool(), wins)
        finished |= terminated
    print(
        f"{args.mode} vs {args.opponent}: {int(wins.sum())} of {args.games} won ({wins.float().mean():.1%})"
    )


if __name__ == "__main__":
    main()
