"""What a pod's policy sees and how its output becomes a command: one pod, pure Python (`math` only).

This module is the definition the exported bot carries verbatim (the exporter embeds its source), and
`env.py` computes the same features in batches with torch; tests bind the two on thousands of states.
Everything here uses only what a CodinGame bot can know: the protocol's integers (the angle rounded to
whole degrees) plus what it can track across turns (checkpoints passed, its own SHIELD timer and BOOST,
team leadership, an opponent BOOST inferred from its motion).
"""

import math

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
