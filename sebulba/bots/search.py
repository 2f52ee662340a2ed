"""`search`: both pods planned together on the exact physics, the opponents predicted by a search of theirs.

Each turn: a short search predicts the opponents' next PLAN_TURNS turns against our previous plan, then
ours is hill-climbed against that prediction from the previous best plan (shifted) and a steering seed,
every candidate simulated with all four pods and their collisions. Work per turn is a fixed number of
simulated turns. `sebulba bots write search` writes it as one standalone CodinGame file (only `sys` and
`math`), the physics and the planner inlined from the package.
"""

import sys

from sebulba.bots.search_core import SearchPilot


class Bot(SearchPilot):
    """The search pilot as the arena's in-process bot (`init`, `turn`)."""


def main():
    bot = Bot()
    try:
        laps = int(input())
        count = int(input())
        checkpoints = [tuple(([int(v) for v in input().split()[:2]] + [0, 0])[:2]) for _ in range(count)]
        bot.init(laps, checkpoints)
        while True:
            lines = []
            for _ in range(4):
                values = [int(v) for v in input().split()[:6]]
                lines.append(tuple(values + [0] * (6 - len(values))))
            for line in bot.turn(lines):
                print(line)
            sys.stdout.flush()
    except EOFError:
        return


if __name__ == "__main__":
    main()
