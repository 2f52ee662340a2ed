"""The control room's wire format: every frame the server sends and every message it accepts."""

from __future__ import annotations

import math
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sebulba.simulation.rules import MAP_HEIGHT, MAP_WIDTH, MIN_CHECKPOINT_DISTANCE
from sebulba.training.telemetry import LogEvent, PodFrame, RaceFrame, TrainingStats


class RaceState(BaseModel):
    turn: int
    pods: list[PodFrame]
    checkpoints: list[tuple[float, float]]
    collisions: list[tuple[float, float]] = []


class Stats(BaseModel):
    fps_physics: float
    fps_training: float
    reward_mean: float
    win_rate: float
    eval_win_rate: float | None
    eval_win_rate_vs_search: float | None = None
    league_win_rate_vs_search: float | None = None
    active_model: str
    iteration: int
    total_steps: int
    episode_length_mean: float
    stage: str
    opponent: str
    learning_rate: float
    entropy: float
    value_loss: float
    policy_loss: float
    approx_kl: float
    clip_fraction: float
    explained_variance: float
    running: bool
    cpu_memory_mb: float
    gpu_memory_mb: float


class LeagueEntry(BaseModel):
    id: str
    elo: float
    created: str
    parent: str
    games: int


class TelemetryFrame(BaseModel):
    type: Literal["telemetry"] = "telemetry"
    step: int
    match_id: int
    stats: Stats
    race_state: RaceState | None
    league: list[LeagueEntry]


class LogFrame(BaseModel):
    type: Literal["log"] = "log"
    seq: int
    time: float
    kind: str
    message: str


class ConfigResultFrame(BaseModel):
    type: Literal["config_result"] = "config_result"
    accepted: bool
    config: dict[str, Any] | None = None
    error: str | None = None


class CommandResultFrame(BaseModel):
    type: Literal["command_result"] = "command_result"
    action: str
    ok: bool
    message: str


class ErrorFrame(BaseModel):
    type: Literal["error"] = "error"
    message: str


class CommandMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["command"]
    action: Literal["START", "STOP", "RESET", "SAVE_CHECKPOINT"]


class ConfigMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["config"]
    payload: dict[str, Any]


class SaveRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(
        None, description="Checkpoint name (letters, digits, _ - .); default: by iteration"
    )
    overwrite: bool = Field(False, description="Replace a checkpoint of that name (else 409)")


SCENARIO_MAX_SPEED = MAP_WIDTH
"""A hand-placed pod's velocity per axis: far beyond any race's (about 1,000), still finite work."""
MapX = Annotated[int, Field(ge=0, le=MAP_WIDTH, strict=True)]
MapY = Annotated[int, Field(ge=0, le=MAP_HEIGHT, strict=True)]
Speed = Annotated[int, Field(ge=-SCENARIO_MAX_SPEED, le=SCENARIO_MAX_SPEED, strict=True)]


class ScenarioPod(BaseModel):
    model_config = ConfigDict(extra="forbid")
    x: MapX
    y: MapY
    vx: Speed = 0
    vy: Speed = 0
    angle: float | None = Field(None, ge=-360, le=360, allow_inf_nan=False, description="Heading, degrees")


class ScenarioRequest(BaseModel):
    """A hand-made situation, held to the rules' maps: on the map, checkpoints MIN_CHECKPOINT_DISTANCE
    apart (official maps keep them further), pods at distinct points."""

    model_config = ConfigDict(extra="forbid")
    checkpoints: list[tuple[MapX, MapY]] = Field(min_length=2, max_length=8)
    pods: list[ScenarioPod] = Field(min_length=4, max_length=4)
    turns: int = Field(100, ge=1, le=500, strict=True)

    @model_validator(mode="after")
    def _apart(self) -> Self:
        for i, a in enumerate(self.checkpoints):
            for j, b in enumerate(self.checkpoints[i + 1 :], i + 1):
                if math.dist(a, b) < MIN_CHECKPOINT_DISTANCE:
                    raise ValueError(
                        f"checkpoints.{i} and checkpoints.{j} are {math.dist(a, b):.0f} apart; "
                        f"the rules keep checkpoints at least {MIN_CHECKPOINT_DISTANCE} apart"
                    )
        places = [(pod.x, pod.y) for pod in self.pods]
        if len(set(places)) < len(places):
            raise ValueError("two pods on the same point: pods.*.x and y must differ")
        return self


def telemetry_frame(stats: TrainingStats, race: RaceFrame | None) -> TelemetryFrame:
    race_state = None
    if race is not None:
        race_state = RaceState(
            turn=race.turn,
            pods=list(race.pods),
            checkpoints=list(race.checkpoints),
            collisions=list(race.collisions),
        )
    return TelemetryFrame(
        step=stats.step,
        match_id=race.match_id if race is not None else 0,
        stats=Stats(**{name: getattr(stats, name) for name in Stats.model_fields}),
        race_state=race_state,
        league=[LeagueEntry(**entry) for entry in stats.league],
    )


def log_frame(event: LogEvent) -> LogFrame:
    return LogFrame(seq=event.seq, time=event.time, kind=event.kind, message=event.message)
