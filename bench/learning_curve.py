"""The learning curve of a training run: milestone checkpoints measured in the arena, drawn as a PNG.

For each `ckpt-*.pt` of the run (every 100 iterations are kept): the runner benchmark (mean turns over
the 13 official maps x rotations, the first pod alone: `sebulba arena --solo --pod-alone`, the variant
every measured row and HEURISTIC_RUNNER_TURNS were taken on) and the deterministic 2v2 win rate against the
`heuristic` team on one fixed set of games (`sebulba evaluate`: batched, the same games for every
milestone, so the curve shows the policy rather than the luck of the draw).
Usage: python bench/learning_curve.py data/main --games 1024 --out docs/learning_curve.png
Measured rows are kept in RUN/learning_curve.json: a later call measures only the new milestones and
draws every row measured so far (a run that goes on prunes nothing it has measured); `--until` stops at a
given iteration.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from sebulba.arena.match import runner_benchmark
from sebulba.arena.referee import wilson_interval
from sebulba.export.exporter import load_actor
from sebulba.fileio import atomic_write_json
from sebulba.training.evaluation import evaluate_vs_heuristic

HEURISTIC_RUNNER_TURNS = 208.0
"""`sebulba arena --solo heuristic --pod-alone` on the same benchmark."""


WIN_RATE_METHOD = "fixed evaluation"
"""Rows measured otherwise (earlier builds played a few arena games) get their win rate measured again."""


def runner(path: Path, jobs: int) -> dict[str, float]:
    solo = runner_benchmark(f"checkpoint:{path}", jobs=jobs, pod_alone=True)
    return {"runner_mean_turns": solo.mean_turns, "runner_failures": len(solo.failures)}


def win_rate(path: Path, games: int) -> dict[str, float | int | str]:
    result = evaluate_vs_heuristic(load_actor(path), games)
    return {"games": games, "win_rate_vs_heuristic": result.win_rate, "win_rate_method": WIN_RATE_METHOD}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path, help="the training run's data folder (holds checkpoints/)")
    parser.add_argument("--games", type=int, default=1024, help="evaluation games per milestone")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=Path("docs/learning_curve.png"))
    parser.add_argument(
        "--every", type=int, default=100, help="measure checkpoints every this many iterations"
    )
    parser.add_argument("--until", type=int, default=None, help="skip checkpoints past this iteration")
    args = parser.parse_args()
    cache = args.run / "learning_curve.json"
    known = {r["checkpoint"]: r for r in json.loads(cache.read_text())} if cache.exists() else {}
    for path in sorted((args.run / "checkpoints").glob("ckpt-*.pt")):
        iteration = int(path.stem.split("-")[1])
        if iteration % args.every or (args.until is not None and iteration > args.until):
            continue
        row = known.get(path.stem)
        if row is None:
            meta = json.loads(path.with_suffix(".json").read_text())
            row = {"checkpoint": path.stem, "global_step": meta["global_step"], **runner(path, args.jobs)}
        elif row.get("win_rate_method") == WIN_RATE_METHOD and row.get("games") == args.games:
            continue
        row.update(win_rate(path, args.games))
        known[path.stem] = row
        atomic_write_json(cache, sorted(known.values(), key=lambda r: r["global_step"]))
        print(json.dumps(row))
    # Every milestone measured so far (earlier calls may have used a finer --every) up to --until.
    rows = sorted(
        (r for r in known.values() if args.until is None or int(r["checkpoint"].split("-")[1]) <= args.until),
        key=lambda r: r["global_step"],
    )
    steps = [r["global_step"] / 1e6 for r in rows]
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(7, 6), sharex=True)
    top.plot(steps, [r["runner_mean_turns"] for r in rows], marker="o")
    top.axhline(
        HEURISTIC_RUNNER_TURNS,
        color="grey",
        linestyle="--",
        label=f"heuristic bot ({HEURISTIC_RUNNER_TURNS})",
    )
    top.set_ylabel("runner benchmark (mean turns)")
    top.legend()
    rates = [r["win_rate_vs_heuristic"] for r in rows]
    intervals = [wilson_interval(r["win_rate_vs_heuristic"] * r["games"], r["games"]) for r in rows]
    below = [rate - low for rate, (low, _) in zip(rates, intervals, strict=True)]
    above = [high - rate for rate, (_, high) in zip(rates, intervals, strict=True)]
    errors = [below, above]
    bottom.errorbar(steps, rates, yerr=errors, marker="o", color="tab:green", capsize=3)
    bottom.set_ylabel(f"2v2 win rate vs heuristic\n({args.games} fixed games, 95% CI)")
    bottom.set_xlabel("training env-steps (millions)")
    bottom.set_ylim(0, 1)
    figure.suptitle(f"Learning curve: {args.run}")
    figure.tight_layout()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(args.out, dpi=110)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
