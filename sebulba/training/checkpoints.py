"""Checkpoints on disk: atomic writes, names that cannot escape the folder, `weights_only` loads.

A kill -9 at any moment leaves either the old file or the new one (temp file, fsync, `os.replace`), and
`latest()` skips anything unreadable, so training always resumes from the last good checkpoint. Each
`NAME.pt` has a sidecar `NAME.json` (iteration, global_step and the size and mtime of the `.pt` it
describes) so listing reads no weights; a sidecar that does not match its `.pt` (a crash between the two
writes) is ignored and the numbers are read from the checkpoint itself.
"""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from sebulba.fileio import atomic_write_bytes, atomic_write_json

NAME_PATTERN = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$")
SUFFIX = ".pt"
SIDECAR_SUFFIX = ".json"
PAYLOAD_LEAVES = (torch.Tensor, str, int, float, bool, type(None))
"""What `torch.load(weights_only=True)` reads back, besides dicts, lists and tuples of these."""


SHOWN_NAME_CHARS = 80
"""A refused name longer than this is cut in the message."""


class CheckpointError(RuntimeError):
    """A checkpoint that cannot be read (missing, truncated, not ours)."""


class CheckpointMissing(CheckpointError):
    """No checkpoint of that name."""


def shown_name(name: object) -> str:
    """The name as messages quote it: repr, cut after SHOWN_NAME_CHARS characters."""
    text = repr(name)
    return text if len(text) <= SHOWN_NAME_CHARS else text[:SHOWN_NAME_CHARS] + "..."


@dataclass(frozen=True)
class CheckpointInfo:
    name: str
    size: int
    mtime: float
    iteration: int
    """-1 when the checkpoint is unreadable."""
    global_step: int
    """-1 when the checkpoint is unreadable."""


def _check_payload(value: Any, where: str = "payload") -> None:
    """Refuse, before writing, what a `weights_only` load would refuse after (an unloadable checkpoint)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str | int):
                raise ValueError(f"{where} has a key of type {type(key).__name__}; use str or int keys")
            _check_payload(item, f"{where}[{key!r}]")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_payload(item, f"{where}[{index}]")
    elif not isinstance(value, PAYLOAD_LEAVES):
        raise ValueError(
            f"{where} is a {type(value).__name__}; a checkpoint holds only tensors, str, int, float, bool, "
            "None, dicts, lists and tuples"
        )


class CheckpointStore:
    """`data_dir/checkpoints/NAME.pt` with a JSON sidecar (`NAME.json`) for cheap listing."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / "checkpoints"
        self.folder.mkdir(parents=True, exist_ok=True)

    def path(self, name: str) -> Path:
        """The file of checkpoint `name`; ValueError for a name that could leave the folder."""
        if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name) or ".." in name:
            raise ValueError(
                f"invalid checkpoint name {shown_name(name)}: 1 to 64 letters, digits, '_', '-', '.', "
                "not starting with '.' and without '..'"
            )
        path = self.folder / f"{name}{SUFFIX}"
        if path.resolve().parent != self.folder.resolve():
            raise ValueError(f"checkpoint {name!r} leads outside the checkpoints folder (a symbolic link?)")
        return path

    def _sidecar(self, path: Path) -> Path:
        return path.with_name(path.name.removesuffix(SUFFIX) + SIDECAR_SUFFIX)

    def save(self, name: str, payload: dict[str, Any]) -> Path:
        """Write atomically; a bad name or payload raises ValueError before anything is touched."""
        path = self.path(name)
        if not isinstance(payload, dict):
            raise ValueError(f"a checkpoint payload is a dict, not {type(payload).__name__}")
        _check_payload(payload)
        buffer = io.BytesIO()
        torch.save(payload, buffer)
        atomic_write_bytes(path, buffer.getvalue())
        stat = path.stat()
        meta = {
            "iteration": int(payload.get("iteration", 0)),
            "global_step": int(payload.get("global_step", 0)),
            "size": stat.st_size,
            "mtime_ns": stat.st_mtime_ns,
        }
        atomic_write_json(self._sidecar(path), meta)
        return path

    def load(self, name: str, map_location: str | torch.device = "cpu") -> dict[str, Any]:
        path = self.path(name)
        if not path.is_file():
            raise CheckpointMissing(f"no checkpoint named {name!r}")
        try:
            payload = torch.load(path, map_location=map_location, weights_only=True)
        except Exception as error:  # torch's own message names the server's paths and unsafe workarounds
            raise CheckpointError(
                f"checkpoint {name!r} is unreadable ({error.__class__.__name__}): not a checkpoint, "
                "truncated, or holding more than tensors and plain values"
            ) from None
        if not isinstance(payload, dict):
            raise CheckpointError(f"checkpoint {name!r} does not hold a dictionary")
        return payload

    def exists(self, name: str) -> bool:
        return self.path(name).is_file()

    def delete(self, name: str) -> None:
        path = self.path(name)
        if not path.is_file():
            raise CheckpointMissing(f"no checkpoint named {name!r}")
        path.unlink()
        self._sidecar(path).unlink(missing_ok=True)

    def _progress(self, name: str, path: Path) -> tuple[int, int]:
        """(iteration, global_step) from a sidecar that matches the file, else from the file itself."""
        stat = path.stat()
        try:
            meta = json.loads(self._sidecar(path).read_text())
            if meta["size"] == stat.st_size and meta["mtime_ns"] == stat.st_mtime_ns:
                return int(meta["iteration"]), int(meta["global_step"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
        try:
            payload = self.load(name)
            return int(payload.get("iteration", 0)), int(payload.get("global_step", 0))
        except (CheckpointError, ValueError, TypeError):
            return -1, -1

    def list(self) -> list[CheckpointInfo]:
        """Every checkpoint, by name; leftover temp files of interrupted writes are not checkpoints."""
        infos = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            name = path.name.removesuffix(SUFFIX)
            if not NAME_PATTERN.fullmatch(name) or ".." in name or not path.is_file():
                continue
            try:
                stat = path.stat()
                iteration, global_step = self._progress(name, path)
            except (OSError, ValueError):
                continue
            infos.append(CheckpointInfo(name, stat.st_size, stat.st_mtime, iteration, global_step))
        return infos

    def rolling(self, prefix: str) -> list[str]:
        """Names of the checkpoints a run rotates (`prefix` + its iteration), in name order."""
        return [info.name for info in self.list() if info.name.startswith(prefix)]

    def set_aside(self, prefix: str, label: str) -> list[str]:
        """Rename every `prefix` checkpoint to `label-NAME` (sidecar too), so a new run's rotation, which
        sorts rolling names, neither deletes them nor is deleted by them; returns the new names."""
        renamed = []
        for name in self.rolling(prefix):
            source, target = self.path(name), self.path(f"{label}-{name}")
            if target.exists():
                raise ValueError(f"checkpoint {target.stem!r} exists already")
            sidecar = self._sidecar(source)
            if sidecar.exists():
                os.replace(sidecar, self._sidecar(target))
            os.replace(source, target)
            renamed.append(target.stem)
        return renamed

    def latest(self, prefix: str = "") -> tuple[str, dict[str, Any]] | None:
        """The most advanced readable checkpoint whose name starts with `prefix` (corrupt ones skipped)."""
        candidates = sorted(
            (i for i in self.list() if i.name.startswith(prefix) and i.global_step >= 0),
            key=lambda i: (i.global_step, i.mtime),
            reverse=True,
        )
        for info in candidates:
            try:
                return info.name, self.load(info.name)
            except CheckpointError:
                continue
        return None
