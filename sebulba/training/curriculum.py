"""The curriculum (seed plan 4.3): solo pilot -> duel vs the heuristic bot -> 2v2 self-play -> league.

Stages advance on exit conditions measured over a window of finished training races, or at once when
the configuration names a stage (`curriculum.stage_override`, e.g. from the control room).

The plan's solo exit, "3 laps in < 150 turns", is impossible under the real rules: with thrust 100 and
friction 0.85 a pod tops out near 567 units a turn, and the official maps' 3 laps take a strong runner
about 190-200 turns (the `heuristic` bot and a depth-14 search runner measure 190-210 in
`sebulba arena --solo`). The default exit is therefore "95% of solo races finish, in < 260 turns on
average": a pilot that reliably completes races, leaving the speed to be polished against opponents.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from sebulba.config import STAGES, CurriculumConfig, Stage


class Curriculum:
    """The stage and the recent finished races that decide when to leave it (checkpointed with the model)."""

    def __init__(self, stage: Stage = "solo", window: int = 200) -> None:
        self.stage: Stage = stage
        self.iterations_in_stage = 0
        self.turns: deque[int] = deque(maxlen=window)
        self.wins: deque[float] = deque(maxlen=window)

    def record(self, turns: list[int], wins: list[float]) -> None:
        """Finished races of the last iteration: their lengths and the learner's result (1 win/finish)."""
        self.turns.extend(turns)
        self.wins.extend(wins)

    def win_rate(self) -> float:
        return sum(self.wins) / len(self.wins) if self.wins else 0.0

    def mean_finish_turns(self) -> float:
        finished = [t for t, w in zip(self.turns, self.wins, strict=True) if w > 0]
        return sum(finished) / len(finished) if finished else float("inf")

    def window_full(self) -> bool:
        """Rates over fewer races than the window are too noisy to act on."""
        return len(self.wins) == self.wins.maxlen

    def _ready(self, config: CurriculumConfig) -> bool:
        if self.iterations_in_stage < config.min_stage_iterations:
            return False
        full = self.window_full()
        if self.stage == "solo":
            return (
                full
                and self.win_rate() >= config.solo_exit_finish_rate
                and self.mean_finish_turns() < config.solo_exit_mean_turns
            )
        if self.stage == "duel":
            return full and self.win_rate() >= config.duel_exit_win_rate
        if self.stage == "2v2":
            return self.iterations_in_stage >= config.selfplay_exit_iterations
        return False

    def step(self, config: CurriculumConfig) -> Stage | None:
        """Count one iteration; return the new stage when the curriculum moves, else None."""
        self.iterations_in_stage += 1
        if self.wins.maxlen != config.window_episodes:
            self.turns = deque(self.turns, maxlen=config.window_episodes)
            self.wins = deque(self.wins, maxlen=config.window_episodes)
        if config.stage_override is not None:
            target = config.stage_override if config.stage_override != self.stage else None
        elif self._ready(config):
            target = STAGES[min(STAGES.index(self.stage) + 1, len(STAGES) - 1)]
        else:
            target = None
        if target is None or target == self.stage:
            return None
        self.stage = target
        self.iterations_in_stage = 0
        self.turns.clear()
        self.wins.clear()
        return target

    def state_dict(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "iterations_in_stage": self.iterations_in_stage,
            "turns": list(self.turns),
            "wins": list(self.wins),
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if state["stage"] not in STAGES:
            raise ValueError(f"unknown curriculum stage {state['stage']!r}")
        self.stage = state["stage"]
        self.iterations_in_stage = int(state["iterations_in_stage"])
        self.turns.clear()
        self.wins.clear()
        self.turns.extend(int(t) for t in state["turns"])
        self.wins.extend(float(w) for w in state["wins"])
