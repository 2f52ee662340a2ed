"""Who pushes whom: the policy's 2v2 games against the heuristic team, contacts and margins (issue 5).

    .venv/bin/python bench/contacts.py CHECKPOINT [--games 512]

Plays the evaluation's fixed games (`sebulba evaluate`: official maps, deterministic policy) and prints
the win rate, the collision impulse (the engine's per-pair |impulse|) between the policy's pods and the
enemy leader (runner), and between its own leader and the enemy pods, summed per game (all games, won,
lost), and how far behind (track units) the
policy's best pod is when a game is lost and ahead when won, as quantiles.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sebulba.export.exporter import load_actor  # noqa: E402
from sebulba.simulation.env import track_progress  # noqa: E402
from sebulba.training.evaluation import fixed_races  # noqa: E402

QUANTILES = (0.1, 0.25, 0.5, 0.75, 0.9)


@torch.no_grad()
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--games", type=int, default=512)
    args = parser.parse_args()
    model = load_actor(args.checkpoint).eval()
    n = args.games
    env, obs = fixed_races(n)
    rows = torch.arange(n)[:, None]
    done = torch.zeros(n, dtype=torch.bool)
    wins = torch.zeros(n, dtype=torch.bool)
    given, taken, margin = torch.zeros(n), torch.zeros(n), torch.zeros(n, dtype=torch.float64)
    while not bool(done.all()):
        before, leader = env.state, env.leader  # read before a finished race is replaced
        ours, theirs = env._pods_of(env.learner_team), env._pods_of(1 - env.learner_team)
        mine = torch.zeros(n, 4, dtype=torch.bool)
        mine[rows, ours] = True
        obs, _, terminated, _, info = env.step(model.act(obs, deterministic=True))
        impulse = env.last_impulse.float()  # [n, P, P], symmetric per pair
        to_their_leader = (impulse * (mine[:, None, :] & (~mine & leader)[:, :, None])).sum((1, 2))
        to_our_leader = (impulse * (~mine[:, None, :] & (mine & leader)[:, :, None])).sum((1, 2))
        given += torch.where(done, 0.0, to_their_leader)
        taken += torch.where(done, 0.0, to_our_leader)
        first = terminated & ~done
        if first.any():
            progress = track_progress(before)
            lead = progress[rows, ours].amax(1) - progress[rows, theirs].amax(1)
            margin = torch.where(first, lead, margin)
            wins = torch.where(first, info["win"] > 0, wins)
        done |= terminated
    print(f"games: {n}, win_rate: {wins.float().mean():.3f}")
    for name, values in (("impulse_with_enemy_leader", given), ("impulse_on_own_leader", taken)):
        print(f"{name}: {values.mean():.0f} (won {values[wins].mean():.0f}, lost {values[~wins].mean():.0f})")
    q = torch.tensor(QUANTILES, dtype=margin.dtype)
    for name, values in (("lost_by_units", -margin[~wins]), ("won_by_units", margin[wins])):
        if len(values):
            print(f"{name} q{list(QUANTILES)}: {[round(v) for v in torch.quantile(values, q).tolist()]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
