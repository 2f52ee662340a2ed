"""Does the runner benchmark measure the runner or where the idle pods are parked? (issue 5)

    .venv/bin/python bench/solo_parking.py CHECKPOINT

Runs the arena's runner benchmark, first pod alone (`sebulba arena --solo checkpoint:CHECKPOINT
--pod-alone`, in process), with the three idle pods parked 1,000, 5,000 (the benchmark's own
`SOLO_PARKING`) and 20,000 units outside the map, with the out-of-play rule (`features.OUT_OF_PLAY_MARGIN`)
as shipped and switched off (every pod seen, as before the rule). A runner that ignores pods out of the race
prints the same figure in every column.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sebulba.arena import referee  # noqa: E402
from sebulba.arena.match import runner_benchmark  # noqa: E402
from sebulba.simulation import features  # noqa: E402
from sebulba.simulation.rules import MAP_HEIGHT, MAP_WIDTH  # noqa: E402

DISTANCES = (1000, 5000, 20000)


def parking(distance: int) -> tuple[tuple[int, int], ...]:
    """The benchmark's three spots, `distance` beyond the top-left, top-right and bottom-left corners."""
    return ((-distance, -distance), (MAP_WIDTH + distance, -distance), (-distance, MAP_HEIGHT + distance))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkpoint", type=Path)
    args = parser.parse_args()
    if parking(5000) != referee.SOLO_PARKING:
        raise SystemExit(f"the benchmark now parks at {referee.SOLO_PARKING}: update parking()")
    shipped_margin = features.OUT_OF_PLAY_MARGIN
    for rule, margin in (("rule", shipped_margin), ("no_rule", math.inf)):
        features.OUT_OF_PLAY_MARGIN = margin  # read by features.in_play at each call
        for distance in DISTANCES:
            referee.SOLO_PARKING = parking(distance)
            result = runner_benchmark(f"checkpoint:{args.checkpoint}", pod_alone=True)
            print(
                f"runner_mean_turns_{rule}_parked_{distance}: {result.mean_turns:.1f} "
                f"({len(result.turns)} of {len(result.turns) + len(result.failures)} finished)",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
