"""Which files of the app's folder a site publishes.

A built site is public, and so is what ``wasmlit run`` serves. So the app's
folder is copied with care:

* caches, version-control folders and dotfiles are left out;
* a symlink is followed only while it stays inside the app's folder
  (``ln -s /etc/passwd x`` or ``ln -s ../secret.txt x`` is skipped, with a note);
* secrets files (``secrets.toml``, ``*.env``, private keys) are left out with a
  note, unless the user says they know they become public (``allow_secrets``).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from pathlib import Path

#: Names skipped when copying the app folder.
SKIPPED_NAMES = frozenset({"__pycache__", ".git", ".hg", ".svn", "node_modules", ".venv", ".DS_Store"})
#: Files that hold secrets: never published unless the user opts in.
SECRET_PATTERNS = ("secrets.toml", "*.env", "*.pem", "*.key", "id_rsa*", "id_ed25519*")


def is_secret_file(name: str) -> bool:
    return any(fnmatch.fnmatch(name.lower(), pattern) for pattern in SECRET_PATTERNS)


def list_app_files(app_dir: Path, *, allow_secrets: bool = False, say: Callable[[str], None] | None = None) -> list[str]:
    """Every file of the app's folder that may be published (posix paths, sorted)."""
    note = say or (lambda message: None)
    root = app_dir.resolve()
    files = []
    for path in sorted(app_dir.rglob("*")):
        rel = path.relative_to(app_dir)
        # .streamlit/secrets.toml is the one dotted path st.secrets reads (when the user allows it).
        is_app_secrets = rel.as_posix() == ".streamlit/secrets.toml"
        if any(part in SKIPPED_NAMES or part.startswith(".") for part in rel.parts) and not is_app_secrets:
            continue
        if not _stays_inside(path, root):
            note(f"Skipped {rel.as_posix()}: it is a link to a file outside the app's folder, "
                 "which would be published. Copy the file into the folder if the app needs it.")
            continue
        if not path.is_file():
            continue
        if is_secret_file(path.name) and not allow_secrets:
            note(f"Skipped {rel.as_posix()}: it looks like a secrets file, and everything in a site is public. "
                 "Pass --allow-secrets if you know it becomes public.")
            continue
        files.append(rel.as_posix())
    return files


def _stays_inside(path: Path, root: Path) -> bool:
    """Does ``path`` (through any links on the way) resolve inside the app's folder?"""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a broken or looping link
        return False
