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
// Without column positions (PYTHONNODEBUGRANGES): a quarter of the bytecode's
// compressed size, and only a traceback's ^^^ markers under the runtime's own
// lines depend on them (the user's script is compiled in the browser, with them).
const pyodide = await loadPyodide({ indexURL: pyodideDir + "/", env: { PYTHONNODEBUGRANGES: "1" } });
pyodide.FS.writeFile("/tmp/in.whl", new Uint8Array(readFileSync(inWheel)));
pyodide.runPython(`
import ast, base64, hashlib, importlib.util, os, sys, sysconfig, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

SITE = os.path.normpath(sysconfig.get_paths()["purelib"])  # where loadPackage unpacks the wheel ("//lib/..." in node)
SITE = "/" + SITE.lstrip("/")
records = []

# Docstrings a user can read (st.help(st.dataframe), help(st.button)) stay:
# public names in the modules behind the st namespace. The rest (module
# docstrings, private helpers, the engine's and host's) only explain the
# source, which the site does not ship; dropping them saves a tenth of the size.
USER_FACING = ("wasmlit/api/", "wasmlit/elements/", "wasmlit/widgets/", "wasmlit/errors.py")

class DropDocstrings(ast.NodeTransformer):
    def __init__(self, keep_public):
        self.keep_public = keep_public

    def _drop(self, node, public):
        body = node.body
        first = body[0] if body else None
        if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str) and not (public and self.keep_public)):
            node.body = body[1:] or [ast.copy_location(ast.Pass(), first)]

    def visit_Module(self, node):
        self._drop(node, False)
        self.generic_visit(node)
        return node

    def visit_FunctionDef(self, node):
        self._drop(node, not node.name.startswith("_"))
        self.generic_visit(node)
        return node

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self._drop(node, not node.name.startswith("_"))
        if is_dataclass(node) and not (node.body and isinstance(node.body[0], ast.Expr)
                                       and isinstance(node.body[0].value, ast.Constant)):
            # A dataclass without a docstring gets one written by @dataclass
            # from inspect.signature at import (~4 ms of the boot for 24
            # classes): its name will do.
            node.body.insert(0, ast.copy_location(ast.Expr(ast.Constant(node.name)), node.body[0]))
        self.generic_visit(node)
        return node

def is_dataclass(node):
    for d in node.decorator_list:
        target = d.func if isinstance(d, ast.Call) else d
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name == "dataclass":
            return True
    return False

def bytecode(name, data):
    keep_public = name.startswith(USER_FACING) and "/lib/" not in name
    tree = ast.fix_missing_locations(DropDocstrings(keep_public).visit(ast.parse(data, name)))
    # Tracebacks name the installed path; unchecked hash: no source check at import.
    code = compile(tree, f"{SITE}/{name}", "exec", dont_inherit=True)
    return bytes(_code_to_hash_pyc(code, importlib.util.source_hash(data), False))

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
            # A sourceless module.pyc beside where module.py would be.
            add(zout, name + "c", bytecode(name, data))
        else:
            add(zout, name, data)
    records.append(f"{record_name},,")
    info = zipfile.ZipInfo(record_name, date_time=(2020, 1, 1, 0, 0, 0))
    zout.writestr(info, "\\n".join(records) + "\\n")
`);
writeFileSync(outWheel, pyodide.FS.readFile("/tmp/out.whl"));
