"""Checkpoint files: names cannot escape, writes are atomic, corrupt files are skipped on resume."""

from __future__ import annotations

import os
import random
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import torch

from sebulba.training.checkpoints import CheckpointError, CheckpointMissing, CheckpointStore


@pytest.mark.parametrize(
    "name", ["../x", "/etc/passwd", "a/b", ".hidden", "", "x" * 65, "..", "a\\b", "a..b", "x\n", "é"]
)
def test_names_cannot_leave_the_folder(tmp_path: Path, name: str) -> None:
    store = CheckpointStore(tmp_path)
    with pytest.raises(ValueError, match="invalid checkpoint name"):
        store.path(name)
    with pytest.raises(ValueError):
        store.save(name, {"iteration": 1})


def test_a_symbolic_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path / "data")
    outside = tmp_path / "outside.pt"
    torch.save({"secret": torch.ones(1)}, outside)
    (store.folder / "link.pt").symlink_to(outside)
    with pytest.raises(ValueError, match="outside"):
        store.load("link")
    with pytest.raises(ValueError, match="outside"):
        store.save("link", {"iteration": 1})
    assert torch.load(outside, weights_only=True)["secret"].item() == 1.0


def test_round_trip_and_listing(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    optimizer = torch.optim.Adam([torch.nn.Parameter(torch.ones(2))])
    payload = {
        "model": {"w": torch.ones(3)},
        "optimizer": optimizer.state_dict(),
        "config": '{"seed": 1}',
        "iteration": 1,
        "global_step": 10,
        "curriculum": {"stage": "solo", "turns": [1.5, 2.0]},
        "torch_rng": torch.get_rng_state(),
    }
    store.save("ckpt-1", payload)
    store.save("ckpt-2", {"model": {"w": torch.zeros(3)}, "iteration": 2, "global_step": 20})
    assert [(i.name, i.iteration, i.global_step) for i in store.list()] == [
        ("ckpt-1", 1, 10),
        ("ckpt-2", 2, 20),
    ]
    loaded = store.load("ckpt-1")
    assert loaded["config"] == payload["config"] and loaded["curriculum"] == payload["curriculum"]
    assert loaded["optimizer"]["param_groups"] == payload["optimizer"]["param_groups"]
    assert torch.equal(loaded["torch_rng"], payload["torch_rng"])
    name, latest = store.latest("ckpt-")
    assert name == "ckpt-2" and torch.equal(latest["model"]["w"], torch.zeros(3))
    store.delete("ckpt-2")
    with pytest.raises(CheckpointError, match="no checkpoint"):
        store.load("ckpt-2")
    assert sorted(p.name for p in store.folder.iterdir()) == ["ckpt-1.json", "ckpt-1.pt"]


def test_a_payload_that_could_not_be_loaded_is_refused_and_nothing_is_lost(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    store.save("ckpt", {"iteration": 1, "global_step": 1})
    with pytest.raises(ValueError, match=r"payload\['extra'\]\[0\] is a object"):
        store.save("ckpt", {"iteration": 2, "extra": [object()]})
    assert store.load("ckpt")["iteration"] == 1
    assert sorted(p.name for p in store.folder.iterdir()) == ["ckpt.json", "ckpt.pt"]


def test_a_corrupt_latest_checkpoint_falls_back_to_the_previous_one(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    store.save("ckpt-1", {"iteration": 1, "global_step": 10})
    store.save("ckpt-2", {"iteration": 2, "global_step": 20})
    data = store.path("ckpt-2").read_bytes()
    store.path("ckpt-2").write_bytes(data[: len(data) // 2])
    with pytest.raises(CheckpointError, match="unreadable"):
        store.load("ckpt-2")
    name, _ = store.latest("ckpt-")
    assert name == "ckpt-1"
    assert [i.global_step for i in store.list()] == [10, -1]


def test_a_crash_between_checkpoint_and_sidecar_is_noticed(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    store.save("a", {"iteration": 1, "global_step": 10})
    store.save("b", {"iteration": 2, "global_step": 20})
    sidecar = (store.folder / "a.json").read_bytes()
    store.save("a", {"iteration": 3, "global_step": 30})
    (store.folder / "a.json").write_bytes(sidecar)  # the new .pt landed, its sidecar did not
    assert {i.name: i.global_step for i in store.list()} == {"a": 30, "b": 20}
    assert store.latest()[0] == "a"


def test_leftover_temp_files_of_interrupted_writes_are_ignored(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    store.save("ckpt", {"iteration": 1, "global_step": 10})
    (store.folder / ".ckpt.pt.k3j2.tmp").write_bytes(b"half a checkpoint")
    (store.folder / ".evil.pt").write_bytes(b"not a checkpoint")
    assert [i.name for i in store.list()] == ["ckpt"]
    assert store.latest()[0] == "ckpt"


def test_arbitrary_pickles_are_refused(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    torch.save({"evil": object()}, store.path("evil"))
    with pytest.raises(CheckpointError, match="unreadable"):
        store.load("evil")


def kill_writer_at_a_random_moment(
    write_forever: Callable[[Callable[[], None]], None], rng: random.Random
) -> None:
    """Fork a writer (no re-import: fast), wait for its first write to finish, SIGKILL it soon after."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            write_forever(lambda: os.write(write_end, b"r"))
        finally:
            os._exit(1)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 60.0)
        assert ready and os.read(read_end, 1) == b"r", "the writer never finished a first write"
        time.sleep(rng.random() * 0.2)
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)


def test_kill_9_while_writing_never_leaves_a_broken_file(tmp_path: Path) -> None:
    """Each round kills a writer at a random moment after its first save: the file is old or new, whole."""
    rng = random.Random(0)
    store = CheckpointStore(tmp_path)
    last = 0

    def write_forever(signal_ready: Callable[[], None]) -> None:
        i = last
        while True:
            i += 1
            store.save("ckpt", {"w": torch.full((20000,), float(i)), "iteration": i, "global_step": i})
            signal_ready()

    for _ in range(6):
        kill_writer_at_a_random_moment(write_forever, rng)
        payload = store.load("ckpt")
        assert torch.all(payload["w"] == payload["iteration"])
        assert payload["iteration"] > last
        (info,) = store.list()
        assert info.iteration == payload["iteration"]
        last = payload["iteration"]


def test_refusals_name_no_server_path_no_unsafe_advice_and_cut_long_names(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    (store.folder / "garbage.pt").write_bytes(b"not a checkpoint")
    messages = []
    for action, kind in [
        (lambda: store.load("garbage"), CheckpointError),
        (lambda: store.load("absent"), CheckpointMissing),
        (lambda: store.delete("absent"), CheckpointMissing),
        (lambda: store.path("a" * 5000), ValueError),
    ]:
        with pytest.raises(kind) as error:
            action()
        messages.append(str(error.value))
    assert not isinstance(CheckpointError("x"), CheckpointMissing)
    for message in messages:
        assert str(tmp_path) not in message and "weights_only" not in message and len(message) < 300


def test_set_aside_keeps_an_older_runs_rolling_checkpoints_out_of_the_new_runs_way(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    for iteration in (67, 68, 69):
        store.save(f"ckpt-{iteration:07d}", {"iteration": iteration, "global_step": iteration})
    store.save("best-eval", {"iteration": 68})
    assert store.rolling("ckpt-") == ["ckpt-0000067", "ckpt-0000068", "ckpt-0000069"]
    renamed = store.set_aside("ckpt-", "previous-1")
    assert renamed == ["previous-1-ckpt-0000067", "previous-1-ckpt-0000068", "previous-1-ckpt-0000069"]
    assert store.rolling("ckpt-") == [] and store.latest("ckpt-") is None
    infos = {info.name: info for info in store.list()}
    assert infos["previous-1-ckpt-0000069"].iteration == 69 and "best-eval" in infos
    assert store.load("previous-1-ckpt-0000067")["iteration"] == 67
