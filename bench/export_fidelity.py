"""Exported bot vs its torch model, command for command over recorded games (issue: >= 99% within 1 unit).

    .venv/bin/python bench/export_fidelity.py CHECKPOINT [--turns 5000]

CHECKPOINT is a training checkpoint or a shipped model; the bot is its network alone (`sebulba export
--no-search`: the hybrid's search changes the network's commands by design). Two comparisons, each over
the decisions of games the torch policy played against `heuristic` (two decisions a turn):
  - `grid`: the bot against the model it encodes, the int8-grid model (`exporter.on_grid`; what
    `sebulba.export.ship` ships): the runtime's own error, float32 torch vs float64 Python;
  - `trained`: the same bot against the trained float weights: what the int8 rounding itself changes
    (identical to `grid` for a shipped model, whose weights already lie on the grid).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sebulba.arena.players import load_bot_module  # noqa: E402
from sebulba.export.exporter import load_actor, on_grid, quantisation_error, render_bot  # noqa: E402
from sebulba.export.fidelity import compare, record_games  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--turns", type=int, default=5000, help="recorded turns per comparison")
    args = parser.parse_args()
    trained = load_actor(args.checkpoint)
    grid = on_grid(trained)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bot.py"
        path.write_text(render_bot(grid, search=False))  # the network bot: the model's own commands
        bot = load_bot_module(path)
        for name, model in (("grid", grid), ("trained", trained)):
            fidelity = compare(bot, record_games(model, args.turns))
            print(f"{name}_decisions: {fidelity.decisions}")
            for key, rate in fidelity.rates().items():
                print(f"{name}_{key}: {rate:.4f}")
    for key, value in quantisation_error(trained).items():
        print(f"int8_{key}: {value:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
