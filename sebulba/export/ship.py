"""Ship a trained actor in the package (`sebulba/pretrained/`): small files, with what made them.

`python -m sebulba.export.ship CHECKPOINT` keeps the actor's weights only (the critic and optimiser stay
behind), plus a JSON card: the training config and seed, the iteration and step, and the figures given.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import torch

from sebulba.fileio import atomic_write_bytes, atomic_write_json
from sebulba.training.checkpoints import CheckpointError

PRETRAINED_DIR = Path(__file__).resolve().parent.parent / "pretrained"
PRETRAINED_MODEL = PRETRAINED_DIR / "sebulba_actor.pt"
PRETRAINED_CARD = PRETRAINED_DIR / "sebulba_actor.json"


def ship(checkpoint: Path, figures: dict[str, str]) -> None:
    try:
        payload = torch.load(checkpoint, map_location="cpu", weights_only=True)
    except Exception as error:
        raise CheckpointError(f"{checkpoint} is unreadable: {error}") from None
    if "model" not in payload:
        raise CheckpointError(f"{checkpoint} is not a training checkpoint (no 'model')")
    actor = {k.removeprefix("actor."): v for k, v in payload["model"].items() if k.startswith("actor.")}
    buffer = io.BytesIO()
    torch.save(
        {"actor": actor, "iteration": payload["iteration"], "global_step": payload["global_step"]}, buffer
    )
    atomic_write_bytes(PRETRAINED_MODEL, buffer.getvalue())
    card = {
        "source_checkpoint": checkpoint.name,
        "iteration": int(payload["iteration"]),
        "global_step": int(payload["global_step"]),
        "curriculum": payload.get("curriculum", {}).get("stage"),
        "config": json.loads(payload["config"]),
        "figures": figures,
    }
    atomic_write_json(PRETRAINED_CARD, card)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--figure", action="append", default=[], metavar="NAME=VALUE", help="measured figure")
    args = parser.parse_args(argv)
    figures = dict(f.split("=", 1) for f in args.figure)
    ship(args.checkpoint, figures)
    print(f"shipped {args.checkpoint} -> {PRETRAINED_MODEL} ({PRETRAINED_MODEL.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
