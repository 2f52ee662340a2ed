"""`sebulba/Race-v0`: one pod races alone over three laps, as a Gymnasium environment and vector env.

`RaceEnv` is one race (`gymnasium.make`); `RaceVectorEnv` is N races stepped together on the batched
engine (`gymnasium.make_vec`, registered as the id's `vector_entry_point`), not N Python environments.

Reward: the pod's progress along the track this turn in units of 1,000 (the trainer's potential-based
progress term, `env.track_progress`): a finished race returns about its three laps' length / 1,000,
and the discount makes the faster pod the better one. Terminated: the rules ended the race (three laps
done, 100 turns without a checkpoint, or turn 500). Truncated: only a time limit of ours
(`max_episode_steps`).
"""

from __future__ import annotations

from typing import Any, ClassVar

import gymnasium
import numpy as np
from gymnasium.vector import AutoresetMode
from gymnasium.vector.utils import batch_space

from .core import MapSource, Races
from .spaces import action_space, observation_space


class RaceEnv(gymnasium.Env[np.ndarray, np.ndarray]):
    """One solo race; observations and actions as `spaces.py` lays them out."""

    metadata: ClassVar[dict[str, Any]] = {"render_modes": []}

    def __init__(self, maps: MapSource = "official") -> None:
        self.observation_space = observation_space()
        self.action_space = action_space()
        self._races = Races(1, 1, self.np_random, maps)

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[np.ndarray, dict[str, Any]]:
        super().reset(seed=seed)
        self._races.restart(np.ones(1, dtype=bool), self.np_random)
        return self._races.observations()[0, 0], self._info()

    def step(self, action: np.ndarray) -> tuple[np.ndarray, float, bool, bool, dict[str, Any]]:
        progress = self._races.step(np.asarray(action, dtype=np.float64).reshape(1, 1, -1))
        terminated = bool(self._races.finished()[0])
        return self._races.observations()[0, 0], float(progress[0, 0]), terminated, False, self._info()

    def _info(self) -> dict[str, Any]:
        """Checkpoints passed and needed: a race is finished when they are equal."""
        return {
            "checkpoints_passed": int(self._races.checkpoints_passed()[0, 0]),
            "race_checkpoints": int(self._races.race_checkpoints()[0]),
        }


class RaceVectorEnv(gymnasium.vector.VectorEnv[np.ndarray, np.ndarray, np.ndarray]):
    """`num_envs` solo races in one batch. Same-step autoreset, as the trainer's env and gymnax do: a race
    that ends is replaced within the step; the observation returned is the new race's first, the ended
    race's last is in `info["final_obs"]` and its info in `info["final_info"]` (masks `_final_obs`,
    `_final_info`), exactly as `SyncVectorEnv(autoreset_mode=SAME_STEP)` reports them."""

    metadata: ClassVar[dict[str, Any]] = {"autoreset_mode": AutoresetMode.SAME_STEP, "render_modes": []}

    def __init__(
        self,
        num_envs: int = 1,
        maps: MapSource = "official",
        max_episode_steps: int | None = None,
    ) -> None:
        if max_episode_steps is not None and max_episode_steps < 1:
            raise ValueError("max_episode_steps must be >= 1")
        self.num_envs = num_envs
        self.max_episode_steps = max_episode_steps
        self.single_observation_space = observation_space()
        self.single_action_space = action_space()
        self.observation_space = batch_space(self.single_observation_space, num_envs)
        self.action_space = batch_space(self.single_action_space, num_envs)
        self._races = Races(num_envs, 1, self.np_random, maps)
        self._steps = np.zeros(num_envs, dtype=np.int64)

    def reset(
        self, *, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[np.ndarray, dict[str, Any]]:
        """`seed` seeds the whole batch (one generator draws every race's map, resets included)."""
        super().reset(seed=seed)
        self._races.restart(np.ones(self.num_envs, dtype=bool), self.np_random)
        self._steps[:] = 0
        return self._races.observations()[:, 0], self._info()

    def step(
        self, actions: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict[str, Any]]:
        progress = self._races.step(np.asarray(actions, dtype=np.float64).reshape(self.num_envs, 1, -1))
        self._steps += 1
        terminated = self._races.finished()
        truncated = np.zeros_like(terminated)
        if self.max_episode_steps is not None:
            truncated = ~terminated & (self._steps >= self.max_episode_steps)
        observations = self._races.observations()[:, 0]
        info = self._info()
        done = terminated | truncated
        if done.any():
            final_obs = np.full(self.num_envs, None, dtype=object)
            for race in np.flatnonzero(done):
                final_obs[race] = observations[race]
            final_info = {key: value for key, value in info.items() if not key.startswith("_")}
            final_info |= {f"_{key}": done.copy() for key in final_info}
            self._races.restart(done, self.np_random)
            self._steps[done] = 0
            observations = self._races.observations()[:, 0]
            info = self._info() | {
                "final_obs": final_obs,
                "_final_obs": done.copy(),
                "final_info": final_info,
                "_final_info": done.copy(),
            }
        return observations, progress[:, 0], terminated, truncated, info

    def _info(self) -> dict[str, Any]:
        """Per race, with Gymnasium's `_key` masks (every race has every key)."""
        values = {
            "checkpoints_passed": self._races.checkpoints_passed()[:, 0],
            "race_checkpoints": self._races.race_checkpoints(),
        }
        return values | {f"_{key}": np.ones(self.num_envs, dtype=bool) for key in values}
