"""A scripted racer that reads only the public observation: the tests' "good action sequence"."""

from __future__ import annotations

import math

import numpy as np

from sebulba.envs.spaces import OBSERVATION_FEATURES

FEATURE = {name: index for index, (name, *_) in enumerate(OBSERVATION_FEATURES)}


def scripted_actions(observations: np.ndarray) -> np.ndarray:
    """[..., OBS] -> [..., 4]: aim at the next checkpoint less three turns of drift, full thrust when it is
    within 60 degrees (the `heuristic` bot's runner, simplified)."""
    aim_x = observations[..., FEATURE["to_checkpoint_forward"]] * 10 - 3 * observations[..., 0]
    aim_y = observations[..., FEATURE["to_checkpoint_right"]] * 10 - 3 * observations[..., 1]
    angle = np.arctan2(aim_y, aim_x)
    thrust = np.where(np.abs(angle) < math.radians(60), 1.0, 0.2)
    turn = np.clip(angle / math.radians(18), -1.0, 1.0)
    zeros = np.zeros_like(thrust)
    return np.stack((thrust, turn, zeros, zeros), axis=-1).astype(np.float32)
