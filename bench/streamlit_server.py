"""A real Streamlit server for the reference figures, in the benchmark's own venv.

The venv lives at ``bench/.venv-streamlit`` (gitignored) and is created on
first use with ``python3 -m venv`` + ``pip install streamlit``. Each server is
started with ``streamlit run`` on 127.0.0.1 and stopped by its PID.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
VENV = BENCH / ".venv-streamlit"
STREAMLIT = VENV / "bin" / "streamlit"
PYTHON = VENV / "bin" / "python"


def ensure_venv(log=print) -> Path:
    """Create the venv and install Streamlit if needed; return the streamlit executable."""
    if not STREAMLIT.exists():
        log(f"creating {VENV} and installing streamlit (first run only)…")
        subprocess.run(["python3", "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(PYTHON), "-m", "pip", "install", "-q", "streamlit"], check=True)
    return STREAMLIT


def streamlit_version() -> str:
    out = subprocess.run([str(PYTHON), "-c", "import streamlit; print(streamlit.__version__)"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    """``with StreamlitServer(script_path) as srv: srv.url``; stopped by PID on exit."""

    def __init__(self, script: Path, log_path: Path | None = None) -> None:
        self.script = script
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log_path = log_path or script.with_suffix(".log")
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> StreamlitServer:
        log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [str(STREAMLIT), "run", self.script.name, "--server.headless", "true",
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=self.script.parent, stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited early; see {self.log_path}")
            try:
                with urllib.request.urlopen(self.url + "_stcore/health", timeout=2) as res:
                    if res.status == 200:
                        return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"streamlit did not answer on {self.url}; see {self.log_path}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait()

    def __exit__(self, *exc: object) -> None:
        self.stop()
