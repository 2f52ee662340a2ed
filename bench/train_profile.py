"""Where a PPO iteration's time goes: env step, policy forward, the rest of the rollout, update.

Runs `--iterations` iterations of the real `Trainer` (cpu preset unless `--preset gpu`; any config field
via `--set`, as in `sebulba train`) after one warm-up iteration, and times the parts by wrapping the
trainer's own methods, so the loop measured is the loop that trains. Prints `name: value` lines.
Example: `.venv/bin/python bench/train_profile.py --iterations 3 --stage duel`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sebulba.config import ConfigManager, preset  # noqa: E402
from sebulba.training.cli import parse_assignment  # noqa: E402
from sebulba.training.ppo import Trainer  # noqa: E402

RACE_FRAME_CALLS = 100


def timed(function: Callable[..., Any], seconds: defaultdict[str, float], key: Callable[[], str]) -> Any:
    """`function`, adding its wall time to `seconds[key()]` (key read at call time)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[key()] += time.perf_counter() - start

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", choices=["cpu", "gpu"], default="cpu")
    parser.add_argument("--iterations", type=int, default=3)
    parser.add_argument("--stage", choices=["solo", "duel", "2v2", "league"], default="solo")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args()
    manager = ConfigManager(preset(args.preset))
    manager.update({"curriculum": {"stage_override": args.stage}, "checkpoint_every": 1_000_000})
    for assignment in args.set:
        manager.update(parse_assignment(assignment))
    with tempfile.TemporaryDirectory() as data_dir:
        trainer = Trainer(manager, Path(data_dir))
        trainer.train_iteration()  # warm-up; also applies the stage override
        seconds: defaultdict[str, float] = defaultdict(float)
        # The rollout samples through get_action_and_value, the update differentiates evaluate_actions.
        trainer.model.get_action_and_value = timed(
            trainer.model.get_action_and_value, seconds, lambda: "policy_forward"
        )
        trainer.model.evaluate_actions = timed(
            trainer.model.evaluate_actions, seconds, lambda: "update_forward"
        )
        trainer.env.step = timed(trainer.env.step, seconds, lambda: "env_step")
        trainer.rollout = timed(trainer.rollout, seconds, lambda: "rollout")
        trainer.update = timed(trainer.update, seconds, lambda: "update")
        start = time.perf_counter()
        for _ in range(args.iterations):
            trainer.train_iteration()
        total = time.perf_counter() - start
        frame_start = time.perf_counter()
        for _ in range(RACE_FRAME_CALLS):
            trainer.env.race_frame()
        race_frame_ms = (time.perf_counter() - frame_start) / RACE_FRAME_CALLS * 1000
        trainer.close()
    config = manager.get_snapshot()
    env_steps = args.iterations * config.ppo.batch_size
    samples = env_steps * trainer.env.num_agents
    parts = {
        "env_step": seconds["env_step"],
        "policy_forward": seconds["policy_forward"],
        "rollout_other": seconds["rollout"] - seconds["env_step"] - seconds["policy_forward"],
        "update": seconds["update"],
        "iteration_other": total - seconds["rollout"] - seconds["update"],
    }
    print(f"preset: {config.preset}")
    print(f"stage: {args.stage}")
    print(f"num_envs: {config.ppo.num_envs}")
    print(f"num_steps: {config.ppo.num_steps}")
    print(f"torch_threads: {torch.get_num_threads()}")
    print(f"train_env_steps_per_s: {env_steps / total:.0f}")
    print(f"train_samples_per_s: {samples / total:.0f}")
    print(f"rollout_env_steps_per_s: {env_steps / seconds['rollout']:.0f}")
    print(f"env_step_ms: {seconds['env_step'] / (args.iterations * config.ppo.num_steps) * 1000:.2f}")
    for name, value in parts.items():
        print(f"{name}_s: {value:.2f}")
        print(f"{name}_share: {value / total:.3f}")
    print(f"update_backward_and_step_s: {seconds['update'] - seconds['update_forward']:.2f}")
    print(f"race_frame_ms: {race_frame_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
