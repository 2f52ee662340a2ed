"""The batched engine: `cpu_physics` over B races at once, in PyTorch, on any device.

Pure and batched (gymnax/Brax style): frozen dataclasses of tensors; `step` builds a new state and never
edits its inputs. Every float operation follows `cpu_physics` in the same order, so in float64 on the CPU
the two engines agree to the bit (tests bind them; `sebulba verify-physics --engine torch` checks the
official turns). float32 is an option for speed: it drifts from the referee's integers now and then.

Bit-exactness on the CPU needs libm's results for sqrt, cos, sin and atan2. torch's float64 kernels for
sqrt/cos/sin go through MKL VML and its atan2 through SLEEF when the inner stride is 1: both differ from
libm by one ulp on ~0.5-2.5% of inputs. So on the CPU sqrt/cos/sin run through NumPy (IEEE sqrt, libm
cos/sin) and atan2 takes strided inputs, which TensorIterator sends down its scalar `std::atan2` loop. On
CUDA torch's own kernels are used: sqrt is IEEE there, but cos/sin/atan2 may differ by an ulp (rarely
visible in the integers; `verify-physics --device cuda` measures it).

Collisions are resolved in rounds, as the referee does: each round finds every race's earliest contact,
moves the race to it and resolves the contacts within 1e-5 of it in the referee's pair order, one after
the other. A turn first runs `collision_rounds` rounds (of at most 2 contacts) over the whole batch with
no host sync; a race that needs more is then replayed from the start of its movement, together with the
other such races only, with as many rounds and contacts as it takes (one sync per round). Deciding
whether to replay is the turn's one host sync (it also raises the ValueError for bad commands), so no race
is ever cut short or diverges silently. Heuristic races need 0 rounds on 84% of turns, at most 1 on 98%
and 3 on 99.98%; piled-up brawls up to ~30. Measured, the fastest bound is 0 (COLLISION_ROUNDS).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import NamedTuple

import numpy as np
import torch
from torch import Tensor

from sebulba.simulation.cpu_physics import Command, GameState, Pod, team_of
from sebulba.simulation.referee_data import RecordedTurn, game_before, integer_pods
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
COLLISION_ROUNDS = 0
"""Rounds every race runs without a host sync before the races still in contact are replayed. 99.98% of
heuristic turns need at most 3 rounds, yet a round over the whole batch costs more than replaying the ~15%
of races with any contact, on 2 CPU cores (2.4e5 vs 1.2e5 steps/s at B=4096) and on an H200 (float64,
B=16384: 9.2e5 steps/s with 0 rounds, 6.7e5 with 3, 5.8e5 with 8); see bench/sim_throughput.py."""
CONTACTS_PER_ROUND = 2
"""Simultaneous contacts resolved per round without a host sync: heuristic races never had more than 2."""
MAX_COLLISION_ROUNDS = 10_000
"""float64: the reference engine's guard against a non-terminating loop."""
FLOAT32_COLLISION_ROUNDS = 32
"""float32: the referee's 1e-5 push-apart can vanish in rounding, so two pods may touch again at once for
ever: after this many rounds the remaining movement ends without further contacts (float32 only)."""


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
    target: Tensor  # [B, P, 2] integer-valued (dtype or int64)
    thrust: Tensor  # [B, P] int64 in 0..max_thrust
    shield: Tensor  # [B, P] bool
    boost: Tensor  # [B, P] bool (SHIELD wins when both are set)


@dataclass(frozen=True)
class TurnEvents:
    impulse: Tensor  # [B, P, P] dtype, summed |impulse| of the collisions between pods i and j, symmetric
    passes: Tensor  # [B, P] int64 checkpoints passed this turn
    collision_rounds: Tensor  # [B] int64 rounds with a collision this turn


# -- exact elementary functions ---------------------------------------------------------------------------


def _numpy_or_torch(numpy_fn: Callable, torch_fn: Callable[[Tensor], Tensor]) -> Callable[[Tensor], Tensor]:
    """On the CPU NumPy's kernel (libm-exact, unlike torch's MKL VML one); elsewhere torch's."""

    def apply(x: Tensor) -> Tensor:
        if x.device.type == "cpu":
            return torch.from_numpy(numpy_fn(x.numpy()))
        return torch_fn(x)

    return apply


_sqrt = _numpy_or_torch(np.sqrt, torch.sqrt)
_cos = _numpy_or_torch(np.cos, torch.cos)
_sin = _numpy_or_torch(np.sin, torch.sin)


def _atan2_degrees(delta: Tensor) -> Tensor:
    """[...] math.degrees(atan2(dy, dx)) of delta [..., 2]: the columns are strided views, which keeps
    torch's CPU kernel on its scalar std::atan2 loop (its contiguous SLEEF loop is off by an ulp)."""
    return torch.atan2(delta[..., 1], delta[..., 0]) * _RAD_TO_DEG


# -- reading a state (shared by the environment and the batched bots) ----------------------------------------


def gather_pods(values: Tensor, index: Tensor) -> Tensor:
    """values [B, P, ...] gathered along the pod axis by index [B, K] -> [B, K, ...]."""
    shape = index.shape + values.shape[2:]
    expanded = index.reshape(index.shape + (1,) * (values.dim() - 2)).expand(shape)
    return torch.gather(values, 1, expanded)


def next_checkpoints(state: BatchState, offset: int = 0) -> Tensor:
    """[B, P, 2] position of each pod's next checkpoint (offset 1: the one after it)."""
    index = (state.next_checkpoint + offset) % state.num_checkpoints[:, None]
    return torch.gather(state.checkpoints, 1, index[..., None].expand(-1, -1, 2))


def printed_angles(state: BatchState) -> Tensor:
    """[B, P] the angle the referee prints, round(angle mod 360) (meaningless where ~has_angle)."""
    return torch.floor(torch.remainder(state.angle, 360.0) + 0.5)


# -- races and commands -----------------------------------------------------------------------------------


def _teams(pod_count: int, device: torch.device) -> Tensor:
    return torch.tensor([team_of(i, pod_count) for i in range(pod_count)], device=device, dtype=torch.long)


def _team_count(pod_count: int) -> int:
    return 1 if pod_count == 1 else 2


def new_races(
    checkpoints: Tensor, num_checkpoints: Tensor, pod_count: int, rules: Rules = DEFAULT_RULES
) -> BatchState:
    """Races at their start: the official grid (cpu_physics.start_positions), at rest, heading for cp 1."""
    if pod_count not in (1, 2, 4):
        raise ValueError(f"a race has 1, 2 or 4 pods, not {pod_count}")
    b = checkpoints.shape[0]
    device, dtype = checkpoints.device, checkpoints.dtype
    d = checkpoints[:, 1] - checkpoints[:, 0]
    length = _sqrt(d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1])
    perp = torch.stack((-d[:, 1] / length, d[:, 0] / length), dim=-1)  # [B, 2]
    offsets = {1: (-1,), 2: (-1, -3), 4: (-1, 1, -3, 3)}[pod_count]
    spacing = torch.tensor(offsets, dtype=dtype, device=device)[None, :, None] * START_GRID_SPACING
    pos = torch.floor(checkpoints[:, None, 0] + perp[:, None] * spacing + 0.5)
    teams = _team_count(pod_count)
    shape = (b, pod_count)
    return BatchState(
        checkpoints=checkpoints,
        num_checkpoints=num_checkpoints.to(device=device, dtype=torch.long),
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
        chosen[f.name] = torch.where(mask.reshape(mask.shape + (1,) * (x.dim() - 1)), x, y)
    return BatchState(**chosen)


def _command_errors(commands: BatchCommands, rules: Rules) -> Tensor:
    """[3] bool: NaN thrust, thrust outside 0..max_thrust, non-finite target (read at the turn's one sync)."""
    thrust, target = commands.thrust, commands.target
    nan = torch.isnan(thrust).any() if thrust.is_floating_point() else torch.zeros((), dtype=torch.bool)
    out_of_range = ((thrust < 0) | (thrust > rules.max_thrust)).any()
    bad_target = (
        ~torch.isfinite(target).all() if target.is_floating_point() else torch.zeros((), dtype=torch.bool)
    )
    return torch.stack((nan.to(thrust.device), out_of_range, bad_target.to(thrust.device)))


def _raise_command_errors(errors: list[bool], rules: Rules) -> None:
    nan, out_of_range, bad_target = errors
    if nan:
        raise ValueError("NaN thrust")
    if out_of_range:
        raise ValueError(f"thrust outside 0..{rules.max_thrust}")
    if bad_target:
        raise ValueError("non-finite target")


def validate_commands(commands: BatchCommands, rules: Rules = DEFAULT_RULES) -> None:
    """Reject what the referee rejects (thrust outside 0..max_thrust, NaN, non-finite targets): ValueError."""
    _raise_command_errors(_command_errors(commands, rules).tolist(), rules)


def _apply_commands(state: BatchState, commands: BatchCommands, rules: Rules) -> tuple[BatchState, Tensor]:
    """Shield/boost bookkeeping, rotation and thrust (cpu_physics.apply_commands); returns masses too."""
    dtype = state.pos.dtype
    pod_count = state.pos.shape[1]
    shield = commands.shield
    boost = commands.boost & ~shield
    teams = _teams(pod_count, state.pos.device)
    if rules.boost_shared_by_team:
        already = state.team_boost_used[:, teams]
        if pod_count == 4:
            # A team's second pod boosting in the same turn finds the boost used by the first (pod order).
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
    team_boosted = boost.reshape(-1, 2, 2).any(2) if pod_count == 4 else boost  # [B, T]
    team_boost = state.team_boost_used | team_boosted
    engine_off = ~shield & (state.shield_turns > 0)
    shield_turns = torch.where(shield, rules.shield_turns, state.shield_turns - engine_off.long())
    thrust = torch.where(shield | engine_off, 0.0, thrust)
    masses = torch.where(shield, rules.shield_mass, rules.pod_mass).to(dtype)

    delta = commands.target.to(dtype) - state.pos  # [B, P, 2]
    rotate = (delta != 0.0).any(-1)
    wanted = _atan2_degrees(delta)
    last = state.angle
    da = torch.fmod(wanted - last, 360.0)
    rel = torch.fmod(2.0 * da, 360.0) - da
    clamped = torch.where(
        rel >= MAX_ROTATION_DEG,
        last + MAX_ROTATION_DEG,
        torch.where(rel <= -MAX_ROTATION_DEG, last - MAX_ROTATION_DEG, wanted),
    )
    angle = torch.where(rotate, torch.where(state.has_angle, clamped, wanted), last)
    rad = angle * _DEG_TO_RAD
    cx, cy = _cos(rad), _sin(rad)
    norm = _sqrt(cx * cx + cy * cy)
    heading = torch.stack((cx / norm, cy / norm), dim=-1)  # [B, P, 2]
    push = (rotate & (thrust != 0.0))[..., None]
    vel = torch.where(push, state.vel + heading * thrust[..., None], state.vel)
    new_state = replace(
        state,
        vel=vel,
        angle=angle,
        has_angle=state.has_angle | rotate,
        shield_turns=shield_turns,
        boost_used=boost_used,
        team_boost_used=team_boost,
    )
    return new_state, masses


# -- movement, collisions and checkpoints -----------------------------------------------------------------


@functools.cache
def _pair_tables(pod_count: int, device: torch.device) -> tuple[Tensor, Tensor]:
    """The referee's scan order (3,2), (3,1), (3,0), (2,1), (2,0), (1,0): first [K], second [K]."""
    pairs = [(i, j) for i in range(pod_count - 1, 0, -1) for j in range(i - 1, -1, -1)]
    first = torch.tensor([i for i, _ in pairs], dtype=torch.long, device=device)
    second = torch.tensor([j for _, j in pairs], dtype=torch.long, device=device)
    return first, second


class _Moved(NamedTuple):
    """One turn's movement and checkpoints for a set of races."""

    pos: Tensor  # [B, P, 2] rounded
    vel: Tensor  # [B, P, 2] truncated
    next_checkpoint: Tensor  # [B, P]
    checkpoints_passed: Tensor  # [B, P]
    passes: Tensor  # [B, P]
    pair_impulse: Tensor  # [B, K] summed |impulse| per pair (scan order)
    rounds: Tensor  # [B] rounds with a collision


def _bounce(
    q: Tensor, masses: Tensor, i: Tensor, j: Tensor, apply: Tensor, min_impulse: float
) -> tuple[Tensor, Tensor, Tensor]:
    """Resolve pair (i, j) [B] of q [B, 4, P] (x, y, vx, vy) where `apply` [B] (cpu_physics._bounce).

    Returns q, the impulse `total` [B] and which pods took part [B, P]."""
    b, _, pod_count = q.shape
    q1 = q.gather(2, i.view(b, 1, 1).expand(b, 4, 1)).squeeze(2)  # [B, 4]
    q2 = q.gather(2, j.view(b, 1, 1).expand(b, 4, 1)).squeeze(2)
    m1 = masses.gather(1, i[:, None]).squeeze(1)
    m2 = masses.gather(1, j[:, None]).squeeze(1)
    x1, y1, vx1, vy1 = q1.unbind(1)
    x2, y2, vx2, vy2 = q2.unbind(1)
    nx = x2 - x1
    ny = y2 - y1
    # |c1 - c2| of the push-apart test has the same bits: the squares of opposite numbers are equal.
    dist = _sqrt(nx * nx + ny * ny)
    nx = nx / dist
    ny = ny / dist
    f = (nx * (vx1 - vx2) + ny * (vy1 - vy2)) / (1.0 / m1 + 1.0 / m2)
    total = f + torch.clamp(f, min=min_impulse)
    d = dist - _CONTACT_DISTANCE
    overlap = d <= 0.0
    push = -d / 2.0 + PUSH_APART_EPSILON
    new1 = torch.stack(
        (
            torch.where(overlap, x1 - nx * push, x1),
            torch.where(overlap, y1 - ny * push, y1),
            vx1 - nx * total / m1,
            vy1 - ny * total / m1,
        ),
        dim=1,
    )
    new2 = torch.stack(
        (
            torch.where(overlap, x2 + nx * push, x2),
            torch.where(overlap, y2 + ny * push, y2),
            vx2 + nx * total / m2,
            vy2 + ny * total / m2,
        ),
        dim=1,
    )
    pods = torch.arange(pod_count, device=q.device)
    is1 = (pods == i[:, None]) & apply[:, None]  # [B, P]
    is2 = (pods == j[:, None]) & apply[:, None]
    q = torch.where(is1[:, None], new1[:, :, None], q)
    q = torch.where(is2[:, None], new2[:, :, None], q)
    return q, total, is1 | is2


def _segment_hits(start: Tensor, end: Tensor, present: Tensor, target: Tensor) -> Tensor:
    """[B, P] whether target [B, 2, P] lies within the checkpoint radius of any present segment
    start-end [S, B, 2, P] (flat_physics.segment_near, which the reference engine uses too: the same
    operations in the same order)."""
    ab = end - start
    ac = target - start
    abx, aby = ab.unbind(2)
    acx, acy = ac.unbind(2)
    ab2 = abx * abx + aby * aby
    t = torch.clamp((acx * abx + acy * aby) / ab2, 0.0, 1.0)
    along = ab2 > 0.0
    px = torch.where(along, acx - abx * t, acx)
    py = torch.where(along, acy - aby * t, acy)
    return ((px * px + py * py <= _CHECKPOINT_RADIUS_SQ) & present).any(0)


def _checkpoint_xy(checkpoints: Tensor, next_checkpoint: Tensor) -> Tensor:
    """[B, 2, P] the coordinates of each pod's next checkpoint."""
    return torch.gather(checkpoints, 1, next_checkpoint[..., None].expand(-1, -1, 2)).transpose(1, 2)


def _move(
    pos: Tensor,
    vel: Tensor,
    masses: Tensor,
    moving: Tensor,
    checkpoints: Tensor,
    num_checkpoints: Tensor,
    next_checkpoint: Tensor,
    checkpoints_passed: Tensor,
    rules: Rules,
    rounds: int,
    contacts: int,
    bounded: bool,
) -> tuple[_Moved, Tensor]:
    """Movement with continuous collisions (cpu_physics.move_and_collide), friction, rounding, checkpoints.

    bounded: `rounds` collision rounds of at most `contacts` contacts each and one checkpoint pass per pod,
    with no host sync; returns which races needed more ([B] overflow; their results are meaningless).
    Otherwise (the replay of those races): rounds and contacts as needed, one host sync per round, and
    checkpoint passes up to one of each checkpoint.
    """
    b, pod_count = pos.shape[:2]
    device, dtype = pos.device, pos.dtype
    first, second = _pair_tables(pod_count, device)
    pair_count = first.shape[0]
    q = torch.cat((pos, vel), dim=2).transpose(1, 2).contiguous()  # [B, 4, P]: x, y, vx, vy
    t = torch.zeros(b, dtype=dtype, device=device)
    pair_impulse = torch.zeros(b, pair_count, dtype=dtype, device=device)
    rounds_used = torch.zeros(b, dtype=torch.long, device=device)
    overflow = torch.zeros(b, dtype=torch.bool, device=device)
    starts: list[Tensor] = []
    ends: list[Tensor] = []
    present: list[Tensor] = []
    vertex = q[:, :2]  # [B, 2, P] where each pod's path was at its last collision
    pair_ids = torch.arange(pair_count, device=device)
    exact = dtype == torch.float64
    limit_rounds = rounds if bounded else MAX_COLLISION_ROUNDS if exact else FLOAT32_COLLISION_ROUNDS
    if pod_count == 1:
        limit_rounds = 0  # no pairs: the last (check-only) round just moves the pod
    for round_index in range(limit_rounds + 1):
        remaining = 1.0 - t
        if pod_count == 1:
            q = torch.cat((q[:, :2] + q[:, 2:] * torch.where(moving, 1.0, 0.0)[:, None, None], q[:, 2:]), 1)
            break
        dq = q.index_select(2, first) - q.index_select(2, second)  # [B, 4, K]: dx, dy, dvx, dvy
        dx, dy, dvx, dvy = dq.unbind(1)
        c = dx * dx + dy * dy
        a = dvx * dvx + dvy * dvy
        bb = 2.0 * (dx * dvx + dy * dvy)
        delta = bb * bb - 4.0 * a * (c - _CONTACT_DISTANCE_SQ)
        s = (-bb - _sqrt(torch.clamp(delta, min=0.0))) / (2.0 * a)
        touching = c <= _CONTACT_DISTANCE_SQ
        meets = (a > 0.0) & (delta >= 0.0) & (s >= 0.0) & (s <= remaining[:, None])
        found = (touching | meets) & moving[:, None]
        s = torch.where(found, torch.where(touching, 0.0, s), math.inf)
        earliest, pair = s.min(1)  # the first of equal times: the referee's stable sort
        collides = found.any(1)
        if round_index == limit_rounds:
            if bounded or exact:
                overflow = overflow | (moving & collides)
            collides = torch.zeros_like(collides)
        step_time = torch.where(moving, torch.where(collides, earliest, remaining), 0.0)
        q = torch.cat((q[:, :2] + q[:, 2:] * step_time[:, None, None], q[:, 2:]), dim=1)
        moving = moving & collides
        if round_index == limit_rounds:
            break
        t = torch.where(moving, t + earliest, t)
        rounds_used = rounds_used + moving.long()
        limit = earliest + COLLISION_TIME_EPSILON
        within = (s <= limit[:, None]) & moving[:, None]  # [B, K]
        if bounded:
            slots = contacts
            overflow = overflow | (within.sum(1) > contacts)
        else:
            slots = int(within.sum(1).max())
            if slots == 0:
                break
        for slot in range(slots):
            if slot:
                s = torch.where(pair_ids == pair[:, None], math.inf, s)
                earliest_left, pair = s.min(1)
                apply = (earliest_left <= limit) & moving
            else:
                apply = moving
            i, j = first.index_select(0, pair), second.index_select(0, pair)
            q, total, touched = _bounce(q, masses, i, j, apply, rules.min_impulse)
            resolved = (pair_ids == pair[:, None]) & apply[:, None]
            pair_impulse = pair_impulse + torch.where(resolved, total.abs()[:, None], 0.0)
            starts.append(vertex)
            ends.append(q[:, :2])
            present.append(touched)
            vertex = torch.where(touched[:, None], q[:, :2], vertex)
    if exact and not bounded and bool(overflow.any()):
        raise RuntimeError("collision resolution did not converge")

    end_pos = torch.floor(q[:, :2] + 0.5)  # [B, 2, P]
    end_vel = torch.trunc(q[:, 2:] * rules.friction) + 0.0  # + 0.0: int() gives +0, never -0
    starts.append(vertex)
    ends.append(end_pos)
    present.append(torch.ones_like(moving)[:, None].expand(b, pod_count))
    start, end, mask = torch.stack(starts), torch.stack(ends), torch.stack(present)
    next_cp, passed = next_checkpoint, checkpoints_passed
    passes = torch.zeros_like(next_cp)
    count = num_checkpoints[:, None]
    for pass_index in range(MAX_CHECKPOINTS):  # each checkpoint at most once a turn (cpu_physics._end_turn)
        hit = _segment_hits(start, end, mask, _checkpoint_xy(checkpoints, next_cp)) & (passes < count)
        if bounded and pass_index == 1:
            overflow = overflow | hit.any(1)
            break
        if not bounded and not bool(hit.any()):
            break
        next_cp = torch.where(hit, (next_cp + 1) % count, next_cp)
        passed = passed + hit.long()
        passes = passes + hit.long()
    moved = _Moved(
        pos=end_pos.transpose(1, 2),
        vel=end_vel.transpose(1, 2),
        next_checkpoint=next_cp,
        checkpoints_passed=passed,
        passes=passes,
        pair_impulse=pair_impulse,
        rounds=rounds_used,
    )
    return moved, overflow


# -- judging and the turn ---------------------------------------------------------------------------------


def _best_team(state: BatchState, pos: Tensor, passed: Tensor, next_cp: Tensor) -> Tensor:
    """[B] the team ahead: most checkpoints, then closest to its next checkpoint (team 0 on ties)."""
    target = _checkpoint_xy(state.checkpoints, next_cp).transpose(1, 2)
    gap = pos - target
    dist = _sqrt(gap[..., 0] * gap[..., 0] + gap[..., 1] * gap[..., 1])
    if pos.shape[1] == 4:
        passed, dist = passed.reshape(-1, 2, 2), dist.reshape(-1, 2, 2)  # [B, team, member]
    else:
        passed, dist = passed[..., None], dist[..., None]
    top = passed.max(2).values  # [B, T]
    nearest = torch.where(passed == top[..., None], dist, math.inf).min(2).values
    team1 = (top[:, 1] > top[:, 0]) | ((top[:, 1] == top[:, 0]) & (nearest[:, 1] < nearest[:, 0]))
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
    pod_done = passed >= (rules.laps * state.num_checkpoints)[:, None]
    team_done = pod_done.reshape(-1, 2, 2).any(2) if pod_count == 4 else pod_done  # [B, T]
    eliminated = timeouts <= 0
    any_done = team_done.any(1)
    any_eliminated = eliminated.any(1)
    over = turn >= rules.max_turns
    finished = any_done | any_eliminated | over
    none = torch.full_like(turn, -1)
    if pod_count == 1:
        return finished, torch.where(any_done, 0, none)
    best = _best_team(state, pos, passed, next_cp)
    by_finish = torch.where(team_done.all(1), best, torch.where(team_done[:, 0], 0, 1))
    by_elimination = torch.where(eliminated.all(1), best, torch.where(eliminated[:, 0], 1, 0))
    winner = torch.where(
        any_done, by_finish, torch.where(any_eliminated, by_elimination, torch.where(over, best, none))
    )
    return finished, winner


def _impulse_matrix(pair_impulse: Tensor, pod_count: int) -> Tensor:
    """[B, P, P] symmetric from [B, K] in scan order."""
    first, second = _pair_tables(pod_count, pair_impulse.device)
    flat = pair_impulse.new_zeros(pair_impulse.shape[0], pod_count * pod_count)
    flat = flat.index_copy(1, first * pod_count + second, pair_impulse)
    flat = flat.index_copy(1, second * pod_count + first, pair_impulse)
    return flat.view(-1, pod_count, pod_count)


def step(
    state: BatchState,
    commands: BatchCommands,
    rules: Rules = DEFAULT_RULES,
    collision_rounds: int = COLLISION_ROUNDS,
) -> tuple[BatchState, TurnEvents]:
    """One full turn of every race; races already finished come back unchanged with empty events.

    `collision_rounds` trades batch work against replays
    (module docstring); any value gives the same result. Raises ValueError for thrust outside
    0..max_thrust, NaN thrust or a non-finite target."""
    active = ~state.finished
    moved_state, masses = _apply_commands(state, commands, rules)

    def move(rows: Tensor | None, bounded: bool) -> tuple[_Moved, Tensor]:
        def pick(x: Tensor) -> Tensor:
            return x if rows is None else x.index_select(0, rows)

        return _move(
            pick(moved_state.pos),
            pick(moved_state.vel),
            pick(masses),
            pick(active),
            pick(state.checkpoints),
            pick(state.num_checkpoints),
            pick(state.next_checkpoint),
            pick(state.checkpoints_passed),
            rules,
            collision_rounds,
            CONTACTS_PER_ROUND,
            bounded,
        )

    moved, overflow = move(None, bounded=True)
    *errors, replay = torch.cat((_command_errors(commands, rules), overflow.any()[None])).tolist()  # the sync
    _raise_command_errors(errors, rules)
    if replay:
        rows = overflow.nonzero().squeeze(1)
        replayed, _ = move(rows, bounded=False)
        moved = _Moved(*(x.index_copy(0, rows, y) for x, y in zip(moved, replayed, strict=True)))

    pod_count = moved.pos.shape[1]
    turn = state.turn + 1
    pod_passed = moved.passes > 0
    team_passed = pod_passed.reshape(-1, 2, 2).any(2) if pod_count == 4 else pod_passed
    timeouts = torch.where(team_passed, rules.timeout_turns, state.team_timeouts - 1)
    finished, winner = _judge(
        state, moved.pos, moved.checkpoints_passed, moved.next_checkpoint, timeouts, turn, rules
    )
    stepped = replace(
        moved_state,
        pos=moved.pos,
        vel=moved.vel,
        next_checkpoint=moved.next_checkpoint,
        checkpoints_passed=moved.checkpoints_passed,
        turn=turn,
        team_timeouts=timeouts,
        finished=finished,
        winner=winner,
    )
    events = TurnEvents(
        impulse=_impulse_matrix(torch.where(active[:, None], moved.pair_impulse, 0.0), pod_count),
        passes=torch.where(active[:, None], moved.passes, 0),
        collision_rounds=torch.where(active, moved.rounds, 0),
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


def commands_tensor(
    commands: list[list[Command]], device: torch.device | str, dtype: torch.dtype
) -> BatchCommands:
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
        games = [game_before(t, rules) for t in turns]
        state = from_games(games, device, torch_dtype)
        commands = commands_tensor([t.commands for t in turns], device, torch_dtype)
        after, _ = step(state, commands, rules)
        return [integer_pods(game) for game in to_games(after, rules)]

    return run
