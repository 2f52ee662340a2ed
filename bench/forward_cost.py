"""CPU time of one forward pass of the exported bot's network (pure Python), the unit of its budget.

    python bench/forward_cost.py [--bot dist/sebulba_bot.py] [--passes 500]

The hybrid spends 12 of them a turn (its network's plan: 6 turns x 2 pods); a leaf evaluation by a network
of the same size on every candidate would cost this times the candidates a turn.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bot", type=Path, default=Path("dist/sebulba_bot.py"))
    parser.add_argument("--passes", type=int, default=500)
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location("exported_bot", args.bot)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: cannot load {args.bot}")
    bot = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bot)
    layers = bot.load_layers()
    rng = random.Random(1)
    own = [rng.uniform(-1.0, 1.0) for _ in range(bot.SELF_DIM)]
    others = [[rng.uniform(-1.0, 1.0) for _ in range(bot.ENTITY_DIM)] for _ in range(3)]
    checkpoint = [rng.uniform(-1.0, 1.0) for _ in range(bot.CHECKPOINT_DIM)]
    start = time.thread_time()
    for _ in range(args.passes):
        bot.actor(layers, own, others, checkpoint)
    seconds = (time.thread_time() - start) / args.passes
    print(f"{args.bot}: one actor pass {seconds * 1000:.3f} ms of CPU (mean of {args.passes}, 3 other pods)")


if __name__ == "__main__":
    main()
