"""Players for the local referee: a subprocess speaking the CodinGame protocol, or an in-process bot.

Both expose the same two calls, so a match gives identical results either way (tests check it):
`start(laps, checkpoints)` and `turn(pods, time_limit_s) -> two command lines`. A subprocess that
crashes, hangs past its time limit or prints garbage raises `PlayerError` with a reason the result
records; it never hangs the referee.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import io
import os
import selectors
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from sebulba.bots.bundle import standalone_source

BUILTIN_BOTS = ("wood", "heuristic", "search")
IN_PROCESS_FILE = "inprocess:"
"""Prefix of a bot spec naming a Sebulba bot file (an exported bot, `sebulba bots write`) run in-process."""
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


def bot_module(source: str, filename: str = "bot") -> ModuleType:
    """A bot file's source run as a module, without its protocol loop (`__name__` is not `__main__`). Its
    stdin is empty and its stdout discarded meanwhile: a file whose loop runs at import reads EOF instead of
    waiting on the terminal."""
    module = ModuleType(Path(filename).stem)
    stdin = sys.stdin
    sys.stdin = io.StringIO("")
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(source, filename, "exec"), module.__dict__)  # a bot file, run as the game runs it
    finally:
        sys.stdin = stdin
    return module


def load_bot_module(path: Path) -> ModuleType:
    """The bot file at `path` as a module (see `bot_module`)."""
    return bot_module(path.read_text(), str(path))


class AgentBot:
    """A network-alone exported file's `Agent(laps, checkpoints)` as an in-process bot (`init`, `turn`)."""

    def __init__(self, agent: Callable[[int, list[tuple[int, int]]], object]) -> None:
        self.agent_class = agent
        self.agent: Any = None

    def init(self, laps: int, checkpoints: list[tuple[int, int]]) -> None:
        self.agent = self.agent_class(laps, checkpoints)

    def turn(self, pods: list[ProtocolPod]) -> list[str]:
        return self.agent.turn(pods)


def bot_factory(module: ModuleType) -> Callable[[], InProcessBot]:
    """What makes a fresh in-process bot from a bot file's module: its `Bot` (the built-ins' files, the
    hybrid, the search), or its `Agent` behind `AgentBot` (the network alone). ValueError for neither."""
    if callable(getattr(module, "Bot", None)):
        return module.Bot
    if callable(getattr(module, "Agent", None)):
        return functools.partial(AgentBot, module.Agent)
    raise ValueError("not a Sebulba bot file (it defines neither Bot nor Agent)")


@functools.cache
def _file_module(path: str) -> ModuleType:
    """A bot file run once per process (`bot_module`); ValueError with the reason when it cannot be read or
    does not run."""
    try:
        source = Path(path).read_text()
    except OSError as error:
        raise ValueError(f"{path}: cannot read it ({error.strerror or error})") from None
    try:
        return bot_module(source, path)
    except (Exception, SystemExit) as error:
        raise ValueError(f"{path}: does not run as a module ({error.__class__.__name__}: {error})") from None


def file_bot(path: str) -> InProcessBot:
    """A fresh in-process bot from a Sebulba bot file (`sebulba export`, `sebulba bots write`), for games
    without a subprocess or a wall clock. ValueError with the reason for a file that cannot be read, does not
    run, is not such a bot, or whose bot cannot start."""
    module = _file_module(path)
    try:
        make = bot_factory(module)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None
    try:
        return make()
    except Exception as error:
        raise ValueError(f"{path}: its bot cannot start ({error.__class__.__name__}: {error})") from None


def make_player(spec: str, in_process: bool = True) -> Player:
    """A player from its spec: a built-in name (BUILTIN_BOTS), `checkpoint:PATH`, `inprocess:FILE` (a
    Sebulba bot file run in-process: `file_bot`), a `.py` file, or a command line.

    Built-in bots run in-process by default and as their standalone file with `in_process=False`. In-process
    players have no wall clock (`bench/bot_speed.py` times the turns).
    """
    if spec in BUILTIN_BOTS:
        if in_process:
            return LocalPlayer(spec, builtin_bot(spec))
        return StandaloneBotPlayer(spec)
    if spec.startswith(IN_PROCESS_FILE):
        path = spec.removeprefix(IN_PROCESS_FILE)
        return LocalPlayer(Path(path).name, file_bot(path))
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
