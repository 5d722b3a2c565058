"""The runtime wheel in two parts: what every app needs, and the rest on first use.

Every byte of the runtime wheel is on the cold load of every app. Most apps
never touch the data code of charts and grids, ``column_config`` or AppTest,
so those modules go into a second archive, ``wasmlit-lazy.zip``, that the
worker fetches only when a script first imports one of them
(host/lazy_runtime.py).

Which modules a plain app needs is measured, not listed: a child CPython
imports what the worker imports at boot and runs a small ordinary app
through the engine (``PROBE_APP``); every wasmlit module loaded by then is
in the wheel. A module the probe missed still works everywhere: it is
fetched with the rest the first time it is imported.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from wasmlit.tooling.site.errors import BuildError
from wasmlit.tooling.site.lockfile import cache_dir

#: The archive of the modules left out of the wheel.
LAZY_NAME = "wasmlit-lazy.zip"
#: What worker_boot.js imports before boot (keep in step with its importRuntime).
BOOT_IMPORTS = ("wasmlit.host.pyodide_host", "wasmlit.api.st", "wasmlit.errors")
#: An ordinary app's first run and a click: text, layout, common widgets, state, an exception.
PROBE_APP = """
import streamlit as st
st.set_page_config(page_title="probe")
st.title("Title"); st.header("h"); st.subheader("s"); st.caption("c"); st.write("w", 1, {"a": 1})
st.markdown("**m**"); st.code("x = 1"); st.divider(); st.info("i"); st.metric("m", 1, 1)
a, b = st.columns(2)
with a:
    st.text_input("t"); st.number_input("n"); st.slider("s", 0, 10)
with b:
    st.checkbox("c"); st.toggle("g"); st.radio("r", ["x", "y"]); st.selectbox("b", ["x"])
with st.sidebar:
    st.multiselect("m", ["x"]); st.date_input("d")
with st.expander("e"):
    st.text_area("a")
with st.form("f"):
    st.form_submit_button("Go")
tab, = st.tabs(["t"])
st.session_state.setdefault("n", 0)
if st.button("Add"):
    st.session_state.n += 1
st.write(f"{st.session_state.n}")
st.exception(ValueError("probe"))
# The rest of the families most apps meet: they load on first use (api/delta_generator.py
# ON_FIRST_USE) but stay in the wheel, so a first use never waits for a download.
st.select_slider("q", ["x", "y"]); st.color_picker("c"); st.file_uploader("u"); st.time_input("ti")
st.pills("p", ["x"]); st.segmented_control("sc", ["x"]); st.feedback("thumbs")
st.progress(10); st.toast("t"); st.balloons(); st.snow(); st.image("https://example.com/a.png")
st.html("<b>h</b>"); st.page_link("https://example.com", label="l")
st.chat_input("say"); st.chat_message("user").write("hi")
"""
#: Seconds the probe may take (it imports wasmlit and runs a tiny script).
TIMEOUT_S = 60


def boot_modules(source_wheel: Path | None = None) -> set[str]:
    """The wasmlit modules a worker has loaded once a plain app's first run is
    done; cached by the runtime's sources (``source_wheel``) when given."""
    cached = None
    if source_wheel is not None:
        key = hashlib.sha256(source_wheel.read_bytes() + Path(__file__).read_bytes()).hexdigest()[:32]
        cached = cache_dir() / "boot-modules" / f"{key}.json"
        if cached.is_file():
            return set(json.loads(cached.read_text(encoding="utf-8")))
    modules = _measure()
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(sorted(modules)), encoding="utf-8")
    return modules


def _measure() -> set[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    package_root = str(Path(__file__).resolve().parents[3])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            res = subprocess.run([sys.executable, "-m", "wasmlit.tooling.site.runtime_split", tmp],
                                 capture_output=True, text=True, env=env, cwd=tmp, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            raise BuildError(f"Measuring which wasmlit modules an app needs took over {TIMEOUT_S} s.") from exc
    if res.returncode != 0:
        tail = " / ".join(res.stderr.strip().splitlines()[-2:])
        raise BuildError(f"Measuring which wasmlit modules an app needs failed: {tail}")
    return set(json.loads(res.stdout.strip().splitlines()[-1]))


def module_name(arcname: str) -> str | None:
    """``wasmlit/a/b.pyc`` -> ``wasmlit.a.b``; a package's ``__init__`` is the package; None for other files."""
    if not arcname.startswith("wasmlit/") or not arcname.endswith((".py", ".pyc")):
        return None
    dotted = arcname.rsplit(".", 1)[0].replace("/", ".")
    return dotted.removesuffix(".__init__")


def split_wheel(wheel: Path, keep: set[str], lazy_path: Path) -> bool:
    """Rewrite ``wheel`` with only the modules in ``keep`` (and every non-module
    file); write the others to ``lazy_path``. False, and nothing written, when
    every module is kept."""
    with zipfile.ZipFile(wheel) as zin:
        infos = zin.infolist()
        contents = {info.filename: zin.read(info) for info in infos}
    left_out = [i for i in infos if (name := module_name(i.filename)) is not None and name not in keep]
    if not left_out:
        return False
    kept = [i for i in infos if i not in left_out and not i.filename.endswith(".dist-info/RECORD")]
    record_name = next(i.filename for i in infos if i.filename.endswith(".dist-info/RECORD"))
    records = []
    tmp = wheel.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w") as zout:
        for info in kept:
            zout.writestr(info, contents[info.filename])
            # Names without per-file hashes: only Pyodide's loader reads this wheel, and it checks
            # the whole file's sha256 from the lock; the hashes were 4.6 KB brotli of every cold load.
            records.append(f"{info.filename},,")
        records.append(f"{record_name},,")
        zout.writestr(zipfile.ZipInfo(record_name, date_time=(2020, 1, 1, 0, 0, 0)), "\n".join(records) + "\n")
    tmp.replace(wheel)
    lazy_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(lazy_path, "w") as zout:
        for info in left_out:
            # Stored: the host's brotli/gzip compresses the whole archive better.
            zout.writestr(zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0)),
                          contents[info.filename], compress_type=zipfile.ZIP_STORED)
    return True


def _probe(tmp: str) -> None:
    """In the child: boot as the worker does, run ``PROBE_APP`` and a click, print the wasmlit modules loaded."""
    import importlib

    for name in BOOT_IMPORTS:
        importlib.import_module(name)
    from wasmlit.api import new_session
    from wasmlit.engine.script import ScriptSource

    script = Path(tmp) / "app.py"
    script.write_text(PROBE_APP, encoding="utf-8")
    session = new_session(ScriptSource(str(script)))
    session.run()
    print(json.dumps(sorted(m for m in sys.modules if m == "wasmlit" or m.startswith("wasmlit."))))


if __name__ == "__main__":
    _probe(sys.argv[1])
