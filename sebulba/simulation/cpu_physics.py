"""The reference engine: one race, pure Python (`math` only), exactly as RULES.md says.

Every float operation follows the referee's formulas in the referee's order: the integers it produces
match the official game's on every recorded turn (tests/data). Angles are kept in degrees, unnormalised,
as the referee keeps and writes them. The same code serves 1, 2 or 4 pods; pods 2k and 2k+1 are team k
in a 2v2, pod k is team k in a duel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from sebulba.simulation.flat_physics import segment_near
from sebulba.simulation.rules import (
    CHECKPOINT_RADIUS,
    COLLISION_TIME_EPSILON,
    DEFAULT_RULES,
    MAX_ROTATION_DEG,
    POD_RADIUS,
    PUSH_APART_EPSILON,
    START_GRID_SPACING,
    Rules,
)

_CONTACT_DISTANCE_SQ = float((2 * POD_RADIUS) ** 2)
_CONTACT_DISTANCE = float(2 * POD_RADIUS)
_CHECKPOINT_RADIUS_SQ = float(CHECKPOINT_RADIUS**2)
_atan2, _degrees, _radians, _fmod = math.atan2, math.degrees, math.radians, math.fmod
_cos, _sin, _sqrt = math.cos, math.sin, math.sqrt
"""Module-level aliases: the hot path is pure CPython, where attribute look-ups cost."""
_time_of = itemgetter(0)


class Command(NamedTuple):
    """One pod's order for one turn: a target point and a thrust, SHIELD or BOOST."""

    x: int
    y: int
    thrust: int = 0
    shield: bool = False
    boost: bool = False

    def to_line(self) -> str:
        power = "SHIELD" if self.shield else "BOOST" if self.boost else str(self.thrust)
        return f"{self.x} {self.y} {power}"


class CommandError(ValueError):
    """A command line the real game would reject."""


def parse_command(line: str, max_thrust: int = DEFAULT_RULES.max_thrust) -> Command:
    """Parse `x y thrust|SHIELD|BOOST [message]` as the CodinGame referee does; raise CommandError."""
    parts = line.split(maxsplit=3)
    if len(parts) < 3:
        raise CommandError(f"expected 'x y thrust|SHIELD|BOOST', got {line!r}")
    try:
        x, y = int(parts[0]), int(parts[1])
    except ValueError:
        raise CommandError(f"target must be two integers, got {line!r}") from None
    power = parts[2]
    if power.upper() == "SHIELD":
        return Command(x, y, 0, shield=True)
    if power.upper() == "BOOST":
        return Command(x, y, 0, boost=True)
    try:
        thrust = int(power)
    except ValueError:
        raise CommandError(f"thrust must be an integer 0..{max_thrust}, SHIELD or BOOST: {line!r}") from None
    if not 0 <= thrust <= max_thrust:
        raise CommandError(f"thrust {thrust} outside 0..{max_thrust}: {line!r}")
    return Command(x, y, thrust)


class Pod:
    """A pod's full state; floats between collisions, integers at the end of every turn."""

    __slots__ = (
        "angle",
        "boost_used",
        "checkpoints_passed",
        "next_checkpoint",
        "shield_turns",
        "vx",
        "vy",
        "x",
        "y",
    )

    def __init__(
        self,
        x: float,
        y: float,
        vx: float = 0.0,
        vy: float = 0.0,
        angle: float | None = None,
        next_checkpoint: int = 1,
        checkpoints_passed: int = 0,
        shield_turns: int = 0,
        boost_used: bool = False,
    ) -> None:
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.angle = angle
        """Degrees, never normalised; None before the pod's first turn."""
        self.next_checkpoint = next_checkpoint
        self.checkpoints_passed = checkpoints_passed
        self.shield_turns = shield_turns
        """Engine-off timer: 3 on the SHIELD turn, then counting down."""
        self.boost_used = boost_used

    def copy(self) -> Pod:
        return Pod(
            self.x,
            self.y,
            self.vx,
            self.vy,
            self.angle,
            self.next_checkpoint,
            self.checkpoints_passed,
            self.shield_turns,
            self.boost_used,
        )

    def as_tuple(self) -> tuple[int, int, int, int, int, int, int, bool]:
        """The integer fields the referee prints (x, y, vx, vy, next, passed, shield, boosted)."""
        return (
            int(self.x),
            int(self.y),
            int(self.vx),
            int(self.vy),
            self.next_checkpoint,
            self.checkpoints_passed,
            self.shield_turns,
            self.boost_used,
        )

    def protocol_angle(self) -> int:
        """What a bot reads: round(degrees mod 360), 0..360, or -1 before the first turn."""
        if self.angle is None:
            return -1
        return math.floor(self.angle % 360.0 + 0.5)

    def __repr__(self) -> str:
        return (
            f"Pod(x={self.x}, y={self.y}, vx={self.vx}, vy={self.vy}, angle={self.angle}, "
            f"next={self.next_checkpoint}, passed={self.checkpoints_passed}, "
            f"shield={self.shield_turns}, boost_used={self.boost_used})"
        )


class Collision(NamedTuple):
    """A resolved contact: pods a > b (the pair's order), absolute time in the turn, impulse, place."""

    a: int
    b: int
    time: float
    impulse: float
    x: float
    y: float


def team_of(pod_index: int, pod_count: int) -> int:
    """Pods 0,1 are team 0 and 2,3 team 1 in a 2v2; in a duel pod k is team k; solo is team 0."""
    return pod_index // 2 if pod_count == 4 else pod_index


@dataclass
class GameState:
    """One race. `step` advances it one turn in place; `clone` copies it for look-ahead."""

    checkpoints: list[tuple[int, int]]
    pods: list[Pod]
    rules: Rules = DEFAULT_RULES
    turn: int = 0
    team_timeouts: list[int] = field(default_factory=list)
    """Turns each team has left to pass a checkpoint before elimination."""
    finished: bool = False
    winner: int | None = None
    """The winning team, None for a draw-free undecided race (solo timeouts have no winner)."""
    end_reason: str = ""
    last_collisions: list[Collision] = field(default_factory=list)
    last_passes: list[int] = field(default_factory=list)
    """Indexes of the pods that passed a checkpoint during the last turn (one entry per pass)."""
    boost_used_by_team: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.pods) not in (1, 2, 4):
            raise ValueError(f"a race has 1, 2 or 4 pods, not {len(self.pods)}")
        if not 2 <= len(self.checkpoints) <= 8:
            raise ValueError(f"a map has 2..8 checkpoints, not {len(self.checkpoints)}")
        if not self.team_timeouts:
            self.team_timeouts = [self.rules.timeout_turns] * self.team_count
        if not self.boost_used_by_team:
            self.boost_used_by_team = [False] * self.team_count

    @property
    def team_count(self) -> int:
        return 1 if len(self.pods) == 1 else 2

    @property
    def checkpoints_to_finish(self) -> int:
        return self.rules.laps * len(self.checkpoints)

    def clone(self) -> GameState:
        return GameState(
            checkpoints=self.checkpoints,
            pods=[pod.copy() for pod in self.pods],
            rules=self.rules,
            turn=self.turn,
            team_timeouts=list(self.team_timeouts),
            finished=self.finished,
            winner=self.winner,
            end_reason=self.end_reason,
            boost_used_by_team=list(self.boost_used_by_team),
        )


def start_positions(checkpoints: list[tuple[int, int]], pod_count: int) -> list[tuple[int, int]]:
    """The official start grid: pods on the line through cp0 perpendicular to cp0->cp1, 500 apart."""
    (x0, y0), (x1, y1) = checkpoints[0], checkpoints[1]
    dx, dy = x1 - x0, y1 - y0
    length = math.sqrt(dx * dx + dy * dy)
    px, py = -dy / length, dx / length
    offsets = {1: (-1,), 2: (-1, -3), 4: (-1, 1, -3, 3)}[pod_count]
    return [
        (
            math.floor(x0 + px * s * START_GRID_SPACING + 0.5),
            math.floor(y0 + py * s * START_GRID_SPACING + 0.5),
        )
        for s in offsets
    ]


def new_game(
    checkpoints: list[tuple[int, int]], pod_count: int = 4, rules: Rules = DEFAULT_RULES
) -> GameState:
    """A race at its start: pods on the official grid, at rest, heading for checkpoint 1."""
    pods = [Pod(float(x), float(y)) for x, y in start_positions(checkpoints, pod_count)]
    return GameState(checkpoints=list(checkpoints), pods=pods, rules=rules)


def _bounce(c1: Pod, c2: Pod, m1: float, m2: float, min_impulse: float) -> float:
    """Elastic collision, impulse applied twice (the second at least min_impulse), then push apart."""
    nx = c2.x - c1.x
    ny = c2.y - c1.y
    dist = math.sqrt(nx * nx + ny * ny)
    nx /= dist
    ny /= dist
    f = (nx * (c1.vx - c2.vx) + ny * (c1.vy - c2.vy)) / (1.0 / m1 + 1.0 / m2)
    total = f + max(min_impulse, f)
    c1.vx -= nx * total / m1
    c1.vy -= ny * total / m1
    c2.vx += nx * total / m2
    c2.vy += ny * total / m2
    ddx = c1.x - c2.x
    ddy = c1.y - c2.y
    d = math.sqrt(ddx * ddx + ddy * ddy) - _CONTACT_DISTANCE
    if d <= 0.0:
        push = -d / 2.0 + PUSH_APART_EPSILON
        c1.x -= nx * push
        c1.y -= ny * push
        c2.x += nx * push
        c2.y += ny * push
    return total


def _pairs(pod_count: int) -> tuple[tuple[int, int], ...]:
    """The referee's scan order: (3,2), (3,1), (3,0), (2,1), (2,0), (1,0)."""
    return tuple((i, j) for i in range(pod_count - 1, 0, -1) for j in range(i - 1, -1, -1))


_PAIRS = {n: _pairs(n) for n in (1, 2, 4)}
_MAX_COLLISION_ROUNDS = 10_000
"""A guard against an infinite loop only: real races need a handful of rounds."""


def move_and_collide(
    pods: list[Pod], masses: list[float], min_impulse: float
) -> tuple[list[Collision], list[list[tuple[float, float]]]]:
    """Continuous-time movement over one turn; returns the collisions and each pod's path vertices.

    The pair test is inlined (it runs six times a turn at least): same formulas as the referee's, and a
    pair is kept when touching now (s = 0) or meeting within the time left (0 < s <= 1 - t).
    """
    pod_pairs = [(pods[i], pods[j], i, j) for i, j in _PAIRS[len(pods)]]
    paths: list[list[tuple[float, float]]] = [[(p.x, p.y)] for p in pods]
    collisions: list[Collision] = []
    sqrt = math.sqrt
    t = 0.0
    for _ in range(_MAX_COLLISION_ROUNDS):
        remaining = 1.0 - t
        found: list[tuple[float, int, int]] = []
        for pi, pj, i, j in pod_pairs:
            dx = pi.x - pj.x
            dy = pi.y - pj.y
            c = dx * dx + dy * dy
            if c <= _CONTACT_DISTANCE_SQ:
                found.append((0.0, i, j))
                continue
            dvx = pi.vx - pj.vx
            dvy = pi.vy - pj.vy
            a = dvx * dvx + dvy * dvy
            if a <= 0.0:
                continue
            b = 2.0 * (dx * dvx + dy * dvy)
            if b >= 0.0:
                continue  # moving apart: the smaller root is negative (or there is none)
            delta = b * b - 4.0 * a * (c - _CONTACT_DISTANCE_SQ)
            if delta < 0.0:
                continue
            s = (-b - sqrt(delta)) / (2.0 * a)
            if 0.0 <= s <= remaining:
                found.append((s, i, j))
        if not found:
            for p in pods:
                p.x += p.vx * remaining
                p.y += p.vy * remaining
            return collisions, paths
        if len(found) > 1:
            found.sort(key=_time_of)
        first = found[0][0]
        if first > 0.0:
            for p in pods:
                p.x += p.vx * first
                p.y += p.vy * first
        t += first
        limit = first + COLLISION_TIME_EPSILON
        for s, i, j in found:
            if s > limit:
                break
            c1, c2 = pods[i], pods[j]
            impulse = _bounce(c1, c2, masses[i], masses[j], min_impulse)
            collisions.append(Collision(i, j, t, impulse, (c1.x + c2.x) / 2.0, (c1.y + c2.y) / 2.0))
            paths[i].append((c1.x, c1.y))
            paths[j].append((c2.x, c2.y))
    raise RuntimeError("collision resolution did not converge")


def apply_commands(
    pods: list[Pod], commands: list[Command], rules: Rules, boost_used_by_team: list[bool]
) -> list[float]:
    """Rotation, SHIELD/BOOST bookkeeping and thrust for every pod; returns this turn's masses."""
    masses = []
    pod_count = len(pods)
    pod_mass = rules.pod_mass
    for index in range(pod_count):
        pod = pods[index]
        tx, ty, thrust, shield, boost = commands[index]
        mass = pod_mass
        if shield:
            pod.shield_turns = rules.shield_turns
            mass = rules.shield_mass
            thrust = 0
        else:
            if boost:
                team = team_of(index, pod_count)
                already = boost_used_by_team[team] if rules.boost_shared_by_team else pod.boost_used
                thrust = rules.max_thrust if already else rules.boost_thrust
                pod.boost_used = True
                boost_used_by_team[team] = True
            if pod.shield_turns > 0:
                pod.shield_turns -= 1
                thrust = 0
        masses.append(mass)
        # Rotation: none (and no thrust) when the target is the pod itself; at most 18 degrees after turn 1.
        dx = tx - pod.x
        dy = ty - pod.y
        if dx == 0 and dy == 0:
            continue
        a = _degrees(_atan2(dy, dx))
        last = pod.angle
        if last is not None:
            da = _fmod(a - last, 360.0)
            rel = _fmod(2.0 * da, 360.0) - da
            if rel >= MAX_ROTATION_DEG:
                a = last + MAX_ROTATION_DEG
            elif rel <= -MAX_ROTATION_DEG:
                a = last - MAX_ROTATION_DEG
        pod.angle = a
        if thrust:
            rad = _radians(a)
            cx = _cos(rad)
            cy = _sin(rad)
            norm = _sqrt(cx * cx + cy * cy)
            pod.vx += cx / norm * thrust
            pod.vy += cy / norm * thrust
    return masses


def _end_turn(
    pods: list[Pod],
    paths: list[list[tuple[float, float]]],
    checkpoints: list[tuple[int, int]],
    friction: float,
) -> list[int]:
    """Friction and rounding, then advance every pod whose path came within the radius of its checkpoint.

    One loop for both (each pod's passes depend only on its own rounded end point); a pod that took no
    collision has one segment, whose test is inlined (the common case). A pod passes each checkpoint at
    most once a turn, as the referee's pass happens at one time along the path: without that bound a path
    that touches two checkpoints (or coincident ones) would go round the lap forever.
    """
    passes = []
    count = len(checkpoints)
    floor = math.floor
    for index, pod in enumerate(pods):
        vx = pod.vx * friction
        vy = pod.vy * friction
        bx = pod.x = float(floor(pod.x + 0.5))
        by = pod.y = float(floor(pod.y + 0.5))
        pod.vx = float(int(vx))
        pod.vy = float(int(vy))
        vertices = paths[index]
        vertices.append((bx, by))
        for _ in range(count):
            cx, cy = checkpoints[pod.next_checkpoint]
            if len(vertices) == 2:
                ax, ay = vertices[0]
                abx = bx - ax
                aby = by - ay
                acx = cx - ax
                acy = cy - ay
                ab2 = abx * abx + aby * aby
                if ab2 > 0.0:
                    t = (acx * abx + acy * aby) / ab2
                    if t > 1.0:
                        t = 1.0
                    elif t < 0.0:
                        t = 0.0
                    acx -= abx * t
                    acy -= aby * t
                if acx * acx + acy * acy > _CHECKPOINT_RADIUS_SQ:
                    break
            elif not any(
                segment_near(*vertices[k], *vertices[k + 1], cx, cy) for k in range(len(vertices) - 1)
            ):
                break
            pod.next_checkpoint = (pod.next_checkpoint + 1) % count
            pod.checkpoints_passed += 1
            passes.append(index)
    return passes


def _distance_to_next(state: GameState, pod: Pod) -> float:
    cx, cy = state.checkpoints[pod.next_checkpoint]
    return math.sqrt((pod.x - cx) ** 2 + (pod.y - cy) ** 2)


def _best_team_by_progress(state: GameState, teams: list[int]) -> int:
    """Ranking at the turn limit or a tie: most checkpoints, then closest to its next checkpoint."""

    def key(team: int) -> tuple[int, float]:
        members = [p for i, p in enumerate(state.pods) if team_of(i, len(state.pods)) == team]
        best = max(members, key=lambda p: (p.checkpoints_passed, -_distance_to_next(state, p)))
        return (-best.checkpoints_passed, _distance_to_next(state, best))

    return min(teams, key=key)


def _judge(state: GameState) -> None:
    """Finish, elimination and turn limit, in that order of precedence."""
    pod_count = len(state.pods)
    goal = state.checkpoints_to_finish
    finishers = sorted(
        {team_of(i, pod_count) for i, p in enumerate(state.pods) if p.checkpoints_passed >= goal}
    )
    if finishers:
        state.finished = True
        state.end_reason = "finish"
        state.winner = finishers[0] if len(finishers) == 1 else _best_team_by_progress(state, finishers)
        return
    eliminated = [team for team, left in enumerate(state.team_timeouts) if left <= 0]
    if eliminated:
        state.finished = True
        state.end_reason = "timeout"
        alive = [team for team in range(state.team_count) if team not in eliminated]
        if len(alive) == 1:
            state.winner = alive[0]
        elif state.team_count == 2:
            state.winner = _best_team_by_progress(state, [0, 1])
        return
    if state.turn >= state.rules.max_turns:
        state.finished = True
        state.end_reason = "turn_limit"
        state.winner = (
            _best_team_by_progress(state, list(range(state.team_count))) if state.team_count == 2 else None
        )


def step(state: GameState, commands: list[Command]) -> GameState:
    """Play one full turn in place (rotation, thrust, movement, collisions, friction, checkpoints)."""
    if state.finished:
        raise ValueError("the race is over")
    rules = state.rules
    pods = state.pods
    if len(commands) != len(pods):
        raise ValueError(f"expected {len(pods)} commands, got {len(commands)}")
    masses = apply_commands(pods, commands, rules, state.boost_used_by_team)
    state.last_collisions, paths = move_and_collide(pods, masses, rules.min_impulse)
    passes = state.last_passes = _end_turn(pods, paths, state.checkpoints, rules.friction)
    state.turn += 1
    timeouts = state.team_timeouts
    pod_count = len(pods)
    passed_teams = {team_of(i, pod_count) for i in passes}
    for team in range(len(timeouts)):
        timeouts[team] = rules.timeout_turns if team in passed_teams else timeouts[team] - 1
    # _judge only when something can have ended the race: a finisher, an elimination or the turn limit.
    goal = rules.laps * len(state.checkpoints)
    if (
        state.turn >= rules.max_turns
        or min(timeouts) <= 0
        or (passes and max(p.checkpoints_passed for p in pods) >= goal)
    ):
        _judge(state)
    return state
