"""`search`: both pods planned together on the exact physics, the opponents predicted by their steering.

Each turn: the opponents' next PLAN_TURNS turns are predicted (their steering, or last turn's prediction
shifted, whichever their evaluation prefers against our previous plan), then ours is hill-climbed against
that prediction from the previous best plan (shifted) and a steering seed, every candidate simulated with
all four pods and their collisions. Work per turn is a fixed number of simulated turns.
`sebulba bots write search` writes it as one standalone CodinGame file (only `sys` and
`math`), the physics and the planner inlined from the package.
"""

from sebulba.bots.search_core import SearchPilot, play


class Bot(SearchPilot):
    """The search pilot as the arena's in-process bot (`init`, `turn`)."""


def main():
    play(Bot())


if __name__ == "__main__":
    main()
