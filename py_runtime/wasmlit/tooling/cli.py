"""The ``wasmlit`` command: ``wasmlit run app.py`` and ``wasmlit build app.py -o site/``."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from wasmlit.tooling.dev_server import EVENTS_PATH, SiteServer, serve_forever
from wasmlit.tooling.site.build import DEFAULT_PACKAGE_BASE_URL, BuildError, build_site


def _note(message: str) -> None:
    print(f"wasmlit: {message}", file=sys.stderr, flush=True)


def cmd_build(args: argparse.Namespace) -> int:
    out = build_site(
        args.script,
        args.output,
        hash_assets=True,
        prerender=not args.no_prerender,
        service_worker=not args.no_service_worker,
        requirements=args.requirements,
        package_base_url=args.package_base_url,
        persist_state=args.persist_state,
        micropip_fallback=args.micropip_fallback,
        allow_secrets=args.allow_secrets,
        dev_tools=args.dev_tools,
        self_contained=args.self_contained,
        snapshot=args.snapshot,
        log=_note,
    )
    print(f"Built {args.script} into {out}")
    print(f"Serve it with any static server, e.g. `python3 -m http.server 8000 --directory {out}`.")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    script = Path(args.script).resolve()
    with tempfile.TemporaryDirectory(prefix="wasmlit-") as tmp:
        site = build_site(script, Path(tmp) / "site", dev_events=EVENTS_PATH, bytecode=False, requirements=args.requirements,
                          package_base_url=args.package_base_url, allow_secrets=args.allow_secrets, dev_tools=True,
                          log=_note)

        def on_change(paths: list[str]) -> None:
            print(f"Changed: {', '.join(paths)} (rerunning in the open page)", flush=True)

        server = SiteServer(site, host=args.host, port=args.port, app_dir=script.parent, on_change=on_change,
                            allow_secrets=args.allow_secrets)
        print(f"wasmlit is serving {script.name} at {server.url}", flush=True)
        print("Edit and save the script to rerun it in place. Ctrl+C stops.", flush=True)
        serve_forever(server)
    return 0


def _add_requirement_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--requirements", metavar="FILE",
                        help="requirements file (default: requirements.txt beside the app, if any)")
    parser.add_argument("--package-base-url", default=DEFAULT_PACKAGE_BASE_URL, metavar="URL",
                        help=f"where packages of the Pyodide distribution (numpy, pandas, ...) load from "
                             f"(default: {DEFAULT_PACKAGE_BASE_URL})")
    parser.add_argument("--allow-secrets", action="store_true",
                        help="publish secrets files of the app folder (secrets.toml, *.env, keys); "
                             "everything in a site is public")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wasmlit", description="Run Streamlit-style apps entirely in the browser.")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="build into a temporary folder, serve it and reload on save")
    run.add_argument("script", help="the app's Python script")
    run.add_argument("--port", type=int, default=8501, help="port on 127.0.0.1 (default 8501; 0 picks a free one)")
    run.add_argument("--host", default="127.0.0.1", help=argparse.SUPPRESS)
    _add_requirement_options(run)
    run.set_defaults(func=cmd_run)

    build = sub.add_parser("build", help="write a static site that any static server can serve")
    build.add_argument("script", help="the app's Python script")
    build.add_argument("-o", "--output", default="site", help="output folder (default: site/)")
    _add_requirement_options(build)
    build.add_argument("--persist-state", action="store_true",
                       help="save session state to sessionStorage after each run and restore it on reload (per tab)")
    build.add_argument("--micropip-fallback", action="store_true",
                       help="leave requirements that cannot be vendored to micropip at run time instead of failing")
    build.add_argument("--no-prerender", action="store_true", help="do not run the app at build time for a first paint")
    build.add_argument("--no-service-worker", action="store_true", help="no sw.js (no offline cache)")
    build.add_argument("--dev-tools", action="store_true",
                       help="add \"Download this session as a test\" to the main menu (as `wasmlit run` does), "
                            "and the test channel the Playwright helpers read session state through")
    build.add_argument("--self-contained", action="store_true",
                       help="download the Pyodide packages the app needs (numpy, pandas ...) at build time, check "
                            "their sha256 and serve them from the site, so it runs with the network off")
    build.add_argument("--snapshot", action=argparse.BooleanOptionalAction, default=True,
                       help="after a first visit (once the page is quiet), the browser makes a memory snapshot of "
                            "Python with the runtime imported (in Cache Storage, about 30 MiB) and boots return "
                            "visits from it (default: on; --no-snapshot turns it off)")
    build.set_defaults(func=cmd_build)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BuildError as exc:
        print(f"wasmlit: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"wasmlit: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
