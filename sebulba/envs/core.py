"""N races on the batched engine, for the public environments: numpy in, numpy out, no autoreset.

The Gymnasium and PettingZoo classes own their API's conventions (autoreset, agents, seeding); this
class owns the game: maps, the engine (`gpu_physics` on the CPU in float64, exact to the referee's
integers; both APIs speak numpy), what a bot tracks across turns (team leaders, enemy BOOSTs inferred
from motion: `env.py`'s batched twins of `features.Tracker`), the project's observation
(`env.observe_all`) and action decoding (`env.decode_actions`), so the public environments and the
trainer cannot drift apart.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from typing import Literal

import numpy as np
import torch
from torch import Tensor

from sebulba.bots.heuristic_batched import heuristic_team_commands
from sebulba.simulation import gpu_physics as physics
from sebulba.simulation.env import (
    decode_actions,
    detect_boosts,
    heuristic_commands,
    initial_leaders,
    merge_commands,
    observe_all,
    team_of_pods,
    track_progress,
    update_leaders,
)
from sebulba.simulation.features import ACTION_STRETCH
from sebulba.simulation.maps import random_map, random_official_map
from sebulba.simulation.rules import DEFAULT_RULES, MAX_CHECKPOINTS, Rules

from .spaces import OBSERVATION_HIGH, OBSERVATION_LOW

MapSource = Literal["official", "random", "mixed"]
"""official: what the live game plays (13 maps, rotated, jittered); random: the seed plan's generator;
mixed: either, half and half."""
BotCommands = Callable[[physics.BatchState, Rules], physics.BatchCommands]

BOTS: dict[str, BotCommands] = {
    "heuristic": lambda state, rules: heuristic_team_commands(state),
    "runner": heuristic_commands,
}
"""Built-in batched bots that can drive a team: `heuristic` is the arena's `heuristic` bot (runner and
blocker, command for command); `runner` the simple racer of the trainer's duel stage (both pods race)."""


def draw_maps(rng: np.random.Generator, count: int, maps: MapSource) -> list[list[tuple[int, int]]]:
    """`count` maps drawn from `rng` (one Python generator seeded from it: the map code takes one)."""
    if maps not in ("official", "random", "mixed"):
        raise ValueError(f"maps must be official, random or mixed, not {maps!r}")
    source = random.Random(int(rng.integers(2**63)))
    drawn = []
    for _ in range(count):
        official = maps == "official" or (maps == "mixed" and source.random() < 0.5)
        drawn.append(random_official_map(source) if official else random_map(source))
    return drawn


def policy_outputs(actions: Tensor) -> Tensor:
    """Public actions [..., 4] (thrust 0..1, turn -1..1, shield, boost) -> the policy outputs that
    `env.decode_actions` reads: thrust and turn un-stretched (so thrust 0.5 commands 50, not 50 stretched),
    BOOST as probability 1 or 0 (an infinite or no hazard: it fires exactly when asked)."""
    return torch.stack(
        (
            0.5 + (actions[..., 0] - 0.5) / ACTION_STRETCH,
            actions[..., 1] / ACTION_STRETCH,
            actions[..., 2],
            (actions[..., 3] > 0.5).to(actions.dtype),
        ),
        dim=-1,
    )


def map_tensors(maps: list[list[tuple[int, int]]]) -> tuple[Tensor, Tensor]:
    """Checkpoints [K, 8, 2] float64 (zero beyond each count) and counts [K], as the engine takes them."""
    checkpoints = torch.zeros(len(maps), MAX_CHECKPOINTS, 2, dtype=torch.float64)
    for row, points in enumerate(maps):
        checkpoints[row, : len(points)] = torch.tensor(points, dtype=torch.float64)
    counts = torch.tensor([len(points) for points in maps], dtype=torch.long)
    return checkpoints, counts


class Races:
    """`num_races` races of `pod_count` pods (1: solo, 4: 2v2), started on maps drawn from `rng`; `bots`
    maps a team to a built-in bot's name, and the other pods (`acting_pods`, in index order) take actions."""

    def __init__(
        self,
        num_races: int,
        pod_count: Literal[1, 4],
        rng: np.random.Generator,
        maps: MapSource = "official",
        bots: Mapping[int, str] | None = None,
        rules: Rules = DEFAULT_RULES,
    ) -> None:
        if num_races < 1:
            raise ValueError("num_races must be >= 1")
        bots = dict(bots or {})
        teams = team_of_pods(pod_count, torch.device("cpu")).tolist()
        for team, name in bots.items():
            if team not in teams:
                raise ValueError(f"no team {team} in a race of {pod_count} pods")
            if name not in BOTS:
                raise ValueError(f"unknown bot {name!r}: built-in bots are {', '.join(BOTS)}")
        self.acting_pods = [pod for pod in range(pod_count) if teams[pod] not in bots]
        if not self.acting_pods:
            raise ValueError("bots drive every pod: nothing left to act")
        self.num_races = num_races
        self.pod_count = pod_count
        self.maps = maps
        self.rules = rules
        self._bots = [
            (torch.tensor([t == team for t in teams]).expand(num_races, -1), BOTS[name])
            for team, name in bots.items()
        ]
        self._acting = torch.tensor(self.acting_pods).expand(num_races, -1)
        checkpoints, counts = map_tensors(draw_maps(rng, num_races, maps))
        self.state = physics.new_races(checkpoints, counts, pod_count, rules)
        self.leader = initial_leaders(self.state)
        self.boost_seen = torch.zeros_like(self.leader)
        self.potential = track_progress(self.state)

    def restart(self, mask: np.ndarray, rng: np.random.Generator) -> None:
        """New races, on maps drawn from `rng`, where mask [N] is True; the others go on."""
        done = torch.as_tensor(mask)
        rows = done.nonzero().squeeze(1)
        checkpoints, counts = map_tensors(draw_maps(rng, len(rows), self.maps))
        fresh = physics.new_races(
            self.state.checkpoints.index_copy(0, rows, checkpoints),
            self.state.num_checkpoints.index_copy(0, rows, counts),
            self.pod_count,
            self.rules,
        )
        self.state = physics.where(done, fresh, self.state)
        self.leader = torch.where(done[:, None], initial_leaders(self.state), self.leader)
        self.boost_seen = self.boost_seen & ~done[:, None]
        self.potential = torch.where(done[:, None], track_progress(self.state), self.potential)

    def step(self, actions: np.ndarray) -> np.ndarray:
        """One turn of every race; actions [N, len(acting_pods), 4] (public layout). Returns each pod's
        progress along the track this turn, in units of 1000 [N, P] (the trainer's progress term)."""
        before = self.state
        outputs = policy_outputs(torch.as_tensor(actions, dtype=torch.float64))
        commands = decode_actions(before, self._acting, outputs, self.rules)
        for pods, bot in self._bots:
            commands = merge_commands(pods, bot(before, self.rules), commands)
        self.state, _ = physics.step(before, commands, self.rules)
        self.boost_seen = self.boost_seen | detect_boosts(before, self.state, self.rules.friction)
        self.leader = update_leaders(self.leader, self.state)
        potential = track_progress(self.state)
        progress = (potential - self.potential) / 1000.0
        self.potential = potential
        return progress.numpy()

    def observations(self) -> np.ndarray:
        """[N, P, OBSERVATION_DIM] float32 in the layout of `spaces.OBSERVATION_FEATURES`."""
        obs = observe_all(self.state, self.leader, self.boost_seen, self.rules)
        present = obs.entity_mask.float()
        n, p = present.shape[:2]
        flat = torch.cat(
            (
                obs.self_features,
                obs.checkpoint,
                (obs.entities * present[..., None]).reshape(n, p, -1),
                present,
            ),
            dim=-1,
        )
        return np.clip(flat.numpy(), OBSERVATION_LOW, OBSERVATION_HIGH)

    def finished(self) -> np.ndarray:
        """[N] bool: the rules ended the race (finish, elimination, turn 500)."""
        return self.state.finished.numpy()

    def winners(self) -> np.ndarray:
        """[N] winning team, -1 while none (solo: 0 once the pod finished its laps)."""
        return self.state.winner.numpy()

    def checkpoints_passed(self) -> np.ndarray:
        """[N, P] checkpoints each pod has passed."""
        return self.state.checkpoints_passed.numpy()

    def race_checkpoints(self) -> np.ndarray:
        """[N] checkpoints a pod must pass to finish (laps x the map's count)."""
        return (self.rules.laps * self.state.num_checkpoints).numpy()
