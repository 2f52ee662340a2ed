"""Mad Pod Racing bot "sebulba_actor" by Sebulba's Legacy: the network proposes, a trajectory search on the exact physics refines.

Weights: int8 in Base85. Features, roles, decoding and physics: the training project's own code.
"""

import math
import sys

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


SELF_DIM = 14
ENTITY_DIM = 13
CHECKPOINT_DIM = 6
MAX_ENTITIES = 3
ACTION_DIM = 4
POSITION_SCALE = 10000.0
VELOCITY_SCALE = 1000.0
TARGET_DISTANCE = 500.0
"""Targets lie this far ahead: integer targets then fix the heading to 0.12 degrees (the printed angle
hides 0.5), and a tiny change of the policy's output moves the target by less than a unit."""
MAX_TURN_DEG = 18.0
ACTION_STRETCH = 1.25
"""Policy outputs are stretched about their centre by this factor, then clipped to the controls' range:
the thrust fraction 0.5 + 1.25 (u - 0.5) and the turn 1.25 v. A bounded distribution's mean never reaches
its bounds, so without the stretch a deterministic policy could not command full thrust (a Beta mean of
0.995 needs a / b ~ 200) or a full 18-degree turn; with it, means past 0.9 give thrust 100 and offsets
past 0.8 give the full turn, and such saturated commands survive int8 quantisation exactly."""
LEADER_FEATURE = 8
"""Index of `is_leader` (1 for the team's runner, 0 for its blocker) in the self features."""
BOOST_HAZARD = math.log(2.0)
"""BOOST fires once the pod's accumulated boost hazard, the sum over its turns of -log(1 - p) for the
policy's boost output p, reaches log 2: when a pod sampling its boost each turn would have boosted by now
with probability one half (the median boost turn). A sampled output (0 or 1) adds 0 or an infinite hazard,
so training plays exactly as "boost when the sample says so"; the deterministic output is p itself. A plain
p > 0.5 threshold made evaluation and training play different games: a policy sampling p = 0.3 each turn
boosts within a few turns in training, and would never boost at all deterministically."""
MAP_WIDTH = 16000
MAP_HEIGHT = 9000
OUT_OF_PLAY_MARGIN = 3000.0
"""A pod further than this beyond the map's edge is out of play and the policy does not see it. Trained
pods do not race that far out (checkpoints lie inside the map; random play early in training may drift
there); the arena's runner benchmark parks its three idle pods there. Seen as entities, parked pods are
inputs the policy never met in training (its solo races have no other pod): with them visible, the
previously shipped model's runner benchmark depended on where they were parked (204.6 turns at 1,000
units outside, 210.4 at 5,000, 253.3 at 20,000; `bench/solo_parking.py`)."""
BOOST_INFERENCE_ACCELERATION = 300.0
"""An acceleration above any engine thrust (100) with nobody near can only be a BOOST."""
BOOST_INFERENCE_CLEARANCE = 2000.0
"""No other pod this close at the start and end of the turn: the acceleration was not a collision."""


def protocol_angle(angle_deg):
    """What the referee prints: round(angle mod 360), 0..360; -1 before the first turn (angle None)."""
    if angle_deg is None:
        return -1
    return math.floor(angle_deg % 360.0 + 0.5)


def heading_deg(x, y, angle, cx, cy):
    """The pod's frame: its printed angle, or the direction of its next checkpoint before the first turn."""
    if angle < 0:
        return math.degrees(math.atan2(cy - y, cx - x))
    return float(angle)


def _frame(dx, dy, cos_h, sin_h):
    """A world vector expressed in the pod's frame (x forward, y to the pod's right in screen terms)."""
    return dx * cos_h + dy * sin_h, -dx * sin_h + dy * cos_h


def _unit(dx, dy):
    norm = math.sqrt(dx * dx + dy * dy)
    if norm == 0.0:
        return 1.0, 0.0
    return dx / norm, dy / norm


def in_play(x, y):
    """Whether a pod at (x, y) takes part in the race as far as the policy is concerned."""
    margin = OUT_OF_PLAY_MARGIN
    return -margin <= x <= MAP_WIDTH + margin and -margin <= y <= MAP_HEIGHT + margin


def pod_features(me, others, checkpoints, laps, turn, timeout_left, max_turns=500, timeout_turns=100):
    """Features of pod `me` given the `others` (each a dict, see `pod_view`); returns (self, entities, cp).

    `entities` holds one 13-vector per other pod, in the order given (the policy max-pools over them).
    """
    count = len(checkpoints)
    cx, cy = checkpoints[me["next"]]
    nx, ny = checkpoints[(me["next"] + 1) % count]
    h = math.radians(heading_deg(me["x"], me["y"], me["angle"], cx, cy))
    cos_h, sin_h = math.cos(h), math.sin(h)
    vx, vy = _frame(me["vx"], me["vy"], cos_h, sin_h)
    to_cp = _frame(cx - me["x"], cy - me["y"], cos_h, sin_h)
    cp_to_next = _frame(nx - cx, ny - cy, cos_h, sin_h)
    to_next = _frame(nx - me["x"], ny - me["y"], cos_h, sin_h)
    dist_cp = math.sqrt(to_cp[0] ** 2 + to_cp[1] ** 2)
    dist_leg = math.sqrt(cp_to_next[0] ** 2 + cp_to_next[1] ** 2)
    dir_cp = _unit(*to_cp)
    dir_leg = _unit(*cp_to_next)
    total = laps * count
    self_features = [
        vx / VELOCITY_SCALE,
        vy / VELOCITY_SCALE,
        dir_cp[0],
        dir_cp[1],
        dist_cp / POSITION_SCALE,
        dir_leg[0],
        dir_leg[1],
        dist_leg / POSITION_SCALE,
        1.0 if me["leader"] else 0.0,
        me["shield"] / 3.0,
        1.0 if me["boost_available"] else 0.0,
        me["passed"] / total,
        (timeout_turns - timeout_left) / timeout_turns,
        turn / max_turns,
    ]
    checkpoint_features = [
        to_cp[0] / POSITION_SCALE,
        to_cp[1] / POSITION_SCALE,
        to_next[0] / POSITION_SCALE,
        to_next[1] / POSITION_SCALE,
        1.0 if me["passed"] == total - 1 else 0.0,
        (vx * dir_cp[0] + vy * dir_cp[1]) / VELOCITY_SCALE,
    ]
    entities = []
    for other in others:
        ox, oy = _frame(other["x"] - me["x"], other["y"] - me["y"], cos_h, sin_h)
        ovx, ovy = _frame(other["vx"], other["vy"], cos_h, sin_h)
        ocx, ocy = checkpoints[other["next"]]
        oh = math.radians(heading_deg(other["x"], other["y"], other["angle"], ocx, ocy)) - h
        ocp = _frame(ocx - other["x"], ocy - other["y"], cos_h, sin_h)
        entities.append(
            [
                ox / POSITION_SCALE,
                oy / POSITION_SCALE,
                ovx / VELOCITY_SCALE,
                ovy / VELOCITY_SCALE,
                math.cos(oh),
                math.sin(oh),
                min(math.sqrt(ox * ox + oy * oy) / POSITION_SCALE, 2.0),
                ocp[0] / POSITION_SCALE,
                ocp[1] / POSITION_SCALE,
                1.0 if other["team"] == me["team"] else 0.0,
                max(-3.0, min(3.0, (other["passed"] - me["passed"]) / count)),
                1.0 if other["boost_available"] else 0.0,
                1.0 if other["leader"] else 0.0,
            ]
        )
    return self_features, entities, checkpoint_features


def boost_hazard(p):
    """The hazard one turn's boost output adds: -log(1 - p), infinite from p = 1 on."""
    return math.inf if p >= 1.0 else -math.log1p(-max(0.0, p))


def beta_point(a, b, leader):
    """The deterministic value on [0, 1] of a Beta(a, b) head (a, b > 1): the runner's mean a / (a + b),
    the blocker's mode (a - 1) / (a + b - 2); the mean where the Beta is flat.

    The blocker's Betas are skewed and their mean is a move it rarely samples. Measured with the PPO
    model (ckpt-4000) on the fixed 2v2 games (`bench/decoding.py`): the blocker at its modes won +0.9 to
    +2.5 points more than at its means in each of four paired sets (1,024 to 4,096 games, four seeds);
    the runner at its modes too lost 1.6."""
    spread = a + b - 2.0
    if leader or spread < 1e-6:
        return a / (a + b)
    return (a - 1.0) / spread


def decode_action(me, action, checkpoints, max_thrust=100):
    """Policy output (thrust 0..1, angle offset -1..1, shield, boost) -> (x, y, 'thrust'|'SHIELD'|'BOOST').

    Thrust and offset are first stretched by ACTION_STRETCH and clipped. The target lies TARGET_DISTANCE
    ahead at (printed heading + offset * 18 degrees): the referee's
    rotation rule then turns the pod by that offset (to within the half degree the printed angle hides).
    """
    if action[0] != action[0] or action[1] != action[1]:
        raise ValueError(f"NaN in action {action}")
    thrust_fraction = min(1.0, max(0.0, 0.5 + (action[0] - 0.5) * ACTION_STRETCH))
    offset = min(1.0, max(-1.0, action[1] * ACTION_STRETCH))
    cx, cy = checkpoints[me["next"]]
    desired = math.radians(heading_deg(me["x"], me["y"], me["angle"], cx, cy) + offset * MAX_TURN_DEG)
    tx = math.floor(me["x"] + math.cos(desired) * TARGET_DISTANCE + 0.5)
    ty = math.floor(me["y"] + math.sin(desired) * TARGET_DISTANCE + 0.5)
    if action[2] > 0.5:
        return tx, ty, "SHIELD"
    if me["boost_available"] and me.get("boost_hazard", 0.0) + boost_hazard(action[3]) >= BOOST_HAZARD:
        return tx, ty, "BOOST"
    return tx, ty, str(math.floor(thrust_fraction * max_thrust + 0.5))


def leader_after(current, passed_a, passed_b):
    """Dynamic leadership within a team of two (index 0 or 1): swap only when the other leads by a pass."""
    if current == 0 and passed_b >= passed_a + 1:
        return 1
    if current == 1 and passed_a >= passed_b + 1:
        return 0
    return current


def initial_leader(pod_a, pod_b, checkpoints):
    """At the start: more checkpoints passed, ties to the pod closer to its next checkpoint (a wins ties)."""
    if pod_a["passed"] != pod_b["passed"]:
        return 0 if pod_a["passed"] > pod_b["passed"] else 1
    ax, ay = checkpoints[pod_a["next"]]
    bx, by = checkpoints[pod_b["next"]]
    da = (pod_a["x"] - ax) ** 2 + (pod_a["y"] - ay) ** 2
    db = (pod_b["x"] - bx) ** 2 + (pod_b["y"] - by) ** 2
    return 0 if da <= db else 1


def boost_seen(prev, now, others_prev, others_now):
    """Whether `now` shows a BOOST: an acceleration no engine gives, with no pod near enough to hit it."""
    for a, b in zip(others_prev, others_now, strict=True):
        if (a["x"] - prev["x"]) ** 2 + (a["y"] - prev["y"]) ** 2 < BOOST_INFERENCE_CLEARANCE**2:
            return False
        if (b["x"] - now["x"]) ** 2 + (b["y"] - now["y"]) ** 2 < BOOST_INFERENCE_CLEARANCE**2:
            return False
    ax = now["vx"] / 0.85 - prev["vx"]
    ay = now["vy"] / 0.85 - prev["vy"]
    return ax * ax + ay * ay > BOOST_INFERENCE_ACCELERATION**2


class Tracker:
    """A bot's memory across turns: checkpoints passed, leadership, SHIELD/BOOST, team timeout, turn.

    Feed it each turn's protocol lines (`observe`), then tell it what was answered (`commit`).
    Own pods are 0 and 1, enemies 2 and 3, as the protocol lists them.
    """

    def __init__(self, laps, checkpoints, timeout_turns=100):
        self.laps = laps
        self.checkpoints = checkpoints
        self.timeout_turns = timeout_turns
        self.turn = -1
        self.views = []
        self.leaders = [0, 0]
        self.shield = [0, 0]
        self.boost_used = [False, False]
        self.boost_hazard = [0.0, 0.0]
        self.enemy_boost_used = [False, False]
        self.timeout_left = timeout_turns

    def observe(self, pods):
        """`pods`: 4 protocol tuples (x, y, vx, vy, angle, next), own two first; returns the 4 views."""
        count = len(self.checkpoints)
        previous = self.views
        self.turn += 1
        views = []
        for index, (x, y, vx, vy, angle, next_cp) in enumerate(pods):
            passed = 0
            if previous:
                before = previous[index]
                passed = before["passed"] + (next_cp - before["next"]) % count
            views.append(
                {
                    "x": x,
                    "y": y,
                    "vx": vx,
                    "vy": vy,
                    "angle": angle,
                    "next": next_cp,
                    "passed": passed,
                    "team": index // 2,
                    "shield": 0,
                    "boost_available": True,
                    "leader": False,
                }
            )
        if previous:
            own_passed = any(views[i]["passed"] > previous[i]["passed"] for i in (0, 1))
            self.timeout_left = self.timeout_turns if own_passed else self.timeout_left - 1
            for i in (2, 3):
                others = [k for k in range(4) if k != i]
                if boost_seen(
                    previous[i], views[i], [previous[k] for k in others], [views[k] for k in others]
                ):
                    self.enemy_boost_used[i - 2] = True
        for team in (0, 1):
            a, b = views[2 * team], views[2 * team + 1]
            if previous:
                self.leaders[team] = leader_after(self.leaders[team], a["passed"], b["passed"])
            else:
                self.leaders[team] = initial_leader(a, b, self.checkpoints)
            views[2 * team + self.leaders[team]]["leader"] = True
        for i in (0, 1):
            views[i]["shield"] = self.shield[i]
            views[i]["boost_available"] = not self.boost_used[i]
            views[i]["boost_hazard"] = self.boost_hazard[i]
            views[i + 2]["boost_available"] = not self.enemy_boost_used[i]
        self.views = views
        return views

    def features(self, index):
        """Policy inputs of own pod `index` (0 or 1), teammate first among the entities (those in play)."""
        others = [v for k, v in enumerate(self.views) if k != index and in_play(v["x"], v["y"])]
        return pod_features(
            self.views[index], others, self.checkpoints, self.laps, self.turn, self.timeout_left
        )

    def commit(self, index, power, boost_output=0.0):
        """Record what pod `index` was told, as the referee's SHIELD/BOOST bookkeeping does, and the policy's
        boost output of the turn (its hazard accumulates while the BOOST is unused: see BOOST_HAZARD)."""
        if power == "SHIELD":
            self.shield[index] = 3
            return
        if power == "BOOST":
            self.boost_used[index] = True
        elif not self.boost_used[index]:
            self.boost_hazard[index] += boost_hazard(boost_output)
        if self.shield[index] > 0:
            self.shield[index] -= 1


PLAN_TURNS = 6
OWN_ROLLOUTS = 300
"""Candidates simulated for our team each turn (PLAN_TURNS turns each)."""
FIRST_TURN_FACTOR = 8
"""The first turn allows 1000 ms instead of 75: this many times the work."""
FINISH_SCORE = 1e10
"""A finish ends the race: it outranks everything, an elimination included."""
WIN_SCORE = 1e8
BLOCKER_WEIGHT = 0.5
"""Per unit of distance between our blocker and the point it guards, against a unit of race lead."""
BLOCKER_FACING_WEIGHT = 5.0
"""Per degree between the blocker's heading and the enemy runner, when it guards within
GUARD_FACING_DISTANCE of its point."""
GUARD_FACING_DISTANCE = 3000.0
SPARE_RUNNER_WEIGHT = 0.1
"""With nobody to block (no enemy pod in play: the runner benchmark parks them outside the map), the blocker
races as a spare runner: its progress counts this much against a unit of the runner's."""
RUNNER_FACING_WEIGHT = 8.0
"""Per degree between our runner's heading and its next checkpoint at the end of the plan."""
RESCUE_TURNS = 60
"""The rescue (below) starts this many turns before our elimination when both clocks show the same; it never
starts while ours shows more turns left than theirs (their elimination comes first)."""
RESCUE_TURNS_BEHIND = 100
"""The rescue's start when their clock shows more turns left than ours: outlasting them will not save us,
only passing a checkpoint will."""
RESCUE_WEIGHT = 2.0
"""At full urgency: per unit of our pods' mean distance to their checkpoints, and per unit the enemy pod
nearest our runner's checkpoint stands from it (up to GATE_CLEARANCE)."""
GATE_CLEARANCE = 1500.0
TIMEOUT_PRESSURE_TURNS = 30
TIMEOUT_PRESSURE_WEIGHT = 400.0
"""Per turn below TIMEOUT_PRESSURE_TURNS left before a team's elimination."""
COAST_CHECK_TURNS = 5
COAST_MARGIN = 150.0
"""Coasting must bring the runner this far inside the checkpoint radius before it turns to the next one."""
CHARGE_DISTANCE = 2500.0
"""The steering blocker charges the enemy runner within this distance (the `heuristic` bot's blocker)."""
COAST = 1.0
"""Runners are ranked from where their velocity takes them this many turns on: speed counts."""
AIM_DISTANCE = 10000.0
"""A command aims this far along the heading the plan chose (far enough that rounding the target to whole
units moves the referee's angle by under 0.005 degrees)."""


class Random:
    """xorshift32: the bots may not import `random`, and their games must replay exactly."""

    def __init__(self, seed):
        self.state = (seed * 2654435761) & 0xFFFFFFFF or 1

    def next(self):
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x / 4294967296.0


def track_lengths(checkpoints, total):
    """Length of the track from the start to the checkpoint that comes after each number of passes."""
    count = len(checkpoints)
    lengths = [0.0]
    for passed in range(total + 1):
        (ax, ay), (bx, by) = checkpoints[passed % count], checkpoints[(passed + 1) % count]
        lengths.append(lengths[-1] + math.sqrt((bx - ax) ** 2 + (by - ay) ** 2))
    return lengths[1:]


def progress(pod, checkpoints, lengths, coast=0.0):
    """Distance raced along the track: continuous across a pass (the race's own ranking, in units), so
    that a pass at the plan's last turn is worth what it is, a few hundred units, not a leg. With `coast`,
    measured from where the pod's speed alone takes it in that many turns' worth of its velocity."""
    cx, cy = checkpoints[pod[5]]
    x = pod[0] + coast * pod[2]
    y = pod[1] + coast * pod[3]
    return lengths[pod[6]] - math.sqrt((x - cx) ** 2 + (y - cy) ** 2)


def turn_toward(pod, x, y):
    """Signed degrees from the pod's heading to the direction of (x, y), in [-180, 180)."""
    wanted = math.degrees(math.atan2(y - pod[1], x - pod[0]))
    return (wanted - pod[4] + 540.0) % 360.0 - 180.0


def clip_turn(turn):
    """A turn the referee makes in one turn: at most MAX_TURN_DEG either way."""
    return MAX_TURN_DEG if turn > MAX_TURN_DEG else -MAX_TURN_DEG if turn < -MAX_TURN_DEG else turn


def runner_gene(pod, checkpoints):
    """The `heuristic` bot's runner as (turn, thrust): aim at the checkpoint less four times the drift, at
    the one after once coasting would pass it, thrust less the more there is to turn."""
    px, py, vx, vy, _, next_cp = pod[:6]
    cx, cy = checkpoints[next_cp]
    for _ in range(COAST_CHECK_TURNS):
        px += vx
        py += vy
        vx *= FRICTION
        vy *= FRICTION
        if (px - cx) ** 2 + (py - cy) ** 2 < (CHECKPOINT_RADIUS - COAST_MARGIN) ** 2:
            cx, cy = checkpoints[(next_cp + 1) % len(checkpoints)]
            break
    turn = turn_toward(pod, cx - 4.0 * pod[2], cy - 4.0 * pod[3])
    off = abs(turn) - MAX_TURN_DEG
    thrust = 100 if off < 12.0 else 0 if off >= 72.0 else int(100.0 * (72.0 - off) / 60.0)
    return clip_turn(turn), thrust


def runner_of(pods, team, checkpoints, lengths):
    """Index (0 or 1 within the team) of the pod further ahead."""
    a, b = pods[2 * team], pods[2 * team + 1]
    return 0 if progress(a, checkpoints, lengths) >= progress(b, checkpoints, lengths) else 1


def advance(pods, genes, checkpoints):
    """One turn of the four pods in place, each playing its gene; returns the pods that passed."""
    masses = [1.0, 1.0, 1.0, 1.0]
    starts = []
    for i in range(4):
        pod = pods[i]
        turn, thrust, shield, boost = genes[i]
        starts.append((pod[0], pod[1]))
        masses[i], thrust = command_mass(pod, thrust, shield, boost)
        angle = pod[4] = pod[4] + turn
        if thrust:
            push(pod, angle, thrust)
    return end_turn(pods, starts, move(pods, masses), checkpoints)


def simulate(base, checkpoints, plans, timeouts, total):
    """All four pods through their plans; returns (pods, each team's turns left before elimination, 0 for
    a team eliminated along the way, finish turn or -1, finishing team)."""
    pods = [p[:] for p in base]
    own_left, enemy_left = timeouts
    own_least, enemy_least = timeouts
    for k in range(PLAN_TURNS):
        passes = advance(pods, [plans[0][k], plans[1][k], plans[2][k], plans[3][k]], checkpoints)
        own_left -= 1
        enemy_left -= 1
        for i in passes:
            if i < 2:
                own_left = TIMEOUT_TURNS
            else:
                enemy_left = TIMEOUT_TURNS
            if pods[i][6] >= total:
                return pods, (own_least, enemy_least), k, i // 2
        own_least = min(own_least, own_left)
        enemy_least = min(enemy_least, enemy_left)
    if own_least <= 0:
        own_left = 0
    if enemy_least <= 0:
        enemy_left = 0
    return pods, (own_left, enemy_left), -1, -1


def evaluate(pods, checkpoints, lengths, team, roles, timeouts, finish_turn, finisher, unopposed):
    """How good the simulated end state is for `team`; roles: each team's runner index at the root;
    `unopposed`: no pod of the other team was in play at the root."""
    if finisher >= 0:
        return FINISH_SCORE - finish_turn if finisher == team else finish_turn - FINISH_SCORE
    own_left, enemy_left = timeouts if team == 0 else (timeouts[1], timeouts[0])
    enemy = 1 - team
    runner = pods[2 * team + roles[team]]
    blocker = pods[2 * team + 1 - roles[team]]
    enemy_runner = pods[2 * enemy + roles[enemy]]
    count = len(checkpoints)
    cx, cy = checkpoints[runner[5]]
    score = progress(runner, checkpoints, lengths, COAST) - progress(
        enemy_runner, checkpoints, lengths, COAST
    )
    score -= RUNNER_FACING_WEIGHT * abs(turn_toward(runner, cx, cy))
    if unopposed:
        score += SPARE_RUNNER_WEIGHT * progress(blocker, checkpoints, lengths, COAST)
    else:
        # The blocker guards the enemy runner's next checkpoint when it is nearer to it than that runner is,
        # else the one after; close to the runner, it faces it to meet it head on.
        gx, gy = checkpoints[enemy_runner[5]]
        ex, ey = enemy_runner[0], enemy_runner[1]
        to_guard = math.sqrt((blocker[0] - gx) ** 2 + (blocker[1] - gy) ** 2)
        if to_guard > math.sqrt((ex - gx) ** 2 + (ey - gy) ** 2):
            gx, gy = checkpoints[(enemy_runner[5] + 1) % count]
            to_guard = math.sqrt((blocker[0] - gx) ** 2 + (blocker[1] - gy) ** 2)
        score -= BLOCKER_WEIGHT * to_guard
        if to_guard < GUARD_FACING_DISTANCE:
            score -= BLOCKER_FACING_WEIGHT * abs(turn_toward(blocker, ex, ey))
    # Eliminations count on top of the race, not instead of it: when every candidate eliminates the
    # opponents (they are not racing at all), the race itself still decides.
    rescue_turns = RESCUE_TURNS if own_left >= enemy_left else RESCUE_TURNS_BEHIND
    if own_left < rescue_turns and own_left <= enemy_left:
        # Neither pod passing for long eliminates the team. The closer the timeout, the more both pods
        # are drawn to their checkpoints, and the more it is worth pushing the enemy pod nearest the
        # runner's checkpoint off it (a blocker parked on a checkpoint holds a lone runner forever).
        urgency = (rescue_turns - own_left) / rescue_turns
        gx, gy = checkpoints[runner[5]]
        drawn = 0.0
        for p in (runner, blocker):
            cx, cy = checkpoints[p[5]]
            drawn += math.sqrt((p[0] - cx) ** 2 + (p[1] - cy) ** 2)
        guard = min(
            math.sqrt((p[0] - gx) ** 2 + (p[1] - gy) ** 2) for p in (pods[2 * enemy], pods[2 * enemy + 1])
        )
        score -= RESCUE_WEIGHT * urgency * (0.5 * drawn - min(guard, GATE_CLEARANCE))
    if own_left < TIMEOUT_PRESSURE_TURNS:
        score -= TIMEOUT_PRESSURE_WEIGHT * (TIMEOUT_PRESSURE_TURNS - own_left) + (
            WIN_SCORE if own_left <= 0 else 0
        )
    if enemy_left < TIMEOUT_PRESSURE_TURNS:
        score += TIMEOUT_PRESSURE_WEIGHT * (TIMEOUT_PRESSURE_TURNS - enemy_left) + (
            WIN_SCORE if enemy_left <= 0 else 0
        )
    return score


def unopposed(pods, team):
    """Whether no pod of the other team is in play: it is not racing (the runner benchmark parks the
    opponents outside the map), so `team` has nobody to block."""
    return not any(in_play(p[0], p[1]) for p in pods[2 - 2 * team : 4 - 2 * team])


def shifted(plan):
    """Last turn's plan one turn on: its first gene played, its last one repeated."""
    return [genes[1:] + genes[-1:] for genes in plan]


def steering_plan(base, checkpoints, team, roles, unopposed):
    """A seed: the runner races as `runner_gene` does, the blocker heads for the enemy runner's next
    checkpoint and charges that runner within 2,500 units (the `heuristic` bot's blocker; both moved
    without collisions); `unopposed`, the blocker races as the runner does."""
    pods = [p[:] for p in base]
    enemy_runner = pods[2 * (1 - team) + roles[1 - team]]
    plan = [[], []]
    for _ in range(PLAN_TURNS):
        for slot in (0, 1):
            pod = pods[2 * team + slot]
            if slot == roles[team] or unopposed:
                turn, thrust = runner_gene(pod, checkpoints)
            else:
                ex, ey = enemy_runner[0], enemy_runner[1]
                if (ex - pod[0]) ** 2 + (ey - pod[1]) ** 2 < CHARGE_DISTANCE**2:
                    tx = ex + 2.0 * enemy_runner[2] - pod[2]
                    ty = ey + 2.0 * enemy_runner[3] - pod[3]
                else:
                    tx, ty = checkpoints[enemy_runner[5]]
                    tx -= 3.0 * pod[2]
                    ty -= 3.0 * pod[3]
                turn = clip_turn(turn_toward(pod, tx, ty))
                thrust = 100 if abs(turn) < 60.0 else 30
            plan[slot].append((turn, thrust, False, False))
            pod[4] += turn
            push(pod, pod[4], thrust)
            pod[0] += pod[2]
            pod[1] += pod[3]
            pod[2] = float(int(pod[2] * FRICTION))
            pod[3] = float(int(pod[3] * FRICTION))
    return plan


class Planner:
    """One team's search and the opponents' prediction, with plans carried from turn to turn."""

    def __init__(self, checkpoints, laps, rollouts):
        self.checkpoints = checkpoints
        self.rollouts = rollouts
        self.total = laps * len(checkpoints)
        self.lengths = track_lengths(checkpoints, self.total)
        self.random = Random(1)
        self.own_plan = None
        self.enemy_plan = None

    def mutate(self, plan, amplitude):
        """One gene of one pod changed: its turn, its thrust, or its SHIELD or BOOST switched."""
        rnd = self.random.next
        child = [list(plan[0]), list(plan[1])]
        genes = child[0 if rnd() < 0.5 else 1]
        k = int(rnd() * PLAN_TURNS)
        turn, thrust, shield, boost = genes[k]
        r = rnd()
        if r < 0.45:
            turn = clip_turn(turn + (2.0 * rnd() - 1.0) * 2.0 * MAX_TURN_DEG * amplitude)
        elif r < 0.9:
            thrust = max(0, min(100, int(thrust + (2.0 * rnd() - 1.0) * 100.0 * amplitude)))
            shield = boost = False
        elif r < 0.96:
            shield, boost = not shield, False
        else:
            shield, boost = False, not boost
        genes[k] = (turn, thrust, shield, boost)
        return child

    def optimise(self, base, team, other_plan, seeds, rollouts, roles, timeouts, unopposed):
        """Hill-climb `team`'s plan against the other team's fixed plan from the best of its seeds (with
        `rollouts` equal to the seed count: the best seed)."""
        checkpoints, total, lengths = self.checkpoints, self.total, self.lengths

        def score_of(plan):
            plans = plan + other_plan if team == 0 else other_plan + plan
            pods, left, finish_turn, finisher = simulate(base, checkpoints, plans, timeouts, total)
            return evaluate(pods, checkpoints, lengths, team, roles, left, finish_turn, finisher, unopposed)

        best, best_score = None, -math.inf
        for seed in seeds:
            value = score_of(seed)
            if value > best_score:
                best, best_score = seed, value
        budget = rollouts - len(seeds)
        for iteration in range(budget):
            amplitude = 1.0 - 0.9 * iteration / budget
            child = self.mutate(best, amplitude)
            value = score_of(child)
            if value >= best_score:
                best, best_score = child, value
        return best

    def plan(self, pods, timeouts, first_turn, extra_seeds):
        """Our plan for this turn (pods: 4 flat pods, own first, headings set); returns two (turn,
        thrust, shield, boost) genes, and keeps the plans for the next turn. `extra_seeds(pods, roles)`
        proposes more plans: (ours, theirs)."""
        factor = FIRST_TURN_FACTOR if first_turn else 1
        checkpoints = self.checkpoints
        lengths = self.lengths
        roles = (runner_of(pods, 0, checkpoints, lengths), runner_of(pods, 1, checkpoints, lengths))
        ours_unopposed, theirs_unopposed = unopposed(pods, 0), unopposed(pods, 1)
        more_own, more_enemy = extra_seeds(pods, roles)
        own_seeds = [steering_plan(pods, checkpoints, 0, roles, ours_unopposed), *more_own]
        enemy_seeds = [steering_plan(pods, checkpoints, 1, roles, theirs_unopposed), *more_enemy]
        if self.own_plan is not None:
            own_seeds.append(shifted(self.own_plan))
        if self.enemy_plan is not None:
            enemy_seeds.append(shifted(self.enemy_plan))
        ours = own_seeds[-1]
        self.enemy_plan = self.optimise(
            pods, 1, ours, enemy_seeds, len(enemy_seeds), roles, timeouts, theirs_unopposed
        )
        self.own_plan = self.optimise(
            pods, 0, self.enemy_plan, own_seeds, self.rollouts * factor, roles, timeouts, ours_unopposed
        )
        return self.own_plan[0][0], self.own_plan[1][0]


class SearchPilot:
    """A whole team's pilot over the CodinGame protocol: tracks what the protocol hides (checkpoints
    passed, own exact headings, SHIELD timers, BOOSTs, team timeouts), plans, answers two lines."""

    rollouts = OWN_ROLLOUTS

    def init(self, laps, checkpoints):
        self.checkpoints = [tuple(c) for c in checkpoints]
        self.planner = Planner(self.checkpoints, laps, self.rollouts)
        self.turn_number = 0
        self.pods = None
        self.exact_angles = [None, None]
        self.timeouts = [TIMEOUT_TURNS, TIMEOUT_TURNS]

    def observe(self, lines):
        """Flat pods from the protocol's four (x, y, vx, vy, angle, next) tuples, own first."""
        count = len(self.checkpoints)
        previous = self.pods
        pods = []
        for index, (x, y, vx, vy, angle, next_cp) in enumerate(lines):
            next_cp %= count
            if previous is None:
                cx, cy = self.checkpoints[next_cp]
                heading = math.degrees(math.atan2(cy - y, cx - x)) if angle < 0 else float(angle)
                pods.append([float(x), float(y), float(vx), float(vy), heading, next_cp, 0, 0, False])
                continue
            before = previous[index]
            passed = before[6] + (next_cp - before[5]) % count
            heading = float(angle)
            if index < 2:
                exact = self.exact_angles[index]
                if exact is not None and math.floor(exact % 360.0 + 0.5) == angle:
                    heading = exact
            pods.append(
                [float(x), float(y), float(vx), float(vy), heading, next_cp, passed, before[7], before[8]]
            )
            if passed > before[6]:
                self.timeouts[index // 2] = TIMEOUT_TURNS + 1
        if previous is not None:
            self.timeouts = [left - 1 for left in self.timeouts]
        self.pods = pods
        return pods

    def seeds(self, pods, roles):
        """Extra plans to start from, (ours, the opponents'): none here; the hybrid adds the network's."""
        return [], []

    def turn(self, lines):
        try:
            pods = self.observe(lines)
            genes = self.planner.plan(pods, tuple(self.timeouts), self.turn_number == 0, self.seeds)
            answer = [self.command(i, gene) for i, gene in enumerate(genes)]
        except Exception:
            answer = [self.fallback(line) for line in lines[:2]]
        self.turn_number += 1
        return answer

    def command(self, index, gene):
        """The protocol line for our pod `index`, with the referee's bookkeeping of what it will do."""
        pod = self.pods[index]
        turn, thrust, shield, boost = gene
        heading = math.radians(pod[4] + turn)
        tx = math.floor(pod[0] + math.cos(heading) * AIM_DISTANCE + 0.5)
        ty = math.floor(pod[1] + math.sin(heading) * AIM_DISTANCE + 0.5)
        probe = pod[:]
        probe[4] = None if self.turn_number == 0 else pod[4]
        command_mass(pod, thrust, shield, boost)
        steer(probe, tx, ty, 0)
        self.exact_angles[index] = probe[4]
        if shield:
            return f"{tx} {ty} SHIELD"
        if boost:
            return f"{tx} {ty} BOOST"
        return f"{tx} {ty} {thrust}"

    def fallback(self, line):
        """A valid command whatever happened: full thrust at the next checkpoint."""
        cx, cy = self.checkpoints[line[5] % len(self.checkpoints)]
        return f"{cx} {cy} 100"


def play(pilot):
    """The CodinGame protocol loop for a pilot (`init`, `turn`). Short lines are padded with zeros; the
    game closing stdin ends it quietly (exit 0, no traceback)."""
    try:
        laps = int(input())
        count = int(input())
        checkpoints = [tuple(([int(v) for v in input().split()[:2]] + [0, 0])[:2]) for _ in range(count)]
        pilot.init(laps, checkpoints)
        while True:
            lines = []
            for _ in range(4):
                values = [int(v) for v in input().split()[:6]]
                lines.append(tuple(values + [0] * (6 - len(values))))
            for line in pilot.turn(lines):
                print(line)
            sys.stdout.flush()
    except EOFError:
        return


WEIGHTS = '^4k@=S0K{Y=YbX#_WTDD0sI5@0R4Xe+<P^3L?(Zs@eobf|Ms&5`~U9z0RIyJKMdG`81A(%PVQNf0P=sSH|gmh1Lz<7{`P?+_et>h;_>(194P=e1q6ShK$`kS1x9~G5w<(&UVkb94J{iA)EFHw7H5CbBM%Df04GNL`c4Pu=O79K4dvW{`x@gABLxKj0fGGcAp!wP0=mW_5bb{g-V5bwk%86(84~u`CIMCU=tc9`?-#@z0{#kt78~;*pCAhe1OXZlLkQ}BGIbLa1p0pj_3Qr!+iA`O0007k4e$IF_Z15d@#q5n2nqp#0^d{e+6n#u|AF`j3IYTR_RZTF01NFE^?~{RG&m1`GTsd3^&ao%F8B+s1Nbc%`u+`p2nYb~rYRmc(6jXHfgUyI-_Gp$><=6P^Kcvqf15k&`~w7m2>>++3Q{6B`{~F5<$)UH_7dbMy@Auuwp8W%m>gXEoPXEe<If%m-N^a=t!Ps<l0wsgq?H~MK*V;yA|3_`%n8ha`~)s$R0bvR?;&0+fjrVx3Bo8P)&>RoC{zt=7Q^)ziy#}!$_mZ^<AD?OD*!Y`-vA=`uLmx=@-tLa|Nm9Y>`^vT3kU>a&J*gD{eREt1tG)_1=i=)6Eh5fCK~-&_r|v-{}Toy{l(_XH4Q|G2Y2Lw2l55<83ytb-~jR{0M)$Q*aPn-N)`nGDGTTWIo9<6j2E&S+aCp92N4i|2Iv(3-aA0?5d{VpQ7kFmzpEkn7TM7m-RUvm`4*lM6gHvxn+t)V0cI!G{R?6v|9=s|0J#|J0{09977q|E1pVCb+`Q`vHthiZ=`I875rO^2?gats;r!B@`{d~!8D%SfEZ+C@;>I!o-vTk<jJgUh@A=1p-aq_x<^}Mf1Ze{@XWJg;6JrQd9rFh>27ms70lilp5edpB)aU{z4h+Bv?%*h}MJWRL>=MrL%aQ^s4G9nT>mv>S3IyrQ^?|h`Ao=B@r*IU@FFNh#^wkM2`uPV43Hk`Z3GEHw=}jzN2<^`$?|}yg4eSyS2+{M_{SNs80vYRn`1<ks+3gX@0`dj@>;4r34*2{C0HhjC#`)$D_$cCkB>C+}?sXMX9`^_d1hN_a7Y8Iq<bM~K6~!$L=pic(+YS)<1P_bx-W&SpECc7{*a!#;F@Ft^{pAfa6c#V(&hj5E`vuHS2+F@AIq3WI`RwV@`^d!sDZ_#0>(;>98t3pN@4e>d#v{<%{SD^Z=<88s0ja^K^hFp1(A9yf{U#yJ3IEyh1kLUf)GhhmECTuI2IS|l0-x(VK!3Ws;ViuK>?sNB8S>*K5hd;E7hCw}1O>XnE;hq~6wDj_3@O#vl<o}#Fbb0lA_W514)+%?+x-vN209k-%n5<W6b2O?Dp&~e>-rz~+y@8?5EcCY9wGqaAo@BI>E`?c0rK5}_4er}1E%frfekRg*8u$-;=m9d><8O5=iJ}gAqV8^+Z45U8!Xuz5Q4%koAf5|6&gbS>*6~&6C?P_5y!(N)#Wq-B`=$Q3_#TNt*vZ6Ea=P->P!v~9U<}*0YU7=6D$}r><qdOJNGJo2_6Oj57mJLq!mxwF(m)?5fb{8<JH464gT=0>kk6}&G)8x&s#OpR+AD$hdMa<?fUQvBjWq{Cjt#V1qttk=jH;^^9H?t+8qb-tsxZ|6$0YpBMS-U{S`dn-w^~j3Yn!G1+ahX?*;3<5cmWpz4`$E@C5z{MgapF4+4Mn4Ff0u@lyu^06kSt=+f#32nYcf`oz{48bAT>|L{2uDElA+&qNmiJm1XI^~ojrL1`R+B_>+#su2P6fBG>P4GSjc+65LL3mx?t1nBzs?ezrd6gPG$2<-REL>BVWp%%_5003D8836hO*GAO;Sse0pJOAn_E<nM71_TfsSOd85nZ^n8Emr656#bp>4*hJ@_vS@S5y{!P8#I9^uK>qc(^T>CJKfqA6vrJFAJ`P~{4NIW6bK6*-sJ=N77|;539{(+HGd2uJpSzuF&+jFDKydt{om*f7+oL)2?2@?5Z5==0q7znsX__nIP(7n$n@s+4FnVs3Pbe*5flXT%LNVrK=5pV4ekI7>M{WV`}_s{O#1-<{|No|1p5aF|9|iQ{UV<f^Y--z0{!<3{YvoBPwYq#x)tr*?%)399E~L%vC_)X4$$=-yBAx5@-hkRi_jM`e*`ch@jl$_1o<No068E8Gur{d@B!`Y3>I7l)DPYcNW6y%ySG^VN!foA%p-Z()GGeqEVbHZ+t$GlKs1zG{to%lP&m;1vA7@w@(BU_0}T8E`n@6!)8Y8{68#<!1opIn{}9<VGExQzfd{kbxFo~#8_@Cl_N?XV|3ush*bUhFyz+v9#PIDw608#%mLLGzAkOva{rKoB-qY~!<{j+)`S$hK@ach9`wsaPv~v9fWf#*7D;4$e^VsC_`v3|2@JG=9^E`q42>wL8`y&6txqm+d4+<XW>l<AU`|1_(1ycI~D+<T}?Aj9>00iQR`{NMi3a|AM!zTnH;u$Ig_38f&_5>6pH38cD=Jx&|MjY#Z9P2Rb^MN7;GPMZ_3F8h984do}%@7s-AQ=NI0UQ4l8~P`A;x*h+Vg11gtn&Ni75!Wi76BF_`aAUa9|hYj;syX27af7Q*wy0#;t@FX`1R-kClJ&dF8B}x2Ic+u>-hoZ1QzT0%=J2f(f{-KGanxmfy*1v@g4i}^c)E170c5Vyy61j0QLX$`W>C<$^Y&tfuuIwB>Qu8ej5qw3#|_&I>o37ByLfZHSjK1v+#W|9pwYif!_rF5ef?g{{;FC`2%jh@bl&j>hzTm+Y0#u5dItv=lulme<+y|+Xp@NH8D66+(XqY7)tv2Zx`lv*aD~UJsyT2uI>IOAr>V7Bo6lUCjavR0R9LV@eTnh<bPH65EU##^W*L400{*3!PoRU5F0{6K_n0q&<P9&B1uFR=ocWq?ceU_fzlcGKX)nB>Ulf_JqOnB1q}fa2OWVW?iENS`~2eu(;S!X?+!`95C!k?H#;NdfdwtgBKis)?bZnSAjT33>K7IQ8WijC`R9<+^a=zh3)Kw$@&*0f1R3@Z0pREf_x=40@&gyy3JK5?)93?#=>qZ~QS|`|l+@YT0u?C?8s+;A_UPOL<_zxY?*0te=Int^tn%9w6eH^h5dZ4;2n7%s{sey-^c5WUC?NF$=`Jx12@}kx2L1^H8Mq7z@!JOe>hm-S0tgBZ6CU{JD<uvS@e2U&Aph-u`{Ee%$HXTZfAVGa%m6Vc64{_(`yH~_GwU7>M;_bZQ5ZN&@&nzI$ow4sQXKUP1p?Lv2@u{U2H6H6`78421_A^8)#ZQhCHNK2`4-Lk1hE+X{qiFWA`C0v@&yF|?fd5~@cS48J}1Y4*d68)ALxG(_20DEWF8mzJO)4q838QP@tFP<^xAGT!J+;P2JYh17P<T}Xy98${p2bI1OWjB3?CZgBNYu!4-fg_66HjH05JvjKjpdew%?sO^d@BZ;RYP;z7GcLMbXqk-|yA-9R`8x1tHrt(}6f7(!FcB=ho%&>;xka9j*fdu;(iN2mm_@<n7>g#$KEPNEyucp9J^-;MYJ5+7%%!@=@#q4I3d3`20f}G4r5-%|JC7?cOQsFb(tt>mxi6=n?Dv3{nikGaKvb#~0@FF(H2|5GN}C%p%$ce>Mb4A{np-F!Tc~3)$-g+44B&2^;GW*WXs$HvTN=#|9I~Wb@DM_6_RT1PRz;8Y2<bUbsSkGU)l2H}`6dKML`|%>E}6rNZvq;u+}S8xIG_#etCF(e>ul9}C{>#N_3_$ph9b?Y1r+ZR-6fyZ*`e@8JI372x|Q6f!G%1nJ`TB?T>i4qo}rCO9MChbu%A76uCV;|}NN9VP1>?B)0J2NN0Tqv3(Q;04<!G`-9a{oLvS7yu6J3<}@}Cnea)CiDyw;s@<3MlZB~`wz`Lxij$4e-$kq^W+#7C=v$_+yfKo3JL%i>FxL6Cn!j<03RgefAtpX*dF0FEOIzf9Vr170TSEqO$tT;IOo?17vHWL3CBYb&@=E4d=}>)1p8ko<JJ2f6(sxtI0h3O>hJ_4`r$``GzJs%_wx1yItTy`BLMjh0uO%#73eV-{LU2c@*aFY=Gq_N`TGhBqvS62X9ybq91q6=6cW`SCB)wr`WzbJ{`TYz(F9?C?<y|>qyu*S8Nauz@+9^R@$X&gK_wr(KN%MP0u}&WzQMIW6T030^?&tF`?&DcEea4A<hg4a_azbnlx+76;rc14;set#EE@*+14p+nAjhp)>=W&bqP|BN;xxi285=p$Z`^?yX2!q|Ff{KF3XCG${wOQ<*t4hz1||sO`PUQn59#Z$<Nh!_*(4HwA2+hD?cqo=B2t=-`zg9YDfYnX<@qd)QXbmQNyFdwXf?y@|H0nIJsvn3EGf$p@+n>=PZi{x^TXRcuI4Tx_7Ml_CkRk(Qy!e!9;zA~!v&i%nh|=O_6^p<!`boM4S%i+(arGJ6Dvg90i@F~_gp&$<2Fe{D&pO+wfiX(sj*Zd7XJYgF_P?ZQVb|gCzVPTFXo^i6CDvD)i*@Y#L*edfj8nr+qe7j+f2yFD(cIm3^M=xB_0I@>IN~y|IYg#1rHDo@W}vS3L4%5>i`q}d%f5l^}qvv4OQqT+q*m)4)GZjE|9KO9Q^(4?AF}l3mXCBMVNu<$*l$K0X5{_TpdFIEc3nWB9}D=vIEgJ)WkKx1{`PJj=c%f-#91M>jmce2`m}w7{<mX=4lS{H52y?@*N55F%eY!GXy8Uxxwa@yyV8@$n(h2F&?Z6%n$}C3D3FEANc+S4qVF@83TdA68`c9@AV%aJ0@rg;o1)F)9={+00O@SCN~4)?F#A$1VSXV^6ei06Yu2Zr6x-W(J1eM0<<ObM=ZwU1{ves_+j9!5$FgnDlr!(6Z;1D`4uP9Ar$YW8u%Oo{T>8?+vy|!*$pGq8q*Qt0SoW~`28Bm;q(sW=?)Ij|11Ou=Md-f0uB8H_4VlZ<o6H{?Emxt0|XWK{U;IP?gIi95fJm)=<++-3hWIJ!!m#Un>+=<1=9%k4lMN&`1#-Q{yh)1?(+rx1soI;{_PqD;Q%PqApg736zU58`$7<b{p1P_`Wyt@0qP0h?*hdP`r;S*<J}|x=^F3d)F>PV=LG@;*#GSV><sPI*cJQbIs66068e=g^$W-6Mo3(De=-FF7_>%h2E?l!1kc&^2>9IVu*UhXPAomLt*0jh*%<p41{1_X)7|>k^zaz*r4~pS6j$%KMfVI7*qNS!pD<|b<#V*2T}NTTGg8zg?b9VRdoUtY9qPFbN9$W6-^rf6Brbo2P?_5IOwF;|fgcwu4^nvu>K**}%cty}lK9iS&lujJE)O04%L+jBA=2gDFcj_yA{gu(Oa9To?G^$hEyqnY_$3!f_r<ZS(E9^i81&ryCm+Y&`sCjI7HkOEf$ux8{|nFf#TYox?hM|+Bdg0E5k1=gbjTRvIW7?AMCAlm`W#V31XLk^8~5?N<=p@64Z3qj@(1J;8O0+xRS*IW?%^j9Jjv7a5db0q$U#EawbVWLtU~iFqTUGdv`W6Z@ddB7ZteKQ<xAEYIvFqh{~-b4fyM_a;S}Yk)eSE3I85fi((nnY@w~aMF4*QH3QGO;=OxqI8724+^MhS9CNKs8_Wk|^4DRn9*z8q*<{0_q70>}m3J>Q50Pz(Q_9*r%2l-z52L13Y67|~r5dHBR0OjNM1_=uJ8TIDxA^b2V<t7=i{^h4M-1Z1`MIFV<G4y|1F8!6B<Q5=PyXVFb)$VuIMIGJ>o!;K%8cpI0)1n3VJR@-~4F0b??;sdF<Tfn}ZmQ484xAg|vLrJ1H4%UDKK;oQGQdYxngsht=GF~8?%W;f%ElIx@m@j$^XA(e_5=wQ7Y+F~=q4NE2qFs$N5s_t>Z~UB%?}B+95ZhsDfz_Q=Hx?9r6Q;<#=tm*4D2b!>(~_0)qmsa*4fJ(4EkU)0Q1mN=0g_=8$f?kT-xrq4Ab@x+{ic%A20M56ypC!Xz42t(z7BOG$!Iv4;C*$mn$}|_0dJQ(<=8tp8O%@pjpD^1pD*D$0<Nb1oqs-3gHmA=Ingb6(u6hM7PZ!T?`$6zQh|wIPb3o3G+ERxeh1x#pM<Fx+4)j7D)5hr*Xs<^dAf96e0cjA^Zvf`x(0T4f5~?>k|#V;`|s04+-fK`STM7GU<WvZ_o5R`Wg2h651sR@(2<O|HSk&5eMt@>(>3|0JkR4;1Ay^3;R2M3`*9*wDK8389?^#{MzdgE8^4L<osOdEJf{|1<cM1JVCzxMyc!5HCHe7Gu-_!{Qq-*I_2H(uq0Mm6Gd0%Hn;B)hUbQu)Dd3O7k|HnPERt|^bPqNlnxd8QUe@R5W0Z{EcY1#CmY3t7UgTCA0F~N1@;IX=>ZY$A_v@o8tVHD?-%dd{OltO^z--V_t+Zw>;?4`(h2a{?CUA>=MoO*@+J%s;vDz?0R{y6=mXW``2XpHfgao^=`$Z-7dpkL>e^8R;S&Y26%-3u2k@c}178x-c{}8)D-Y!hFfGLq^piN1WkNaD05HT9*Ay#J<^JO>AK3cg3g7y%?Y1~s><iWK_s=t73HJ=K;{8tv_YCeJf!!(~*ePB3)YL`!1V-mg%>V2Y<m4ab75TNj0V1;L!0(<e$f_z;-5&MG<r4He<SO3kB-H<B*+}do4mJ1>E-dI$HGi}>1?mqz3D6$#Ts=JK=s)!N{n;!#yD>OPHtV+U_XXJ82d_jM6Bs>ZNA3h5D%UJ|^3W?q76i%;@E1fh>EK7W^WOU4(iGlL{NNbfr$MeV@g0H6>+ALX{Pq6_0s&Ef?hE$h{@n^Y6BG0B`tk1s^Z^G34gFXG7YyhH0{!Uw_yqkL3<2-y1PBW62KD{|9S=|q2i^?y#ufQA2l{F_5-<Q4>ct6x`yuiL-rwou^bXMv-9<eh$z9;r7sB%>0WslB3(51&AYlj8G5QE6_8Uz@{mTti=n@<8F#R5d0SOUu7$?QN#^--I`8y`C9py9QWmd^2sNO6?2=zZo(Wn^lJ{|=ryzG$a(fKvC4zI!E;S_%vG589ty9vD0B*#lE0X`&VOb5#ZGw3p4<Ea?*H`MOF8}Tswo9|qQ>eJigj~m%6<JJ??svNW%?ca>W1-A6R{Oj)l*6h1L_Y&6Y=JQ(JAVIUL{`KZv8usbX$1f7%C>$u&e+vZ)8c+WB^O@2h3p!uZJOSVuJ{B|n7tXcE%qcKD3K--e8YrN`&IKD5`+pzG-Y4|98#mhF+zB4XD;M$CD<iNMOgI4lG{YF)0vP%CL&hy0;~!c^8WZda8S(`B|LGI;`p*Ih02cH94#)j83?bJc^$jEpP3-jj5!C!uAv^CP`_&^1_~Q!;41wQM{`&mu_4LaJQ3?Ft*&F&r&@4PNGtup;soSF}%(v9f(`mT2UvnD+4choYY4Gw1J2Lb#>;>*7KY!2M=%*hX=>a~<Ft%;W<vlFD1E8%K@2n6X1}oU&Ff)JYW+3bG45Kb8$^EZEl+{A62ir{Ismlqw_iP^U=HJ`|Gc6+h`s~d@&~hsp6|9yopGI;mBy{r;86O4nu+f(MwHYc!{c^CnRP0UmK@{+I+3>eJa%uWv71f>9PY4|G0n5St3>;H|8K3{)>kX+!=2!yl;{8cS`N{ko_z%kBt=aeWD)*{^1tTQh9LggoZt~LnN-eP<(F(mFEMe*IUI-`kH!3!+PU%kW7pI_%suMsV0U)ydA3vee!N}w#=3xG>lm!;c{Y`<<zaLfc_U6o;AD++pOfK~*YQ6~FUm@h^Hp?jx@D)r@BM;fmz#I=rE?F<)9v1@xybX?-fdlvG?>f)eIza~T@$41={uHq*R|F3fBsKCU_%z1-2=emb2?aR!ISVcoiqb|>dDJaMn!w@Ys47Q3EI0u%3p3RF8|T}9-r_hNHt5gs;xPqf9kvO#;+O)m{+|=qDCqIg6H~GH4*9IG=}HwfMCJ6q-QlR93e#aO4jv3O;tKUsH6I>SE!=4%RO*E(6Yn}c%@{H9wy-eaiYxIE($WM4!U^u=1N(ud2_j2IY|A9Y{`JAz@S8<e3ktC=R;XQgAMg3O_Xke~Sc}DP*s(S~93Ny_>%wiP9Dlk?mf+UgyztxrIU%QlD&Q~4MiDLg`6|rbC?N1M+W1?q#V`FN80Gy7=I0LE*W%5}$i(-7<>nd;tvl@33rHDEA@t8d5Y`M1!sX7>`$k+QCh!NS{_hDH^PLiN7Zefm+qDKW9y*v6=iePtC&83QSli<u+e#S+u#`Ufl}s5elYu27<{ay}3E!r<|K9^S{QoT%H#6_^^wR1P;_uE7-PJEB>>k?SNBKgpQ~d-yvhuGTLPi2F_Mkr<5(Odk^9_OZ3NAF)`M}Kufgmp(P1*&y>e{~35zQ+;7$6dEFzgon3gjUyvgt7+4)x{-`aBm(=-Myl{NeP%w+t2k3kvt=<xuVnz5Ctpq0d4TR?N%Vwff@!;P?~QcJM3DDj_E|HTVo#!teAoA};g!>n{LM#q|i72tp4Ex7`V{?g$Mc-hadO)E58q6aLi2iXEu+H{&HT2K*!B4d@~;^&l|95X>0v1<?dLwLUf}(@o>Y<n92T4=LhK{1FGu8GRsu)C1}i@FFEVKQ-(V`S;X12@7r<>GEsf0nF>ff$*u#>^Pm*AxHfD`7%r|1`+8CJuDF*+B~ft4mYX)DC9{j(boX-I08^5=?M4VEXIrn)u}!1{Qc<BT^?W%e;>>n1K()@kK~yzoaJE2P3=Opu*&(b>_H3y!2!790bfJ<``)cB+dm%Lfy7tsMZhTE?gEfBZw=npR4ltqH4F>w7b8SA9kP)^A>=gXwh#;FCbbpKJT3+N!q!zlA6xX%{|$#KjTs3K@B0b;`5E2X2?Sby>Jr_>@zmm0Od{3i1@!^_{_XkR*9ds?^dsB-1@7J59xlNP3Hj3L6;mIdA;b0%1P)IU%N1n|WdX+U`Sc9S67xbE0v1a4EZEs35#9MY$I2Hl8uQ#A6C5cf=Gj2O+9kaH!v6n5CkoRDrDcIp?mX+@*~|kN_%BNq3seQ#=>i8Rv-E+g)EOw*-A=&8Dh)EnB{0=I$K3liD<cmp`Nt3X1@I6c^vay}4)Hw58`TBx7U1Lq>v>fAAb-U;81MKHr2dl`$@?@b1Z<$YPX#pUEEVHH-S5yANeLKB0N3dyBNI3H^}q7%BtARK7sBcY>eLrqQ7w1>2rl1}D(yK_+xWW0xCAaD^D_PeDBe!sKmD>xveOQKS2IL0(3MyL5g}wj&(NRzygVn&5Tl?H<UCPMEf)RqzugGG`OHgS82jwt1m5x%5+?RW+0I=%MC#)Sw(c1&$tqydu-rlG&o|^r(DUpMz5yS-HXwnv0Rb7+*y$P^x$HLCE*9e9`2l?B5lgRuzws3q8YY}GuK_!}LqiY%8P+M|C@QoC43P@^S`<?uDd5O0%2_fq`09Ty;_xXI64DsvSKJaJ>P$LC5GLLH_FMq6!i2ErQ2(I;7Bb{dA>Iic0C2@3OWxP%2fQmGBu5I}-Mg<U0RRQx1_TNG3GWN{1^4ynBlb4a7vTy6_5S_(fyMLn6$JU(@&fAg@BJ3?_xu7d6b%#w`vUq1{~`9@0`}Rxy$tv0wd}`DAKn_>wnsEcwLdWKw8F&D;YU;062$_UF=ic|8$sM-&p%H-e<Ysb^}-*($mVXyvMR?%JQue3G0#v*Kle<j2)ZE2Yof2$GqW@!K|nB1-y5m&>J05|L!z@lCB^dhIm0Hwv41K>4+gPbG6=g+Ogu)czrZ9W^g|QK6Fctq%`B%wAqe-*DelA53eywof9(DaoxrK+<<#@<!U#AJ+$})b_wE=bH8>~+^u*cW@zv%D7!J+B0RQg<|1Sgo04ehL`TPO@{Q>m`1o-~^H2VAz77920_y_<0`vLy}00H*^0RI2=gaG~e{(lAg{r&##0sa94'
SHAPES = [(32, 13), (16, 32), (64, 36), (64, 64), (6, 64)]
SCALES = [[0.00561947236,0.00708714267,0.00420832727,0.0114516262,0.00406728871,0.00755590526,0.0077096154,0.00260805432,0.00657197647,0.00647397945,0.00927528087,0.0122412303,0.00468205661,0.00606181147,0.00626990292,0.00458788173,0.00678829104,0.00990732759,0.010573959,0.0118842851,0.00853622146,0.00414521247,0.00760103343,0.00461903447,0.00639513601,0.00640018983,0.0050104633,0.00281877047,0.00497921975,0.00269466918,0.00608991319,0.00509919599],[0.0110508306,0.00518334797,0.00496824272,0.0113123022,0.00509467069,0.00481355144,0.00914855115,0.0103515685,0.00528424606,0.00722332811,0.00573528977,0.0127819479,0.018201571,0.0100333411,0.0090876082,0.00633611158],[0.0048103584,0.00545093464,0.00492571574,0.00700736977,0.00712329056,0.0070977984,0.00523157278,0.00452983053,0.0048695649,0.00528543629,0.00676667364,0.0112679256,0.00660512317,0.00746249687,0.00613506418,0.00485659111,0.00811297912,0.00609212229,0.00667837774,0.0269340221,0.00481875986,0.00582661992,0.00428511063,0.00740025286,0.00489007495,0.00637104688,0.00676088221,0.00571910385,0.00736086257,0.00725204591,0.00688894838,0.00821087137,0.0076889568,0.00332054449,0.00704281265,0.00462974003,0.00903879292,0.0052744532,0.00482666586,0.00712177204,0.010024773,0.0071128644,0.00936223846,0.00829364453,0.00438580476,0.00909352489,0.00605627801,0.00478195539,0.00716659194,0.00566213718,0.00472251605,0.00574986311,0.00605719583,0.00788996462,0.0046640886,0.00681552477,0.00536695961,0.00594808394,0.00571026234,0.00695509184,0.00586977974,0.006885143,0.0105790431,0.00694175577],[0.00526072644,0.00666951528,0.00806173217,0.00717846211,0.00744751049,0.00959962979,0.00860745925,0.00629160181,0.0109773502,0.0141409356,0.0132812727,0.0132161826,0.00645521609,0.00550704217,0.0065566157,0.00915344059,0.00817828998,0.00520918658,0.0172755085,0.00699481694,0.0075525674,0.00679689739,0.00656666234,0.00593239395,0.0142238056,0.00889598019,0.00565700419,0.0179512855,0.00724073313,0.00958440267,0.00788193662,0.00859054085,0.0213047694,0.0104091028,0.00750880362,0.00633389363,0.00730639556,0.00838377979,0.0135047249,0.00575845502,0.00767866662,0.00592090283,0.00572561612,0.00728169736,0.00663274387,0.00442349119,0.00804866385,0.005274822,0.00949249044,0.0068067289,0.00812932663,0.00770346913,0.00667817611,0.00881800707,0.00679629063,0.00741345668,0.00565575901,0.0109319715,0.00751852477,0.00841595139,0.00766137941,0.00730428984,0.00790316332,0.00694727199],[0.0136947259,0.0101896198,0.00943839271,0.00929804984,0.0109786978,0.0162879825]]
BIASES = [[-0.100031093,-0.59871006,-0.086454019,0.433875144,0.0422055945,0.0424464792,-0.0218332075,-0.0806783959,0.178295389,-0.103401057,0.0243468732,-0.599062562,0.201407656,-0.0497909449,-0.0178631544,-0.173781529,0.0224984232,0.090484485,0.199612886,0.220118031,0.148841485,0.0990791246,-0.24742797,0.1696807,-0.137096241,-0.317809492,-0.231879503,0.0203346852,0.125813931,0.0105804279,-0.000333211588,0.0969986245],[0.0376001894,-0.0860042423,0.0847778246,-0.132015765,0.0494562797,-0.0321274735,-0.0624740832,0.00737548247,-0.0647746399,-0.094479844,-0.142066672,0.0106457826,0.00705979438,0.0166881774,-0.100974903,-0.126834348],[-0.146145672,-0.0312938578,0.089517355,0.144274458,0.198448345,-0.055749245,0.1415627,0.0135039454,-0.023105355,-0.0175230466,-0.0925272778,0.179994136,0.187149167,-0.0526710041,0.163999602,0.187622145,0.118157856,0.0718806982,-0.0202279426,0.547487915,-0.0949970558,0.000953942246,0.149535298,0.0428706594,-0.0598279946,-0.00951340143,-0.0513968021,-0.10916467,0.0543924831,0.0171110928,0.18519932,-0.0874428377,-0.0320100635,-0.12250644,-0.0799093693,0.19547379,-0.0777868852,0.0304873679,0.00505070575,-0.0102091655,0.0372443013,-0.0693904161,0.18688409,0.14689143,-0.145356178,-0.0227716435,0.154366389,0.0212640185,0.0636245385,0.0744236112,-0.0916058272,0.147976205,-0.101348571,-0.087960802,-0.0703962594,-0.0592129529,-0.0592346489,0.0461051464,0.122579746,-0.136894062,0.229365259,0.0494253933,0.153649524,-0.0852958187],[-0.105391182,-0.143605858,-0.03799925,0.0250564739,-0.0183886047,-0.0966889337,0.0885013789,-0.0444791503,0.145042747,0.0140346158,0.213860601,-0.0598956868,-0.0853326395,0.0567385852,-0.115206756,0.0299294256,-0.0382388495,-0.0513938926,0.254215807,-0.0986285061,0.0138416309,0.0390028395,-0.108066767,-0.122551993,-0.336761773,-0.249601319,0.202490345,0.0510992259,-0.285234541,-0.0346426666,-0.0878190324,0.040887367,0.278600216,0.0841310024,0.147411555,0.0902658105,-0.0264209677,-0.00786317792,-0.148106679,-0.0464927927,0.0301585272,-0.101029553,-0.118585482,0.0700017884,-0.00493653864,0.22008349,0.00062862091,-0.0360810198,0.0999119431,-0.0365814082,-0.20470193,0.0538310036,-0.0892343,-0.292856753,-0.0241945423,0.105583839,-0.0597055443,-0.114405297,-0.0957693458,0.135385558,-0.238749787,0.0976432264,0.0292011686,-0.0333970673],[0.104911871,0.00333345565,0.101678804,-0.0408973247,-0.313151449,-1.76385462]]

def b85decode(text):
    """The stdlib's Base85 alphabet and layout, decoded by hand (the bot may import only sys and math)."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
    values = {c: i for i, c in enumerate(alphabet)}
    padding = -len(text) % 5
    text += "~" * padding
    out = bytearray()
    for i in range(0, len(text), 5):
        acc = 0
        for c in text[i:i + 5]:
            acc = acc * 85 + values[c]
        out += acc.to_bytes(4, "big")
    return bytes(out[:len(out) - padding])


def load_layers():
    raw = b85decode(WEIGHTS)
    layers = []
    offset = 0
    for (rows, cols), scales, bias in zip(SHAPES, SCALES, BIASES):
        matrix = []
        for r in range(rows):
            scale = scales[r] if len(scales) > 1 else scales[0]
            chunk = raw[offset:offset + cols]
            offset += cols
            matrix.append([(b - 256 if b > 127 else b) * scale for b in chunk])
        layers.append((matrix, bias))
    return layers


def dense(layer, x):
    matrix, bias = layer
    return [sum(map(float.__mul__, row, x)) + b for row, b in zip(matrix, bias)]


def softplus(x):
    """log(1 + e^x) without overflow."""
    return max(x, 0.0) + math.log1p(math.exp(-abs(x)))


def actor(layers, self_features, entities, checkpoint):
    """The DeepSets actor, deterministic: thrust and angle at `beta_point` (the runner's means, the
    blocker's modes), logit > 0 for SHIELD, and the BOOST probability (the tracker accumulates its hazard:
    see BOOST_HAZARD). A role-split actor's ten layers are the runner's five, then the blocker's."""
    leader = self_features[LEADER_FEATURE] > 0.5
    if len(layers) > 5:
        layers = layers[:5] if leader else layers[5:]
    context = None
    for entity in entities:
        hidden = [v if v > 0.0 else 0.0 for v in dense(layers[0], entity)]
        encoded = dense(layers[1], hidden)
        context = encoded if context is None else [max(a, b) for a, b in zip(context, encoded)]
    if context is None:
        context = [0.0] * len(layers[1][1])
    x = [math.tanh(v) for v in dense(layers[2], self_features + context + checkpoint)]
    x = [math.tanh(v) for v in dense(layers[3], x)]
    out = dense(layers[4], x)
    concentration = [1.0 + softplus(v) for v in out[:4]]
    thrust = beta_point(concentration[0], concentration[1], leader)
    angle = 2.0 * beta_point(concentration[2], concentration[3], leader) - 1.0
    boost = 1.0 / (1.0 + math.exp(-out[5])) if out[5] >= 0 else math.exp(out[5]) / (1.0 + math.exp(out[5]))
    return [thrust, angle, 1.0 if out[4] > 0 else 0.0, boost]



HYBRID_ROLLOUTS = 220
"""Search candidates a turn beside the network's own plan (its forward passes take the rest of the time)."""


def gene_toward(pod, tx, ty, power):
    """A command line's parts as a search gene: the turn the referee will make toward (tx, ty)."""
    turn = clip_turn(turn_toward(pod, tx, ty))
    if power == "SHIELD":
        return (turn, 0, True, False)
    if power == "BOOST":
        return (turn, 0, False, True)
    return (turn, int(power), False, False)


class HybridPilot(SearchPilot):
    """The network proposes, the search refines: the network's deterministic plan for both pods, rolled
    out PLAN_TURNS turns on the embedded physics (the opponents steering), seeds the search."""

    rollouts = HYBRID_ROLLOUTS

    def init(self, laps, checkpoints):
        SearchPilot.init(self, laps, checkpoints)
        self.laps = laps
        self.layers = load_layers()
        self.boost_hazard = [0.0, 0.0]
        self.boost_outputs = [0.0, 0.0]

    def views(self, pods, roles):
        """The network's view of flat pods: what `Tracker.observe` would give for them."""
        views = []
        for index, pod in enumerate(pods):
            own = index < 2
            views.append(
                {
                    "x": pod[0], "y": pod[1], "vx": pod[2], "vy": pod[3],
                    "angle": pod[4] % 360.0, "next": pod[5], "passed": pod[6], "team": index // 2,
                    "shield": pod[7] if own else 0, "boost_available": not pod[8],
                    "boost_hazard": self.boost_hazard[index] if own else 0.0,
                    "leader": index % 2 == roles[index // 2],
                }
            )
        return views

    def network_genes(self, pods, roles, turn, timeouts):
        """The network's commands for our two pods in this state, as genes, and its BOOST outputs."""
        views = self.views(pods, roles)
        genes, boosts = [], []
        for index in (0, 1):
            others = [v for k, v in enumerate(views) if k != index and in_play(v["x"], v["y"])]
            features = pod_features(
                views[index], others, self.checkpoints, self.laps, turn, timeouts[index // 2]
            )
            action = actor(self.layers, *features)
            tx, ty, power = decode_action(views[index], action, self.checkpoints)
            genes.append(gene_toward(pods[index], tx, ty, power))
            boosts.append(action[3])
        return genes, boosts

    def seeds(self, base, roles):
        """The network's plan for our pods, the opponents steering: PLAN_TURNS turns on the embedded
        physics. (The network as the opponents' model too lost to `search`: docs/EXPERIMENTS.md.)"""
        pods = [p[:] for p in base]
        steering = steering_plan(base, self.checkpoints, 1, roles, unopposed(base, 1))
        plan = [[], []]
        left = list(self.timeouts)
        for k in range(PLAN_TURNS):
            genes, boosts = self.network_genes(pods, roles, self.turn_number + k, left)
            if k == 0:
                self.boost_outputs = boosts
            plan[0].append(genes[0])
            plan[1].append(genes[1])
            passes = advance(pods, [genes[0], genes[1], steering[0][k], steering[1][k]], self.checkpoints)
            left = [left[0] - 1, left[1] - 1]
            for index in passes:
                left[index // 2] = TIMEOUT_TURNS
        return [plan], []

    def command(self, index, gene):
        """As the search pilot, and the network's BOOST hazard accumulates while its BOOST is unused."""
        line = SearchPilot.command(self, index, gene)
        if not self.pods[index][8]:
            self.boost_hazard[index] += boost_hazard(self.boost_outputs[index])
        return line


Bot = HybridPilot
"""The name the arena's in-process loaders look for (`init`, `turn`)."""


def main():
    play(HybridPilot())


if __name__ == "__main__":
    main()
