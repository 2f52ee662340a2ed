"""The league of past selves (seed plan): checkpoints rated by Elo, pruned, sampled as opponents.

`data/league.json` lists the members; each member's actor weights are a checkpoint `league-<id>`.
The learner is a rated pseudo-member (`learner_elo`, not in `members`): a new member starts from the
learner's rating at the moment it was frozen, and every rated game is learner vs member. Games against
the latest self are not rated (both sides are the same policy, the expected score is 1/2 by definition).
Every file is written atomically and in an order that keeps league.json true after a kill -9 at any
moment: a member's checkpoint is written before it is listed, and a pruned one deleted after it is not.
"""

from __future__ import annotations

import json
import math
import random
import time
from pathlib import Path
from typing import Any

from sebulba.config import LeagueConfig
from sebulba.fileio import atomic_write_json
from sebulba.models.deepsets import DeepSetsPolicy
from sebulba.training.checkpoints import NAME_PATTERN, CheckpointStore

HEURISTIC = "heuristic"
"""The scripted member: `sample_opponent` names it for an iteration against the batched `heuristic` bot
(the arena's benchmark opponent). It is not rated: its strength never changes, the win rate is the figure."""

SEARCH = "search"
"""The other scripted member: the `search` bot (compiled, `search_batch.SearchTeam`), not rated either."""

MEMBER_FIELDS = {"id": str, "elo": float, "created": str, "parent": str, "games": int}


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
        """Everything is checked before anything is kept: a bad file raises and changes nothing."""
        try:
            data = json.loads(self.path.read_text())
            members = [_checked_member(m) for m in data["members"]]
            learner_elo = float(data.get("learner_elo", self.config.elo_start))
            next_id = int(data.get("next_id", len(members) + 1))
            if len({m["id"] for m in members}) != len(members):
                raise ValueError("a member id appears twice")
            if not math.isfinite(learner_elo) or next_id < 1:
                raise ValueError("learner_elo must be finite and next_id positive")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise LeagueError(
                f"{self.path} is unreadable ({error.__class__.__name__}: {error}); it is left as it is: "
                "repair it or move it away to start a new league"
            ) from None
        self.members = members
        self.learner_elo = learner_elo
        self.next_id = next_id

    def _save(self) -> None:
        atomic_write_json(
            self.path, {"members": self.members, "learner_elo": self.learner_elo, "next_id": self.next_id}
        )

    def add(self, policy: DeepSetsPolicy, parent: str, iteration: int, global_step: int) -> str:
        """Freeze the policy's actor as a new member rated at the learner's current Elo."""
        member_id = f"league-{self.next_id:04d}"
        self.store.save(
            member_id,
            {"actor": policy.actor_state_dict(), "iteration": iteration, "global_step": global_step},
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
        pruned = self._prune()
        self._save()
        for victim in pruned:
            if self.store.exists(victim):
                self.store.delete(victim)
        return member_id

    def _prune(self) -> list[str]:
        """Over capacity: unlist the oldest members outside the top `protected_top` by Elo; their ids."""
        pruned = []
        while len(self.members) > self.config.capacity:
            protected = {
                m["id"] for m in sorted(self.members, key=lambda m: -m["elo"])[: self.config.protected_top]
            }
            victim = next((m for m in self.members if m["id"] not in protected), None)
            if victim is None:
                break
            self.members.remove(victim)
            pruned.append(victim["id"])
        return pruned

    def sample_opponent(self, rng: random.Random) -> str | None:
        """HEURISTIC with probability heuristic_share, SEARCH with probability search_share; otherwise None
        (the latest self) with probability latest_self_share, else a uniform league member."""
        draw = rng.random()
        if draw < self.config.heuristic_share:
            return HEURISTIC
        if draw < self.config.heuristic_share + self.config.search_share:
            return SEARCH
        if not self.members or rng.random() < self.config.latest_self_share:
            return None
        return rng.choice(self.members)["id"]

    def record_result(self, member_id: str, learner_score: float, games: int = 1) -> None:
        """Learner vs member Elo update (K from the config) after `games` races scoring `learner_score`."""
        if not 0.0 <= learner_score <= 1.0 or games < 1:
            raise ValueError(f"a score is in [0, 1] over at least one game, not {learner_score} over {games}")
        member = self._member(member_id)
        expected = 1.0 / (1.0 + 10.0 ** ((member["elo"] - self.learner_elo) / 400.0))
        delta = self.config.elo_k * (learner_score - expected)
        self.learner_elo += delta
        member["elo"] -= delta
        member["games"] += games
        self._save()

    def _member(self, member_id: str) -> dict[str, Any]:
        member = next((m for m in self.members if m["id"] == member_id), None)
        if member is None:
            raise KeyError(f"no league member {member_id!r}")
        return member

    def load_policy(self, member_id: str) -> DeepSetsPolicy:
        """The member's frozen actor (the critic stays at its initial weights: opponents only act)."""
        self._member(member_id)
        policy = DeepSetsPolicy.for_actor(self.store.load(member_id)["actor"])
        policy.eval()
        return policy

    def table(self, top: int = 10) -> list[dict[str, Any]]:
        ranked = sorted(self.members, key=lambda m: -m["elo"])[:top]
        return [{k: m[k] for k in ("id", "elo", "created", "parent", "games")} for m in ranked]


def _checked_member(entry: Any) -> dict[str, Any]:
    """One league.json member with the fields and types `table` and the Elo updates rely on."""
    member = {key: kind(entry[key]) for key, kind in MEMBER_FIELDS.items()}
    if not isinstance(entry["id"], str) or not NAME_PATTERN.fullmatch(member["id"]):
        raise ValueError(f"member id {entry['id']!r} is not a checkpoint name")
    if not math.isfinite(member["elo"]) or member["games"] < 0:
        raise ValueError(f"member {member['id']} has elo {member['elo']} and games {member['games']}")
    return {**entry, **member}


def frozen_copy(policy: DeepSetsPolicy) -> DeepSetsPolicy:
    """A detached copy for self-play: the opponent does not move while the learner updates; it plays on
    the int8 grid when the policy does (quantisation-aware training: the network the bot carries)."""
    copy = DeepSetsPolicy(policy.size)
    copy.load_state_dict(policy.state_dict())
    copy.set_actor_on_grid(policy.actor_on_grid)
    copy.eval()
    for parameter in copy.parameters():
        parameter.requires_grad_(False)
    return copy.to(next(policy.parameters()).device)
