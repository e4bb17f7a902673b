"""The benchmark scripts (benchmarks/, not installed) stay runnable; they are never run here:
they time things, and tests never assert on wall-clock time."""
from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize("script", ["batch.py", "startup.py", "length.py", "same_output.py"])
def test_benchmark_scripts_answer_help(script):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), "--help"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage" in done.stdout
