"""Hosts of our own for a test: network namespaces on one private /24, made and removed by it.

A switch namespace holds a bridge; each host is a namespace with a veth pair into the bridge,
and the root namespace (where pytest runs) gets one too, so the test talks to every host by its
address. All of it is named after this process and a random tag, so runs never collide, and is
removed at the end (also after a failure); namespaces of a dead run are removed by the next one.
Traffic only ever goes to these addresses, which exist nowhere but in these namespaces.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PREFIX = "pinpoint"  # namespace names: pinpoint-<pid>-<tag>-<label>
ROOT_INDEX = 100  # the root namespace's address on the LAN: x.y.z.100


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30, check=False)
    if check and done.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)} failed: {done.stderr.strip()}")
    return done


def unavailable_reason() -> str | None:
    """Why namespaces cannot be made here (not root, no ``ip``, refused), or None."""
    if os.geteuid() != 0:
        return "network namespaces need root (ip netns add); this run is not root"
    if shutil.which("ip") is None:
        return "no `ip` command (iproute2 is not installed)"
    probe = f"{PREFIX}-{os.getpid()}-probe{secrets.token_hex(2)}"
    made = _ip("netns", "add", probe, check=False)
    if made.returncode != 0:
        return f"`ip netns add` is refused here: {made.stderr.strip()}"
    _ip("netns", "del", probe, check=False)
    return None


def _namespaces() -> list[str]:
    listed = _ip("netns", "list", check=False).stdout
    return [line.split()[0] for line in listed.splitlines() if line.strip()]


def _kill_inside(namespace: str) -> None:
    """SIGKILL whatever still runs in ``namespace`` (a server a failed test left)."""
    for pid in _ip("netns", "pids", namespace, check=False).stdout.split():
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(pid), signal.SIGKILL)


def _owner_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def reap_stale() -> list[str]:
    """Remove the namespaces of runs whose process is gone."""
    reaped = []
    for name in _namespaces():
        match = re.fullmatch(rf"{PREFIX}-(\d+)-\w+-\w+", name)
        if match and not _owner_alive(int(match.group(1))):
            _kill_inside(name)
            _ip("netns", "del", name, check=False)
            reaped.append(name)
    return reaped


def _free_subnet() -> ipaddress.IPv4Network:
    """A random 10.x.y.0/24 that no address or route of the root namespace touches."""
    used = _ip("-4", "-o", "addr", check=False).stdout + _ip("-4", "route", check=False).stdout
    taken = []
    for word in used.split():  # addresses and networks: 192.0.2.2/24, 192.0.2.1, ...
        with contextlib.suppress(ValueError):
            taken.append(ipaddress.ip_network(word, strict=False))
    for _ in range(200):
        net = ipaddress.ip_network(f"10.{random.randint(64, 250)}.{random.randint(0, 255)}.0/24")
        if not any(net.overlaps(other) for other in taken):
            return net
    raise RuntimeError("no free 10.x.y.0/24 for the test hosts")


@dataclass(frozen=True)
class Host:
    """One namespace with one address on the LAN."""

    namespace: str
    address: str

    def prefix(self) -> list[str]:
        """Put before a command to run it on this host."""
        return ["ip", "netns", "exec", self.namespace]


@dataclass
class Lan:
    """The switch, the hosts made so far, and the root namespace's own port on the switch."""

    tag: str
    subnet: ipaddress.IPv4Network
    switch: str
    hosts: list[Host] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # root-namespace veth ends
    count: int = 0

    @property
    def cidr(self) -> str:
        return str(self.subnet)

    def address(self, index: int) -> str:
        return str(self.subnet.network_address + index)

    def _plug(self, namespace: str | None, index: int) -> None:
        """A veth pair: one end on the bridge, the other in ``namespace`` (None: the root)."""
        self.count += 1
        inner, outer = f"v{self.tag}{self.count}a", f"v{self.tag}{self.count}b"
        _ip("link", "add", inner, "type", "veth", "peer", "name", outer)
        if namespace is None:
            self.links.append(inner)
        _ip("link", "set", outer, "netns", self.switch)
        _ip("-n", self.switch, "link", "set", outer, "master", "br0")
        _ip("-n", self.switch, "link", "set", outer, "up")
        run_in = [] if namespace is None else ["-n", namespace]
        if namespace is not None:
            _ip("link", "set", inner, "netns", namespace)
        _ip(*run_in, "addr", "add", f"{self.address(index)}/{self.subnet.prefixlen}", "dev", inner)
        _ip(*run_in, "link", "set", inner, "up")

    def host(self, label: str, index: int) -> Host:
        """A new namespace ``label`` with address x.y.z.``index`` (and its loopback up)."""
        namespace = f"{PREFIX}-{os.getpid()}-{self.tag}-{label}"
        _ip("netns", "add", namespace)
        made = Host(namespace, self.address(index))
        self.hosts.append(made)
        _ip("-n", namespace, "link", "set", "lo", "up")
        self._plug(namespace, index)
        return made

    def wait_reachable(self, host: Host, port: int, timeout: float = 30.0) -> None:
        """Until ``host``:``port`` accepts a TCP connection from the root namespace."""
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(OSError), socket.create_connection((host.address, port), 0.5):
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"{host.address}:{port} unreachable within {timeout} s")
            time.sleep(0.05)

    def close(self) -> None:
        for made in self.hosts:
            _kill_inside(made.namespace)
            _ip("netns", "del", made.namespace, check=False)
        _ip("netns", "del", self.switch, check=False)
        for link in self.links:  # gone with its peer, but the kernel removes that lazily
            _ip("link", "del", link, check=False)


@contextlib.contextmanager
def lan() -> Iterator[Lan]:
    """A fresh LAN with the root namespace on it at x.y.z.100; removed when the block ends."""
    reap_stale()
    tag = secrets.token_hex(3)
    switch = f"{PREFIX}-{os.getpid()}-{tag}-switch"
    made = Lan(tag=tag, subnet=_free_subnet(), switch=switch)
    try:
        _ip("netns", "add", switch)
        _ip("-n", switch, "link", "add", "br0", "type", "bridge")
        _ip("-n", switch, "link", "set", "br0", "up")
        made._plug(None, ROOT_INDEX)
        yield made
    finally:
        made.close()


def spawn(host: Host, command: Sequence[str], log: Path, cwd: Path) -> subprocess.Popen[bytes]:
    """Run ``command`` on ``host`` in its own process group, its output to ``log``."""
    with log.open("wb") as sink:
        return subprocess.Popen(
            [*host.prefix(), *command], cwd=cwd, stdout=sink, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip


def stop(process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """SIGTERM to the process group, SIGKILL after ``timeout``."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
