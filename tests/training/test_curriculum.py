"""Curriculum exits on measured conditions, and by override."""

from __future__ import annotations

from sebulba.config import CurriculumConfig
from sebulba.training.curriculum import Curriculum

CONFIG = CurriculumConfig(window_episodes=20, min_stage_iterations=2, selfplay_exit_iterations=3)


def test_solo_exits_only_when_races_finish_fast_enough() -> None:
    curriculum = Curriculum("solo", 20)
    curriculum.record([300] * 20, [1.0] * 20)
    assert curriculum.step(CONFIG) is None and curriculum.step(CONFIG) is None
    curriculum.record([240] * 20, [1.0] * 20)
    assert curriculum.step(CONFIG) == "duel"
    assert curriculum.stage == "duel" and not curriculum.wins


def test_duel_then_selfplay_then_league() -> None:
    curriculum = Curriculum("duel", 20)
    curriculum.record([200] * 20, [1.0] * 16 + [0.0] * 4)
    curriculum.step(CONFIG)
    assert curriculum.step(CONFIG) == "2v2"
    assert [curriculum.step(CONFIG) for _ in range(3)] == [None, None, "league"]
    assert curriculum.step(CONFIG) is None


def test_override_moves_at_once_and_state_round_trips() -> None:
    curriculum = Curriculum("solo", 20)
    assert curriculum.step(CONFIG.model_copy(update={"stage_override": "2v2"})) == "2v2"
    curriculum.record([250, 260], [1.0, 0.0])
    copy = Curriculum()
    copy.load_state_dict(curriculum.state_dict())
    assert copy.stage == "2v2" and list(copy.wins) == [1.0, 0.0]
