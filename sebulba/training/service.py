"""Training as a service for the control room: a worker thread the web layer starts, stops and steers.

The web layer never touches the trainer directly: checkpoint requests are queued and carried out by
the worker between iterations, so no request ever races an update. STOP abandons the rollout in
progress (`Trainer.interrupt`), so it waits at most for one update, never for a whole iteration.
"""

from __future__ import annotations

import dataclasses
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from sebulba.config import ConfigManager
from sebulba.training.checkpoints import CheckpointStore
from sebulba.training.ppo import RolloutInterrupted, Trainer
from sebulba.training.self_play import League
from sebulba.training.telemetry import TelemetryHub

REQUEST_TIMEOUT_S = 120.0


class TrainingService:
    """The one trainer of the control room, run by a daemon worker thread."""

    def __init__(
        self, config_manager: ConfigManager, hub: TelemetryHub, data_dir: Path, resume: bool = True
    ) -> None:
        self.config_manager = config_manager
        self.hub = hub
        self.data_dir = Path(data_dir)
        self._resume = resume
        self._trainer: Trainer | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._requests: queue.Queue[tuple[Callable[[Trainer], Any], Future]] = queue.Queue()
        self._lock = threading.Lock()
        self._actor_state: dict[str, Any] | None = None
        self._store = CheckpointStore(self.data_dir)

    # -- state ---------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self._stop.is_set()

    @property
    def store(self) -> CheckpointStore:
        return self._store

    @property
    def league(self) -> League:
        trainer = self._trainer
        if trainer is not None:
            return trainer.league
        return League(self.data_dir, self.config_manager.get_snapshot().league, self._store)

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
