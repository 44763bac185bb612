"""Headless Chromium for the newsletter's browser tests, driven through its DevTools
protocol over a pipe: no port, no network, no third-party driver.

Chromium is started with ``--remote-debugging-pipe``: it reads commands (JSON, each ended by
a NUL byte) on its file descriptor 3 and writes answers and events on 4. bash puts the
two pipes there (``exec chromium … 3<&R 4>&W``; dash takes one-digit numbers only), so no
Python code runs between fork and exec. Each run gets a fresh profile folder and, when ``fonts`` is given, a fontconfig
configuration that knows only those font folders, so that what a page can draw does not
depend on the machine.

The missing-glyph check (:meth:`Page.missing_glyphs`) asks Chromium which fonts drew the
text of each element (``CSS.getPlatformFontsForNode``) and checks, in those fonts'
character maps (read with HarfBuzz), that every character of the element's text is in one
of them. A character that no font has is drawn as the primary font's empty box ("tofu"),
and that font does not map it: the check finds exactly those. It cannot be fooled by a
glyph that merely has the tofu's width, which a width comparison can.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import uharfbuzz as hb

CHROMIUM_NAMES = ("chromium", "chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-default-browser-check",
    "--mute-audio",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
)
TIMEOUT = 60.0


def find_chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class BrowserError(RuntimeError):
    pass


def _above(fd: int, lowest: int) -> int:
    """``fd`` moved to a number of ``lowest`` or more."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, lowest)
    os.close(fd)
    return moved


def _fontconfig(folder: Path, font_dirs: Iterable[Path]) -> Path:
    cache = folder / "fontconfig-cache"
    cache.mkdir()
    dirs = "".join(f"<dir>{d}</dir>" for d in font_dirs)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig>{dirs}<cachedir>{cache}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return conf


class Chromium:
    """One headless Chromium process; use as a context manager."""

    def __init__(self, executable: str, *, fonts: Iterable[Path] | None = None) -> None:
        self.executable = executable
        self.folder = Path(tempfile.mkdtemp(prefix="mra-chromium-"))
        self.font_dirs = list(fonts or [])
        self._next_id = 0
        self._answers: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._lock = threading.Lock()
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Chromium:
        env = dict(os.environ)
        if self.font_dirs:
            env["FONTCONFIG_FILE"] = str(_fontconfig(self.folder, self.font_dirs))
        profile = self.folder / "profile"
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # the shell's redirections below must not overwrite one pipe with the other: the
        # ends Chromium gets are moved above 3 and 4 first
        to_browser_read, from_browser_write = (
            _above(to_browser_read, 10),
            _above(from_browser_write, 10),
        )
        args = [*FLAGS, f"--user-data-dir={profile}", "about:blank"]
        script = f'exec "$0" "$@" 3<&{to_browser_read} 4>&{from_browser_write}'
        self.process = subprocess.Popen(
            [shutil.which("bash") or "/bin/bash", "-c", script, self.executable, *args],
            pass_fds=(to_browser_read, from_browser_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "chromium.log").open("wb"),
            env=env,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.process is not None and self.process.poll() is None:
                try:
                    self.send("Browser.close", timeout=10)
                except BrowserError:
                    pass
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        finally:
            for fd in (self._to_browser, self._from_browser):
                try:
                    os.close(fd)
                except OSError:
                    pass
            shutil.rmtree(self.folder, ignore_errors=True)

    # -- the pipe ------------------------------------------------------------------------
    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_browser, 1 << 16)
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        box = self._answers.get(message["id"])
                    if box is not None:
                        box.put(message)
                else:
                    self._events.put(message)

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: str | None = None,
        timeout: float = TIMEOUT,
    ) -> dict[str, Any]:
        with self._lock:
            self._next_id += 1
            number = self._next_id
            box: queue.Queue[dict[str, Any]] = queue.Queue()
            self._answers[number] = box
        message: dict[str, Any] = {"id": number, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        try:
            answer = box.get(timeout=timeout)
        except queue.Empty:
            raise BrowserError(f"Chromium did not answer {method} in {timeout} s") from None
        finally:
            with self._lock:
                self._answers.pop(number, None)
        if "error" in answer:
            raise BrowserError(f"{method}: {answer['error']}")
        result: dict[str, Any] = answer.get("result", {})
        return result

    def wait_event(self, method: str, session: str, timeout: float = TIMEOUT) -> dict[str, Any]:
        kept = []
        try:
            while True:
                try:
                    event = self._events.get(timeout=timeout)
                except queue.Empty:
                    raise BrowserError(f"no {method} event in {timeout} s") from None
                if event.get("method") == method and event.get("sessionId") == session:
                    return event
                kept.append(event)
        finally:
            for event in kept:
                self._events.put(event)

    def drain_events(self, session: str) -> list[dict[str, Any]]:
        found, kept = [], []
        while True:
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                break
            (found if event.get("sessionId") == session else kept).append(event)
        for event in kept:
            self._events.put(event)
        return found

    def page(self) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        return Page(self, session)


class Page:
    """One tab."""

    def __init__(self, browser: Chromium, session: str) -> None:
        self.browser = browser
        self.session = session
        for domain in ("Page", "Network", "DOM", "CSS", "Runtime"):
            self.send(f"{domain}.enable")
        self.requests: list[str] = []

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, self.session)

    def open(self, path: Path, width: int, height: int = 800) -> None:
        """Load a file at a viewport of ``width`` × ``height`` CSS pixels (a phone's
        viewport below 600 pixels: the page's ``<meta name="viewport">`` applies)."""
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )
        self.browser.drain_events(self.session)
        self.send("Page.navigate", {"url": path.resolve().as_uri()})
        self.browser.wait_event("Page.loadEventFired", self.session)
        self.evaluate("document.fonts.ready.then(() => true)", wait=True)
        self.requests = [
            e["params"]["request"]["url"]
            for e in self.browser.drain_events(self.session)
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def evaluate(self, expression: str, *, wait: bool = False) -> Any:
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": wait},
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression[:60]}…: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path: Path) -> None:
        """The whole page (not only the viewport) as a PNG."""
        data = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        path.write_bytes(base64.b64decode(data["data"]))

    def missing_glyphs(self, selector: str, font_files: dict[str, Path]) -> list[tuple[str, str]]:
        """(character, text) for every character of the elements matching ``selector``
        that none of the fonts Chromium used for the element has; ``font_files`` maps
        PostScript and family names to font files."""
        root = self.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        nodes = self.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]
        texts = self.evaluate(
            f"Array.from(document.querySelectorAll({json.dumps(selector)}), e => e.textContent)"
        )
        if len(texts) != len(nodes):
            raise BrowserError("the page changed while it was read")
        missing = []
        for node, text in zip(nodes, texts, strict=True):
            fonts = self.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            maps = [_cmap(_font_file(f, font_files)) for f in fonts]
            for char in sorted(set(text)):
                if unicodedata.category(char)[0] in "ZC" or char in "\n\t":
                    continue
                if not any(ord(char) in cmap for cmap in maps):
                    missing.append((char, text))
        return missing


def _font_file(font: dict[str, Any], files: dict[str, Path]) -> Path:
    for key in (font.get("postScriptName"), font.get("familyName")):
        if key and key in files:
            return files[key]
    raise BrowserError(f"Chromium drew text with a font the test does not know: {font}")


_CMAPS: dict[Path, frozenset[int]] = {}


def _cmap(path: Path) -> frozenset[int]:
    found = _CMAPS.get(path)
    if found is None:
        face = hb.Face(hb.Blob.from_file_path(str(path)))
        found = _CMAPS[path] = frozenset(face.unicodes)
    return found


def font_names(folder: Path) -> dict[str, Path]:
    """PostScript and family names of the fonts in ``folder``, each with its file."""
    names: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ttf")):
        face = hb.Face(hb.Blob.from_file_path(str(path)))
        for name_id in (hb.OTNameIdPredefined.POSTSCRIPT_NAME, hb.OTNameIdPredefined.FONT_FAMILY):
            name = face.get_name(name_id)
            if name:
                names.setdefault(name, path)
    return names
