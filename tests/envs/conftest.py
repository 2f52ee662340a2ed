"""One torch thread for these tests: a race or four is a few tiny tensors a turn, and on a loaded machine
torch's intra-op threads made each turn about three times slower (measured: 17 vs 5 ms a 2v2 turn)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import torch


@pytest.fixture(autouse=True)
def one_torch_thread() -> Iterator[None]:
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
