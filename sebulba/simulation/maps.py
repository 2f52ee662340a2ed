"""Race maps: the 13 official maps (rotated, jittered) and the seed plan's random generator.

Every map is a list of integer checkpoint coordinates, checkpoint 0 first (the start line).
Everything is reproducible from a `random.Random` the caller seeds.
"""

from __future__ import annotations

import json
import math
import random
from functools import cache
from pathlib import Path

from sebulba.simulation.rules import MAP_HEIGHT, MAP_WIDTH, MAX_CHECKPOINTS

Checkpoints = list[tuple[int, int]]

OFFICIAL_MAPS_FILE = Path(__file__).with_name("official_maps.json")
OFFICIAL_JITTER = 30
"""A live race moves each checkpoint by an integer in [-30, 30] on x and y."""
RANDOM_MAP_MARGIN = 2000
RANDOM_MAP_MIN_SPACING = 3000
RANDOM_MAP_MIN_CHECKPOINTS = 3
RANDOM_MAP_MAX_CHECKPOINTS = MAX_CHECKPOINTS
_RANDOM_MAP_TRIES = 30


@cache
def _official_maps() -> tuple[tuple[tuple[int, int], ...], ...]:
    data = json.loads(OFFICIAL_MAPS_FILE.read_text())
    return tuple(tuple((int(x), int(y)) for x, y in m) for m in data["maps"])


def official_map_count() -> int:
    return len(_official_maps())


def official_map(index: int, rotation: int = 0) -> Checkpoints:
    """Official map `index`, its checkpoint list rotated cyclically by `rotation` (order kept), no jitter."""
    base = _official_maps()[index]
    shift = rotation % len(base)
    return list(base[shift:] + base[:shift])


def jittered(checkpoints: Checkpoints, rng: random.Random, jitter: int = OFFICIAL_JITTER) -> Checkpoints:
    return [(x + rng.randint(-jitter, jitter), y + rng.randint(-jitter, jitter)) for x, y in checkpoints]


def random_official_map(rng: random.Random) -> Checkpoints:
    """What the live game does: a random official map, a random rotation, +-30 jitter."""
    index = rng.randrange(official_map_count())
    rotation = rng.randrange(len(_official_maps()[index]))
    return jittered(official_map(index, rotation), rng)


def all_official_starts() -> list[tuple[int, int]]:
    """Every (map, rotation) pair: the runner benchmark's 13 maps x every start."""
    return [(m, r) for m, base in enumerate(_official_maps()) for r in range(len(base))]


def random_map(
    rng: random.Random,
    min_checkpoints: int = RANDOM_MAP_MIN_CHECKPOINTS,
    max_checkpoints: int = RANDOM_MAP_MAX_CHECKPOINTS,
) -> Checkpoints:
    """The seed plan's generator: points in the inner area, each > 3000 from all earlier ones.

    When no point fits after a few tries, the map stops there if it already has more than 4
    checkpoints, else it starts over.
    """
    if not 2 <= min_checkpoints <= max_checkpoints <= MAX_CHECKPOINTS:
        raise ValueError(
            f"checkpoint counts must satisfy 2 <= min <= max <= 8, got {min_checkpoints}, {max_checkpoints}"
        )
    while True:
        count = rng.randint(min_checkpoints, max_checkpoints)
        points: Checkpoints = []
        while len(points) < count:
            for _ in range(_RANDOM_MAP_TRIES):
                x = rng.randint(RANDOM_MAP_MARGIN, MAP_WIDTH - RANDOM_MAP_MARGIN)
                y = rng.randint(RANDOM_MAP_MARGIN, MAP_HEIGHT - RANDOM_MAP_MARGIN)
                if all(math.dist((x, y), p) > RANDOM_MAP_MIN_SPACING for p in points):
                    points.append((x, y))
                    break
            else:
                break
        if len(points) == count or len(points) > 4:
            return points
