"""Players for the local referee: a subprocess speaking the CodinGame protocol, or an in-process bot.

Both expose the same two calls, so a match gives identical results either way (tests check it):
`start(laps, checkpoints)` and `turn(pods, time_limit_s) -> two command lines`. A subprocess that
crashes, hangs past its time limit or prints garbage raises `PlayerError` with a reason the result
records; it never hangs the referee.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import selectors
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Protocol

from sebulba.bots.bundle import standalone_source

BUILTIN_BOTS = ("wood", "heuristic", "search")
ProtocolPod = tuple[int, int, int, int, int, int]


class PlayerError(RuntimeError):
    """The bot lost by fault: crash, timeout or malformed output (the message says which)."""


class InProcessBot(Protocol):
    """What a Python bot implements: the protocol's numbers in, the protocol's lines out."""

    def init(self, laps: int, checkpoints: list[tuple[int, int]]) -> None: ...

    def turn(self, pods: list[ProtocolPod]) -> list[str]: ...


class Player(Protocol):
    name: str

    def start(self, laps: int, checkpoints: list[tuple[int, int]]) -> None: ...

    def turn(self, pods: list[ProtocolPod], time_limit_s: float) -> list[str]: ...

    def close(self) -> None: ...


class LocalPlayer:
    """A bot object called directly (training-time evaluation: no processes, same results)."""

    def __init__(self, name: str, bot: InProcessBot) -> None:
        self.name = name
        self.bot = bot

    def start(self, laps: int, checkpoints: list[tuple[int, int]]) -> None:
        self.bot.init(laps, checkpoints)

    def turn(self, pods: list[ProtocolPod], time_limit_s: float) -> list[str]:
        try:
            lines = self.bot.turn(pods)
        except Exception as error:
            raise PlayerError(f"{self.name} raised {error.__class__.__name__}: {error}") from None
        if len(lines) != 2:
            raise PlayerError(f"{self.name} answered {len(lines)} lines instead of 2")
        return lines

    def close(self) -> None:
        """Nothing to release."""


class SubprocessPlayer:
    """A bot program: stdin gets the protocol, stdout must answer two lines within the time limit."""

    def __init__(self, name: str, command: list[str]) -> None:
        self.name = name
        self.command = command
        self.process: subprocess.Popen[bytes] | None = None
        self._buffer = b""
        self._selector = selectors.DefaultSelector()

    def start(self, laps: int, checkpoints: list[tuple[int, int]]) -> None:
        try:
            self.process = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError as error:
            raise PlayerError(f"{self.name} could not start: {error}") from None
        assert self.process.stdout is not None
        os.set_blocking(self.process.stdout.fileno(), False)
        self._selector.register(self.process.stdout, selectors.EVENT_READ)
        self._send([str(laps), str(len(checkpoints)), *(f"{x} {y}" for x, y in checkpoints)])

    def _send(self, lines: list[str]) -> None:
        assert self.process is not None and self.process.stdin is not None
        try:
            self.process.stdin.write(("\n".join(lines) + "\n").encode())
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            raise PlayerError(f"{self.name} crashed (exit code {self.process.poll()})") from None

    def _read_line(self, deadline: float) -> str:
        assert self.process is not None and self.process.stdout is not None
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise PlayerError(f"{self.name} timed out")
            if not self._selector.select(left):
                continue
            chunk = self.process.stdout.read(65536)
            if not chunk:
                try:
                    code = self.process.wait(timeout=1)
                except subprocess.TimeoutExpired:  # close() kills it, with its process group
                    raise PlayerError(f"{self.name} closed its output but kept running") from None
                raise PlayerError(f"{self.name} crashed (exit code {code})")
            self._buffer += chunk
            if len(self._buffer) > 1_000_000:
                raise PlayerError(f"{self.name} printed over 1 MB without a newline")
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode(errors="replace").strip()

    def turn(self, pods: list[ProtocolPod], time_limit_s: float) -> list[str]:
        self._send([" ".join(str(v) for v in pod) for pod in pods])
        deadline = time.monotonic() + time_limit_s
        return [self._read_line(deadline), self._read_line(deadline)]

    def close(self) -> None:
        if self.process is None:
            return
        self._selector.close()
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, 9)
            except (ProcessLookupError, PermissionError):
                self.process.kill()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self.process.wait(timeout=5)
        self.process = None


class StandaloneBotPlayer(SubprocessPlayer):
    """A built-in bot run as the one file CodinGame would get (`standalone_source`), not as its module: a
    bundled bot's module imports the package and cannot run alone. The file lives in a temporary
    directory, removed on close."""

    def __init__(self, name: str) -> None:
        self.directory = tempfile.TemporaryDirectory(prefix=f"sebulba-{name}-")
        script = Path(self.directory.name) / f"{name}.py"
        script.write_text(standalone_source(name))
        super().__init__(name, [sys.executable, "-I", str(script)])

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.directory.cleanup()


def builtin_bot(name: str) -> InProcessBot:
    return importlib.import_module(f"sebulba.bots.{name}").Bot()


def make_player(spec: str, in_process: bool = True) -> Player:
    """A player from its spec: a built-in name (BUILTIN_BOTS), a `.py` file, or a command line.

    Built-in bots run in-process by default and as their standalone file with `in_process=False`.
    """
    if spec in BUILTIN_BOTS:
        if in_process:
            return LocalPlayer(spec, builtin_bot(spec))
        return StandaloneBotPlayer(spec)
    if spec.startswith("checkpoint:"):
        import torch

        from sebulba.arena.policy_bot import PolicyBot

        # One game's forward passes are tiny: extra threads only spin against the other games' processes.
        torch.set_num_threads(1)

        return LocalPlayer(spec, PolicyBot.from_checkpoint(Path(spec.split(":", 1)[1])))
    if spec.endswith(".py") and Path(spec).is_file():
        return SubprocessPlayer(Path(spec).name, [sys.executable, spec])
    command = shlex.split(spec)
    if not command:
        raise ValueError("empty bot command")
    return SubprocessPlayer(spec, command)
