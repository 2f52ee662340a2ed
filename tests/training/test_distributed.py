"""Data-parallel training on 2 CPU ranks (gloo): identical ranks, DDP == one process, dead rank stops all."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from sebulba.training.checkpoints import CheckpointStore

TORCHRUN = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node=2"]


def test_ranks_stay_identical_and_match_a_single_process_update(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    worker = Path(__file__).with_name("ddp_worker.py")
    completed = subprocess.run(
        [*TORCHRUN, str(worker), str(out), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.loads(out.read_text())
    assert result["world"] == 2
    assert result["identical"]
    assert result["step"] == 2 * 16 * 8
    assert result["gap"] < 1e-5


def test_a_dead_rank_stops_the_run_and_resume_continues(tmp_path: Path) -> None:
    command = [
        *TORCHRUN, "-m", "sebulba.training", "--data-dir", str(tmp_path), "--num-envs", "16",
        "--set", "ppo.num_steps=8", "--set", "ppo.num_minibatches=2", "--set", "checkpoint_every=1",
    ]  # fmt: skip
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    launcher = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    store = CheckpointStore(tmp_path)
    deadline = time.monotonic() + 300
    while not [i for i in store.list() if i.iteration >= 2]:
        assert time.monotonic() < deadline, "no checkpoint written"
        assert launcher.poll() is None, launcher.stderr.read().decode()[-2000:] if launcher.stderr else ""
        time.sleep(0.5)
    ranks = [
        p
        for p in psutil.Process(launcher.pid).children(recursive=True)
        if "sebulba.training" in " ".join(p.cmdline())
    ]
    assert len(ranks) == 2
    ranks[1].send_signal(signal.SIGKILL)
    code = launcher.wait(timeout=120)
    assert code != 0
    _, before = store.latest("ckpt-")
    resumed = subprocess.run(
        [*command, "--resume", "--iterations", "1"], capture_output=True, text=True, timeout=600, env=env
    )
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    _, after = store.latest("ckpt-")
    assert after["global_step"] == before["global_step"] + 16 * 8
