"""The control room's training service on the real trainer: prompt STOP, checkpoints, RESET; and the same
service with the trainer in a child process (config passed on, errors carried back, kill -9 survived)."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import torch

from sebulba.config import ConfigManager, preset
from sebulba.training.checkpoints import CheckpointError
from sebulba.training.service import TrainingProcess, TrainingService
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


def wait_until(check: Callable[[], bool], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_the_trainer_in_its_own_process_takes_config_and_commands_and_survives_kill_9(tmp_path: Path) -> None:
    manager = ConfigManager(preset("cpu"))
    manager.update({"ppo": {"num_envs": 16, "num_steps": 8, "num_minibatches": 2, "update_epochs": 1}})
    manager.update({"checkpoint_every": 1})
    hub = TelemetryHub()
    service = TrainingProcess(manager, hub, tmp_path, resume=True)
    try:
        assert service.pid is None and not service.running  # no child before a command needs one
        assert service.league.table(5) == []
        service.start()
        first = service.pid
        assert first is not None and first != os.getpid() and service.running
        wait_until(lambda: hub.stats().iteration >= 2 and hub.race()[1] is not None, "iterations here")
        # A change made here reaches the child's trainer at its next iteration (its stats report the rate).
        manager.update({"ppo": {"learning_rate": 1e-6}})
        wait_until(lambda: 0 < hub.stats().learning_rate <= 1e-6, "the new learning rate in the child")
        with pytest.raises(CheckpointError):
            service.load_checkpoint("missing")  # the child's exception, re-raised here
        with pytest.raises(ValueError):
            service.save_checkpoint("../escape")  # refused before it reaches the child
        actor = service.actor_state()
        assert actor and all(isinstance(v, torch.Tensor) for v in actor.values())
        # kill -9: the hub says so; the next START is a new process resuming from the last checkpoint.
        os.kill(first, signal.SIGKILL)
        wait_until(lambda: any("exited" in e.message for e in hub.events_after(0)), "the crash reported")
        assert not service.running and not hub.stats().running
        saved = service.store.latest("ckpt-")
        service.start()
        assert service.pid not in (None, first) and service.running
        assert saved is not None
        wait_until(lambda: any(e.message.startswith("resumed from") for e in hub.events_after(0)), "resume")
        wait_until(lambda: hub.stats().step > saved[1]["global_step"], "training past the checkpoint")
        service.stop()
        assert not service.running
        assert service.save_checkpoint("manual") == "manual" and service.store.load("manual")
    finally:
        service.close()
    assert service.pid is None
