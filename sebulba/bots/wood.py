"""`wood`: the simplest racer. Aim at the next checkpoint; full thrust when it is less than 90 degrees away.

This file is a whole CodinGame bot (only `sys` and `math`); `sebulba bots write wood` copies it.
"""

import math
import sys


class Bot:
    """Both pods race; neither blocks, shields nor boosts."""

    def init(self, laps, checkpoints):
        self.checkpoints = checkpoints

    def turn(self, pods):
        """`pods`: 4 protocol tuples (x, y, vx, vy, angle, next), own two first; returns 2 command lines."""
        lines = []
        for x, y, _vx, _vy, angle, next_cp in pods[:2]:
            cx, cy = self.checkpoints[next_cp]
            wanted = math.degrees(math.atan2(cy - y, cx - x))
            diff = 0.0 if angle < 0 else abs((wanted - angle + 540.0) % 360.0 - 180.0)
            lines.append(f"{cx} {cy} {100 if diff < 90 else 0}")
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
