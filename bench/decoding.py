"""The deterministic blocker at its Betas' means or at their modes: paired games (issue 5).

    .venv/bin/python bench/decoding.py CHECKPOINT [--games 2048] [--seed 13]

Plays the same fixed 2v2 games against the heuristic team (`sebulba evaluate`'s set for that seed) twice
with the deterministic policy: the blocker's thrust and angle at their Betas' means (the runner's rule,
and the blocker's until commit f261912), then at their modes (`features.beta_point`, as shipped). Prints
both win rates and the paired difference: games won by one rule only, each way.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sebulba.export.exporter import load_actor  # noqa: E402
from sebulba.models.deepsets import DeepSetsPolicy, Observation  # noqa: E402
from sebulba.training.evaluation import play_to_the_end  # noqa: E402


class MeansForAll(DeepSetsPolicy):
    """The policy with every pod's Betas read at their means (the runner's rule for the blocker too)."""

    @torch.no_grad()
    def act(self, obs: Observation, deterministic: bool = False) -> torch.Tensor:
        if not deterministic:
            return super().act(obs, deterministic)
        leaders = torch.ones(obs.self_features.shape[:-1], dtype=torch.bool, device=obs.self_features.device)
        return self.distribution(obs).mode(leaders)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--games", type=int, default=2048)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    torch.set_grad_enabled(False)
    shipped = load_actor(args.checkpoint)
    means = MeansForAll()
    means.load_state_dict(shipped.state_dict())
    won_means, _, _ = play_to_the_end(means, args.games, "cpu", args.seed, "2v2")
    won_modes, _, _ = play_to_the_end(shipped, args.games, "cpu", args.seed, "2v2")
    print(f"games: {args.games} (seed {args.seed})")
    print(f"blocker_at_means_win_rate: {won_means.float().mean():.3f}")
    print(f"blocker_at_modes_win_rate: {won_modes.float().mean():.3f}")
    print(f"won_only_at_modes: {int((won_modes & ~won_means).sum())}")
    print(f"won_only_at_means: {int((won_means & ~won_modes).sum())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
