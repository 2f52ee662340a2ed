"""The public observation and action spaces: the project's own features (`features.py`), flattened.

One layout serves both APIs, so a policy trained on the solo race plays unchanged as a pod of the 2v2
game (the project's trainer relies on the same fact: its solo races train the 2v2 runner). Every
dimension is named here once; docs/ENVIRONMENTS.md prints this table.
"""

from __future__ import annotations

import numpy as np
from gymnasium import spaces

from sebulba.simulation.features import MAX_ENTITIES

POSITION_LIMIT = 10.0
"""Distances are in units of 10,000 (`features.POSITION_SCALE`): 100,000 units is out of any pod's reach
(engines sustain under 600 units a turn, and a team is out after 100 turns without a checkpoint)."""
VELOCITY_LIMIT = 10.0
"""Speeds are in units of 1,000 a turn (`features.VELOCITY_SCALE`): engines give at most about 1,050 (a
BOOST at top speed); only collisions could go further, and never ten times as far."""

Feature = tuple[str, float, float, str]
"""(name, low, high, meaning); frames are the pod's own: x forward along its heading, y to its right."""

SELF_FEATURES: tuple[Feature, ...] = (
    ("velocity_forward", -VELOCITY_LIMIT, VELOCITY_LIMIT, "own velocity along the heading / 1000"),
    ("velocity_right", -VELOCITY_LIMIT, VELOCITY_LIMIT, "own velocity across the heading / 1000"),
    ("checkpoint_direction_forward", -1.0, 1.0, "unit vector to the next checkpoint, x"),
    ("checkpoint_direction_right", -1.0, 1.0, "unit vector to the next checkpoint, y"),
    ("checkpoint_distance", 0.0, POSITION_LIMIT, "distance to the next checkpoint / 10000"),
    ("leg_direction_forward", -1.0, 1.0, "unit vector from the next checkpoint to the one after, x"),
    ("leg_direction_right", -1.0, 1.0, "unit vector from the next checkpoint to the one after, y"),
    ("leg_length", 0.0, POSITION_LIMIT, "distance from the next checkpoint to the one after / 10000"),
    ("is_leader", 0.0, 1.0, "1 for the team's runner (ahead on checkpoints), 0 for its blocker; solo: 1"),
    ("shield_turns", 0.0, 1.0, "turns the engine stays off after a SHIELD / 3"),
    ("boost_available", 0.0, 1.0, "1 until the pod's one BOOST is used"),
    ("race_progress", 0.0, 1.0, "checkpoints passed / checkpoints in the race (laps x count)"),
    ("timeout_progress", 0.0, 1.0, "turns since the team last passed a checkpoint / 100"),
    ("turn_progress", 0.0, 1.0, "turn / 500"),
)
CHECKPOINT_FEATURES: tuple[Feature, ...] = (
    ("to_checkpoint_forward", -POSITION_LIMIT, POSITION_LIMIT, "vector to the next checkpoint / 10000, x"),
    ("to_checkpoint_right", -POSITION_LIMIT, POSITION_LIMIT, "vector to the next checkpoint / 10000, y"),
    ("to_following_forward", -POSITION_LIMIT, POSITION_LIMIT, "vector to the checkpoint after it / 10000, x"),
    ("to_following_right", -POSITION_LIMIT, POSITION_LIMIT, "vector to the checkpoint after it / 10000, y"),
    ("last_checkpoint", 0.0, 1.0, "1 when the next checkpoint finishes the race"),
    ("closing_speed", -VELOCITY_LIMIT, VELOCITY_LIMIT, "velocity toward the next checkpoint / 1000"),
)
ENTITY_FEATURES: tuple[Feature, ...] = (
    ("relative_forward", -POSITION_LIMIT, POSITION_LIMIT, "other pod's position - own / 10000, x"),
    ("relative_right", -POSITION_LIMIT, POSITION_LIMIT, "other pod's position - own / 10000, y"),
    ("velocity_forward", -VELOCITY_LIMIT, VELOCITY_LIMIT, "other pod's velocity / 1000, x"),
    ("velocity_right", -VELOCITY_LIMIT, VELOCITY_LIMIT, "other pod's velocity / 1000, y"),
    ("heading_cos", -1.0, 1.0, "cosine of its heading relative to own"),
    ("heading_sin", -1.0, 1.0, "sine of its heading relative to own"),
    ("distance", 0.0, 2.0, "distance to it / 10000, at most 2"),
    (
        "its_checkpoint_forward",
        -POSITION_LIMIT,
        POSITION_LIMIT,
        "vector from it to its next checkpoint / 10000, x",
    ),
    (
        "its_checkpoint_right",
        -POSITION_LIMIT,
        POSITION_LIMIT,
        "vector from it to its next checkpoint / 10000, y",
    ),
    ("teammate", 0.0, 1.0, "1 for the teammate, 0 for an enemy"),
    ("passed_ahead", -3.0, 3.0, "(its checkpoints passed - own) / checkpoint count, within +-3"),
    ("boost_available", 0.0, 1.0, "its BOOST unused (an enemy's as inferred from its motion)"),
    ("is_leader", 0.0, 1.0, "1 if it is its team's runner"),
)


def observation_features() -> list[Feature]:
    """The flat layout: self, checkpoint, MAX_ENTITIES entity slots (teammate first, then enemies by
    pod index; zeros where empty), then one mask value per slot (1 where a pod is present and in play)."""
    entities = [
        (f"entity_{slot}_{name}", low, high, meaning)
        for slot in range(MAX_ENTITIES)
        for name, low, high, meaning in ENTITY_FEATURES
    ]
    masks = [
        (f"entity_{slot}_present", 0.0, 1.0, "1 where the slot holds a pod in play")
        for slot in range(MAX_ENTITIES)
    ]
    return [*SELF_FEATURES, *CHECKPOINT_FEATURES, *entities, *masks]


OBSERVATION_FEATURES = observation_features()
OBSERVATION_DIM = len(OBSERVATION_FEATURES)
OBSERVATION_LOW = np.array([low for _, low, _, _ in OBSERVATION_FEATURES], dtype=np.float32)
OBSERVATION_HIGH = np.array([high for _, _, high, _ in OBSERVATION_FEATURES], dtype=np.float32)

ACTION_FEATURES: tuple[Feature, ...] = (
    ("thrust", 0.0, 1.0, "engine power as a fraction of 100 (rounded to a whole thrust)"),
    ("turn", -1.0, 1.0, "heading change as a fraction of the 18-degree limit (negative: left on screen)"),
    ("shield", 0.0, 1.0, "above 0.5: SHIELD this turn (mass 10, engine off for 3 turns)"),
    ("boost", 0.0, 1.0, "above 0.5: BOOST (thrust 650) if the pod's one BOOST is unused; SHIELD wins"),
)
ACTION_LOW = np.array([low for _, low, _, _ in ACTION_FEATURES], dtype=np.float32)
ACTION_HIGH = np.array([high for _, _, high, _ in ACTION_FEATURES], dtype=np.float32)


def observation_space() -> spaces.Box:
    return spaces.Box(OBSERVATION_LOW, OBSERVATION_HIGH, dtype=np.float32)


def action_space() -> spaces.Box:
    return spaces.Box(ACTION_LOW, ACTION_HIGH, dtype=np.float32)
