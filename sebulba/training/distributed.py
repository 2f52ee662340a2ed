"""Data-parallel PPO on torch.distributed: one process per rank, gradients all-reduced by DDP.

Launch with `torchrun --nproc-per-node N -m sebulba.training ...` or `sebulba train --distributed N`.
Each rank simulates its own slice of the races (num_envs / N) with its own seed; rank 0 alone writes
checkpoints, the league and telemetry, and broadcasts the config snapshot and the league opponent each
iteration so that every rank trains against the same league with the same hyper-parameters. NCCL on
GPUs, gloo on CPUs. A rank that dies makes torchrun stop the others (no hang: collectives also time out).
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Any, TypeVar

import torch
import torch.distributed as dist
from torch import nn

T = TypeVar("T")
COLLECTIVE_TIMEOUT_S = 300
"""A rank that stops answering fails the others' collectives after this long instead of hanging them."""


@dataclass(frozen=True)
class DistributedContext:
    rank: int = 0
    world_size: int = 1
    local_rank: int = 0

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def enabled(self) -> bool:
        return self.world_size > 1

    def broadcast(self, value: T) -> T:
        """Rank 0's value on every rank."""
        if not self.enabled:
            return value
        box = [value]
        dist.broadcast_object_list(box, src=0)
        return box[0]

    def gather(self, value: T) -> list[T]:
        """Every rank's value, in rank order, on every rank."""
        if not self.enabled:
            return [value]
        boxes: list[Any] = [None] * self.world_size
        dist.all_gather_object(boxes, value)
        return boxes

    def mean(self, value: float) -> float:
        if not self.enabled:
            return value
        tensor = torch.tensor([value], dtype=torch.float64)
        dist.all_reduce(tensor)
        return float(tensor[0]) / self.world_size

    def device(self, requested: torch.device) -> torch.device:
        """One GPU per rank (cuda:LOCAL_RANK); CPU ranks share the CPU."""
        if requested.type == "cuda" and self.enabled:
            return torch.device("cuda", self.local_rank)
        return requested


SINGLE = DistributedContext()


def relaunch(ranks: int, argv: list[str], entry: list[str]) -> int:
    """Run `entry` (`-m module [sub-command]`) under torchrun with `ranks` processes on this machine, with
    this command's arguments `argv` less its `--distributed N`."""
    forwarded = []
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--distributed":
            skip = True
        elif not word.startswith("--distributed="):
            forwarded.append(word)
    command = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={ranks}"]
    return subprocess.call([*command, *entry, *forwarded])


def from_environment() -> DistributedContext:
    """Join the process group torchrun describes (RANK, WORLD_SIZE, ...); a single process otherwise."""
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    if world_size <= 1:
        return SINGLE
    if not dist.is_initialized():
        backend = "nccl" if torch.cuda.is_available() else "gloo"
        dist.init_process_group(backend, timeout=datetime.timedelta(seconds=COLLECTIVE_TIMEOUT_S))
    return DistributedContext(dist.get_rank(), dist.get_world_size(), int(os.environ.get("LOCAL_RANK", "0")))


def shutdown(context: DistributedContext, finished: bool = False) -> None:
    """Leave the process group. After a run every rank finished (`finished`), meet at a barrier first: a
    rank that tears down while another still talks to rank 0's store can abort in gloo's threads."""
    if context.enabled and dist.is_initialized():
        if finished:
            dist.barrier()
        dist.destroy_process_group()


class ActionValue(nn.Module):
    """The policy's `evaluate_actions` as a forward pass, so DDP can hook its gradients."""

    def __init__(self, policy: nn.Module) -> None:
        super().__init__()
        self.policy = policy

    def forward(self, obs: Any, action: torch.Tensor) -> tuple[torch.Tensor, ...]:
        return self.policy.evaluate_actions(obs, action)


def learner(policy: nn.Module, context: DistributedContext) -> nn.Module:
    """What the update differentiates: DDP-wrapped across ranks (parameters broadcast from rank 0)."""
    module = ActionValue(policy)
    if not context.enabled:
        return module
    device_ids = [context.local_rank] if next(policy.parameters()).is_cuda else None
    return nn.parallel.DistributedDataParallel(module, device_ids=device_ids)
