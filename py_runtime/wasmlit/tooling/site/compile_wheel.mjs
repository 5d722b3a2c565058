// Build-time half of build/bytecode.py: turn the runtime wheel's sources into
// CPython 3.14 bytecode, compiled by the very Python the site ships (Pyodide
// in node), so the browser imports wasmlit without compiling it.
//
//   node compile_wheel.mjs <pyodide dir> <in.whl> <out.whl>
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, inWheel, outWheel] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL: pyodideDir + "/" });
pyodide.FS.writeFile("/tmp/in.whl", new Uint8Array(readFileSync(inWheel)));
pyodide.runPython(`
import base64, hashlib, os, py_compile, sys, sysconfig, zipfile

SITE = os.path.normpath(sysconfig.get_paths()["purelib"])  # where loadPackage unpacks the wheel ("//lib/..." in node)
SITE = "/" + SITE.lstrip("/")
records = []

def add(zout, name, data):
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    # Stored, not deflated: the host's brotli/gzip then compresses across files.
    zout.writestr(info, data, compress_type=zipfile.ZIP_STORED)
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    records.append(f"{name},sha256={digest},{len(data)}")

with zipfile.ZipFile("/tmp/in.whl") as zin, zipfile.ZipFile("/tmp/out.whl", "w") as zout:
    record_name = None
    for name in sorted(zin.namelist()):
        data = zin.read(name)
        if name.endswith(".dist-info/RECORD"):
            record_name = name
            continue
        if name.endswith(".py") and ".dist-info/" not in name:
            src = "/tmp/src/" + name
            os.makedirs(os.path.dirname(src), exist_ok=True)
            with open(src, "wb") as f:
                f.write(data)
            # A sourceless module.pyc beside where module.py would be; tracebacks
            # name the installed path; no source check at import.
            py_compile.compile(src, cfile=src + "c", dfile=f"{SITE}/{name}", doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
            with open(src + "c", "rb") as f:
                add(zout, name + "c", f.read())
        else:
            add(zout, name, data)
    records.append(f"{record_name},,")
    info = zipfile.ZipInfo(record_name, date_time=(2020, 1, 1, 0, 0, 0))
    zout.writestr(info, "\\n".join(records) + "\\n")
`);
writeFileSync(outWheel, pyodide.FS.readFile("/tmp/out.whl"));
