"""Ship a trained actor in the package (`sebulba/pretrained/`): small files, with what made them.

`python -m sebulba.export.ship CHECKPOINT` keeps the actor's weights, snapped onto their int8 grid
(`exporter.on_grid`: the shipped torch model is the network the exported bot runs; `--float` keeps the
trained weights), and the critic trained beside it (`--init` from it needs no warm-up; the optimiser stays
behind), plus a JSON card: the training config and seed, the iteration and step, the distillation's
settings and rounds (`sebulba distill`) when it went through one, the int8 rounding error against the
trained weights, and the figures given.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import torch

from sebulba.export.exporter import actor_from_payload, on_grid, quantisation_error
from sebulba.fileio import atomic_write_bytes, atomic_write_json
from sebulba.training.checkpoints import CheckpointError

PRETRAINED_DIR = Path(__file__).resolve().parent.parent / "pretrained"
PRETRAINED_MODEL = PRETRAINED_DIR / "sebulba_actor.pt"
PRETRAINED_CARD = PRETRAINED_DIR / "sebulba_actor.json"


def ship(
    checkpoint: Path, figures: dict[str, str], snap: bool = True, directory: Path = PRETRAINED_DIR
) -> Path:
    """Write `sebulba_actor.pt` and its card `sebulba_actor.json` into `directory`; returns the model."""
    try:
        payload = torch.load(checkpoint, map_location="cpu", weights_only=True)
    except Exception as error:
        raise CheckpointError(f"{checkpoint} is unreadable: {error}") from None
    if "model" not in payload:
        raise CheckpointError(f"{checkpoint} is not a training checkpoint (no 'model')")
    try:
        trained = actor_from_payload(payload)
    except ValueError as error:
        raise CheckpointError(f"{checkpoint}: {error}") from None
    shipped = on_grid(trained) if snap else trained
    actor = shipped.actor_state_dict()
    buffer = io.BytesIO()
    torch.save(
        {
            "actor": actor,
            "critic": trained.critic.state_dict(),
            "iteration": payload["iteration"],
            "global_step": payload["global_step"],
        },
        buffer,
    )
    atomic_write_bytes(directory / PRETRAINED_MODEL.name, buffer.getvalue())
    card = {
        "source_checkpoint": checkpoint.name,
        "iteration": int(payload["iteration"]),
        "global_step": int(payload["global_step"]),
        "curriculum": payload.get("curriculum", {}).get("stage"),
        "config": json.loads(payload["config"]),
        **({"distillation": json.loads(payload["distillation"])} if "distillation" in payload else {}),
        "weights": "int8 grid, one scale per output row" if snap else "float32 as trained",
        "int8_rounding_vs_trained": quantisation_error(trained),
        "figures": figures,
    }
    atomic_write_json(directory / PRETRAINED_CARD.name, card)
    return directory / PRETRAINED_MODEL.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--figure", action="append", default=[], metavar="NAME=VALUE", help="measured figure")
    parser.add_argument("--float", action="store_true", help="ship the trained float weights, not snapped")
    args = parser.parse_args(argv)
    figures = dict(f.split("=", 1) for f in args.figure)
    shipped = ship(args.checkpoint, figures, snap=not args.float)
    print(f"shipped {args.checkpoint} -> {shipped} ({shipped.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
