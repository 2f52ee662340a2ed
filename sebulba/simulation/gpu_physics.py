"""The batched engine: `cpu_physics` over B races at once, in PyTorch, on any device.

Pure and batched (gymnax/Brax style): frozen dataclasses of tensors; `step` builds a new state and never
edits its inputs. Every float operation follows `cpu_physics` in the same order, so in float64 the two
engines agree to the bit (tests bind them; `sebulba verify-physics --engine torch` checks the official
turns). float32 is an option for speed: it drifts from the referee's integers now and then.

Collisions are resolved in rounds, as the referee does: each round finds every race's earliest contact,
moves the race to it and resolves all contacts within 1e-5 of it in the referee's pair order. Races run
as many rounds as they need: the loop ends when no race has a contact left (one host sync per round),
so no race is ever cut short; real races need 1-4 rounds (see bench/sim_throughput.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

import torch
from torch import Tensor

from sebulba.simulation.cpu_physics import GameState, Pod, team_of
from sebulba.simulation.referee_data import RecordedTurn, pod_from_record
from sebulba.simulation.rules import (
    CHECKPOINT_RADIUS,
    COLLISION_TIME_EPSILON,
    DEFAULT_RULES,
    MAX_CHECKPOINTS,
    MAX_ROTATION_DEG,
    POD_RADIUS,
    PUSH_APART_EPSILON,
    START_GRID_SPACING,
    Rules,
)

_CONTACT_DISTANCE = float(2 * POD_RADIUS)
_CONTACT_DISTANCE_SQ = _CONTACT_DISTANCE**2
_CHECKPOINT_RADIUS_SQ = float(CHECKPOINT_RADIUS**2)
_RAD_TO_DEG = 180.0 / math.pi
"""math.degrees multiplies by this constant; using the same one keeps angles bit-identical."""
_DEG_TO_RAD = math.pi / 180.0
MAX_COLLISION_ROUNDS = 1000
"""A guard against a non-terminating loop only; real turns need a handful of rounds."""
FLOAT32_COLLISION_ROUNDS = 32
"""In float32 the referee's 1e-5 push-apart can vanish in rounding, so two pods may touch again at once
for ever: after this many rounds the remaining movement ends without further contacts (float32 only)."""


@dataclass(frozen=True)
class BatchState:
    """B races of P pods (P = 1, 2 or 4); teams as `cpu_physics.team_of`."""

    checkpoints: Tensor  # [B, 8, 2] dtype, zero beyond num_checkpoints
    num_checkpoints: Tensor  # [B] int64
    pos: Tensor  # [B, P, 2] dtype, integer-valued after every turn
    vel: Tensor  # [B, P, 2] dtype, integer-valued after every turn
    angle: Tensor  # [B, P] dtype, degrees, unnormalised (meaningless where ~has_angle)
    has_angle: Tensor  # [B, P] bool, False before a pod's first rotation
    next_checkpoint: Tensor  # [B, P] int64
    checkpoints_passed: Tensor  # [B, P] int64
    shield_turns: Tensor  # [B, P] int64 engine-off timer
    boost_used: Tensor  # [B, P] bool
    team_boost_used: Tensor  # [B, T] bool, for Rules.boost_shared_by_team
    turn: Tensor  # [B] int64
    team_timeouts: Tensor  # [B, T] int64, turns left before elimination
    finished: Tensor  # [B] bool
    winner: Tensor  # [B] int64, -1 when none (yet)


@dataclass(frozen=True)
class BatchCommands:
    target: Tensor  # [B, P, 2] integer-valued
    thrust: Tensor  # [B, P] int64 in 0..max_thrust
    shield: Tensor  # [B, P] bool
    boost: Tensor  # [B, P] bool (SHIELD wins when both are set)


@dataclass(frozen=True)
class TurnEvents:
    impulse: Tensor  # [B, P, P] summed impulse of the collisions between pods i and j, symmetric
    passes: Tensor  # [B, P] int64 checkpoints passed this turn
    collision_rounds: Tensor  # [B] int64 rounds with a collision this turn


def _teams(pod_count: int, device: torch.device) -> Tensor:
    return torch.tensor([team_of(i, pod_count) for i in range(pod_count)], device=device, dtype=torch.long)


def _team_count(pod_count: int) -> int:
    return 1 if pod_count == 1 else 2


def _pairs(pod_count: int, device: torch.device) -> tuple[Tensor, Tensor]:
    """The referee's scan order (3,2), (3,1), (3,0), (2,1), (2,0), (1,0) as index tensors."""
    pairs = [(i, j) for i in range(pod_count - 1, 0, -1) for j in range(i - 1, -1, -1)]
    first = torch.tensor([i for i, _ in pairs], dtype=torch.long, device=device)
    second = torch.tensor([j for _, j in pairs], dtype=torch.long, device=device)
    return first, second


def new_races(
    checkpoints: Tensor, num_checkpoints: Tensor, pod_count: int, rules: Rules = DEFAULT_RULES
) -> BatchState:
    """Races at their start: the official grid (cpu_physics.start_positions), at rest, heading for cp 1."""
    if pod_count not in (1, 2, 4):
        raise ValueError(f"a race has 1, 2 or 4 pods, not {pod_count}")
    b = checkpoints.shape[0]
    device, dtype = checkpoints.device, checkpoints.dtype
    d = checkpoints[:, 1] - checkpoints[:, 0]
    length = torch.sqrt(d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1])
    perp = torch.stack((-d[:, 1] / length, d[:, 0] / length), dim=-1)  # [B, 2]
    offsets = {1: (-1,), 2: (-1, -3), 4: (-1, 1, -3, 3)}[pod_count]
    spacing = torch.tensor(offsets, dtype=dtype, device=device)[None, :, None] * START_GRID_SPACING
    pos = torch.floor(checkpoints[:, None, 0] + perp[:, None] * spacing + 0.5)
    teams = _team_count(pod_count)
    shape = (b, pod_count)
    return BatchState(
        checkpoints=checkpoints,
        num_checkpoints=num_checkpoints.to(torch.long),
        pos=pos,
        vel=torch.zeros_like(pos),
        angle=torch.zeros(shape, dtype=dtype, device=device),
        has_angle=torch.zeros(shape, dtype=torch.bool, device=device),
        next_checkpoint=torch.ones(shape, dtype=torch.long, device=device),
        checkpoints_passed=torch.zeros(shape, dtype=torch.long, device=device),
        shield_turns=torch.zeros(shape, dtype=torch.long, device=device),
        boost_used=torch.zeros(shape, dtype=torch.bool, device=device),
        team_boost_used=torch.zeros(b, teams, dtype=torch.bool, device=device),
        turn=torch.zeros(b, dtype=torch.long, device=device),
        team_timeouts=torch.full((b, teams), rules.timeout_turns, dtype=torch.long, device=device),
        finished=torch.zeros(b, dtype=torch.bool, device=device),
        winner=torch.full((b,), -1, dtype=torch.long, device=device),
    )


def where(mask: Tensor, a: BatchState, b: BatchState) -> BatchState:
    """Leaf-wise select: race r from `a` where mask[r], else from `b` (auto-reset)."""
    chosen = {}
    for f in fields(BatchState):
        x, y = getattr(a, f.name), getattr(b, f.name)
        m = mask.reshape(mask.shape + (1,) * (x.dim() - 1))
        chosen[f.name] = torch.where(m, x, y)
    return BatchState(**chosen)


def validate_commands(commands: BatchCommands, rules: Rules = DEFAULT_RULES) -> None:
    """Reject what the referee rejects (thrust outside 0..max_thrust, non-finite targets): ValueError."""
    thrust = commands.thrust
    if thrust.is_floating_point() and torch.isnan(thrust).any():
        raise ValueError("NaN thrust")
    if ((thrust < 0) | (thrust > rules.max_thrust)).any():
        raise ValueError(f"thrust outside 0..{rules.max_thrust}")
    if commands.target.is_floating_point() and not torch.isfinite(commands.target).all():
        raise ValueError("non-finite target")


def _apply_commands(
    state: BatchState, commands: BatchCommands, rules: Rules
) -> tuple[BatchState, Tensor, Tensor]:
    """Shield/boost bookkeeping, rotation and thrust (cpu_physics.apply_commands); returns masses too."""
    dtype = state.pos.dtype
    pod_count = state.pos.shape[1]
    shield = commands.shield
    boost = commands.boost & ~shield
    teams = _teams(pod_count, state.pos.device)
    if rules.boost_shared_by_team:
        already = state.team_boost_used[:, teams]
        # A team's second pod boosting in the same turn finds the boost used by the first (pod order).
        if pod_count == 4:
            first_boosts = boost[:, 0::2]
            earlier = torch.stack((torch.zeros_like(first_boosts), first_boosts), dim=-1).reshape(boost.shape)
            already = already | earlier
    else:
        already = state.boost_used
    thrust = commands.thrust.to(dtype)
    thrust = torch.where(
        boost, torch.where(already, float(rules.max_thrust), float(rules.boost_thrust)), thrust
    )
    boost_used = state.boost_used | boost
    team_boost = state.team_boost_used.clone()
    for team in range(team_boost.shape[1]):
        team_boost[:, team] |= (boost & (teams == team)).any(1)
    engine_off = ~shield & (state.shield_turns > 0)
    shield_turns = torch.where(
        shield, rules.shield_turns, torch.where(engine_off, state.shield_turns - 1, state.shield_turns)
    )
    thrust = torch.where(shield | engine_off, 0.0, thrust)
    masses = torch.where(shield, rules.shield_mass, rules.pod_mass).to(dtype)

    delta = commands.target.to(dtype) - state.pos
    dx, dy = delta[..., 0], delta[..., 1]
    rotate = ~((dx == 0) & (dy == 0))
    wanted = torch.atan2(dy, dx) * _RAD_TO_DEG
    last = state.angle
    da = torch.fmod(wanted - last, 360.0)
    rel = torch.fmod(2.0 * da, 360.0) - da
    clamped = torch.where(
        rel >= MAX_ROTATION_DEG,
        last + MAX_ROTATION_DEG,
        torch.where(rel <= -MAX_ROTATION_DEG, last - MAX_ROTATION_DEG, wanted),
    )
    turned = torch.where(state.has_angle, clamped, wanted)
    angle = torch.where(rotate, turned, state.angle)
    rad = angle * _DEG_TO_RAD
    cx, cy = torch.cos(rad), torch.sin(rad)
    norm = torch.sqrt(cx * cx + cy * cy)
    push = rotate & (thrust != 0)
    vx = torch.where(push, state.vel[..., 0] + cx / norm * thrust, state.vel[..., 0])
    vy = torch.where(push, state.vel[..., 1] + cy / norm * thrust, state.vel[..., 1])
    new_state = replace(
        state,
        vel=torch.stack((vx, vy), dim=-1),
        angle=angle,
        has_angle=state.has_angle | rotate,
        shield_turns=shield_turns,
        boost_used=boost_used,
        team_boost_used=team_boost,
    )
    return new_state, masses, rotate


def _contact_times(pos: Tensor, vel: Tensor, first: Tensor, second: Tensor) -> Tensor:
    """[B, pairs] time until each pair touches (0 if touching), inf if never (cpu_physics._contact_time)."""
    dx = pos[:, first, 0] - pos[:, second, 0]
    dy = pos[:, first, 1] - pos[:, second, 1]
    c = dx * dx + dy * dy
    dvx = vel[:, first, 0] - vel[:, second, 0]
    dvy = vel[:, first, 1] - vel[:, second, 1]
    a = dvx * dvx + dvy * dvy
    b = 2.0 * (dx * dvx + dy * dvy)
    delta = b * b - 4.0 * a * (c - _CONTACT_DISTANCE_SQ)
    root = (-b - torch.sqrt(torch.clamp(delta, min=0.0))) / (2.0 * torch.where(a > 0.0, a, 1.0))
    never = (a <= 0.0) | (delta < 0.0)
    inf = torch.full_like(root, math.inf)
    return torch.where(c <= _CONTACT_DISTANCE_SQ, torch.zeros_like(root), torch.where(never, inf, root))


def _bounce(
    pos: Tensor, vel: Tensor, masses: Tensor, i: Tensor, j: Tensor, apply: Tensor, min_impulse: float
) -> tuple[Tensor, Tensor, Tensor]:
    """Resolve pair (i, j) [B] where `apply` [B] (cpu_physics._bounce); returns pos, vel, impulse [B]."""
    rows = torch.arange(pos.shape[0], device=pos.device)
    p1, p2 = pos[rows, i], pos[rows, j]
    v1, v2 = vel[rows, i], vel[rows, j]
    m1, m2 = masses[rows, i], masses[rows, j]
    nx = p2[:, 0] - p1[:, 0]
    ny = p2[:, 1] - p1[:, 1]
    dist = torch.sqrt(nx * nx + ny * ny)
    dist = torch.where(dist == 0.0, 1.0, dist)
    nx = nx / dist
    ny = ny / dist
    f = (nx * (v1[:, 0] - v2[:, 0]) + ny * (v1[:, 1] - v2[:, 1])) / (1.0 / m1 + 1.0 / m2)
    total = f + torch.clamp(f, min=min_impulse)
    v1x = v1[:, 0] - nx * total / m1
    v1y = v1[:, 1] - ny * total / m1
    v2x = v2[:, 0] + nx * total / m2
    v2y = v2[:, 1] + ny * total / m2
    ddx = p1[:, 0] - p2[:, 0]
    ddy = p1[:, 1] - p2[:, 1]
    d = torch.sqrt(ddx * ddx + ddy * ddy) - _CONTACT_DISTANCE
    push = torch.where(d <= 0.0, -d / 2.0 + PUSH_APART_EPSILON, 0.0)
    overlap = d <= 0.0
    p1x = torch.where(overlap, p1[:, 0] - nx * push, p1[:, 0])
    p1y = torch.where(overlap, p1[:, 1] - ny * push, p1[:, 1])
    p2x = torch.where(overlap, p2[:, 0] + nx * push, p2[:, 0])
    p2y = torch.where(overlap, p2[:, 1] + ny * push, p2[:, 1])
    pos = pos.clone()
    vel = vel.clone()
    a = apply[:, None]
    pos[rows, i] = torch.where(a, torch.stack((p1x, p1y), -1), p1)
    pos[rows, j] = torch.where(a, torch.stack((p2x, p2y), -1), p2)
    vel[rows, i] = torch.where(a, torch.stack((v1x, v1y), -1), v1)
    vel[rows, j] = torch.where(a, torch.stack((v2x, v2y), -1), v2)
    return pos, vel, torch.where(apply, total, 0.0)


Segments = list[tuple[Tensor, Tensor, Tensor]]
"""Pieces of each pod's path this turn: (start [B, P, 2], end [B, P, 2], present [B, P])."""


def _move_and_collide(
    pos: Tensor, vel: Tensor, masses: Tensor, active: Tensor, min_impulse: float
) -> tuple[Tensor, Tensor, Tensor, Tensor, Segments, Tensor]:
    """Continuous-time movement with collisions (cpu_physics.move_and_collide) for every race at once.

    Returns positions, velocities, impulses, rounds, the path segments up to the last collision of each
    pod and the position where that last collision left it (the path's last vertex before the end).
    """
    b, pod_count = pos.shape[:2]
    device, dtype = pos.device, pos.dtype
    impulse = torch.zeros(b, pod_count, pod_count, dtype=dtype, device=device)
    rounds = torch.zeros(b, dtype=torch.long, device=device)
    segments: Segments = []
    last_vertex = pos
    if pod_count == 1:
        return pos + vel, vel, impulse, rounds, segments, last_vertex
    first, second = _pairs(pod_count, device)
    t = torch.zeros(b, dtype=dtype, device=device)
    moving = active.clone()
    rows = torch.arange(b, device=device)
    exact = dtype == torch.float64
    for _ in range(MAX_COLLISION_ROUNDS if exact else FLOAT32_COLLISION_ROUNDS):
        remaining = 1.0 - t
        s = _contact_times(pos, vel, first, second)
        found = ((s == 0.0) | ((s > 0.0) & (s <= remaining[:, None]))) & moving[:, None]
        s = torch.where(found, s, math.inf)
        earliest = s.min(1).values
        collides = found.any(1)
        finishing = moving & ~collides
        pos = torch.where(finishing[:, None, None], pos + vel * remaining[:, None, None], pos)
        moving = moving & collides
        if not bool(moving.any()):
            break
        step_time = torch.where(moving & (earliest > 0.0), earliest, 0.0)
        pos = pos + vel * step_time[:, None, None]
        t = torch.where(moving, t + earliest, t)
        rounds = rounds + moving.long()
        order = torch.sort(s, dim=1, stable=True)
        limit = earliest + COLLISION_TIME_EPSILON
        resolve = (order.values <= limit[:, None]) & moving[:, None]
        slots = int(resolve.sum(1).max())
        for k in range(slots):
            pair = order.indices[:, k]
            i, j = first[pair], second[pair]
            apply = resolve[:, k]
            pos, vel, total = _bounce(pos, vel, masses, i, j, apply, min_impulse)
            impulse[rows, i, j] += total
            impulse[rows, j, i] += total
            touched = torch.zeros(b, pod_count, dtype=torch.bool, device=device)
            touched[rows, i] = apply
            touched[rows, j] = apply
            segments.append((last_vertex, pos, touched))
            last_vertex = torch.where(touched[..., None], pos, last_vertex)
    else:
        if exact:
            raise RuntimeError("collision resolution did not converge")
        pos = torch.where(moving[:, None, None], pos + vel * (1.0 - t)[:, None, None], pos)
    return pos, vel, impulse, rounds, segments, last_vertex


def _segment_hits(start: Tensor, end: Tensor, target: Tensor) -> Tensor:
    """[...] whether target lies within the checkpoint radius of segment start-end (cpu_physics twin)."""
    abx = end[..., 0] - start[..., 0]
    aby = end[..., 1] - start[..., 1]
    acx = target[..., 0] - start[..., 0]
    acy = target[..., 1] - start[..., 1]
    ab2 = abx * abx + aby * aby
    t = (acx * abx + acy * aby) / torch.where(ab2 > 0.0, ab2, 1.0)
    t = torch.where(t > 1.0, 1.0, torch.where(t < 0.0, 0.0, t))
    px = torch.where(ab2 > 0.0, acx - abx * t, acx)
    py = torch.where(ab2 > 0.0, acy - aby * t, acy)
    return px * px + py * py <= _CHECKPOINT_RADIUS_SQ


def _next_checkpoint_positions(checkpoints: Tensor, next_checkpoint: Tensor) -> Tensor:
    return torch.gather(checkpoints, 1, next_checkpoint[..., None].expand(-1, -1, 2))


def _pass_checkpoints(
    state: BatchState, segments: Segments, final_pos: Tensor, last_vertex: Tensor
) -> tuple[Tensor, Tensor, Tensor]:
    """Advance pods whose path came within the radius of their next checkpoint, repeatedly."""
    starts = torch.stack([s for s, _, _ in segments] + [last_vertex])  # [S, B, P, 2]
    ends = torch.stack([e for _, e, _ in segments] + [final_pos])
    everyone = torch.ones(final_pos.shape[:2], dtype=torch.bool, device=final_pos.device)
    present = torch.stack([m for _, _, m in segments] + [everyone])
    next_cp = state.next_checkpoint
    passed = state.checkpoints_passed
    passes = torch.zeros_like(next_cp)
    count = state.num_checkpoints[:, None]
    while True:
        target = _next_checkpoint_positions(state.checkpoints, next_cp)
        hit = (_segment_hits(starts, ends, target[None]) & present).any(0)
        if not bool(hit.any()):
            return next_cp, passed, passes
        next_cp = torch.where(hit, (next_cp + 1) % count, next_cp)
        passed = passed + hit.long()
        passes = passes + hit.long()


def _best_team(state: BatchState, pos: Tensor, passed: Tensor, next_cp: Tensor) -> Tensor:
    """[B] the team ahead: most checkpoints, then closest to its next checkpoint (team 0 on ties)."""
    target = _next_checkpoint_positions(state.checkpoints, next_cp)
    dist = torch.sqrt((pos[..., 0] - target[..., 0]) ** 2 + (pos[..., 1] - target[..., 1]) ** 2)
    pod_count = pos.shape[1]
    teams = _teams(pod_count, pos.device)
    best_passed = []
    best_dist = []
    for team in range(2):
        members = (teams == team).nonzero().flatten()
        p = passed[:, members]
        d = dist[:, members]
        top = p.max(1).values
        best_passed.append(top)
        best_dist.append(torch.where(p == top[:, None], d, math.inf).min(1).values)
    team1 = (best_passed[1] > best_passed[0]) | (
        (best_passed[1] == best_passed[0]) & (best_dist[1] < best_dist[0])
    )
    return team1.long()


def _judge(
    state: BatchState,
    pos: Tensor,
    passed: Tensor,
    next_cp: Tensor,
    timeouts: Tensor,
    turn: Tensor,
    rules: Rules,
) -> tuple[Tensor, Tensor]:
    """Finish, elimination, turn limit in that order (cpu_physics._judge); returns finished, winner."""
    pod_count = pos.shape[1]
    teams = _teams(pod_count, pos.device)
    team_count = _team_count(pod_count)
    goal = (rules.laps * state.num_checkpoints)[:, None]
    pod_done = passed >= goal
    team_done = torch.stack([(pod_done & (teams == t)).any(1) for t in range(team_count)], dim=1)
    eliminated = timeouts <= 0
    any_done = team_done.any(1)
    any_eliminated = eliminated.any(1)
    over = turn >= rules.max_turns
    finished = any_done | any_eliminated | over
    none = torch.full_like(turn, -1)
    if team_count == 1:
        winner = torch.where(any_done, 0, none)
        return finished, winner
    best = _best_team(state, pos, passed, next_cp)
    by_finish = torch.where(team_done.all(1), best, torch.where(team_done[:, 0], 0, 1))
    by_elimination = torch.where(eliminated.all(1), best, torch.where(eliminated[:, 0], 1, 0))
    winner = torch.where(
        any_done, by_finish, torch.where(any_eliminated, by_elimination, torch.where(over, best, none))
    )
    return finished, winner


def step(
    state: BatchState, commands: BatchCommands, rules: Rules = DEFAULT_RULES
) -> tuple[BatchState, TurnEvents]:
    """One full turn of every race; races already finished come back unchanged with empty events."""
    active = ~state.finished
    moved, masses, _ = _apply_commands(state, commands, rules)
    pos, vel, impulse, rounds, segments, last_vertex = _move_and_collide(
        moved.pos, moved.vel, masses, active, rules.min_impulse
    )
    vel = vel * rules.friction
    pos = torch.floor(pos + 0.5)
    vel = torch.trunc(vel)
    next_cp, passed, passes = _pass_checkpoints(moved, segments, pos, last_vertex)
    turn = state.turn + 1
    pod_count = pos.shape[1]
    teams = _teams(pod_count, pos.device)
    team_passed = torch.stack(
        [((passes > 0) & (teams == t)).any(1) for t in range(state.team_timeouts.shape[1])], 1
    )
    timeouts = torch.where(team_passed, rules.timeout_turns, state.team_timeouts - 1)
    finished, winner = _judge(state, pos, passed, next_cp, timeouts, turn, rules)
    stepped = replace(
        moved,
        pos=pos,
        vel=vel,
        next_checkpoint=next_cp,
        checkpoints_passed=passed,
        turn=turn,
        team_timeouts=timeouts,
        finished=finished,
        winner=winner,
    )
    a = active[:, None]
    events = TurnEvents(
        impulse=torch.where(a[..., None], impulse, 0.0),
        passes=torch.where(a, passes, 0),
        collision_rounds=torch.where(active, rounds, 0),
    )
    return where(active, stepped, state), events


# -- conversion to and from the reference engine (parity tests, verify-physics) --------------------------


def from_games(
    games: list[GameState], device: torch.device | str = "cpu", dtype: torch.dtype = torch.float64
) -> BatchState:
    """Reference-engine races as one batch (all with the same pod count)."""
    pod_count = len(games[0].pods)
    if any(len(g.pods) != pod_count for g in games):
        raise ValueError("every race in a batch has the same number of pods")
    checkpoints = torch.zeros(len(games), MAX_CHECKPOINTS, 2, dtype=dtype)
    for r, game in enumerate(games):
        checkpoints[r, : len(game.checkpoints)] = torch.tensor(game.checkpoints, dtype=dtype)

    def pods(attribute: str) -> list[list[float]]:
        return [[getattr(p, attribute) for p in g.pods] for g in games]

    def tensor(values: object, kind: torch.dtype) -> Tensor:
        return torch.tensor(values, dtype=kind, device=device)

    return BatchState(
        checkpoints=checkpoints.to(device),
        num_checkpoints=tensor([len(g.checkpoints) for g in games], torch.long),
        pos=tensor([[[p.x, p.y] for p in g.pods] for g in games], dtype),
        vel=tensor([[[p.vx, p.vy] for p in g.pods] for g in games], dtype),
        angle=tensor([[p.angle if p.angle is not None else 0.0 for p in g.pods] for g in games], dtype),
        has_angle=tensor([[p.angle is not None for p in g.pods] for g in games], torch.bool),
        next_checkpoint=tensor(pods("next_checkpoint"), torch.long),
        checkpoints_passed=tensor(pods("checkpoints_passed"), torch.long),
        shield_turns=tensor(pods("shield_turns"), torch.long),
        boost_used=tensor(pods("boost_used"), torch.bool),
        team_boost_used=tensor([g.boost_used_by_team for g in games], torch.bool),
        turn=tensor([g.turn for g in games], torch.long),
        team_timeouts=tensor([g.team_timeouts for g in games], torch.long),
        finished=tensor([g.finished for g in games], torch.bool),
        winner=tensor([-1 if g.winner is None else g.winner for g in games], torch.long),
    )


def to_games(state: BatchState, rules: Rules = DEFAULT_RULES) -> list[GameState]:
    """The batch as reference-engine races (end_reason is not tracked by the batched engine)."""
    cpu = {f.name: getattr(state, f.name).cpu().tolist() for f in fields(BatchState)}
    games = []
    for r in range(len(cpu["turn"])):
        count = cpu["num_checkpoints"][r]
        pods = [
            Pod(
                x=cpu["pos"][r][k][0],
                y=cpu["pos"][r][k][1],
                vx=cpu["vel"][r][k][0],
                vy=cpu["vel"][r][k][1],
                angle=cpu["angle"][r][k] if cpu["has_angle"][r][k] else None,
                next_checkpoint=cpu["next_checkpoint"][r][k],
                checkpoints_passed=cpu["checkpoints_passed"][r][k],
                shield_turns=cpu["shield_turns"][r][k],
                boost_used=cpu["boost_used"][r][k],
            )
            for k in range(len(cpu["pos"][r]))
        ]
        games.append(
            GameState(
                checkpoints=[(int(x), int(y)) for x, y in cpu["checkpoints"][r][:count]],
                pods=pods,
                rules=rules,
                turn=cpu["turn"][r],
                team_timeouts=cpu["team_timeouts"][r],
                finished=cpu["finished"][r],
                winner=None if cpu["winner"][r] < 0 else cpu["winner"][r],
                boost_used_by_team=cpu["team_boost_used"][r],
            )
        )
    return games


def commands_tensor(commands: list[list], device: torch.device | str, dtype: torch.dtype) -> BatchCommands:
    """Reference `Command`s [race][pod] as a batch."""
    return BatchCommands(
        target=torch.tensor([[[c.x, c.y] for c in race] for race in commands], dtype=dtype, device=device),
        thrust=torch.tensor([[c.thrust for c in race] for race in commands], dtype=torch.long, device=device),
        shield=torch.tensor([[c.shield for c in race] for race in commands], dtype=torch.bool, device=device),
        boost=torch.tensor([[c.boost for c in race] for race in commands], dtype=torch.bool, device=device),
    )


def verify_engine(device: str = "cpu", dtype: str = "float64") -> Callable[[list[RecordedTurn], Rules], list]:
    """An engine for `sebulba verify-physics --engine torch`: every recorded turn as one batch."""
    torch_dtype = {"float64": torch.float64, "float32": torch.float32}[dtype]

    def run(turns: list[RecordedTurn], rules: Rules) -> list[list[tuple[int, ...]]]:
        games = [
            GameState(checkpoints=t.checkpoints, pods=[pod_from_record(r) for r in t.before], rules=rules)
            for t in turns
        ]
        state = from_games(games, device, torch_dtype)
        commands = commands_tensor([t.commands for t in turns], device, torch_dtype)
        validate_commands(commands, rules)
        after, _ = step(state, commands, rules)
        results = []
        for game in to_games(after, rules):
            results.append(
                [
                    (
                        int(p.x),
                        int(p.y),
                        int(p.vx),
                        int(p.vy),
                        p.next_checkpoint,
                        p.shield_turns,
                        int(p.boost_used),
                    )
                    for p in game.pods
                ]
            )
        return results

    return run
