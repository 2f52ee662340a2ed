"""The control room's training service on the real trainer: prompt STOP, checkpoints, RESET."""

from __future__ import annotations

import time
from pathlib import Path

from sebulba.config import ConfigManager, preset
from sebulba.training.service import TrainingService
from sebulba.training.telemetry import TelemetryHub

LONG_ROLLOUT = {"ppo": {"num_envs": 16, "num_steps": 4096, "num_minibatches": 2, "update_epochs": 1}}
"""A rollout far longer than the test, so STOP can only return early by dropping it."""


def test_stop_drops_the_rollout_and_checkpoints_round_trip(tmp_path: Path) -> None:
    manager = ConfigManager(preset("cpu"))
    manager.update(LONG_ROLLOUT)
    hub = TelemetryHub()
    service = TrainingService(manager, hub, tmp_path, resume=False)
    service.start()
    service.start()  # no-op while running
    deadline = time.monotonic() + 60
    while hub.race()[1] is None:
        assert time.monotonic() < deadline, "the rollout never started"
        time.sleep(0.05)
    assert service.running
    service.stop()
    assert not service.running and not hub.stats().running
    assert service.save_checkpoint("manual") == "manual"
    assert service.store.load("manual")["iteration"] == 0  # the dropped rollout never became an iteration
    service.reset()
    service.load_checkpoint("manual")
    assert [e.kind for e in hub.events_after(0)].count("error") == 0
    service.close()
