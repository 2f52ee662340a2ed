"""The simulator as standard RL environments (the `gym` extra: `pip install -e '.[gym]'`).

Importing this package registers the Gymnasium id `sebulba/Race-v0` (`race.py`: one solo race, and N of
them on the batched engine through `gymnasium.make_vec`); `parallel_env()` builds the 2v2 game as a
PettingZoo `ParallelEnv` (`team_race.py`). docs/ENVIRONMENTS.md documents both.
"""

from __future__ import annotations

try:
    import gymnasium
    import pettingzoo  # noqa: F401  (team_race.py's)
except ImportError as error:
    raise ImportError("sebulba.envs needs the gym extra: pip install -e '.[gym]'") from error

from .race import RaceEnv, RaceVectorEnv
from .team_race import TeamRaceEnv, parallel_env

RACE_ID = "sebulba/Race-v0"

gymnasium.register(
    id=RACE_ID,
    entry_point="sebulba.envs.race:RaceEnv",
    vector_entry_point="sebulba.envs.race:RaceVectorEnv",
)

__all__ = ["RACE_ID", "RaceEnv", "RaceVectorEnv", "TeamRaceEnv", "parallel_env"]
