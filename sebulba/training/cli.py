"""`sebulba train`: PPO with the curriculum, a live progress line, checkpoints and `--resume`."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from rich.console import Console

from sebulba.config import ConfigError, ConfigManager, preset
from sebulba.training import distributed
from sebulba.training.checkpoints import CheckpointError, CheckpointStore
from sebulba.training.ppo import CHECKPOINT_PREFIX, RolloutInterrupted, Trainer
from sebulba.training.telemetry import TrainingStats

HELP = "train the policy with PPO (curriculum, league, checkpoints)"


def _eta(stats: TrainingStats) -> str:
    if stats.fps_training <= 0:
        return "?"
    seconds = max(0.0, (stats.total_steps - stats.step) / stats.fps_training)
    return time.strftime("%H:%M:%S", time.gmtime(seconds)) if seconds < 86400 else f"{seconds / 86400:.1f} d"


def progress_line(stats: TrainingStats) -> str:
    return (
        f"it {stats.iteration:5d} | step {stats.step:>13,} | {stats.fps_training:8,.0f} steps/s "
        f"(rollout {stats.fps_physics:8,.0f}) | stage {stats.stage:6s} | reward {stats.reward_mean:+.3f} "
        f"| win {stats.win_rate:5.1%} | len {stats.episode_length_mean:5.1f} | ETA {_eta(stats)}"
    )


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("train", help=HELP)
    add_arguments(parser)
    parser.set_defaults(func=run)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m sebulba.training`: `sebulba train` without the other sub-commands' imports (uvicorn)."""
    parser = argparse.ArgumentParser(prog="python -m sebulba.training", description=HELP)
    add_arguments(parser)
    return run(parser.parse_args(argv))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--preset", choices=["cpu", "gpu"], default="cpu", help="hyper-parameter preset")
    parser.add_argument("--device", choices=["auto", "cpu", "cuda", "mps"], default=None)
    parser.add_argument(
        "--resume", action="store_true", help="continue from the last checkpoint in --data-dir"
    )
    parser.add_argument(
        "--set-aside-previous",
        action="store_true",
        help="start anew in a --data-dir holding another run's rolling checkpoints: they are renamed "
        "previous-TIME-ckpt-..., kept apart from this run's (without it or --resume, such a start is "
        "refused)",
    )
    parser.add_argument(
        "--init",
        type=Path,
        default=None,
        metavar="CHECKPOINT",
        help="start from trained weights: a training checkpoint or a shipped actor (sebulba/pretrained/"
        "sebulba_actor.pt; its fresh critic trains alone first: ppo.critic_warmup_iterations); with "
        "--resume, the run's own last checkpoint wins once it has one",
    )
    parser.add_argument("--total-steps", type=int, default=None, help="env-steps (turns of one race) in all")
    parser.add_argument("--iterations", type=_positive, default=None, help="stop after this many iterations")
    parser.add_argument("--num-envs", type=int, default=None)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--stage", choices=["solo", "duel", "2v2", "league"], default=None, help="force a stage"
    )
    parser.add_argument("--data-dir", type=Path, default=Path("data"))
    parser.add_argument(
        "--distributed",
        type=int,
        default=0,
        metavar="N",
        help="data-parallel over N processes on this machine (torchrun; gloo on CPU, NCCL on GPUs)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="any config field, e.g. --set ppo.ent_coef=0.005 --set rewards.tau=0.3 (JSON values)",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def claim_data_dir(args: argparse.Namespace) -> None:
    """A fresh run never rotates another run's checkpoints: rolling retention keeps the highest names,
    so an older run's ckpt-67 would outlive, and delete, the new run's ckpt-3. Refuse (CheckpointError)
    unless --resume continues that run or --set-aside-previous renames its checkpoints out of the way."""
    if args.resume:
        return
    store = CheckpointStore(args.data_dir)
    previous = store.rolling(CHECKPOINT_PREFIX)
    if not previous:
        return
    if not args.set_aside_previous:
        raise CheckpointError(
            f"{store.folder} holds another run's checkpoints ({previous[0]} .. {previous[-1]}): --resume "
            "continues it, --set-aside-previous keeps them apart and starts anew, or use another --data-dir"
        )
    store.set_aside(CHECKPOINT_PREFIX, time.strftime("previous-%Y%m%d-%H%M%S"))


def parse_assignment(text: str) -> dict:
    """`a.b=1` -> {"a": {"b": 1}}; values are JSON (bare words are strings)."""
    key, sep, raw = text.partition("=")
    if not sep or not key:
        raise ConfigError(f"--set expects KEY=VALUE, got {text!r}")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    nested: dict = {}
    cursor = nested
    parts = key.split(".")
    for part in parts[:-1]:
        cursor = cursor.setdefault(part, {})
    cursor[parts[-1]] = value
    return nested


def build_config(args: argparse.Namespace) -> ConfigManager:
    manager = ConfigManager(preset(args.preset))
    update: dict = {"ppo": {}}
    if args.device:
        update["device"] = args.device
    if args.seed is not None:
        update["seed"] = args.seed
    if args.total_steps is not None:
        update["ppo"]["total_steps"] = args.total_steps
    if args.num_envs is not None:
        update["ppo"]["num_envs"] = args.num_envs
    if args.stage is not None:
        update["curriculum"] = {"stage_override": args.stage}
    manager.update(update)
    for assignment in args.set:
        manager.update(parse_assignment(assignment))
    return manager


def stop_on_ctrl_c(trainer: Trainer) -> None:
    """First Ctrl-C: drop the rollout in progress, so the checkpoint holds a whole update; second: abort."""

    def handler(signum: int, frame: FrameType | None) -> None:
        if trainer.interrupt.is_set():
            raise KeyboardInterrupt
        trainer.interrupt.set()

    signal.signal(signal.SIGINT, handler)


def launch_distributed(ranks: int) -> int:
    """Re-run this very command under torchrun with `ranks` processes on this machine."""
    argv = sys.argv[sys.argv.index("train") + 1 :] if "train" in sys.argv else sys.argv[1:]
    return distributed.relaunch(ranks, argv, ["-m", "sebulba.training"])


def run(args: argparse.Namespace) -> int:
    if args.distributed and args.distributed > 1 and "WORLD_SIZE" not in os.environ:
        return launch_distributed(args.distributed)
    console = Console(stderr=True, soft_wrap=True)
    try:
        context = distributed.from_environment()
        manager = build_config(args)
        if context.is_main:
            claim_data_dir(args)
        trainer = Trainer(manager, args.data_dir, resume=args.resume, init_from=args.init, dist=context)
    except (ConfigError, CheckpointError, ValueError) as error:
        console.print(f"[red]error:[/red] {error}")
        return 2
    if not context.is_main:
        console.quiet = True
    if trainer.resumed_from:
        where = f"iteration {trainer.iteration}, step {trainer.global_step:,}"
        console.print(f"resumed from {trainer.resumed_from}: {where}")
    elif trainer.initialised_from:
        console.print(f"initialised from {trainer.initialised_from}")
    stop_on_ctrl_c(trainer)
    done = 0
    last_event = 0
    finished = False
    try:
        while trainer.global_step < manager.get_snapshot().ppo.total_steps:
            if args.iterations is not None and done >= args.iterations:
                break
            stats = trainer.train_iteration()
            done += 1
            for event in trainer.hub.events_after(last_event):
                last_event = event.seq
                if event.kind != "checkpoint":
                    console.print(f"[cyan]{event.kind}[/cyan] {event.message}")
            line = progress_line(stats)
            if sys.stderr.isatty():
                console.print(line, end="\r")
            else:
                console.print(line)
        finished = True
    except (RolloutInterrupted, KeyboardInterrupt):
        console.print("\ninterrupted: saving a checkpoint")
    finally:
        name = trainer.save_checkpoint()
        trainer.close()
        distributed.shutdown(context, finished)
        console.print(f"\ncheckpoint {name} (step {trainer.global_step:,})")
    return 0
