"""A trained policy as an in-process arena bot, reading the protocol exactly as the exported bot does.

It tracks the game with `features.Tracker`, computes `features.pod_features`, runs the torch actor in
deterministic mode and decodes with `features.decode_action`: the float twin of the exported file.
"""

from __future__ import annotations

from pathlib import Path

import torch

from sebulba.export.exporter import load_actor
from sebulba.models.deepsets import DeepSetsPolicy
from sebulba.simulation.env import Observation
from sebulba.simulation.features import ENTITY_DIM, MAX_ENTITIES, Tracker, decode_action


def observation_of(tracker: Tracker) -> Observation:
    """Both own pods' features as a [1, 2, ...] Observation."""
    selves, entities, masks, checkpoints = [], [], [], []
    for index in (0, 1):
        self_features, others, checkpoint = tracker.features(index)
        padded = others + [[0.0] * ENTITY_DIM] * (MAX_ENTITIES - len(others))
        selves.append(self_features)
        entities.append(padded)
        masks.append([True] * len(others) + [False] * (MAX_ENTITIES - len(others)))
        checkpoints.append(checkpoint)
    return Observation(
        torch.tensor([selves]), torch.tensor([entities]), torch.tensor([masks]), torch.tensor([checkpoints])
    )


class PolicyBot:
    def __init__(self, model: DeepSetsPolicy) -> None:
        self.model = model.eval()
        self.tracker: Tracker | None = None

    @classmethod
    def from_checkpoint(cls, path: Path) -> PolicyBot:
        """A checkpoint file written by training (`model`) or a league member / shipped model (`actor`)."""
        return cls(load_actor(path))

    def init(self, laps: int, checkpoints: list[tuple[int, int]]) -> None:
        self.tracker = Tracker(laps, checkpoints)

    def turn(self, pods: list[tuple[int, int, int, int, int, int]]) -> list[str]:
        assert self.tracker is not None, "init() first"
        views = self.tracker.observe(pods)
        action = self.model.act(observation_of(self.tracker), deterministic=True)[0].tolist()
        lines = []
        for index in (0, 1):
            x, y, power = decode_action(views[index], action[index], self.tracker.checkpoints)
            self.tracker.commit(index, power, action[index][3])
            lines.append(f"{x} {y} {power}")
        return lines
