"""The `search` bot's planner compiled (numba) and run for many races at once: the trainer's teacher.

`search_core.Planner` is the algorithm; this module is the same algorithm over arrays, compiled, with the
races spread over the CPU's cores (`numba.prange`). The functions that index a pod by constants only
(`push`, `bounce`, `command_mass`, `segment_near`, `turn_toward`, `clip_turn`) are the bots' own, compiled
as they are; the rest follows `flat_physics`/`search_core` line for line over arrays. It chooses exactly
what the pure-Python planner chooses: the same float operations in the same order, the same xorshift
draws, the same ties (tests/bots/test_search_batch.py compares the two on fixed states, first turn and
carried plans). The
bots themselves cannot use it (they may import only `sys` and `math`).

Layout, per race: pods [4, 9] as `flat_physics` (x, y, vx, vy, heading in degrees, next checkpoint,
passed, SHIELD timer, BOOST used; the planning team's pods first), checkpoints [8, 2] with their count,
plans [2, PLAN_TURNS, 4] (turn, thrust, SHIELD, BOOST per pod and turn) and the xorshift state.
`bench/search_speed.py` measures the decisions per second.
"""

from __future__ import annotations

import hashlib
import math
import os
from pathlib import Path

import numba
import numpy as np
import torch
from torch import Tensor

from sebulba.bots import search_core as core
from sebulba.simulation import features
from sebulba.simulation import flat_physics as fp
from sebulba.simulation import gpu_physics as physics
from sebulba.simulation.cpu_physics import new_game
from sebulba.simulation.env import hold_position
from sebulba.simulation.features import in_play
from sebulba.simulation.gpu_physics import BatchCommands, BatchState
from sebulba.simulation.rules import MAX_CHECKPOINTS

PLAN_TURNS = core.PLAN_TURNS
MAX_PASSES = 64
"""Checkpoint passes recorded per simulated turn (at most one per checkpoint and pod: 4 x 8 = 32)."""
MAX_VERTICES = 64
"""Collision points recorded per pod and turn for the checkpoint test (real turns need one or two)."""
_PAIRS = np.array(fp.PAIRS[4], dtype=np.int64)

jit = numba.njit(cache=True, fastmath=False, error_model="python")


# -- randomness and small helpers -----------------------------------------------------------------------
@jit
def _rnd(state: np.ndarray) -> float:
    """xorshift32 (`search_core.Random.next`); state is a one-element uint32 array."""
    x = np.uint32(state[0])
    x ^= np.uint32(x << np.uint32(13))
    x ^= np.uint32(x >> np.uint32(17))
    x ^= np.uint32(x << np.uint32(5))
    state[0] = x
    return float(x) / 4294967296.0


# The bots' own functions, compiled: they index pods with constants only, so they take the array rows.
_clip = jit(core.clip_turn)
_turn_toward = jit(core.turn_toward)
_push = jit(fp.push)
_in_play = jit(in_play)
_command_mass = jit(fp.command_mass)
_bounce = jit(fp.bounce)
_segment_near = jit(fp.segment_near)


@jit
def _progress(pod: np.ndarray, cps: np.ndarray, lengths: np.ndarray, coast: float) -> float:
    nxt = int(pod[5])
    x = pod[0] + coast * pod[2]
    y = pod[1] + coast * pod[3]
    return lengths[int(pod[6])] - math.sqrt((x - cps[nxt, 0]) ** 2 + (y - cps[nxt, 1]) ** 2)


@jit
def _runner_of(pods: np.ndarray, team: int, cps: np.ndarray, lengths: np.ndarray) -> int:
    a = _progress(pods[2 * team], cps, lengths, 0.0)
    b = _progress(pods[2 * team + 1], cps, lengths, 0.0)
    return 0 if a >= b else 1


@jit
def _unopposed(pods: np.ndarray, team: int) -> bool:
    """search_core.unopposed."""
    other = 2 - 2 * team
    return not (_in_play(pods[other, 0], pods[other, 1]) or _in_play(pods[other + 1, 0], pods[other + 1, 1]))


# -- physics (flat_physics, over arrays) -------------------------------------------------------------
@jit
def _move(pods: np.ndarray, masses: np.ndarray, vertices: np.ndarray, nvert: np.ndarray) -> None:
    """flat_physics.move: each pod's collision points go to vertices [4, MAX_VERTICES, 2], nvert [4]."""
    t = 0.0
    times = np.empty(6)
    firsts = np.empty(6, dtype=np.int64)
    seconds = np.empty(6, dtype=np.int64)
    for _ in range(fp.MAX_COLLISION_ROUNDS):
        remaining = 1.0 - t
        count = 0
        for q in range(6):
            i = _PAIRS[q, 0]
            j = _PAIRS[q, 1]
            pi = pods[i]
            pj = pods[j]
            dx = pi[0] - pj[0]
            dy = pi[1] - pj[1]
            c = dx * dx + dy * dy
            s = 0.0
            if c > fp.CONTACT_SQ:
                dvx = pi[2] - pj[2]
                dvy = pi[3] - pj[3]
                b = 2.0 * (dx * dvx + dy * dvy)
                if b >= 0.0:
                    continue
                a = dvx * dvx + dvy * dvy
                delta = b * b - 4.0 * a * (c - fp.CONTACT_SQ)
                if delta < 0.0:
                    continue
                s = (-b - math.sqrt(delta)) / (2.0 * a)
                if s > remaining:
                    continue
            # stable insertion by time (Python's sort keeps the scan order of equal times)
            k = count
            while k > 0 and times[k - 1] > s:
                times[k] = times[k - 1]
                firsts[k] = firsts[k - 1]
                seconds[k] = seconds[k - 1]
                k -= 1
            times[k] = s
            firsts[k] = i
            seconds[k] = j
            count += 1
        if count == 0:
            for p in range(4):
                pods[p, 0] += pods[p, 2] * remaining
                pods[p, 1] += pods[p, 3] * remaining
            return
        first = times[0]
        if first > 0.0:
            for p in range(4):
                pods[p, 0] += pods[p, 2] * first
                pods[p, 1] += pods[p, 3] * first
        t += first
        limit = first + fp.COLLISION_TIME_EPSILON
        for q in range(count):
            if times[q] > limit:
                break
            i = firsts[q]
            j = seconds[q]
            _bounce(pods[i], pods[j], masses[i], masses[j])
            for p in (i, j):
                n = nvert[p]
                if n < MAX_VERTICES:
                    vertices[p, n, 0] = pods[p, 0]
                    vertices[p, n, 1] = pods[p, 1]
                    nvert[p] = n + 1


@jit
def _end_turn(
    pods: np.ndarray,
    starts: np.ndarray,
    vertices: np.ndarray,
    nvert: np.ndarray,
    cps: np.ndarray,
    count: int,
    passes: np.ndarray,
) -> int:
    """flat_physics.end_turn: fills `passes` with the passing pods in order; returns how many."""
    npass = 0
    for index in range(4):
        pod = pods[index]
        bx = math.floor(pod[0] + 0.5)
        by = math.floor(pod[1] + 0.5)
        pod[0] = bx
        pod[1] = by
        pod[2] = float(int(pod[2] * fp.FRICTION))
        pod[3] = float(int(pod[3] * fp.FRICTION))
        ax = starts[index, 0]
        ay = starts[index, 1]
        n = nvert[index]
        for _ in range(count):
            nxt = int(pod[5])
            cx = cps[nxt, 0]
            cy = cps[nxt, 1]
            near = False
            if n > 0:
                px = ax
                py = ay
                for v in range(n + 1):
                    qx = vertices[index, v, 0] if v < n else bx
                    qy = vertices[index, v, 1] if v < n else by
                    if _segment_near(px, py, qx, qy, cx, cy):
                        near = True
                        break
                    px = qx
                    py = qy
            else:
                near = _segment_near(ax, ay, bx, by, cx, cy)
            if not near:
                break
            pod[5] = float((nxt + 1) % count)
            pod[6] += 1.0
            if npass < MAX_PASSES:
                passes[npass] = index
                npass += 1
    return npass


@jit
def _advance(pods: np.ndarray, genes: np.ndarray, k: int, cps: np.ndarray, count: int, scratch: tuple) -> int:
    """One turn of the four pods, pod p playing genes[p, k]; returns the number of passes in scratch[4]."""
    masses, starts, vertices, nvert, passes = scratch
    for i in range(4):
        pod = pods[i]
        turn = genes[i, k, 0]
        starts[i, 0] = pod[0]
        starts[i, 1] = pod[1]
        m, thrust = _command_mass(pod, genes[i, k, 1], genes[i, k, 2] != 0.0, genes[i, k, 3] != 0.0)
        masses[i] = m
        angle = pod[4] + turn
        pod[4] = angle
        if thrust != 0.0:
            _push(pod, angle, thrust)
        nvert[i] = 0
    _move(pods, masses, vertices, nvert)
    return _end_turn(pods, starts, vertices, nvert, cps, count, passes)


@jit
def _simulate(
    base: np.ndarray,
    cps: np.ndarray,
    count: int,
    genes: np.ndarray,
    own_timeout: float,
    enemy_timeout: float,
    total: int,
    pods: np.ndarray,
    scratch: tuple,
) -> tuple[float, float, int, int]:
    """search_core.simulate into `pods`: (own left, enemy left, finish turn or -1, finishing team or -1)."""
    pods[:, :] = base
    passes = scratch[4]
    own_left = own_timeout
    enemy_left = enemy_timeout
    own_least = own_timeout
    enemy_least = enemy_timeout
    for k in range(PLAN_TURNS):
        npass = _advance(pods, genes, k, cps, count, scratch)
        own_left -= 1.0
        enemy_left -= 1.0
        for q in range(npass):
            i = passes[q]
            if i < 2:
                own_left = fp.TIMEOUT_TURNS
            else:
                enemy_left = fp.TIMEOUT_TURNS
            if pods[i, 6] >= total:
                return own_least, enemy_least, k, i // 2
        own_least = min(own_least, own_left)
        enemy_least = min(enemy_least, enemy_left)
    if own_least <= 0.0:
        own_left = 0.0
    if enemy_least <= 0.0:
        enemy_left = 0.0
    return own_left, enemy_left, -1, -1


@jit
def _evaluate(
    pods: np.ndarray,
    cps: np.ndarray,
    count: int,
    lengths: np.ndarray,
    team: int,
    roles: np.ndarray,
    own_timeout: float,
    enemy_timeout: float,
    finish_turn: int,
    finisher: int,
    unopposed: bool,
) -> float:
    """search_core.evaluate."""
    if finisher >= 0:
        return core.FINISH_SCORE - finish_turn if finisher == team else finish_turn - core.FINISH_SCORE
    if team == 0:
        own_left, enemy_left = own_timeout, enemy_timeout
    else:
        own_left, enemy_left = enemy_timeout, own_timeout
    enemy = 1 - team
    runner = pods[2 * team + roles[team]]
    blocker = pods[2 * team + 1 - roles[team]]
    enemy_runner = pods[2 * enemy + roles[enemy]]
    nxt = int(runner[5])
    cx = cps[nxt, 0]
    cy = cps[nxt, 1]
    score = _progress(runner, cps, lengths, core.COAST) - _progress(enemy_runner, cps, lengths, core.COAST)
    score -= core.RUNNER_FACING_WEIGHT * abs(_turn_toward(runner, cx, cy))
    if unopposed:
        score += core.SPARE_RUNNER_WEIGHT * _progress(blocker, cps, lengths, core.COAST)
    else:
        guard = int(enemy_runner[5])
        gx = cps[guard, 0]
        gy = cps[guard, 1]
        ex = enemy_runner[0]
        ey = enemy_runner[1]
        to_guard = math.sqrt((blocker[0] - gx) ** 2 + (blocker[1] - gy) ** 2)
        if to_guard > math.sqrt((ex - gx) ** 2 + (ey - gy) ** 2):
            guard = (guard + 1) % count
            gx = cps[guard, 0]
            gy = cps[guard, 1]
            to_guard = math.sqrt((blocker[0] - gx) ** 2 + (blocker[1] - gy) ** 2)
        score -= core.BLOCKER_WEIGHT * to_guard
        if to_guard < core.GUARD_FACING_DISTANCE:
            score -= core.BLOCKER_FACING_WEIGHT * abs(_turn_toward(blocker, ex, ey))
    rescue_turns = core.RESCUE_TURNS if own_left >= enemy_left else core.RESCUE_TURNS_BEHIND
    if own_left < rescue_turns and own_left <= enemy_left:
        urgency = (rescue_turns - own_left) / rescue_turns
        gate = int(runner[5])
        gx = cps[gate, 0]
        gy = cps[gate, 1]
        drawn = 0.0
        for p in (runner, blocker):
            nxt = int(p[5])
            drawn += math.sqrt((p[0] - cps[nxt, 0]) ** 2 + (p[1] - cps[nxt, 1]) ** 2)
        a = pods[2 * enemy]
        b = pods[2 * enemy + 1]
        guard_a = math.sqrt((a[0] - gx) ** 2 + (a[1] - gy) ** 2)
        guard_b = math.sqrt((b[0] - gx) ** 2 + (b[1] - gy) ** 2)
        nearest = min(guard_a, guard_b)
        score -= core.RESCUE_WEIGHT * urgency * (0.5 * drawn - min(nearest, core.GATE_CLEARANCE))
    if own_left < core.TIMEOUT_PRESSURE_TURNS:
        score -= core.TIMEOUT_PRESSURE_WEIGHT * (core.TIMEOUT_PRESSURE_TURNS - own_left) + (
            core.WIN_SCORE if own_left <= 0.0 else 0.0
        )
    if enemy_left < core.TIMEOUT_PRESSURE_TURNS:
        score += core.TIMEOUT_PRESSURE_WEIGHT * (core.TIMEOUT_PRESSURE_TURNS - enemy_left) + (
            core.WIN_SCORE if enemy_left <= 0.0 else 0.0
        )
    return score


# -- seeds and the hill climb -----------------------------------------------------------------------
@jit
def _runner_gene(pod: np.ndarray, cps: np.ndarray, count: int) -> tuple[float, float]:
    px = pod[0]
    py = pod[1]
    vx = pod[2]
    vy = pod[3]
    nxt = int(pod[5])
    cx = cps[nxt, 0]
    cy = cps[nxt, 1]
    inner = (fp.CHECKPOINT_RADIUS - core.COAST_MARGIN) ** 2
    for _ in range(core.COAST_CHECK_TURNS):
        px += vx
        py += vy
        vx *= fp.FRICTION
        vy *= fp.FRICTION
        if (px - cx) ** 2 + (py - cy) ** 2 < inner:
            following = (nxt + 1) % count
            cx = cps[following, 0]
            cy = cps[following, 1]
            break
    turn = _turn_toward(pod, cx - 4.0 * pod[2], cy - 4.0 * pod[3])
    off = abs(turn) - fp.MAX_TURN_DEG
    if off < 12.0:
        thrust = 100.0
    elif off >= 72.0:
        thrust = 0.0
    else:
        thrust = float(int(100.0 * (72.0 - off) / 60.0))
    return _clip(turn), thrust


@jit
def _steering_plan(
    base: np.ndarray,
    cps: np.ndarray,
    count: int,
    team: int,
    roles: np.ndarray,
    unopposed: bool,
    out: np.ndarray,
) -> None:
    """search_core.steering_plan into out [2, PLAN_TURNS, 4]."""
    pods = base.copy()
    er = 2 * (1 - team) + roles[1 - team]
    for k in range(PLAN_TURNS):
        for slot in range(2):
            pod = pods[2 * team + slot]
            if slot == roles[team] or unopposed:
                turn, thrust = _runner_gene(pod, cps, count)
            else:
                ex = pods[er, 0]
                ey = pods[er, 1]
                if (ex - pod[0]) ** 2 + (ey - pod[1]) ** 2 < core.CHARGE_DISTANCE**2:
                    tx = ex + 2.0 * pods[er, 2] - pod[2]
                    ty = ey + 2.0 * pods[er, 3] - pod[3]
                else:
                    nxt = int(pods[er, 5])
                    tx = cps[nxt, 0]
                    ty = cps[nxt, 1]
                    tx -= 3.0 * pod[2]
                    ty -= 3.0 * pod[3]
                turn = _clip(_turn_toward(pod, tx, ty))
                thrust = 100.0 if abs(turn) < 60.0 else 30.0
            out[slot, k, 0] = turn
            out[slot, k, 1] = thrust
            out[slot, k, 2] = 0.0
            out[slot, k, 3] = 0.0
            pod[4] += turn
            _push(pod, pod[4], thrust)
            pod[0] += pod[2]
            pod[1] += pod[3]
            pod[2] = float(int(pod[2] * fp.FRICTION))
            pod[3] = float(int(pod[3] * fp.FRICTION))


@jit
def _shift(plan: np.ndarray, out: np.ndarray) -> None:
    for s in range(2):
        for k in range(PLAN_TURNS):
            src = k + 1 if k + 1 < PLAN_TURNS else PLAN_TURNS - 1
            out[s, k, :] = plan[s, src, :]


@jit
def _mutate(plan: np.ndarray, amplitude: float, rng: np.ndarray, child: np.ndarray) -> None:
    child[:, :, :] = plan
    slot = 0 if _rnd(rng) < 0.5 else 1
    k = int(_rnd(rng) * PLAN_TURNS)
    turn = child[slot, k, 0]
    thrust = child[slot, k, 1]
    shield = child[slot, k, 2]
    boost = child[slot, k, 3]
    r = _rnd(rng)
    if r < 0.45:
        turn = _clip(turn + (2.0 * _rnd(rng) - 1.0) * 2.0 * fp.MAX_TURN_DEG * amplitude)
    elif r < 0.9:
        thrust = float(max(0, min(100, int(thrust + (2.0 * _rnd(rng) - 1.0) * 100.0 * amplitude))))
        shield = 0.0
        boost = 0.0
    elif r < 0.96:
        shield = 0.0 if shield != 0.0 else 1.0
        boost = 0.0
    else:
        shield = 0.0
        boost = 0.0 if boost != 0.0 else 1.0
    child[slot, k, 0] = turn
    child[slot, k, 1] = thrust
    child[slot, k, 2] = shield
    child[slot, k, 3] = boost


@jit
def _score(race: tuple, plan: np.ndarray, other: np.ndarray, work: tuple) -> float:
    """One candidate's evaluation: `plan` for the planning team, `other` for the other team. race: (base,
    cps, count, lengths, total, team, roles, unopposed, timeouts); work: (genes, pods, scratch)."""
    base, cps, count, lengths, total, team, roles, unopposed, timeouts = race
    genes, pods, scratch = work
    own = 0 if team == 0 else 2
    rest = 2 if team == 0 else 0
    for s in range(2):
        genes[own + s] = plan[s]
        genes[rest + s] = other[s]
    own_left, enemy_left, finish_turn, finisher = _simulate(
        base, cps, count, genes, timeouts[0], timeouts[1], total, pods, scratch
    )
    return _evaluate(
        pods, cps, count, lengths, team, roles, own_left, enemy_left, finish_turn, finisher, unopposed
    )


@jit
def _optimise(
    base: np.ndarray,
    cps: np.ndarray,
    count: int,
    lengths: np.ndarray,
    total: int,
    team: int,
    other: np.ndarray,
    seeds: np.ndarray,
    nseeds: int,
    rollouts: int,
    roles: np.ndarray,
    unopposed: bool,
    timeouts: np.ndarray,
    rng: np.ndarray,
    best: np.ndarray,
) -> None:
    """search_core.Planner.optimise into `best` [2, PLAN_TURNS, 4]."""
    genes = np.empty((4, PLAN_TURNS, 4))
    pods = np.empty((4, 9))
    scratch = (
        np.empty(4),
        np.empty((4, 2)),
        np.empty((4, MAX_VERTICES, 2)),
        np.zeros(4, dtype=np.int64),
        np.empty(MAX_PASSES, dtype=np.int64),
    )
    race = (base, cps, count, lengths, total, team, roles, unopposed, timeouts)
    work = (genes, pods, scratch)
    best_score = -math.inf
    for q in range(nseeds):
        value = _score(race, seeds[q], other, work)
        if value > best_score:
            best[:, :, :] = seeds[q]
            best_score = value
    budget = rollouts - nseeds
    child = np.empty((2, PLAN_TURNS, 4))
    for iteration in range(budget):
        amplitude = 1.0 - 0.9 * iteration / budget
        _mutate(best, amplitude, rng, child)
        value = _score(race, child, other, work)
        if value >= best_score:
            best[:, :, :] = child
            best_score = value


@jit
def _track_lengths(cps: np.ndarray, count: int, total: int, out: np.ndarray) -> None:
    acc = 0.0
    for passed in range(total + 1):
        a = passed % count
        b = (passed + 1) % count
        acc = acc + math.sqrt((cps[b, 0] - cps[a, 0]) ** 2 + (cps[b, 1] - cps[a, 1]) ** 2)
        out[passed] = acc


@jit
def _plan_one(
    pods: np.ndarray,
    cps: np.ndarray,
    count: int,
    laps: int,
    timeouts: np.ndarray,
    rollouts: int,
    rng: np.ndarray,
    own_plan: np.ndarray,
    has_own: bool,
    enemy_plan: np.ndarray,
    has_enemy: bool,
    out: np.ndarray,
) -> None:
    """search_core.Planner.plan for one race; updates the carried plans in place, writes out [2, 4]."""
    total = laps * count
    lengths = np.empty(total + 1)
    _track_lengths(cps, count, total, lengths)
    roles = np.empty(2, dtype=np.int64)
    roles[0] = _runner_of(pods, 0, cps, lengths)
    roles[1] = _runner_of(pods, 1, cps, lengths)
    own_seeds = np.empty((2, 2, PLAN_TURNS, 4))
    enemy_seeds = np.empty((2, 2, PLAN_TURNS, 4))
    ours_unopposed = _unopposed(pods, 0)
    theirs_unopposed = _unopposed(pods, 1)
    _steering_plan(pods, cps, count, 0, roles, ours_unopposed, own_seeds[0])
    _steering_plan(pods, cps, count, 1, roles, theirs_unopposed, enemy_seeds[0])
    n_own = 1
    n_enemy = 1
    if has_own:
        _shift(own_plan, own_seeds[1])
        n_own = 2
    if has_enemy:
        _shift(enemy_plan, enemy_seeds[1])
        n_enemy = 2
    ours = own_seeds[n_own - 1].copy()
    _optimise(
        pods,
        cps,
        count,
        lengths,
        total,
        1,
        ours,
        enemy_seeds,
        n_enemy,
        n_enemy,
        roles,
        theirs_unopposed,
        timeouts,
        rng,
        enemy_plan,
    )
    _optimise(
        pods,
        cps,
        count,
        lengths,
        total,
        0,
        enemy_plan,
        own_seeds,
        n_own,
        rollouts,
        roles,
        ours_unopposed,
        timeouts,
        rng,
        own_plan,
    )
    out[:, :] = own_plan[:, 0, :]


@numba.njit(cache=True, parallel=True, error_model="python")
def _plan_many(
    pods: np.ndarray,
    cps: np.ndarray,
    counts: np.ndarray,
    laps: int,
    timeouts: np.ndarray,
    rollouts: np.ndarray,
    rngs: np.ndarray,
    own_plans: np.ndarray,
    has_own: np.ndarray,
    enemy_plans: np.ndarray,
    has_enemy: np.ndarray,
    out: np.ndarray,
) -> None:
    """Every race's `_plan_one`, the races spread over the cores."""
    for r in numba.prange(pods.shape[0]):
        _plan_one(
            pods[r],
            cps[r],
            counts[r],
            laps,
            timeouts[r],
            rollouts[r],
            rngs[r : r + 1],
            own_plans[r],
            has_own[r],
            enemy_plans[r],
            has_enemy[r],
            out[r],
        )


def sources_digest() -> str:
    """The modules whose constants the compiled functions take as compile-time values."""
    digest = hashlib.sha256()
    for module in (core, fp, features):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()


def drop_stale_compilations() -> bool:
    """numba's cache keys a compiled function by its own source file only, but these functions read
    `search_core`'s, `flat_physics`'s and `features`' constants as compile-time values: after an edit of
    one of those files the cache would serve the old planner. A stamp of their sources beside the cache
    tells; on a mismatch every compiled function of this module is dropped from the cache (compiled again
    on its first call). Returns whether it dropped them."""
    cache = getattr(_plan_many, "_cache", None)  # numba's FunctionCache; none under NUMBA_DISABLE_JIT
    if cache is None:
        return False
    current = sources_digest()
    stamp = Path(cache.cache_path) / "search_batch.sources"
    try:
        if stamp.read_text() == current:
            return False
    except OSError:
        pass
    for value in list(globals().values()):
        if isinstance(value, numba.core.registry.CPUDispatcher):
            value._cache.flush()
    try:
        partial = stamp.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(current)
        partial.replace(stamp)
    except OSError:
        pass  # a read-only cache folder: dropped again next time, still correct
    return True


drop_stale_compilations()


def start_pods(checkpoints: list[tuple[int, int]]) -> list[list]:
    """The flat pods of a new game on the official grid, each heading for its first checkpoint: what the
    `search` bot makes of its first turn's input (own pods first)."""
    pods = []
    for p in new_game(checkpoints, 4).pods:
        cx, cy = checkpoints[p.next_checkpoint]
        heading = math.degrees(math.atan2(cy - p.y, cx - p.x))
        pods.append([p.x, p.y, p.vx, p.vy, heading, p.next_checkpoint, 0, 0, False])
    return pods


class BatchPlanner:
    """R races' `search_core.Planner`s: their plans and random streams carried from turn to turn.

    `plan(pods, checkpoints, counts, timeouts, first_turn)` returns each race's two genes [R, 2, 4]
    (turn in degrees, thrust, SHIELD, BOOST) for the pods listed first in its `pods` [R, 4, 9] (float64,
    the flat layout); `reset(mask)` starts the marked races' planners again (a new race)."""

    def __init__(self, races: int, laps: int = 3, rollouts: int = core.OWN_ROLLOUTS, seed: int = 1) -> None:
        self.races = races
        self.laps = laps
        self.rollouts = rollouts
        self.seed = seed
        self.rng = np.full(races, core.Random(seed).state, dtype=np.uint32)
        self.own_plans = np.zeros((races, 2, PLAN_TURNS, 4))
        self.enemy_plans = np.zeros((races, 2, PLAN_TURNS, 4))
        self.has_own = np.zeros(races, dtype=np.bool_)
        self.has_enemy = np.zeros(races, dtype=np.bool_)

    def reset(self, mask: np.ndarray | None = None) -> None:
        mask = np.ones(self.races, dtype=np.bool_) if mask is None else np.asarray(mask, dtype=np.bool_)
        self.rng[mask] = core.Random(self.seed).state
        self.has_own[mask] = False
        self.has_enemy[mask] = False

    def plan(
        self,
        pods: np.ndarray,
        checkpoints: np.ndarray,
        counts: np.ndarray,
        timeouts: np.ndarray,
        first_turn: np.ndarray,
    ) -> np.ndarray:
        if pods.shape != (self.races, 4, 9):
            raise ValueError(f"pods must be [{self.races}, 4, 9], got {list(pods.shape)}")
        if np.any(counts < 2) or np.any(counts > MAX_CHECKPOINTS):
            raise ValueError(f"every race needs 2 to {MAX_CHECKPOINTS} checkpoints")
        rollouts = np.where(
            np.asarray(first_turn, dtype=np.bool_), self.rollouts * core.FIRST_TURN_FACTOR, self.rollouts
        )
        out = np.empty((self.races, 2, 4))
        _plan_many(
            np.ascontiguousarray(pods, dtype=np.float64),
            np.ascontiguousarray(checkpoints, dtype=np.float64),
            np.ascontiguousarray(counts, dtype=np.int64),
            self.laps,
            np.ascontiguousarray(timeouts, dtype=np.float64),
            rollouts.astype(np.int64),
            self.rng,
            self.own_plans,
            self.has_own,
            self.enemy_plans,
            self.has_enemy,
            out,
        )
        self.has_own[:] = True
        self.has_enemy[:] = True
        return out


# -- the engine's batched races (training) ---------------------------------------------------------------


def flat_pods(state: BatchState, team: Tensor) -> np.ndarray:
    """[N, 4, 9] the flat pods as the `search` bot of team `team` [N] sees them, its own first.

    What the protocol hides is filled in as the bot fills it: its own exact headings, SHIELD timers and
    BOOST, the opponents' headings rounded as the protocol prints them and their SHIELD/BOOST unknown
    (0); before a pod's first turn, its heading toward its next checkpoint."""
    if state.pos.shape[1] != 4:
        raise ValueError("the search plans 2v2 races (4 pods)")
    n = state.pos.shape[0]
    rows = torch.arange(n, device=state.pos.device)[:, None]
    team = team.to(state.pos.device).long()
    order = torch.stack((2 * team, 2 * team + 1, 2 * (1 - team), 2 * (1 - team) + 1), dim=-1)
    cp = physics.next_checkpoints(state)
    toward = physics._atan2_degrees(cp - state.pos)  # libm's atan2, as the bot's math.atan2
    printed = physics.printed_angles(state)
    own = torch.zeros_like(state.has_angle)
    own[rows, order[:, :2]] = True
    heading = torch.where(state.has_angle, torch.where(own, state.angle, printed), toward)
    pods = torch.stack(
        (
            state.pos[..., 0],
            state.pos[..., 1],
            state.vel[..., 0],
            state.vel[..., 1],
            heading,
            state.next_checkpoint.to(state.pos.dtype),
            state.checkpoints_passed.to(state.pos.dtype),
            torch.where(own, state.shield_turns, 0).to(state.pos.dtype),
            (own & state.boost_used).to(state.pos.dtype),
        ),
        dim=-1,
    )
    return pods[rows, order].cpu().to(torch.float64).numpy()  # MPS has no float64: CPU first


def genes_to_commands(state: BatchState, team: Tensor, pods: np.ndarray, genes: np.ndarray) -> BatchCommands:
    """The protocol commands of `SearchPilot.command` for team `team`'s pods (the other team holds still:
    the caller merges), from the flat pods the genes were planned on."""
    device = state.pos.device
    n = state.pos.shape[0]
    heading = np.radians(pods[:, :2, 4] + genes[:, :, 0])
    x = np.floor(pods[:, :2, 0] + np.cos(heading) * core.AIM_DISTANCE + 0.5)
    y = np.floor(pods[:, :2, 1] + np.sin(heading) * core.AIM_DISTANCE + 0.5)
    commands = hold_position(state)
    rows = torch.arange(n, device=device)[:, None]
    index = torch.stack((2 * team, 2 * team + 1), dim=-1).to(device).long()
    shield = torch.from_numpy(genes[:, :, 2] != 0.0).to(device)
    boost = torch.from_numpy(genes[:, :, 3] != 0.0).to(device) & ~shield
    commands.target[rows, index] = torch.from_numpy(np.stack((x, y), axis=-1)).to(state.pos.dtype).to(device)
    commands.thrust[rows, index] = torch.where(
        shield | boost, 0, torch.from_numpy(genes[:, :, 1]).long().to(device)
    )
    commands.shield[rows, index] = shield
    commands.boost[rows, index] = boost
    return commands


class SearchTeam:
    """The `search` bot driving one team of each of N races of the batched engine (the league's and the
    evaluation's opponent, distillation's teacher). Its planners' memory (plans carried from turn to turn)
    starts again wherever a race is at its first turn."""

    def __init__(self, races: int, laps: int = 3, rollouts: int = core.OWN_ROLLOUTS) -> None:
        self.planner = BatchPlanner(races, laps=laps, rollouts=rollouts)

    def team_commands(self, state: BatchState, team: Tensor) -> BatchCommands:
        """Commands for the pods of team `team` [N] (the other pods hold still)."""
        first = (state.turn == 0).cpu().numpy()
        if first.any():
            self.planner.reset(first)
        pods = flat_pods(state, team)
        order = torch.stack((team, 1 - team), dim=-1).long().to(state.team_timeouts.device)
        timeouts = torch.gather(state.team_timeouts, 1, order).cpu().numpy().astype(np.float64)
        genes = self.planner.plan(
            pods, state.checkpoints.cpu().numpy(), state.num_checkpoints.cpu().numpy(), timeouts, first
        )
        return genes_to_commands(state, team, pods, genes)
