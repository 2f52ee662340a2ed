"""Which role loses the 2v2 games: the policy's team with one role played by the heuristic bot (issue 5).

    .venv/bin/python bench/roles.py CHECKPOINT [--games 1024] [--modes policy,hrunner,hblocker,mirror]

Plays the evaluation's fixed 2v2 games against the heuristic team (`sebulba evaluate`: official maps,
deterministic policy) four times: the policy's pods as trained (`policy`), its runner replaced by the
heuristic's runner (`heuristic runner + policy blocker`), its blocker replaced by the heuristic's blocker
(`policy runner + heuristic blocker`), and both replaced (`heuristic team`, the mirror match: ~50%). A
pod's role is the heuristic's own (the one ahead on checkpoints passed, then distance, runs), so the
substituted pod plays exactly what the heuristic team plays. Prints the win rate and mean turns of each.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sebulba.bots.heuristic_batched import heuristic_runners, heuristic_team_commands  # noqa: E402
from sebulba.export.exporter import load_actor  # noqa: E402
from sebulba.simulation import env as env_module  # noqa: E402
from sebulba.simulation import gpu_physics as physics  # noqa: E402
from sebulba.training.evaluation import evaluate_vs_heuristic  # noqa: E402

MODES = {
    "policy": ("policy", False, False),
    "hrunner": ("heuristic runner + policy blocker", True, False),
    "hblocker": ("policy runner + heuristic blocker", False, True),
    "mirror": ("heuristic team", True, True),
}
"""--modes key: (what is printed, runner substituted, blocker substituted)."""


def substituting(
    decode: Callable[..., physics.BatchCommands], runner: bool, blocker: bool
) -> Callable[..., physics.BatchCommands]:
    """decode_actions, with the heuristic's commands for the learner pods in the substituted roles."""

    def decode_with_substitutes(
        state: physics.BatchState, pods: torch.Tensor, *args, **kwargs
    ) -> physics.BatchCommands:
        commands = decode(state, pods, *args, **kwargs)
        runs = heuristic_runners(state)
        learner = torch.zeros_like(runs).scatter(1, pods, True)
        swap = learner & ((runs & runner) | (~runs & blocker))
        return env_module.merge_commands(~swap, commands, heuristic_team_commands(state))

    return decode_with_substitutes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--games", type=int, default=1024)
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated, of: " + ", ".join(MODES))
    args = parser.parse_args()
    modes = args.modes.split(",")
    unknown = sorted(set(modes) - set(MODES))
    if unknown:
        parser.error(f"unknown modes {unknown}: choose from {', '.join(MODES)}")
    model = load_actor(args.checkpoint).eval()
    original = env_module.decode_actions
    try:
        for mode in modes:
            name, runner, blocker = MODES[mode]
            env_module.decode_actions = substituting(original, runner, blocker)
            result = evaluate_vs_heuristic(model, args.games)
            figures = f"win_rate {result.win_rate:.3f} over {result.games} games"
            print(f"{name}: {figures}, mean_turns {result.mean_turns:.1f}")
    finally:
        env_module.decode_actions = original
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
