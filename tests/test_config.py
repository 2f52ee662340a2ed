"""The ConfigManager: validated partial updates, the old config kept on errors, thread safety."""

from __future__ import annotations

import threading

import pytest
from pydantic import ValidationError

from sebulba.config import ConfigError, ConfigManager, preset


def test_bad_updates_are_rejected_and_change_nothing() -> None:
    manager = ConfigManager(preset("cpu"))
    before = manager.get_snapshot()
    for bad in [
        {"ppo": {"learning_rate": -1}},
        {"rewards": {"tau": 2}},
        {"nope": 1},
        {"ppo": {"num_minibatches": 7}},
    ]:
        with pytest.raises(ConfigError):
            manager.update(bad)
    with pytest.raises(ConfigError, match="JSON object"):
        manager.update([1])  # type: ignore[arg-type]
    assert manager.get_snapshot() is before


def test_partial_updates_merge_and_snapshots_are_immutable() -> None:
    manager = ConfigManager(preset("cpu"))
    old = manager.get_snapshot()
    new = manager.update({"rewards": {"team_spirit": 0.9}})
    assert new.rewards.team_spirit == 0.9 and new.ppo == old.ppo
    assert old.rewards.team_spirit != 0.9
    with pytest.raises(ValidationError):
        new.rewards.tau = 0.1  # type: ignore[misc]


def test_concurrent_updates_all_land() -> None:
    manager = ConfigManager(preset("cpu"))
    start = manager.version

    def bump(i: int) -> None:
        manager.update({"seed": i})

    threads = [threading.Thread(target=bump, args=(i,)) for i in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert manager.version == start + 50


def test_presets() -> None:
    gpu = preset("gpu").ppo
    assert (gpu.num_envs, gpu.num_steps, gpu.num_minibatches, gpu.update_epochs) == (4096, 128, 16, 4)
    assert preset("cpu").ppo.batch_size % preset("cpu").ppo.num_minibatches == 0


@pytest.mark.parametrize(
    "bad",
    [
        {"ppo": {"learning_rate": True}},
        {"ppo": {"max_grad_norm": float("inf")}},
        {"ppo": {"ent_coef": float("nan")}},
        {"ppo": {"num_envs": 16.0}},
        {"seed": "3"},
    ],
    ids=["bool-for-float", "infinity", "nan", "float-for-int", "string-for-int"],
)
def test_numbers_are_strict_and_finite(bad: dict) -> None:
    """A bool is no learning rate and Infinity no gradient norm (JSON could not even serve it back)."""
    manager = ConfigManager(preset("cpu"))
    before = manager.get_snapshot()
    with pytest.raises(ConfigError):
        manager.update(bad)
    assert manager.get_snapshot() is before
    assert manager.update({"ppo": {"learning_rate": 1}}).ppo.learning_rate == 1.0  # an int is a number
