"""The dev server answers only localhost requests, lists no folders, and
never publishes files a link points to outside the app's folder."""

from __future__ import annotations

import http.client
from pathlib import Path

from wasmlit.tooling.dev_server import SiteServer
from wasmlit.tooling.site.app_files import list_app_files


def get(server: SiteServer, path: str, host: str | None = None) -> tuple[int, bytes]:
    address, port = server.httpd.server_address[:2]
    conn = http.client.HTTPConnection(str(address), port, timeout=10)
    conn.putrequest("GET", path, skip_host=host is not None)
    if host is not None:
        conn.putheader("Host", host)
    conn.endheaders()
    res = conn.getresponse()
    body = res.read()
    conn.close()
    return res.status, body


def test_a_request_for_another_host_name_is_refused(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("hello")
    with SiteServer(tmp_path) as server:
        port = server.httpd.server_address[1]
        assert get(server, "/index.html")[0] == 200
        assert get(server, "/index.html", host=f"localhost:{port}")[0] == 200
        assert get(server, "/index.html", host=f"evil.example:{port}")[0] == 403


def test_folders_are_not_listed(tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "data.csv").write_text("a,b\n")
    with SiteServer(tmp_path) as server:
        status, body = get(server, "/app/")
        assert status == 404 and b"data.csv" not in body


def test_links_out_of_the_app_folder_and_secrets_are_not_published(tmp_path: Path) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "app.py").write_text("import streamlit as st\n")
    (tmp_path / "secret.txt").write_text("s3cret")
    (app / "s.txt").symlink_to(tmp_path / "secret.txt")
    (app / "passwd_link").symlink_to("/etc/passwd")
    (app / "data.csv").write_text("a\n")
    (app / "inside_link.csv").symlink_to(app / "data.csv")
    (app / "secrets.toml").write_text("token = 'x'\n")
    notes: list[str] = []
    assert list_app_files(app, say=notes.append) == ["app.py", "data.csv", "inside_link.csv"]
    assert any("s.txt" in n and "outside the app's folder" in n for n in notes)
    assert any("passwd_link" in n for n in notes)
    assert any("secrets.toml" in n and "--allow-secrets" in n for n in notes)
    assert "secrets.toml" in list_app_files(app, allow_secrets=True)
