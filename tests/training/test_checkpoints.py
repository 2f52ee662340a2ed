"""Checkpoint files: names cannot escape, writes are atomic, corrupt files are skipped on resume."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch

from sebulba.training.checkpoints import CheckpointError, CheckpointStore


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "a/b", ".hidden", "", "x" * 65, "..", "a\\b"])
def test_names_cannot_leave_the_folder(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError):
        CheckpointStore(tmp_path).path(name)


def test_round_trip_and_listing(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    store.save("ckpt-1", {"model": {"w": torch.ones(3)}, "iteration": 1, "global_step": 10})
    store.save("ckpt-2", {"model": {"w": torch.zeros(3)}, "iteration": 2, "global_step": 20})
    assert [i.name for i in store.list()] == ["ckpt-1", "ckpt-2"]
    name, payload = store.latest("ckpt-")
    assert name == "ckpt-2" and torch.equal(payload["model"]["w"], torch.zeros(3))
    store.delete("ckpt-2")
    with pytest.raises(CheckpointError):
        store.load("ckpt-2")


def test_a_corrupt_latest_checkpoint_falls_back_to_the_previous_one(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    store.save("ckpt-1", {"iteration": 1, "global_step": 10})
    store.save("ckpt-2", {"iteration": 2, "global_step": 20})
    store.path("ckpt-2").write_bytes(b"\x00garbage")
    with pytest.raises(CheckpointError, match="unreadable"):
        store.load("ckpt-2")
    name, _ = store.latest("ckpt-")
    assert name == "ckpt-1"


def test_arbitrary_pickles_are_refused(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    torch.save({"evil": object()}, store.path("evil"))
    with pytest.raises(CheckpointError):
        store.load("evil")


WRITER = """
import sys, torch
from pathlib import Path
from sebulba.training.checkpoints import CheckpointStore
store = CheckpointStore(Path(sys.argv[1]))
i = 0
while True:
    i += 1
    store.save("ckpt", {"w": torch.full((20000,), float(i)), "iteration": i, "global_step": i})
"""


def test_kill_9_while_writing_never_leaves_a_broken_file(tmp_path: Path) -> None:
    rng = random.Random(0)
    store = CheckpointStore(tmp_path)
    for _ in range(6):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)])
        time.sleep(1.0 + rng.random())
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        if store.exists("ckpt"):
            payload = store.load("ckpt")
            assert torch.all(payload["w"] == payload["w"][0])
    assert store.exists("ckpt")
