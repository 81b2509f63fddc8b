"""One venv per SDK under .bench-peers/venvs, made with Python 3.13 and reused while its pins are unchanged."""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

from tests.peers.pins import CONSTRAINTS, FLOOR, PEERS, PYTHON

ROOT = Path(__file__).resolve().parents[2]
HOME = ROOT / ".bench-peers"


def interpreter() -> str:
    """Python 3.13: $BENCH_PEERS_PYTHON, else pyenv's newest 3.13, else python3.13 on PATH."""
    found = os.environ.get("BENCH_PEERS_PYTHON")
    if not found:
        root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
        candidates = sorted(glob.glob(f"{root}/versions/{PYTHON}.*/bin/python{PYTHON}"))
        found = candidates[-1] if candidates else shutil.which(f"python{PYTHON}")
    if not found:
        raise SystemExit(f"bench-peers needs Python {PYTHON} (pyenv install {PYTHON}, or set BENCH_PEERS_PYTHON)")
    return found


def _env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "PIP_REQUIRE_VIRTUALENV"):
        env.pop(name, None)  # pip compiles bytecode at install, so no import is timed compiling
    return env


def ensure(name: str, python: str) -> Path:
    """The venv's python for ``name``, installing the pinned SDK and the floor packages if needed."""
    venv = HOME / "venvs" / name
    wanted = " ".join([python, *PEERS[name], *FLOOR, hashlib.sha256(CONSTRAINTS.read_bytes()).hexdigest()])
    stamp = venv / ".bench-peers-installed"
    if stamp.exists() and stamp.read_text() == wanted:
        return venv / "bin" / "python"
    shutil.rmtree(venv, ignore_errors=True)
    print(f"installing {name} into {venv.relative_to(ROOT)} ...", flush=True)
    subprocess.run([python, "-m", "venv", str(venv)], check=True, env=_env())
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    done = subprocess.run(
        [*pip, "-c", str(CONSTRAINTS), *PEERS[name], *FLOOR], cwd=ROOT, env=_env(), capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(f"pip could not install {name}:\n{done.stdout}{done.stderr}")
    stamp.write_text(wanted)
    return venv / "bin" / "python"
