"""Simulation throughput: engine and environment env-steps per second (one step = one turn of one race).

Workload: races on random official maps, every pod aiming at its next checkpoint (+-600 jitter) with a
random thrust, 1% SHIELD and 1% BOOST a turn: the start brawls and the blocking of real play included.
Only `gpu_physics.step` is timed (commands are made outside the timed region). The machine is shared, so
each figure is the best of --repeats runs. One function per measured thing; `--only` picks them, so the
env's observation/reward figures can join as another function.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import torch
from torch import Tensor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sebulba.config import RewardWeights  # noqa: E402
from sebulba.simulation import gpu_physics as physics  # noqa: E402
from sebulba.simulation.env import RaceVecEnv  # noqa: E402
from sebulba.simulation.maps import random_official_map  # noqa: E402
from sebulba.simulation.rules import MAX_CHECKPOINTS, Rules  # noqa: E402

POD_COUNT = 4
WARMUP_TURNS = 10
TIMED_TURNS = 40


def fresh_races(batch: int, device: str, dtype: torch.dtype, seed: int) -> physics.BatchState:
    rng = random.Random(seed)
    checkpoints = torch.zeros(batch, MAX_CHECKPOINTS, 2, dtype=dtype)
    counts = torch.zeros(batch, dtype=torch.long)
    for r in range(batch):
        points = random_official_map(rng)
        checkpoints[r, : len(points)] = torch.tensor(points, dtype=dtype)
        counts[r] = len(points)
    return physics.new_races(checkpoints.to(device), counts.to(device), POD_COUNT)


def aiming_commands(
    state: physics.BatchState, generator: torch.Generator, rules: Rules
) -> physics.BatchCommands:
    """Aim at the next checkpoint with a random thrust; now and then SHIELD or BOOST."""
    b, p = state.next_checkpoint.shape
    device = state.pos.device
    target = torch.gather(state.checkpoints, 1, state.next_checkpoint[..., None].expand(-1, -1, 2))
    jitter = torch.randint(-600, 601, (b, p, 2), generator=generator, device=device).to(target.dtype)
    power = torch.rand(b, p, generator=generator, device=device)
    return physics.BatchCommands(
        target=target + jitter,
        thrust=torch.randint(0, rules.max_thrust + 1, (b, p), generator=generator, device=device),
        shield=power < 0.01,
        boost=(power >= 0.01) & (power < 0.02),
    )


def _sync(device: str) -> None:
    if device.startswith("cuda"):
        torch.cuda.synchronize()


def engine(
    batch: int, device: str, dtype: torch.dtype, collision_rounds: int | None
) -> tuple[float, list[int]]:
    """Engine env-steps/s over TIMED_TURNS turns, and each race's collision rounds per timed turn."""
    rules = Rules()
    generator = torch.Generator(device=device).manual_seed(batch)
    state = fresh_races(batch, device, dtype, seed=batch)
    elapsed = 0.0
    rounds: list[Tensor] = []
    for turn in range(WARMUP_TURNS + TIMED_TURNS):
        commands = aiming_commands(state, generator, rules)
        _sync(device)
        started = time.perf_counter()
        state, events = physics.step(state, commands, rules, collision_rounds=collision_rounds)
        _sync(device)
        if turn >= WARMUP_TURNS:
            elapsed += time.perf_counter() - started
            rounds.append(events.collision_rounds)
    return batch * TIMED_TURNS / elapsed, torch.cat(rounds).tolist()


def report_engine(args: argparse.Namespace) -> None:
    for dtype_name in args.dtypes:
        dtype = getattr(torch, dtype_name)
        for batch in args.batches:
            best = 0.0
            rounds: list[int] = []
            for _ in range(args.repeats):
                rate, rounds = engine(batch, args.device, dtype, args.collision_rounds)
                best = max(best, rate)
            print(f"engine_steps_per_s_{args.device}_{dtype_name}_b{batch}: {best:.4g}", flush=True)
        ordered = sorted(rounds)
        for q in (0.5, 0.9, 0.99, 0.999):
            print(f"collision_rounds_p{q * 100:g}_{dtype_name}: {ordered[int(q * (len(ordered) - 1))]}")
        print(f"collision_rounds_max_{dtype_name}: {ordered[-1]}")


def environment(batch: int, device: str, stage: str) -> float:
    """Env-steps/s of RaceVecEnv.step: engine + opponent + observations + rewards + auto-reset."""
    env = RaceVecEnv(batch, stage, RewardWeights(), device=device, seed=batch)  # type: ignore[arg-type]
    generator = torch.Generator().manual_seed(batch)
    elapsed = 0.0
    for turn in range(WARMUP_TURNS + TIMED_TURNS):
        actions = torch.rand(batch, env.num_agents, 4, generator=generator).to(device)
        actions[..., 0] = 1.0
        actions[..., 2:] = (actions[..., 2:] < 0.01).float()
        _sync(device)
        started = time.perf_counter()
        env.step(actions)
        _sync(device)
        if turn >= WARMUP_TURNS:
            elapsed += time.perf_counter() - started
    return batch * TIMED_TURNS / elapsed


def report_env(args: argparse.Namespace) -> None:
    for stage in ("solo", "2v2"):
        for batch in args.batches:
            best = max(environment(batch, args.device, stage) for _ in range(args.repeats))
            print(f"env_steps_per_s_{args.device}_{stage}_b{batch}: {best:.4g}", flush=True)


MEASURES: dict[str, Callable[[argparse.Namespace], None]] = {"engine": report_engine, "env": report_env}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--only", choices=sorted(MEASURES), action="append", help="measure only these")
    parser.add_argument("--batches", type=int, nargs="+", default=[1024, 4096, 16384])
    parser.add_argument("--dtypes", nargs="+", choices=["float64", "float32"], default=["float64", "float32"])
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure; the best is kept")
    parser.add_argument("--collision-rounds", type=int, default=physics.COLLISION_ROUNDS)
    parser.add_argument("--threads", type=int, default=torch.get_num_threads(), help="torch CPU threads")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    print(f"device: {args.device}")
    print(f"threads: {torch.get_num_threads()}")
    for name in args.only or sorted(MEASURES):
        MEASURES[name](args)


if __name__ == "__main__":
    main()
