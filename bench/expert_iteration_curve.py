"""The expert-iteration learning curves: win rates against `search` and `heuristic` over env-steps (a
training run's in-run evaluations) and over DAgger rounds (`sebulba distill --teacher search` records).

    python bench/expert_iteration_curve.py --run data/ei-ppo/runs/cpu-seed41 data/ei-cheap/runs/cpu-seed44 \
        --distilled data/ei/big-round1.pt --out docs/expert_iteration.png

Each training run's TensorBoard scalars `eval/win_rate_vs_search` and `eval/win_rate_vs_heuristic` (the
deterministic policy on fixed games, every `eval.every` iterations; env-steps from the run's own start,
each labelled by its data folder) are the left panel; each distilled
checkpoint's `distillation` record (round -1 is the starting network) is a line of the right panel.
`--lineage STEPS=CHECKPOINT ...` adds a middle panel: each checkpoint (its env-steps since the starting
network given) played on its int8 grid against `search` on `--games` other fixed games (`--seed`), with
95% intervals: the same measurement as `sebulba evaluate CKPT --opponent search --grid`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib

from sebulba.arena.referee import wilson_interval
from sebulba.export.exporter import load_actor, on_grid
from sebulba.training.evaluation import evaluate_vs_search

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import torch
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

SCALARS = {"eval/win_rate_vs_search": "vs search", "eval/win_rate_vs_heuristic": "vs heuristic"}


def run_curves(run: Path) -> dict[str, list[tuple[int, float]]]:
    events = EventAccumulator(str(run))
    events.Reload()
    tags = set(events.Tags()["scalars"])
    return {
        label: [(e.step, e.value) for e in events.Scalars(tag)]
        for tag, label in SCALARS.items()
        if tag in tags
    }


def dagger_rounds(path: Path) -> list[dict]:
    payload = torch.load(path, map_location="cpu", weights_only=True)
    return json.loads(payload["distillation"])["rounds"]


def lineage(points: list[str], games: int, seed: int) -> list[tuple[float, float, float, float]]:
    """(env-steps, win rate, interval low, interval high) of each STEPS=CHECKPOINT against `search`."""
    rows = []
    for point in points:
        steps, _, path = point.partition("=")
        result = evaluate_vs_search(on_grid(load_actor(Path(path))), games, seed=seed)
        low, high = wilson_interval(result.wins, games)
        rows.append((float(steps), result.win_rate, low, high))
        print(f"{path} ({float(steps) / 1e6:.2f}M env-steps): {result.win_rate:.3f} ({low:.3f}-{high:.3f})")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--run", type=Path, nargs="+", required=True, help="training runs' TensorBoard folders"
    )
    parser.add_argument("--distilled", type=Path, nargs="*", default=[], help="distilled checkpoints")
    parser.add_argument("--lineage", nargs="*", default=[], help="STEPS=CHECKPOINT: env-steps and checkpoint")
    parser.add_argument("--games", type=int, default=256, help="--lineage games against search")
    parser.add_argument("--seed", type=int, default=7, help="--lineage game set")
    parser.add_argument("--out", type=Path, default=Path("docs/expert_iteration.png"))
    args = parser.parse_args()
    panels = 3 if args.lineage else 2
    figure, axes = plt.subplots(1, panels, figsize=(5.5 * panels, 4), sharey=True)
    left, right = axes[0], axes[-1]
    if args.lineage:
        rows = lineage(args.lineage, args.games, args.seed)
        middle = axes[1]
        middle.errorbar(
            [r[0] / 1e6 for r in rows],
            [r[1] for r in rows],
            yerr=[[r[1] - r[2] for r in rows], [r[3] - r[1] for r in rows]],
            marker="o",
            capsize=3,
            label=f"vs search, {args.games} games (int8)",
        )
        middle.set_xlabel("env-steps (millions) since the starting network")
        middle.legend(fontsize=7)
    colours = plt.get_cmap("tab20")
    for index, run in enumerate(args.run):
        name = run.parent.parent.name  # DATA_DIR/runs/NAME: the data folder names the run
        for label, points in run_curves(run).items():
            style = "-o" if label == "vs search" else "--s"  # one colour a run, its two curves by style
            xs, ys = [s / 1e6 for s, _ in points], [v for _, v in points]
            left.plot(xs, ys, style, color=colours(index % 20), markersize=3, label=f"{name}: {label}")
            print(name, label, " ".join(f"{s}:{v:.3f}" for s, v in points))
    left.set_xlabel("PPO env-steps (millions), league with search_share")
    left.set_ylabel("deterministic win rate, fixed games")
    left.set_ylim(0, 1)
    left.legend(fontsize=7)
    ticks: set[int] = set()
    for path in args.distilled:
        rounds = dagger_rounds(path)
        ticks.update(r["round"] for r in rounds)
        for key, style in (("win_rate_vs_search", "-o"), ("win_rate_vs_heuristic", "--s")):
            xs = [r["round"] for r in rounds if key in r]
            ys = [r[key] for r in rounds if key in r]
            right.plot(xs, ys, style, label=f"{path.stem}: {key.removeprefix('win_rate_')}")
            print(path.stem, key, " ".join(f"{x}:{y:.3f}" for x, y in zip(xs, ys, strict=True)))
    right.set_xticks(sorted(ticks))
    right.set_xlabel("DAgger round (-1: the starting network)")
    right.legend(fontsize=7)
    figure.suptitle("Expert iteration: win rates against search and heuristic")
    figure.tight_layout()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(args.out, dpi=100)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
