"""The league of past selves (seed plan): checkpoints rated by Elo, pruned, sampled as opponents.

`data/league.json` lists the members; each member's actor weights are a checkpoint `league-<id>`.
The learner itself is rated too (`learner_elo`): a new member starts from the learner's rating at the
moment it was frozen. Games against the latest self are not rated (both sides are the same policy).
Every file is written atomically, so a kill -9 never leaves a half-written league.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any

from sebulba.config import LeagueConfig
from sebulba.fileio import atomic_write_json
from sebulba.models.deepsets import DeepSetsPolicy
from sebulba.training.checkpoints import CheckpointStore


class LeagueError(RuntimeError):
    """league.json exists but cannot be read."""


class League:
    def __init__(self, data_dir: Path, config: LeagueConfig, store: CheckpointStore | None = None) -> None:
        self.path = Path(data_dir) / "league.json"
        self.config = config
        self.store = store or CheckpointStore(data_dir)
        self.members: list[dict[str, Any]] = []
        self.learner_elo = config.elo_start
        self.next_id = 1
        if self.path.exists():
            self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text())
            members = [dict(m) for m in data["members"]]
            for m in members:
                m["id"], m["elo"], m["games"] = str(m["id"]), float(m["elo"]), int(m["games"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise LeagueError(
                f"{self.path} is unreadable ({error}); move it away to start a new league"
            ) from None
        self.members = members
        self.learner_elo = float(data.get("learner_elo", self.config.elo_start))
        self.next_id = int(data.get("next_id", len(members) + 1))

    def _save(self) -> None:
        atomic_write_json(
            self.path, {"members": self.members, "learner_elo": self.learner_elo, "next_id": self.next_id}
        )

    def add(self, policy: DeepSetsPolicy, parent: str, iteration: int, global_step: int) -> str:
        """Freeze the policy's actor as a new member rated at the learner's current Elo."""
        member_id = f"league-{self.next_id:04d}"
        self.store.save(
            member_id,
            {"actor": policy.actor.state_dict(), "iteration": iteration, "global_step": global_step},
        )
        self.next_id += 1
        self.members.append(
            {
                "id": member_id,
                "elo": self.learner_elo,
                "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "parent": parent,
                "games": 0,
                "iteration": iteration,
            }
        )
        self._prune()
        self._save()
        return member_id

    def _prune(self) -> None:
        """Over capacity: drop the oldest members outside the top `protected_top` by Elo."""
        while len(self.members) > self.config.capacity:
            protected = {
                m["id"] for m in sorted(self.members, key=lambda m: -m["elo"])[: self.config.protected_top]
            }
            victim = next((m for m in self.members if m["id"] not in protected), None)
            if victim is None:
                return
            self.members.remove(victim)
            if self.store.exists(victim["id"]):
                self.store.delete(victim["id"])

    def sample_opponent(self, rng: random.Random) -> str | None:
        """None (the latest self) with probability latest_self_share, else a uniform league member."""
        if not self.members or rng.random() < self.config.latest_self_share:
            return None
        return rng.choice(self.members)["id"]

    def record_result(self, member_id: str, learner_score: float, games: int = 1) -> None:
        """Elo update (K from the config) after `games` races scoring `learner_score` on average."""
        member = next((m for m in self.members if m["id"] == member_id), None)
        if member is None:
            raise KeyError(f"no league member {member_id!r}")
        expected = 1.0 / (1.0 + 10.0 ** ((member["elo"] - self.learner_elo) / 400.0))
        delta = self.config.elo_k * (learner_score - expected)
        self.learner_elo += delta
        member["elo"] -= delta
        member["games"] += games
        self._save()

    def load_policy(self, member_id: str) -> DeepSetsPolicy:
        policy = DeepSetsPolicy()
        policy.actor.load_state_dict(self.store.load(member_id)["actor"])
        policy.eval()
        return policy

    def table(self, top: int = 10) -> list[dict[str, Any]]:
        ranked = sorted(self.members, key=lambda m: -m["elo"])[:top]
        return [{k: m[k] for k in ("id", "elo", "created", "parent", "games")} for m in ranked]


def frozen_copy(policy: DeepSetsPolicy) -> DeepSetsPolicy:
    """A detached copy for self-play: the opponent does not move while the learner updates."""
    copy = DeepSetsPolicy()
    copy.load_state_dict(policy.state_dict())
    copy.eval()
    for parameter in copy.parameters():
        parameter.requires_grad_(False)
    return copy.to(next(policy.parameters()).device)
