"""The replay format written by `sebulba race` and played back by the control room.

A replay is one JSON object (`Replay`):

- `version`: 1; `players`: the two bot specs (team 0, team 1); `laps`; `checkpoints`: [[x, y], ...].
- `turns`: one `TurnFrame` per turn played, in order:
  - `turn`: the turn number after it was played (1 for the first);
  - `pods_before` / `pods`: four `PodFrame`s (pods 0, 1 are team 0; 2, 3 team 1) before and after it:
    `x, y, vx, vy` (integers), `angle` (degrees as the engine keeps them, unnormalised; null before a
    pod's first turn), `next` (next checkpoint index), `checkpoints_passed`, `shield` (engine-off turns
    left), `boost_used`;
  - `commands`: the four command lines as the engine understood them (`x y thrust|SHIELD|BOOST`);
  - `collisions`: `CollisionFrame`s in resolution order: pods `a` > `b`, `time` in the turn (0..1),
    `impulse`, contact point `x, y` (from `state.last_collisions`);
  - `passes`: the index of each pod that passed a checkpoint, once per pass (`state.last_passes`).
- `result`: `winner` (team 0/1 or null), `reason` (finish, timeout, turn_limit, or the faulty bot's
  error), `turns`, `faults` ({team: reason}).
"""

from __future__ import annotations

from typing import TypedDict

from sebulba.simulation.cpu_physics import GameState

REPLAY_VERSION = 1


class PodFrame(TypedDict):
    x: int
    y: int
    vx: int
    vy: int
    angle: float | None
    next: int
    checkpoints_passed: int
    shield: int
    boost_used: bool


class CollisionFrame(TypedDict):
    a: int
    b: int
    time: float
    impulse: float
    x: float
    y: float


class TurnFrame(TypedDict):
    turn: int
    pods_before: list[PodFrame]
    commands: list[str]
    pods: list[PodFrame]
    collisions: list[CollisionFrame]
    passes: list[int]


class ReplayResult(TypedDict):
    winner: int | None
    reason: str
    turns: int
    faults: dict[int, str]


class Replay(TypedDict):
    version: int
    players: list[str]
    laps: int
    checkpoints: list[list[int]]
    turns: list[TurnFrame]
    result: ReplayResult


def pod_frames(state: GameState) -> list[PodFrame]:
    return [
        PodFrame(
            x=int(p.x),
            y=int(p.y),
            vx=int(p.vx),
            vy=int(p.vy),
            angle=p.angle,
            next=p.next_checkpoint,
            checkpoints_passed=p.checkpoints_passed,
            shield=p.shield_turns,
            boost_used=p.boost_used,
        )
        for p in state.pods
    ]


def collision_frames(state: GameState) -> list[CollisionFrame]:
    return [CollisionFrame(**c._asdict()) for c in state.last_collisions]
