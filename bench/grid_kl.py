"""How far one small weight step moves the policy, with the actor on its int8 grid and off it.

    python bench/grid_kl.py [CHECKPOINT] [--steps 5e-5 2e-4] [--trials 5]

`ppo.quantisation_aware` trains the actor through its int8 grid (the bot's weights): a step that carries
a weight across a rounding boundary moves it a whole grid step (the row's max |w| / 127), and one that does
not moves it not at all. Here every actor weight of a training checkpoint takes a step of +-STEP (random
signs, Adam's first steps are about this size) and the mean KL divergence of the four action components
is measured over 512 pods of 256 fixed 2v2 races at turn 30, on the grid and off it (docs/EXPERIMENTS.md:
the fine-tuning against the search).
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

import torch
from torch.distributions import kl_divergence

from sebulba.models.deepsets import DeepSetsPolicy, Observation, PolicyDistribution
from sebulba.training.evaluation import fixed_races


def states(races: int = 256, turns: int = 30, seed: int = 5) -> Observation:
    """Fixed 2v2 races against the heuristic team after `turns` turns of random commands."""
    generator = torch.Generator().manual_seed(seed)
    env, obs = fixed_races(races, "cpu", seed, "2v2", "heuristic")
    for _ in range(turns):
        obs, *_ = env.step(torch.rand(races, 2, 4, generator=generator))
    return obs


def divergence(before: PolicyDistribution, after: PolicyDistribution) -> float:
    parts = (
        kl_divergence(before.thrust, after.thrust),
        kl_divergence(before.angle, after.angle),
        kl_divergence(before.shield, after.shield),
        kl_divergence(before.boost, after.boost),
    )
    return float(sum(parts).mean())


@torch.no_grad()
def step_divergence(payload: dict, obs: Observation, on_grid: bool, step: float, seed: int) -> float:
    model = DeepSetsPolicy.from_state_dict(payload["model"])
    model.set_actor_on_grid(on_grid)
    before = model.distribution(obs)
    generator = torch.Generator().manual_seed(seed)
    for parameter in model.actor.parameters():
        signs = torch.randint(0, 2, parameter.shape, generator=generator) * 2 - 1
        parameter.add_(step * signs)
    return divergence(before, model.distribution(obs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", nargs="?", default="training-checkpoints/qat1-ckpt-0000611.pt")
    parser.add_argument("--steps", type=float, nargs="+", default=[5e-5, 2e-4])
    parser.add_argument("--trials", type=int, default=5)
    args = parser.parse_args()
    payload = torch.load(Path(args.checkpoint), map_location="cpu", weights_only=True)
    obs = states()
    for step in args.steps:
        for on_grid in (True, False):
            values = [step_divergence(payload, obs, on_grid, step, seed) for seed in range(args.trials)]
            print(
                f"step {step:g}, {'on the int8 grid' if on_grid else 'float weights   '}: "
                f"KL mean {statistics.fmean(values):.6f}, max {max(values):.6f} ({args.trials} trials)"
            )


if __name__ == "__main__":
    main()
