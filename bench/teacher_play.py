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
from sebulba.models.deepsets import Observation, PolicyDistribution
from sebulba.simulation.env import RaceVecEnv
from sebulba.simulation.features import LEADER_FEATURE
from sebulba.training.distill import search_labels
from sebulba.training.evaluation import EVAL_SEED, play_to_the_end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--opponent", choices=("heuristic", "search"), default="search")
    parser.add_argument("--games", type=int, default=64)
    parser.add_argument("--mode", choices=("network", "blocker", "both"), default="blocker")
    args = parser.parse_args()
    model = load_actor(args.checkpoint).eval()
    search = SearchTeam(args.games)

    def act(obs: Observation, env: RaceVecEnv) -> torch.Tensor:
        """The search's labels for our pods, the network's runner kept in `blocker` mode."""
        labels = search_labels(
            env.state, env.learner_pods(), search.team_commands(env.state, env.learner_team)
        )
        if args.mode == "both":
            return labels.float()
        runner = obs.self_features[..., LEADER_FEATURE] > 0.5
        network = PolicyDistribution(model.actor(obs)).mode(runner)
        return torch.where(runner[..., None], network, labels.float())

    chosen = None if args.mode == "network" else act
    wins, _, _ = play_to_the_end(model, args.games, "cpu", EVAL_SEED, "2v2", args.opponent, chosen)
    print(
        f"{args.mode} vs {args.opponent}: {int(wins.sum())} of {args.games} won ({wins.float().mean():.1%})"
    )


if __name__ == "__main__":
    main()
