"""`heuristic`: a runner and a blocker, the curriculum's simple bot and the first benchmark opponent.

Runner (the pod further ahead): aims at the next checkpoint minus 4x its velocity (cancelling drift),
turns toward the following checkpoint early when coasting alone would reach the current one, scales
thrust by the angle still to turn, and BOOSTs once, on the longest straight. Blocker: waits ahead of the
enemy leader at that pod's next checkpoint, charges it when close, raises its SHIELD before a hard hit.
This file is a whole CodinGame bot (only `sys` and `math`); `sebulba bots write heuristic` copies it.
"""

import math
import sys

FRICTION = 0.85
CHECKPOINT_RADIUS = 600
DRIFT_COMPENSATION = 4.0
COAST_TURNS = 6
COAST_MARGIN = 150
"""Coasting must bring the pod this far inside the checkpoint radius before it turns to the next one."""
FULL_THRUST_ANGLE = 30.0
"""Full thrust below this many degrees still to turn, falling to 0 at 90."""
SHIELD_DISTANCE = 850.0
SHIELD_SPEED = 350.0


def angle_diff(wanted, angle):
    """Absolute turn from `angle` to `wanted`, degrees in [0, 180]; 0 before the first turn."""
    if angle < 0:
        return 0.0
    return abs((wanted - angle + 540.0) % 360.0 - 180.0)


def _thrust(diff):
    """Scaled by the angle still to turn: thrusting sideways only widens the orbit."""
    return 0 if diff >= 90 else int(100 * min(1.0, (90 - diff) / FULL_THRUST_ANGLE))


class Bot:
    def init(self, laps, checkpoints):
        self.laps = laps
        self.checkpoints = checkpoints
        count = len(checkpoints)
        legs = [math.dist(checkpoints[i - 1], checkpoints[i]) for i in range(count)]
        self.boost_checkpoint = max(range(count), key=lambda i: legs[i])
        self.passed = [0, 0, 0, 0]
        self.last_next = None
        self.boost_available = [True, True]
        self.turn_number = 0

    def _progress(self, pods):
        if self.last_next is not None:
            count = len(self.checkpoints)
            for i, pod in enumerate(pods):
                self.passed[i] += (pod[5] - self.last_next[i]) % count
        self.last_next = [pod[5] for pod in pods]

    def _score(self, i, pod):
        cx, cy = self.checkpoints[pod[5]]
        return self.passed[i] * 100000 - math.dist((pod[0], pod[1]), (cx, cy))

    def _coasts_through(self, pod, cx, cy):
        x, y, vx, vy = pod[0], pod[1], float(pod[2]), float(pod[3])
        for _ in range(COAST_TURNS):
            x += vx
            y += vy
            vx *= FRICTION
            vy *= FRICTION
            if (x - cx) ** 2 + (y - cy) ** 2 < (CHECKPOINT_RADIUS - COAST_MARGIN) ** 2:
                return True
        return False

    def _runner(self, index, pod):
        x, y, vx, vy, angle, next_cp = pod
        count = len(self.checkpoints)
        cx, cy = self.checkpoints[next_cp]
        speed = math.hypot(vx, vy)
        if self.turn_number > 0 and speed > 200 and self._coasts_through(pod, cx, cy):
            nx, ny = self.checkpoints[(next_cp + 1) % count]
            tx, ty = nx - DRIFT_COMPENSATION * vx, ny - DRIFT_COMPENSATION * vy
            diff = angle_diff(math.degrees(math.atan2(ty - y, tx - x)), angle)
            thrust = _thrust(diff)
            return f"{round(tx)} {round(ty)} {thrust}"
        tx, ty = cx - DRIFT_COMPENSATION * vx, cy - DRIFT_COMPENSATION * vy
        diff = angle_diff(math.degrees(math.atan2(ty - y, tx - x)), angle)
        distance = math.dist((x, y), (cx, cy))
        if (
            self.boost_available[index]
            and next_cp == self.boost_checkpoint
            and diff < 8
            and distance > 4000
            and self.turn_number > 0
        ):
            self.boost_available[index] = False
            return f"{round(tx)} {round(ty)} BOOST"
        thrust = _thrust(diff)
        if distance < 1200 and diff > 20:
            thrust = thrust // 2
        return f"{round(tx)} {round(ty)} {thrust}"

    def _blocker(self, pod, enemies):
        x, y, vx, vy, angle, _ = pod
        target_index = max((2, 3), key=lambda i: self._score(i, enemies[i - 2]))
        enemy = enemies[target_index - 2]
        ex, ey, evx, evy = enemy[0], enemy[1], enemy[2], enemy[3]
        cx, cy = self.checkpoints[enemy[5]]
        gap = math.dist((x, y), (ex, ey))
        closing = math.hypot(evx - vx, evy - vy)
        if self.turn_number > 0:
            for other in enemies:
                nxt = math.dist((x + vx, y + vy), (other[0] + other[2], other[1] + other[3]))
                if nxt < SHIELD_DISTANCE and math.hypot(other[2] - vx, other[3] - vy) > SHIELD_SPEED:
                    return f"{round(other[0] + other[2])} {round(other[1] + other[3])} SHIELD"
        if gap < 2500:
            tx, ty = ex + 2 * evx - vx, ey + 2 * evy - vy
        else:
            tx, ty = (cx * 3 + ex) / 4 - 2 * vx, (cy * 3 + ey) / 4 - 2 * vy
        diff = angle_diff(math.degrees(math.atan2(ty - y, tx - x)), angle)
        thrust = 0 if diff > 100 else 100
        if gap >= 2500 and math.dist((x, y), (tx, ty)) < 1500 and closing < 200:
            thrust = 20
        return f"{round(tx)} {round(ty)} {thrust}"

    def turn(self, pods):
        """`pods`: 4 protocol tuples (x, y, vx, vy, angle, next), own two first; returns 2 command lines."""
        self._progress(pods)
        own, enemies = pods[:2], pods[2:]
        runner = 0 if self._score(0, own[0]) >= self._score(1, own[1]) else 1
        lines = ["", ""]
        lines[runner] = self._runner(runner, own[runner])
        lines[1 - runner] = self._blocker(own[1 - runner], enemies)
        self.turn_number += 1
        return lines


def main():
    laps = int(input())
    count = int(input())
    checkpoints = [tuple(int(v) for v in input().split()) for _ in range(count)]
    bot = Bot()
    bot.init(laps, checkpoints)
    while True:
        pods = [tuple(int(v) for v in input().split()) for _ in range(4)]
        for line in bot.turn(pods):
            print(line)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
