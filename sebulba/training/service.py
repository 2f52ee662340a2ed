"""Training as a service for the control room: a worker thread the web layer starts, stops and steers.

The web layer never touches the trainer directly: checkpoint requests are queued and carried out by
the worker between iterations, so no request ever races an update. STOP abandons the rollout in
progress (`Trainer.interrupt`), so it waits at most for one update, never for a whole iteration.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import torch

from sebulba.config import ConfigManager, TrainingConfig
from sebulba.training.checkpoints import CheckpointStore
from sebulba.training.ppo import RolloutInterrupted, Trainer
from sebulba.training.self_play import League
from sebulba.training.telemetry import TelemetryHub

REQUEST_TIMEOUT_S = 120.0


class _Service:
    """What both services keep: the configuration, the hub, the data folder and its checkpoints."""

    def __init__(
        self, config_manager: ConfigManager, hub: TelemetryHub, data_dir: Path, resume: bool = True
    ) -> None:
        self.config_manager = config_manager
        self.hub = hub
        self.data_dir = Path(data_dir)
        self._resume = resume
        self._lock = threading.Lock()
        self._store = CheckpointStore(self.data_dir)

    @property
    def store(self) -> CheckpointStore:
        return self._store

    def _league_on_disk(self) -> League:
        """The league as saved in the data folder (what a service without a trainer can show)."""
        return League(self.data_dir, self.config_manager.get_snapshot().league, self._store)


class TrainingService(_Service):
    """The one trainer of the control room, run by a daemon worker thread."""

    def __init__(
        self, config_manager: ConfigManager, hub: TelemetryHub, data_dir: Path, resume: bool = True
    ) -> None:
        super().__init__(config_manager, hub, data_dir, resume)
        self._trainer: Trainer | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._requests: queue.Queue[tuple[Callable[[Trainer], Any], Future]] = queue.Queue()
        self._actor_state: dict[str, Any] | None = None

    # -- state ---------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stop.is_set()

    @property
    def league(self) -> League:
        trainer = self._trainer
        if trainer is not None:
            return trainer.league
        return self._league_on_disk()

    def actor_state(self) -> dict[str, Any] | None:
        """The actor's weights as of the last finished iteration (a copy: safe to use in any thread)."""
        with self._lock:
            return self._actor_state

    # -- control -------------------------------------------------------------------------------------
    def _ensure_trainer(self) -> Trainer:
        if self._trainer is None:
            self._trainer = Trainer(
                self.config_manager,
                self.data_dir,
                hub=self.hub,
                resume=self._resume,
                publish_race_frames=True,
            )
            self._publish_actor(self._trainer)
        return self._trainer

    def _publish_actor(self, trainer: Trainer) -> None:
        state = {k: v.detach().clone().cpu() for k, v in trainer.model.actor.state_dict().items()}
        with self._lock:
            self._actor_state = state

    def start(self) -> None:
        """Start (or resume after STOP) the training loop in its worker thread; no-op when running."""
        if self.running:
            return
        if self._thread is not None:
            self._thread.join()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="trainer", daemon=True)
        self._thread.start()
        self.hub.log("info", "training started")

    def _run(self) -> None:
        try:
            trainer = self._ensure_trainer()
            trainer.interrupt.clear()
            while not self._stop.is_set():
                self._serve_requests(trainer)
                if trainer.global_step >= self.config_manager.get_snapshot().ppo.total_steps:
                    self.hub.log("info", "total_steps reached: training finished")
                    break
                try:
                    trainer.train_iteration()
                except RolloutInterrupted:
                    break
                self._publish_actor(trainer)
            self._serve_requests(trainer)
        except Exception as error:  # the worker must report, never die silently
            self.hub.log("error", f"training stopped: {error.__class__.__name__}: {error}")
        finally:
            self._stop.set()
            self.hub.publish_stats(dataclasses.replace(self.hub.stats(), running=False))

    def _serve_requests(self, trainer: Trainer) -> None:
        while True:
            try:
                action, future = self._requests.get_nowait()
            except queue.Empty:
                return
            try:
                future.set_result(action(trainer))
            except Exception as error:
                future.set_exception(error)

    def _call(self, action: Callable[[Trainer], Any]) -> Any:
        """Run `action` on the trainer: by the worker between iterations if it runs, else right here."""
        if not self.running:
            return action(self._ensure_trainer())
        future: Future = Future()
        self._requests.put((action, future))
        return future.result(timeout=REQUEST_TIMEOUT_S)

    def stop(self) -> None:
        """Pause: the rollout in progress is dropped, an update finishes; the model stays for START."""
        was_running = self.running
        self._stop.set()
        if self._trainer is not None:
            self._trainer.interrupt.set()
        if self._thread is not None:
            self._thread.join(timeout=REQUEST_TIMEOUT_S)
        if was_running:
            self.hub.log("info", "training stopped")

    def reset(self) -> None:
        """Stop; the next START begins a fresh model and curriculum from the current config."""
        self.stop()
        if self._trainer is not None:
            self._trainer.close()
        self._trainer = None
        self._resume = False
        self.hub.log("info", "training reset: next START trains a fresh model")

    def save_checkpoint(self, name: str | None = None) -> str:
        if name is not None:
            self._store.path(name)
        return self._call(lambda trainer: trainer.save_checkpoint(name))

    def load_checkpoint(self, name: str) -> None:
        self._store.path(name)

        def load(trainer: Trainer) -> None:
            trainer.load_checkpoint(name)
            self._publish_actor(trainer)
            self.hub.log("info", f"loaded checkpoint {name}")

        self._call(load)

    def close(self) -> None:
        self.stop()
        if self._trainer is not None:
            self._trainer.close()


# -- the trainer in a process of its own -------------------------------------------------------------------
FORWARD_INTERVAL_S = 1 / 60
"""How often the child hands the parent its new telemetry (stats, the latest race frame, log events)."""
CONFIG_POLL_S = 0.1
"""How often the parent looks for configuration changes to pass on (they apply at the next iteration)."""


class TrainingProcess(_Service):
    """`TrainingService`'s interface, with the trainer in a child process.

    The web server's event loop then shares neither a core's time slices nor a GIL with training: a browser
    that keeps the server's core busy can no longer stall the trainer while the event loop holds the GIL.
    The child runs a `TrainingService` on its own `ConfigManager` and `TelemetryHub`; a thread there
    forwards the hub's changes through a pipe to this process's hub at most 60 times a second; this side
    passes on configuration changes and carries each command (START, STOP, checkpoints, ...) over a second
    pipe, re-raising the child's exception when one fails. The child starts at the first command that needs
    a trainer. If it dies (a crash, kill -9), the hub says so and the next command starts a new one that
    resumes from the last checkpoint.
    """

    def __init__(
        self, config_manager: ConfigManager, hub: TelemetryHub, data_dir: Path, resume: bool = True
    ) -> None:
        super().__init__(config_manager, hub, data_dir, resume)
        self._process: Any = None
        self._commands: Any = None
        self._config_version = -1
        self._running = False
        self._closing = False

    # -- state ---------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running and self._alive()

    @property
    def pid(self) -> int | None:
        """The training process's id while it runs."""
        return self._process.pid if self._alive() else None

    @property
    def league(self) -> _LeagueView:
        return _LeagueView(self)

    def actor_state(self) -> dict[str, Any] | None:
        if not self._alive():
            return None
        payload = self._call("actor_state")
        return None if payload is None else torch.load(io.BytesIO(payload), weights_only=True)

    # -- control -------------------------------------------------------------------------------------
    def start(self) -> None:
        self._running = self._call("start")

    def stop(self) -> None:
        if self._alive():
            self._running = self._call("stop")

    def reset(self) -> None:
        if self._alive():
            self._running = self._call("reset")
        else:
            self._resume = False
            self.hub.log("info", "training reset: next START trains a fresh model")

    def save_checkpoint(self, name: str | None = None) -> str:
        if name is not None:
            self._store.path(name)
        return self._call("save", name)

    def load_checkpoint(self, name: str) -> None:
        self._store.path(name)
        self._call("load", name)

    def close(self) -> None:
        self._closing = True
        process = self._process
        if process is None:
            return
        with contextlib.suppress(Exception):
            self._call("close")
        process.join(timeout=REQUEST_TIMEOUT_S)
        if process.is_alive():
            process.kill()
            process.join()

    # -- the child -----------------------------------------------------------------------------------
    def _alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _spawn(self) -> None:
        context = multiprocessing.get_context("spawn")  # never fork a process that may hold CUDA or threads
        commands, child_commands = context.Pipe()
        telemetry, child_telemetry = context.Pipe(duplex=False)
        config_json = self.config_manager.get_snapshot().model_dump_json()
        self._config_version = self.config_manager.version
        process = context.Process(
            target=_child_main,
            args=(
                child_commands,
                child_telemetry,
                config_json,
                str(self.data_dir),
                self._resume,
            ),
            name="sebulba-trainer",
            daemon=True,
        )
        process.start()
        child_commands.close()
        child_telemetry.close()
        self._process, self._commands = process, commands
        self._resume = True  # a child started after this one died continues from the last checkpoint
        threading.Thread(target=self._receive, args=(telemetry, process), daemon=True).start()
        threading.Thread(target=self._pass_on_config, args=(process,), daemon=True).start()

    def _call(self, op: str, argument: Any = None) -> Any:
        """Carry one command to the child (started if need be) and return its result or raise its error."""
        with self._lock:
            if self._closing and op != "close":
                raise RuntimeError("the training service is closed")
            if not self._alive():
                if op == "close":
                    return None
                self._spawn()
            try:
                self._send_config_if_changed()
                self._commands.send((op, argument))
                if not self._commands.poll(REQUEST_TIMEOUT_S):
                    # Its late answer would be taken for the next command's: end it; the next command
                    # starts a new one, which resumes from the last checkpoint.
                    self._process.kill()
                    raise TimeoutError(f"the trainer did not answer {op} within {REQUEST_TIMEOUT_S:.0f} s")
                ok, result = self._commands.recv()
            except (EOFError, OSError) as error:
                raise RuntimeError(f"the training process exited during {op}") from error
        if not ok:
            raise result
        return result

    def _send_config_if_changed(self) -> None:
        version = self.config_manager.version
        if version != self._config_version:
            self._config_version = version
            self._commands.send(("config", self.config_manager.get_snapshot().model_dump_json()))
            ok, result = self._commands.recv()
            if not ok:
                raise result

    def _pass_on_config(self, process: Any) -> None:
        while process.is_alive() and not self._closing:
            time.sleep(CONFIG_POLL_S)
            if self.config_manager.version == self._config_version:
                continue
            with self._lock, contextlib.suppress(Exception):  # a dead child: the next command says so
                if process is self._process and process.is_alive() and not self._closing:
                    self._send_config_if_changed()

    def _receive(self, telemetry: Any, process: Any) -> None:
        """This process's hub mirrors the child's; when the pipe ends, the child has gone."""
        try:
            while True:
                for kind, value in telemetry.recv():
                    if kind == "stats":
                        self.hub.publish_stats(value)
                    elif kind == "race":
                        self.hub.publish_race(value)
                    elif kind == "running":
                        self._running = value
                    else:
                        self.hub.log(*value)
        except (EOFError, OSError):
            pass
        if not self._closing:  # (when closing, `close` joins the child: two threads reaping it would race)
            process.join(timeout=5)
            self._running = False
            code = process.exitcode
            message = f"the training process exited (code {code}); START resumes from the last checkpoint"
            self.hub.log("error", message)
        self.hub.publish_stats(dataclasses.replace(self.hub.stats(), running=False))


class _LeagueView:
    """`service.league.table(top)` for the web layer: read from the child, or from disk without one."""

    def __init__(self, service: TrainingProcess) -> None:
        self.service = service

    def table(self, top: int) -> list[dict[str, Any]]:
        if self.service._alive():
            return self.service._call("league_table", top)
        return self.service._league_on_disk().table(top)


def _child_main(commands: Any, telemetry: Any, config_json: str, data_dir: str, resume: bool) -> None:
    """The child: a `TrainingService` serving commands until `close` or until the parent goes away."""
    manager = ConfigManager(TrainingConfig.model_validate_json(config_json))
    hub = TelemetryHub()
    service = TrainingService(manager, hub, Path(data_dir), resume=resume)
    stop = threading.Event()
    forwarder = threading.Thread(target=_forward, args=(hub, service, telemetry, stop), daemon=True)
    forwarder.start()
    try:
        while True:
            try:
                op, argument = commands.recv()
            except (EOFError, OSError):
                break  # the parent has gone
            if op == "close":
                break
            try:
                result: Any = (True, _execute(service, manager, op, argument))
            except Exception as error:
                result = (False, error)
            try:
                commands.send(result)
            except Exception:  # an exception that does not pickle
                commands.send((False, RuntimeError(f"{result[1].__class__.__name__}: {result[1]}")))
    finally:
        service.close()
        stop.set()
        forwarder.join(timeout=5)
        with contextlib.suppress(Exception):
            commands.send((True, None))  # `close` answered once everything is down


def _execute(service: TrainingService, manager: ConfigManager, op: str, argument: Any) -> Any:
    if op == "config":
        manager.replace(TrainingConfig.model_validate_json(argument))
        return None
    if op == "start":
        service.start()
        return service.running
    if op == "stop":
        service.stop()
        return service.running
    if op == "reset":
        service.reset()
        return service.running
    if op == "save":
        return service.save_checkpoint(argument)
    if op == "load":
        return service.load_checkpoint(argument)
    if op == "league_table":
        return service.league.table(argument)
    if op == "actor_state":
        state = service.actor_state()
        if state is None:
            return None
        buffer = io.BytesIO()
        torch.save(state, buffer)
        return buffer.getvalue()
    raise ValueError(f"unknown command {op!r}")


def _forward(hub: TelemetryHub, service: TrainingService, telemetry: Any, stop: threading.Event) -> None:
    """The child's hub changes -> the parent, at most every FORWARD_INTERVAL_S; one last pass after stop."""
    stats, race_seq, log_seq, running = None, -1, 0, None
    while True:
        final = stop.is_set()
        batch: list[tuple[str, Any]] = []
        current = hub.stats()
        if current is not stats:
            stats = current
            batch.append(("stats", current))
        seq, race = hub.race()
        if seq != race_seq and race is not None:
            race_seq = seq
            batch.append(("race", race))
        for event in hub.events_after(log_seq):
            log_seq = event.seq
            batch.append(("event", (event.kind, event.message)))
        if service.running != running:
            running = service.running
            batch.append(("running", running))
        if batch:
            try:
                telemetry.send(batch)
            except (OSError, ValueError):
                return
        if final:
            return
        stop.wait(FORWARD_INTERVAL_S)
