"""What training publishes for anyone watching: immutable snapshots behind a lock held for O(1) work.

The trainer writes (`publish_stats`, `publish_race`, `log`); readers (the control room, the progress
line) take the latest snapshot or the events after a cursor. Nothing here ever blocks training on a
reader: writers replace references, and the event log is a bounded ring.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class PodFrame:
    id: int
    team: int
    x: float
    y: float
    angle: float
    """Degrees, as the referee keeps it (unnormalised)."""
    vx: float
    vy: float
    thrust: int
    boost: bool
    """Whether the pod boosted this turn."""
    shield: bool
    """Whether the pod's shield is up (engine-off timer running)."""
    role: str
    """"runner" or "blocker" (team leader by race state) or "solo"."""
    next_checkpoint: int
    checkpoints_passed: int


@dataclass(frozen=True)
class RaceFrame:
    """One turn of the race the trainer shows (environment 0)."""

    match_id: int
    turn: int
    checkpoints: tuple[tuple[float, float], ...]
    pods: tuple[PodFrame, ...]
    collisions: tuple[tuple[float, float], ...] = ()
    """Where pods touched during this turn."""


@dataclass(frozen=True)
class TrainingStats:
    """One iteration's figures (CleanRL's charts/ and losses/, plus the curriculum and league)."""

    step: int = 0
    iteration: int = 0
    total_steps: int = 0
    fps_physics: float = 0.0
    """Env-steps per second during the rollouts."""
    fps_training: float = 0.0
    """Env-steps per second of the whole iteration (rollout + update)."""
    reward_mean: float = 0.0
    episode_length_mean: float = 0.0
    win_rate: float = 0.0
    eval_win_rate: float | None = None
    """The last evaluation's deterministic win rate vs the heuristic team (None before the first)."""
    eval_win_rate_vs_search: float | None = None
    """The last in-run evaluation against the search bot's team (fixed games, deterministic policy)."""
    league_win_rate_vs_search: float | None = None
    """The last league iteration's win rate against the search bot's team (sampled actions)."""
    active_model: str = ""
    stage: str = "solo"
    opponent: str = ""
    learning_rate: float = 0.0
    entropy: float = 0.0
    value_loss: float = 0.0
    policy_loss: float = 0.0
    approx_kl: float = 0.0
    clip_fraction: float = 0.0
    explained_variance: float = 0.0
    running: bool = False
    cpu_memory_mb: float = 0.0
    gpu_memory_mb: float = 0.0
    league: tuple[dict[str, Any], ...] = ()
    """Top members: {"id", "elo", "created", "parent"}."""


@dataclass(frozen=True)
class LogEvent:
    seq: int
    time: float
    kind: str
    """checkpoint, lap, best_model, stage, info, error."""
    message: str


@dataclass
class TelemetryHub:
    """Latest stats, latest race frame and a bounded event log, shared between threads."""

    max_events: int = 1000
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stats: TrainingStats = field(default_factory=TrainingStats)
    _race: RaceFrame | None = None
    _events: deque[LogEvent] = field(init=False)
    _seq: int = 0
    _race_seq: int = 0

    def __post_init__(self) -> None:
        self._events = deque(maxlen=self.max_events)

    def publish_stats(self, stats: TrainingStats) -> None:
        with self._lock:
            self._stats = stats

    def publish_race(self, frame: RaceFrame) -> None:
        with self._lock:
            self._race = frame
            self._race_seq += 1

    def log(self, kind: str, message: str) -> None:
        with self._lock:
            self._seq += 1
            self._events.append(LogEvent(self._seq, time.time(), kind, message))

    def stats(self) -> TrainingStats:
        with self._lock:
            return self._stats

    def race(self) -> tuple[int, RaceFrame | None]:
        """The latest frame and its sequence number (to skip frames a reader has already sent)."""
        with self._lock:
            return self._race_seq, self._race

    def events_after(self, seq: int) -> list[LogEvent]:
        with self._lock:
            return [event for event in self._events if event.seq > seq]
