"""The 2v2 game as a PettingZoo `ParallelEnv`: agents `pod_0`, `pod_1` (team 0) and `pod_2`, `pod_3`
(team 1), all acting at once, as the referee takes the four commands of a turn.

A team can be driven by a built-in batched bot (`bots={1: "heuristic"}`): its pods are then no agents,
and only the other team's pods act. Reward: the game's outcome on the final turn, +1 for each pod of the
winning team and -1 for each of the losing team's (the rules always name a winner), 0 before; dense
shaping is the user's choice, from `info` (each pod's progress along the track this turn, checkpoints
passed). Every agent terminates together when the rules end the race; nothing truncates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np
from gymnasium import spaces
from pettingzoo import ParallelEnv

from .core import MapSource, Races
from .spaces import action_space, observation_space

POD_COUNT = 4


class TeamRaceEnv(ParallelEnv[str, np.ndarray, np.ndarray]):
    """One 2v2 race; observations and actions as `spaces.py` lays them out, one per agent."""

    metadata: ClassVar[dict[str, Any]] = {"name": "sebulba_team_race_v0", "render_modes": []}

    def __init__(self, bots: Mapping[int, str] | None = None, maps: MapSource = "official") -> None:
        self._rng = np.random.default_rng()
        self._races = Races(1, POD_COUNT, self._rng, maps, bots)
        self._pods = {f"pod_{pod}": pod for pod in self._races.acting_pods}
        self.possible_agents = list(self._pods)
        self.agents: list[str] = []
        self._observation_spaces = {agent: observation_space() for agent in self.possible_agents}
        self._action_spaces = {agent: action_space() for agent in self.possible_agents}

    def observation_space(self, agent: str) -> spaces.Box:
        """The same object at each call, one per agent: seeding one agent's space leaves the others'."""
        return self._observation_spaces[agent]

    def action_space(self, agent: str) -> spaces.Box:
        return self._action_spaces[agent]

    def reset(
        self, seed: int | None = None, options: dict[str, Any] | None = None
    ) -> tuple[dict[str, np.ndarray], dict[str, dict[str, Any]]]:
        if seed is not None:
            self._rng = np.random.default_rng(seed)
        self._races.restart(np.ones(1, dtype=bool), self._rng)
        self.agents = list(self.possible_agents)
        return self._observations(), self._infos(np.zeros(POD_COUNT))

    def step(
        self, actions: dict[str, np.ndarray]
    ) -> tuple[
        dict[str, np.ndarray],
        dict[str, float],
        dict[str, bool],
        dict[str, bool],
        dict[str, dict[str, Any]],
    ]:
        missing = set(self.agents) - set(actions)
        if missing:
            raise ValueError(f"no action for {', '.join(sorted(missing))}")
        stacked = np.stack([np.asarray(actions[agent], dtype=np.float64) for agent in self.agents])
        progress = self._races.step(stacked[None])[0]
        observations, infos = self._observations(), self._infos(progress)
        finished = bool(self._races.finished()[0])
        winner = int(self._races.winners()[0])
        rewards = {
            agent: float(0 if not finished else 1 if self._pods[agent] // 2 == winner else -1)
            for agent in self.agents
        }
        terminations = dict.fromkeys(self.agents, finished)
        truncations = dict.fromkeys(self.agents, False)
        if finished:
            self.agents = []
        return observations, rewards, terminations, truncations, infos

    def _observations(self) -> dict[str, np.ndarray]:
        observations = self._races.observations()[0]
        return {agent: observations[self._pods[agent]] for agent in self.agents}

    def _infos(self, progress: np.ndarray) -> dict[str, dict[str, Any]]:
        passed = self._races.checkpoints_passed()[0]
        return {
            agent: {
                "checkpoints_passed": int(passed[self._pods[agent]]),
                "progress": float(progress[self._pods[agent]]),
            }
            for agent in self.agents
        }


def parallel_env(bots: Mapping[int, str] | None = None, maps: MapSource = "official") -> TeamRaceEnv:
    """The 2v2 game; `bots` maps team 0 or 1 to a built-in bot ("heuristic", "runner") that drives it."""
    return TeamRaceEnv(bots=bots, maps=maps)
