"""Run under torchrun by test_distributed.py: identical parameters across ranks, and DDP == one process."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import torch

from sebulba.config import ConfigManager, preset
from sebulba.simulation.env import Observation
from sebulba.training.distributed import SINGLE, from_environment, shutdown
from sebulba.training.ppo import Rollout, Trainer

TINY = {
    "ppo": {"num_envs": 16, "num_steps": 8, "num_minibatches": 1, "update_epochs": 1, "norm_adv": False},
    "checkpoint_every": 1000,
}


def flat_parameters(trainer: Trainer) -> torch.Tensor:
    return torch.cat([p.detach().flatten() for p in trainer.model.parameters()])


def synthetic_batch(samples: int) -> Rollout:
    """The same random rollout on every rank (fixed seed)."""
    g = torch.Generator().manual_seed(123)
    mask = torch.ones(samples, 1, 3, dtype=torch.bool)
    obs = Observation(
        torch.randn(samples, 1, 14, generator=g),
        torch.randn(samples, 1, 3, 13, generator=g),
        mask,
        torch.randn(samples, 1, 6, generator=g),
    )
    actions = torch.rand(samples, 1, 4, generator=g)
    actions[..., 2:] = actions[..., 2:].round()
    return Rollout(
        obs=obs,
        actions=actions,
        logprobs=-torch.rand(samples, 1, generator=g) * 3,
        advantages=torch.randn(samples, 1, generator=g),
        returns=torch.randn(samples, 1, generator=g),
        values=torch.randn(samples, 1, generator=g),
        episode_turns=[],
        episode_wins=[],
        episode_returns=[],
        reward_mean=0.0,
        seconds=1.0,
    )


def half(batch: Rollout, rank: int, world: int) -> Rollout:
    size = batch.actions.shape[0] // world
    part = slice(rank * size, (rank + 1) * size)
    return Rollout(
        Observation(*(x[part] for x in batch.obs)),
        batch.actions[part],
        batch.logprobs[part],
        batch.advantages[part],
        batch.returns[part],
        batch.values[part],
        [],
        [],
        [],
        0.0,
        1.0,
    )


def main() -> None:
    out, data_dir = Path(sys.argv[1]), Path(sys.argv[2])
    context = from_environment()
    manager = ConfigManager(preset("cpu"))
    manager.update(TINY)
    trainer = Trainer(manager, data_dir, dist=context)
    for _ in range(2):
        trainer.train_iteration()
    every_rank = context.gather(flat_parameters(trainer))
    identical = all(torch.equal(every_rank[0], other) for other in every_rank[1:])

    ppo = manager.get_snapshot().ppo
    torch.manual_seed(7)
    start = {k: v.clone() for k, v in trainer.model.state_dict().items()}
    trainer.model.load_state_dict(start)
    trainer.optimizer = torch.optim.Adam(trainer.model.parameters(), lr=1e-3, eps=1e-5)
    full = synthetic_batch(64)
    trainer.update(half(full, context.rank, context.world_size), ppo)
    distributed_result = flat_parameters(trainer)
    if context.is_main:
        single = Trainer(manager, data_dir / "single", dist=SINGLE)
        single.model.load_state_dict(start)
        single.optimizer = torch.optim.Adam(single.model.parameters(), lr=1e-3, eps=1e-5)
        single.update(full, ppo)
        gap = float((flat_parameters(single) - distributed_result).abs().max())
        result = {
            "identical": identical,
            "gap": gap,
            "world": context.world_size,
            "step": trainer.global_step,
        }
        out.write_text(json.dumps(result))
    trainer.close()
    shutdown(context, finished=True)  # rank 0 works on alone: the others wait for it before teardown


if __name__ == "__main__":
    main()
