"""Two real Syncthing instances on this machine that share one folder over 127.0.0.1.

    from syncthing_pair import pair_logs, syncthing_pair, wait_for

    def test_something(tmp_path):
        with syncthing_pair(tmp_path) as (folder_a, folder_b, rescan):
            (folder_a / "x.txt").write_text("hi")
            rescan()  # optional: the folder watcher and a 1 s rescan interval find it too
            wait_for(lambda: (folder_b / "x.txt").exists(), 60, "x.txt in B", pair_logs(tmp_path))

Each instance gets its own home (keys, config, database) under tmp_path/"syncthing-pair" and
free loopback ports only: the GUI/REST API on 127.0.0.1 and the sync protocol listening on
tcp://127.0.0.1. Before either starts, its config.xml is written with every feature that talks
to the outside world off (global and local discovery, relays, NAT traversal and STUN, usage and
crash reporting, upgrades; their server lists and URLs are blanked too), and the two devices
know each other only by explicit tcp://127.0.0.1:PORT addresses, never "dynamic". Once the API
answers, the helper reads the options back from it and fails if any of them is on.

Uses Debian's syncthing (v1.19+, with the `generate` and `serve` subcommands). When it is
missing, syncthing_or_skip() tries `apt-get install -y syncthing` (as root) and skips the test
with the reason when that is not possible. Every wait is bounded; a timeout raises an
AssertionError that ends with the tail of both instances' logs. Both processes are stopped when
the `with` block ends, whether or not the test failed.
"""

from __future__ import annotations

import copy
import functools
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

FOLDER_ID = "selfkind-sync"
CONNECT_TIMEOUT = 60.0  # seconds for both instances to answer and see each other connected
SYNC_TIMEOUT = 60.0  # seconds a test should give a file to arrive on the other side
_STOP_TIMEOUT = 15.0
_DEVICE_ID = re.compile(r"\b[A-Z2-7]{7}(?:-[A-Z2-7]{7}){7}\b")
# Syncthing's dialer honours these (it would reach the peer through a proxy); the children
# get none of them.
_PROXY_VARS = {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "ftp_proxy"}
# Talk to the REST API directly, never through a proxy from the environment.
_LOCAL_HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))

# <options> children written before the first start. A list is one element per item; [""]
# leaves a list empty (an absent element would make Syncthing fill in its "default" servers).
_OFFLINE_OPTIONS: dict[str, list[str]] = {
    "globalAnnounceEnabled": ["false"],
    "globalAnnounceServer": [""],
    "localAnnounceEnabled": ["false"],
    "relaysEnabled": ["false"],
    "natEnabled": ["false"],
    "stunServer": [""],
    "stunKeepaliveStartS": ["0"],
    "stunKeepaliveMinS": ["0"],
    "announceLANAddresses": ["false"],
    "urAccepted": ["-1"],  # usage reporting refused for good
    "urSeen": ["1000"],  # above any usage-report version, so it never asks
    "urURL": [""],
    "crashReportingEnabled": ["false"],
    "crashReportingURL": [""],
    "autoUpgradeIntervalH": ["0"],
    "upgradeToPreReleases": ["false"],
    "releasesURL": [""],
    "startBrowser": ["false"],
    "restartOnWakeup": ["false"],  # a restart would end the process under --no-restart
    # With it on, the inner process moves to a process group of its own (to renice it), out of
    # reach of _stop's kill of the group we started.
    "setLowPriority": ["false"],
    # Syncthing's minimum (default 60 s): a dropped connection is dialled again within seconds.
    "reconnectionIntervalS": ["5"],
}
# What the running instance must report from GET /rest/config/options.
_MUST_READ_BACK = {
    "globalAnnounceEnabled": False,
    "localAnnounceEnabled": False,
    "relaysEnabled": False,
    "natEnabled": False,
    "urAccepted": -1,
    "crashReportingEnabled": False,
    "autoUpgradeIntervalH": 0,
}


@dataclass
class _Instance:
    name: str
    home: Path
    folder: Path
    log: Path
    gui_port: int
    listen_port: int
    apikey: str
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.listen_port}"

    def rest(self, method: str, path: str, timeout: float = 5.0) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.apikey},
        )
        with _LOCAL_HTTP.open(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None


def syncthing_or_skip() -> str:
    """The path of a syncthing binary with the `generate`/`serve` subcommands; else pytest.skip.

    When none is installed, tries `apt-get install -y syncthing` once per test session (only as
    root, only where apt-get exists)."""
    binary = _find_syncthing() or _apt_install_syncthing()
    if binary is None:
        pytest.skip(
            "syncthing is not installed and could not be installed with "
            "`apt-get install -y syncthing` (needs root and Debian's package index)"
        )
    usage = _run([binary, "--help"], timeout=30).stdout
    if "serve" not in usage or "generate" not in usage:
        version = _run([binary, "--version"], timeout=30).stdout.strip()
        pytest.skip(f"{binary} ({version}) predates the generate/serve subcommands (v1.19+)")
    return binary


def wait_for(
    predicate: Callable[[], bool], timeout: float, what: str, logs: Sequence[Path] = ()
) -> None:
    """Poll predicate until it is true; after timeout seconds raise an AssertionError naming
    what was awaited, with the tail of each log in logs."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return
        if time.monotonic() >= deadline:
            raise AssertionError(
                f"timed out after {timeout:.0f} s waiting for {what}" + _tails(logs)
            )
        time.sleep(0.2)


def pair_logs(tmp_path: Path) -> list[Path]:
    """The two instances' log files (stdout and stderr) that syncthing_pair(tmp_path) writes."""
    base = tmp_path / "syncthing-pair"
    return [base / "a.log", base / "b.log"]


@contextmanager
def syncthing_pair(tmp_path: Path) -> Iterator[tuple[Path, Path, Callable[[], None]]]:
    """Two Syncthing instances sharing one folder over 127.0.0.1: (folder_a, folder_b, rescan).

    The pair is connected when the block starts. rescan() asks both instances to scan the
    shared folder now (it returns once both scans are done). Both processes are stopped on
    leaving the block."""
    binary = syncthing_or_skip()
    base = tmp_path / "syncthing-pair"
    base.mkdir(parents=True, exist_ok=False)
    gui_a, listen_a, gui_b, listen_b = _free_loopback_ports(4)
    log_a, log_b = pair_logs(tmp_path)
    a = _Instance("a", base / "home-a", base / "a", log_a, gui_a, listen_a, secrets.token_hex(16))
    b = _Instance("b", base / "home-b", base / "b", log_b, gui_b, listen_b, secrets.token_hex(16))
    logs = [a.log, b.log]
    env = _child_env()
    for instance in (a, b):
        instance.folder.mkdir()
        (instance.folder / ".stfolder").mkdir()  # the folder marker Syncthing checks for
        instance.device_id = _generate(binary, instance, env)
    for instance, peer in ((a, b), (b, a)):
        _write_config(instance, peer)

    with ExitStack() as stack:
        # One instance after the other. Syncthing dials from its own listening port, so two
        # instances that dial each other in the same instant collide on one TCP 4-tuple and
        # wait out a 20 s Hello timeout (3 of 15 simultaneous starts did). A's first dial, at
        # its start, finds nothing listening; B then starts and dials A, and is connected
        # before A's next dial (about 5 s after its first).
        deadline = time.monotonic() + CONNECT_TIMEOUT
        for instance in (a, b):
            _start(binary, instance, env)
            stack.callback(_stop, instance)
            wait_for(
                functools.partial(_answers, instance),
                deadline - time.monotonic(),
                f"syncthing {instance.name}'s REST API on 127.0.0.1:{instance.gui_port}",
                logs,
            )
            _check_offline(instance)
        wait_for(
            lambda: _connected(a, b) and _connected(b, a),
            deadline - time.monotonic(),
            f"the two instances to connect over 127.0.0.1 ({a.address} <-> {b.address})",
            logs,
        )

        def rescan() -> None:
            for instance in (a, b):
                instance.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}", timeout=30)

        yield a.folder, b.folder, rescan


# --- setting up -------------------------------------------------------------------------------


def _find_syncthing() -> str | None:
    found = shutil.which("syncthing")
    if found is None and os.access("/usr/bin/syncthing", os.X_OK):
        found = "/usr/bin/syncthing"
    return found


@functools.lru_cache(maxsize=1)
def _apt_install_syncthing() -> str | None:
    """Debian's package, installed as CI's .ci/run installs its packages; None if not possible."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return None
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "syncthing"]
    # Straight away, then once more after an update in case the package index is stale or empty.
    for commands in ([install], [["apt-get", "update", "-qq"], install]):
        for command in commands:
            try:
                subprocess.run(command, env=env, capture_output=True, timeout=600, check=False)
            except (OSError, subprocess.TimeoutExpired):
                return None
        if _find_syncthing():
            return _find_syncthing()
    return None


def _run(
    command: list[str], timeout: float, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in _PROXY_VARS}
    env.update(STNODEFAULTFOLDER="1", STNOUPGRADE="1", STNORESTART="1")
    return env


def _free_loopback_ports(count: int) -> list[int]:
    """Ports the kernel hands out on 127.0.0.1, all held at once so they differ. Another
    process could take one before Syncthing binds it; the start then fails with a clear log."""
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _generate(binary: str, instance: _Instance, env: dict[str, str]) -> str:
    """Keys and a first config.xml in instance.home; returns the device ID."""
    done = _run(
        [
            binary,
            "generate",
            "--home",
            str(instance.home),
            "--no-default-folder",
            "--skip-port-probing",
        ],
        timeout=60,
        env={**env, "HOME": str(instance.home)},
    )
    if done.returncode != 0 or not (instance.home / "config.xml").is_file():
        raise AssertionError(f"syncthing generate failed:\n{done.stdout}{done.stderr}")
    shown = _run(
        [binary, "serve", "--home", str(instance.home), "--device-id"],
        timeout=60,
        env={**env, "HOME": str(instance.home)},
    )
    match = _DEVICE_ID.search(shown.stdout)
    if match is None:
        raise AssertionError(
            f"no device ID from syncthing --device-id:\n{shown.stdout}{shown.stderr}"
        )
    return match.group(0)


def _write_config(instance: _Instance, peer: _Instance) -> None:
    """Patch the generated config.xml: both devices at explicit loopback addresses, the shared
    folder, the GUI/REST on a loopback port with our API key, every outward feature off."""
    path = instance.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    defaults = root.find("defaults")
    device_template = defaults.find("device") if defaults is not None else None
    folder_template = defaults.find("folder") if defaults is not None else None

    for old in root.findall("device") + root.findall("folder"):
        root.remove(old)

    folder = copy.deepcopy(folder_template) if folder_template is not None else ET.Element("folder")
    for child in folder.findall("device"):
        folder.remove(child)
    folder.attrib.update(
        id=FOLDER_ID,
        label=FOLDER_ID,
        path=str(instance.folder),
        type="sendreceive",
        rescanIntervalS="1",
        fsWatcherEnabled="true",
        fsWatcherDelayS="1",
    )
    for device in (instance, peer):
        shared = ET.Element("device", id=device.device_id, introducedBy="")
        ET.SubElement(shared, "encryptionPassword")
        folder.insert(0, shared)
    root.insert(0, folder)

    for device in (peer, instance):
        element = (
            copy.deepcopy(device_template) if device_template is not None else ET.Element("device")
        )
        element.attrib.update(id=device.device_id, name=f"selfkind-{device.name}")
        _set_children(element, "address", [device.address])
        _set_children(element, "paused", ["false"])
        _set_children(element, "autoAcceptFolders", ["false"])
        root.insert(0, element)

    gui = root.find("gui")
    if gui is None:
        gui = ET.SubElement(root, "gui")
    gui.attrib.update(enabled="true", tls="false")
    _set_children(gui, "address", [f"127.0.0.1:{instance.gui_port}"])
    _set_children(gui, "apikey", [instance.apikey])

    options = root.find("options")
    if options is None:
        options = ET.SubElement(root, "options")
    _set_children(options, "listenAddress", [instance.address])
    for tag, values in _OFFLINE_OPTIONS.items():
        _set_children(options, tag, values)

    tree.write(path, encoding="utf-8")


def _set_children(parent: ET.Element, tag: str, values: list[str]) -> None:
    """Replace every <tag> child of parent with one per value, where the first one stood."""
    old = parent.findall(tag)
    at = list(parent).index(old[0]) if old else len(parent)
    for child in old:
        parent.remove(child)
    for offset, value in enumerate(values):
        child = ET.Element(tag)
        child.text = value
        parent.insert(at + offset, child)


# --- running ----------------------------------------------------------------------------------


def _start(binary: str, instance: _Instance, env: dict[str, str]) -> None:
    with instance.log.open("ab") as log:
        instance.process = subprocess.Popen(
            [
                binary,
                "serve",
                "--home",
                str(instance.home),
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--no-default-folder",
                "--logflags=0",
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**env, "HOME": str(instance.home)},
            start_new_session=True,  # a ^C to pytest does not reach it; _stop ends it
        )


def _stop(instance: _Instance) -> None:
    """SIGTERM, then SIGKILL after _STOP_TIMEOUT. `syncthing serve` is a monitor process that
    runs the real one as its child (even with --no-restart); on SIGTERM the monitor stops the
    child and waits for it. Whatever is left of the process group we started is killed (the
    child stays in that group because setLowPriority is off)."""
    process = instance.process
    if process is None:
        return
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            _kill_group(process.pid)
            process.wait(timeout=_STOP_TIMEOUT)
    _kill_group(process.pid)  # a child the monitor left behind, if any


def _kill_group(pgid: int) -> None:
    """SIGKILL the process group that start_new_session=True gave our syncthing (its id is the
    monitor's pid), if anything in it still runs."""
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _answers(instance: _Instance) -> bool:
    if instance.process is not None and instance.process.poll() is not None:
        raise AssertionError(
            f"syncthing {instance.name} exited with {instance.process.returncode}"
            + _tails([instance.log])
        )
    try:
        status = instance.rest("GET", "/rest/system/status", timeout=2)
    except (
        OSError,
        ValueError,
        http.client.HTTPException,
    ):  # not listening yet, or a half-started answer
        return False
    return isinstance(status, dict) and status.get("myID") == instance.device_id


def _check_offline(instance: _Instance) -> None:
    options = instance.rest("GET", "/rest/config/options")
    assert isinstance(options, dict), options
    wrong = {k: options.get(k) for k, v in _MUST_READ_BACK.items() if options.get(k) != v}
    listen = options.get("listenAddresses")
    if listen != [instance.address]:
        wrong["listenAddresses"] = listen
    for servers in ("globalAnnounceServers", "stunServers"):  # absent in some versions
        if any(options.get(servers) or []):
            wrong[servers] = options.get(servers)
    if wrong:
        raise AssertionError(f"syncthing {instance.name} has outward features on: {wrong}")


def _connected(instance: _Instance, peer: _Instance) -> bool:
    try:
        answer = instance.rest("GET", "/rest/system/connections", timeout=2)
    except (OSError, ValueError, http.client.HTTPException):
        return False
    if not isinstance(answer, dict):
        return False
    connection = answer.get("connections", {}).get(peer.device_id, {})
    return bool(connection.get("connected"))


def _tails(logs: Sequence[Path], lines: int = 40) -> str:
    parts = []
    for log in logs:
        try:
            text = log.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            text = f"(unreadable: {error})"
        tail = "\n".join(text.splitlines()[-lines:])
        parts.append(f"\n--- last {lines} lines of {log} ---\n{tail}")
    return "".join(parts)
