"""The game's constants, once (RULES.md is the ground truth; the seed plan's differences are options).

The physics constants are written in `flat_physics.py`, the file the bots embed, and named here again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sebulba.simulation.features import MAP_HEIGHT as MAP_HEIGHT  # written once, in the file the bot embeds
from sebulba.simulation.features import MAP_WIDTH as MAP_WIDTH
from sebulba.simulation.flat_physics import (
    BOOST_THRUST,
    FRICTION,
    MAX_TURN_DEG,
    MIN_IMPULSE,
    SHIELD_MASS,
    SHIELD_TURNS,
    TIMEOUT_TURNS,
)
from sebulba.simulation.flat_physics import CHECKPOINT_RADIUS as CHECKPOINT_RADIUS  # the bots embed that file
from sebulba.simulation.flat_physics import COLLISION_TIME_EPSILON as COLLISION_TIME_EPSILON
from sebulba.simulation.flat_physics import POD_RADIUS as POD_RADIUS
from sebulba.simulation.flat_physics import PUSH_APART_EPSILON as PUSH_APART_EPSILON

MIN_CHECKPOINT_DISTANCE = 2 * CHECKPOINT_RADIUS
"""Checkpoint circles never overlap (official maps keep centres over 2,000 apart): hand-made maps are held
to it, so one point of a pod's path is never inside two checkpoints."""
MAX_ROTATION_DEG = MAX_TURN_DEG
"""The referee turns a pod by at most pi/10 a turn; the angle is kept in degrees, as the referee writes it."""
START_GRID_SPACING = 500
FIRST_TURN_TIME_LIMIT_MS = 1000
TURN_TIME_LIMIT_MS = 75
MAX_MESSAGE_CHARS = 50
MIN_CHECKPOINTS = 2
MAX_CHECKPOINTS = 8


@dataclass(frozen=True)
class Rules:
    """Game parameters; the defaults are today's official game (RULES.md)."""

    laps: int = 3
    max_thrust: int = 100
    """The 2016 replays were played at 200; today's game allows 100."""
    boost_thrust: int = BOOST_THRUST
    pod_mass: float = 1.0
    shield_mass: float = SHIELD_MASS
    """Mass of a pod on the turn it raises its SHIELD."""
    shield_turns: int = SHIELD_TURNS
    """Turns after a SHIELD during which the engine is off."""
    min_impulse: float = MIN_IMPULSE
    """The referee applies the collision impulse twice, the second time at least this much."""
    friction: float = FRICTION
    """Velocity is multiplied by this at the end of each turn."""
    timeout_turns: int = TIMEOUT_TURNS
    """A team is eliminated when none of its pods passed a checkpoint for this many turns."""
    max_turns: int = 500
    boost_shared_by_team: bool = False
    """The seed plan's one BOOST per team; the real game gives one per pod."""

    def __post_init__(self) -> None:
        if self.laps < 1 or self.max_thrust < 0 or self.timeout_turns < 1 or self.max_turns < 1:
            raise ValueError(f"invalid rules: {self}")


DEFAULT_RULES = Rules()
