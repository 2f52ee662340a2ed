"""The reference rules in the flat form the bots carry: plain lists and floats, `math` only.

The search bot and the exported bot embed this module's source verbatim (as they do `features.py`), so
the physics they plan on is this one file; `sebulba verify-physics --engine flat` and the test suite check
it exact against every recorded official turn, like `cpu_physics` (whose readable form it follows, in the
referee's order of float operations). A pod is a list:
[x, y, vx, vy, angle (degrees, None before its first turn), next checkpoint, checkpoints passed,
SHIELD timer, BOOST used]. Pods 0, 1 are team 0 and pods 2, 3 team 1.
"""

import math

CHECKPOINT_RADIUS = 600
POD_RADIUS = 400
FRICTION = 0.85
MAX_TURN_DEG = 18.0
"""The referee turns a pod by at most pi/10 a turn; the angle is kept in degrees, as the referee writes it."""
BOOST_THRUST = 650
SHIELD_MASS = 10.0
SHIELD_TURNS = 3
MIN_IMPULSE = 120.0
COLLISION_TIME_EPSILON = 1e-5
"""Collisions within this time of the earliest one are resolved together, in pair order."""
PUSH_APART_EPSILON = 1e-5
TIMEOUT_TURNS = 100
"""A team is eliminated when none of its pods passed a checkpoint for this many turns."""
CONTACT = float(2 * POD_RADIUS)
CONTACT_SQ = CONTACT * CONTACT
CHECKPOINT_RADIUS_SQ = float(CHECKPOINT_RADIUS**2)
PAIRS = {n: tuple((i, j) for i in range(n - 1, 0, -1) for j in range(i - 1, -1, -1)) for n in (1, 2, 3, 4)}
"""The referee's pair scan order: (3,2), (3,1), (3,0), (2,1), (2,0), (1,0)."""
MAX_COLLISION_ROUNDS = 10000
"""A bound on the collision rounds of one turn: real turns need a handful."""


def new_pod(x, y, next_cp=1):
    return [float(x), float(y), 0.0, 0.0, None, next_cp, 0, 0, False]


def command_mass(pod, thrust, shield, boost, max_thrust=100):
    """SHIELD/BOOST bookkeeping of one pod's command; returns (mass this turn, thrust actually applied)."""
    if shield:
        pod[7] = SHIELD_TURNS
        return SHIELD_MASS, 0
    if boost:
        thrust = max_thrust if pod[8] else BOOST_THRUST
        pod[8] = True
    if pod[7] > 0:
        pod[7] -= 1
        thrust = 0
    return 1.0, thrust


def steer(pod, tx, ty, thrust):
    """The referee's rotation toward the target (at most 18 degrees after the first turn), then thrust.

    No rotation and no thrust when the target is the pod's own position."""
    dx = tx - pod[0]
    dy = ty - pod[1]
    if dx == 0 and dy == 0:
        return
    a = math.degrees(math.atan2(dy, dx))
    last = pod[4]
    if last is not None:
        da = math.fmod(a - last, 360.0)
        rel = math.fmod(2.0 * da, 360.0) - da
        if rel >= MAX_TURN_DEG:
            a = last + MAX_TURN_DEG
        elif rel <= -MAX_TURN_DEG:
            a = last - MAX_TURN_DEG
    pod[4] = a
    if thrust:
        push(pod, a, thrust)


def push(pod, angle, thrust):
    """Thrust along the heading: the unit vector is normalised again after cos/sin, as the referee does."""
    rad = math.radians(angle)
    cx = math.cos(rad)
    cy = math.sin(rad)
    norm = math.sqrt(cx * cx + cy * cy)
    pod[2] += cx / norm * thrust
    pod[3] += cy / norm * thrust


def bounce(c1, c2, m1, m2):
    """Elastic collision, impulse applied twice (the second at least MIN_IMPULSE), then push apart."""
    nx = c2[0] - c1[0]
    ny = c2[1] - c1[1]
    dist = math.sqrt(nx * nx + ny * ny)
    nx /= dist
    ny /= dist
    f = (nx * (c1[2] - c2[2]) + ny * (c1[3] - c2[3])) / (1.0 / m1 + 1.0 / m2)
    total = f + max(MIN_IMPULSE, f)
    c1[2] -= nx * total / m1
    c1[3] -= ny * total / m1
    c2[2] += nx * total / m2
    c2[3] += ny * total / m2
    ddx = c1[0] - c2[0]
    ddy = c1[1] - c2[1]
    d = math.sqrt(ddx * ddx + ddy * ddy) - CONTACT
    if d <= 0.0:
        p = -d / 2.0 + PUSH_APART_EPSILON
        c1[0] -= nx * p
        c1[1] -= ny * p
        c2[0] += nx * p
        c2[1] += ny * p


def move(pods, masses):
    """Continuous-time movement over one turn with collisions resolved in the referee's order.

    Returns None when no pod touched another (the common case), else each pod's list of positions at its
    collisions (the path's inner vertices, which the checkpoint test follows)."""
    n = len(pods)
    pairs = PAIRS[n]
    vertices = None
    t = 0.0
    for _ in range(MAX_COLLISION_ROUNDS):
        remaining = 1.0 - t
        found = []
        for i, j in pairs:
            pi = pods[i]
            pj = pods[j]
            dx = pi[0] - pj[0]
            dy = pi[1] - pj[1]
            c = dx * dx + dy * dy
            if c <= CONTACT_SQ:
                found.append((0.0, i, j))
                continue
            dvx = pi[2] - pj[2]
            dvy = pi[3] - pj[3]
            b = 2.0 * (dx * dvx + dy * dvy)
            if b >= 0.0:
                continue
            a = dvx * dvx + dvy * dvy
            delta = b * b - 4.0 * a * (c - CONTACT_SQ)
            if delta < 0.0:
                continue
            s = (-b - math.sqrt(delta)) / (2.0 * a)
            if s <= remaining:
                found.append((s, i, j))
        if not found:
            for p in pods:
                p[0] += p[2] * remaining
                p[1] += p[3] * remaining
            return vertices
        if len(found) > 1:
            found.sort(key=_time_of)
        first = found[0][0]
        if first > 0.0:
            for p in pods:
                p[0] += p[2] * first
                p[1] += p[3] * first
        t += first
        limit = first + COLLISION_TIME_EPSILON
        if vertices is None:
            vertices = [[] for _ in range(n)]
        for s, i, j in found:
            if s > limit:
                break
            c1 = pods[i]
            c2 = pods[j]
            bounce(c1, c2, masses[i], masses[j])
            vertices[i].append((c1[0], c1[1]))
            vertices[j].append((c2[0], c2[1]))
    return vertices


def _time_of(collision):
    return collision[0]


def segment_near(ax, ay, bx, by, cx, cy):
    """Whether the point (cx, cy) lies within the checkpoint radius of the segment a-b."""
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
    return acx * acx + acy * acy <= CHECKPOINT_RADIUS_SQ


def end_turn(pods, starts, vertices, checkpoints):
    """Friction and rounding, then every checkpoint pass along each pod's path; returns the passing pods.

    `starts` holds each pod's (x, y) before the move. Passes per pod and turn are bounded by the
    checkpoint count, so overlapping checkpoints cannot loop (official maps allow one or two)."""
    passes = []
    count = len(checkpoints)
    floor = math.floor
    for index in range(len(pods)):
        pod = pods[index]
        bx = pod[0] = float(floor(pod[0] + 0.5))
        by = pod[1] = float(floor(pod[1] + 0.5))
        pod[2] = float(int(pod[2] * FRICTION))
        pod[3] = float(int(pod[3] * FRICTION))
        ax, ay = starts[index]
        inner = vertices[index] if vertices is not None else None
        for _ in range(count):
            cx, cy = checkpoints[pod[5]]
            if inner:
                path = [(ax, ay), *inner, (bx, by)]
                if not any(segment_near(*path[k], *path[k + 1], cx, cy) for k in range(len(path) - 1)):
                    break
            elif not segment_near(ax, ay, bx, by, cx, cy):
                break
            pod[5] = (pod[5] + 1) % count
            pod[6] += 1
            passes.append(index)
    return passes


def play_turn(pods, checkpoints, commands, max_thrust=100):
    """One full turn of the real game in place; `commands` are (x, y, thrust, shield, boost) per pod.

    Returns the indexes of the pods that passed a checkpoint (one entry per pass)."""
    masses = []
    for pod, (tx, ty, thrust, shield, boost) in zip(pods, commands, strict=True):
        mass, thrust = command_mass(pod, thrust, shield, boost, max_thrust)
        masses.append(mass)
        steer(pod, tx, ty, thrust)
    starts = [(p[0], p[1]) for p in pods]
    return end_turn(pods, starts, move(pods, masses), checkpoints)
