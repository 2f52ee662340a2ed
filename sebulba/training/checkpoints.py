"""Checkpoints on disk: atomic writes, names that cannot escape the folder, `weights_only` loads.

A kill -9 at any moment leaves either the old file or the new one (temp file, fsync, `os.replace`), and
`latest()` skips anything unreadable, so training always resumes from the last good checkpoint.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from sebulba.fileio import atomic_write_bytes, atomic_write_json

NAME_PATTERN = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$")
SUFFIX = ".pt"


class CheckpointError(RuntimeError):
    """A checkpoint that cannot be read (missing, truncated, not ours)."""


@dataclass(frozen=True)
class CheckpointInfo:
    name: str
    size: int
    mtime: float
    iteration: int
    global_step: int


class CheckpointStore:
    """`data_dir/checkpoints/NAME.pt` with a JSON sidecar (`NAME.json`) for cheap listing."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / "checkpoints"
        self.folder.mkdir(parents=True, exist_ok=True)

    def path(self, name: str) -> Path:
        """The file of checkpoint `name`; ValueError for a name that could leave the folder."""
        if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name) or ".." in name:
            raise ValueError(f"invalid checkpoint name {name!r}: use letters, digits, '_', '-', '.' (max 64)")
        path = (self.folder / f"{name}{SUFFIX}").resolve()
        if path.parent != self.folder.resolve():
            raise ValueError(f"checkpoint name {name!r} leaves the checkpoint folder")
        return path

    def save(self, name: str, payload: dict[str, Any]) -> Path:
        path = self.path(name)
        buffer = io.BytesIO()
        torch.save(payload, buffer)
        atomic_write_bytes(path, buffer.getvalue())
        meta = {
            "iteration": int(payload.get("iteration", 0)),
            "global_step": int(payload.get("global_step", 0)),
        }
        atomic_write_json(path.with_suffix(".json"), meta)
        return path

    def load(self, name: str, map_location: str | torch.device = "cpu") -> dict[str, Any]:
        path = self.path(name)
        if not path.is_file():
            raise CheckpointError(f"no checkpoint named {name!r}")
        try:
            payload = torch.load(path, map_location=map_location, weights_only=True)
        except Exception as error:
            raise CheckpointError(
                f"checkpoint {name!r} is unreadable ({error.__class__.__name__}: {error})"
            ) from None
        if not isinstance(payload, dict):
            raise CheckpointError(f"checkpoint {name!r} does not hold a dictionary")
        return payload

    def exists(self, name: str) -> bool:
        return self.path(name).is_file()

    def delete(self, name: str) -> None:
        path = self.path(name)
        if not path.is_file():
            raise CheckpointError(f"no checkpoint named {name!r}")
        path.unlink()
        path.with_suffix(".json").unlink(missing_ok=True)

    def list(self) -> list[CheckpointInfo]:
        infos = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            name = path.stem
            if not NAME_PATTERN.fullmatch(name):
                continue
            try:
                meta = json.loads(path.with_suffix(".json").read_text())
            except (OSError, ValueError):
                meta = {}
            stat = path.stat()
            infos.append(
                CheckpointInfo(
                    name,
                    stat.st_size,
                    stat.st_mtime,
                    int(meta.get("iteration", -1)),
                    int(meta.get("global_step", -1)),
                )
            )
        return infos

    def latest(self, prefix: str = "") -> tuple[str, dict[str, Any]] | None:
        """The most advanced readable checkpoint whose name starts with `prefix` (corrupt ones skipped)."""
        candidates = sorted(
            (i for i in self.list() if i.name.startswith(prefix)),
            key=lambda i: (i.global_step, i.mtime),
            reverse=True,
        )
        for info in candidates:
            try:
                return info.name, self.load(info.name)
            except CheckpointError:
                continue
        return None
