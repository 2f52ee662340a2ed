"""`sebulba train` refuses what would lose work or make no sense, with one `error:` line and exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from sebulba.cli import main
from sebulba.training.checkpoints import CheckpointStore

FAST = ["--preset", "cpu", "--num-envs", "16", "--set", "ppo.num_steps=8", "--set", "ppo.num_minibatches=2"]


def older_run(data_dir: Path) -> CheckpointStore:
    """A data folder holding another run's rolling checkpoints 67..69."""
    store = CheckpointStore(data_dir)
    for iteration in (67, 68, 69):
        store.save(f"ckpt-{iteration:07d}", {"iteration": iteration, "global_step": iteration * 128})
    return store


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = (captured.out + captured.err).strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), lines
    return lines[0]


def test_a_fresh_run_over_another_runs_checkpoints_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = older_run(tmp_path)
    before = {path.name: path.read_bytes() for path in store.folder.iterdir()}
    assert main(["train", *FAST, "--data-dir", str(tmp_path), "--iterations", "1"]) == 2
    assert "--resume" in one_error_line(capsys)
    assert {path.name: path.read_bytes() for path in store.folder.iterdir()} == before


def test_a_fresh_run_sets_the_older_one_aside_and_keeps_its_own_checkpoints(tmp_path: Path) -> None:
    store = older_run(tmp_path)
    options = ["--data-dir", str(tmp_path), "--iterations", "3", "--set", "checkpoint_every=1"]
    assert main(["train", *FAST, *options, "--set-aside-previous"]) == 0
    names = [info.name for info in store.list()]
    assert [n for n in names if n.startswith("ckpt-")] == ["ckpt-0000001", "ckpt-0000002", "ckpt-0000003"]
    kept = [n for n in names if n.startswith("previous-")]
    assert [n[-12:] for n in kept] == ["ckpt-0000067", "ckpt-0000068", "ckpt-0000069"]
    assert store.load(kept[-1])["iteration"] == 69


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ("ppo.learning_rate=true", "learning_rate"),
        ("ppo.max_grad_norm=Infinity", "max_grad_norm"),
        ("ppo.num_envs=16.0", "num_envs"),
    ],
)
def test_bad_set_values_are_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, field: str
) -> None:
    assert main(["train", *FAST, "--data-dir", str(tmp_path), "--iterations", "1", "--set", value]) == 2
    assert field in one_error_line(capsys)
    assert not list(tmp_path.glob("checkpoints/*.pt"))


@pytest.mark.parametrize("iterations", ["-1", "0", "two"])
def test_iterations_must_be_positive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], iterations: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["train", *FAST, "--data-dir", str(tmp_path), "--iterations", iterations])
    assert exit_.value.code == 2 and "--iterations" in capsys.readouterr().err
