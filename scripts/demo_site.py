"""What the screenshot scripts share: a throwaway SQLite site with the demo data, served by
runserver on a free port, and the headless Chromium launch options that work on these machines."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC = ROOT / "tests" / "fixtures" / "synthetic"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
Built = TypeVar("Built")


def import_demo_data() -> None:
    """The demo (samples/ and the synthetic reviews, linked) plus the synthetic news summary."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0)
    call_command("import_reports", *map(str, SYNTHETIC.glob("*summary*.txt")), kind="summary", verbosity=0)
    call_command("link", verbosity=0)


@contextmanager
def served_site(prefix: str, build: Callable[[], Built], ready_path: str) -> Iterator[tuple[str, Built]]:
    """(base URL, what `build` returned): `build` fills a fresh database, then the site is served."""
    with tempfile.TemporaryDirectory(prefix=prefix) as scratch:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{scratch}/db.sqlite3", "MEDIA_ROOT": f"{scratch}/media",
               "DJANGO_SETTINGS_MODULE": "tracker.settings", "DEBUG": "true"}
        env.pop("CELERY_BROKER_URL", None)  # eager tasks: the demo links inline
        os.environ.clear()
        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        built = build()
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), "runserver", "--noreload", f"127.0.0.1:{port}"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_for(base + ready_path)
            yield base, built
        finally:
            server.terminate()
            server.wait(timeout=10)


def capture_pages(pages: list[tuple[str, str, int]], base: str, out: Path) -> None:
    """Full-page screenshots: (file name, path on the site, viewport width) each."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, path, width in pages:
            page = browser.new_page(viewport={"width": width, "height": 900}, device_scale_factor=1)
            page.goto(base + path, wait_until="load")
            page.screenshot(path=str(out / name), full_page=True)
            page.close()
            print(f"wrote {out / name} from {path}")
        browser.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
