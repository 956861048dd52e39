"""Run the sandbox: uvicorn serving ``SisterApp`` in a background thread of this process.

A thread (not the caller's event loop) so tests and the demo can talk to it from a qasync or
plain asyncio loop, or from synchronous code, without the two loops knowing each other.
"""

from __future__ import annotations

import random
import socket
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from types import TracebackType

import uvicorn

from sister_desktop.sandbox.app import PREFIXES, ROLES, Credential, SisterApp, known_endpoints
from sister_desktop.sandbox.dataset import World
from sister_desktop.sandbox.faults import Faults
from sister_desktop.sandbox.stats import Stats


@dataclass(frozen=True)
class Credentials:
    """What the SISTER "Sandbox" page shows an operator, plus the base URL to use it on."""

    url: str
    id_pengguna: str
    username: str
    password: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def make_credential(seed: int, role: str = "basic") -> Credential:
    """A credential of the sandbox's PT: reproducible from the seed, shaped like the real.
    ``role`` ``basic`` (Sister-WS Basic) or ``pro`` (Sister-WS Pro), each its own user."""
    stream = f"sister-sandbox-credential/{seed}"
    rng = random.Random(stream if role == "basic" else f"{stream}/{role}")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return Credential(
        id_pengguna=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        username="".join(rng.choice(alphabet) for _ in range(43)) + "=",
        password="".join(rng.choice(alphabet) for _ in range(64)),
        role=ROLES[role],
    )


class SandboxServer:
    """A SISTER sandbox on loopback. ``start()`` returns once it accepts connections."""

    def __init__(
        self,
        seed: int = 7,
        size: int = 300,
        host: str = "127.0.0.1",
        port: int = 0,
        latency_ms: float = 0,
        fail_rate: float = 0.0,
        rate_limit: int = 0,
        lockout_s: float = 900,
        token_ttl_s: float = 3600,
        role: str = "basic",
        write_fault: str | None = None,
        write_delay_s: float = 30.0,
    ) -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; use one of {sorted(ROLES)}")
        self.seed = seed
        #: The role of the credential ``credentials`` gives (the other logs in as well).
        self.role = role
        self.host = host
        self.port = port
        self.world = World(seed=seed, size=size)
        self.faults = Faults(
            latency_ms=latency_ms,
            fail_rate=fail_rate,
            rate_limit=rate_limit,
            lockout_s=lockout_s,
            token_ttl_s=token_ttl_s,
            known_endpoints=known_endpoints(),
            write_delay_s=write_delay_s,
        )
        if write_fault is not None:
            self.faults.fail_writes(write_fault)
        self.stats = Stats()
        self._accounts = {name: make_credential(seed, name) for name in ROLES}
        self._credential = self._accounts[role]
        others = tuple(c for name, c in self._accounts.items() if name != role)
        self.app = SisterApp(self.world, self._credential, self.faults, self.stats, others)
        self.writes = self.app.writes
        self._server: uvicorn.Server | None = None
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}{PREFIXES[0]}"

    @property
    def sandbox_url(self) -> str:
        """The same service under the ``/ws-sandbox.php/1.0`` base path."""
        return f"http://{self.host}:{self.port}{PREFIXES[1]}"

    @property
    def credentials(self) -> Credentials:
        """The credential of the chosen ``role``."""
        return self.credentials_for(self.role)

    def credentials_for(self, role: str) -> Credentials:
        """The credential of ``role`` (``basic`` or ``pro``): both log in to this sandbox."""
        c = self._accounts[role]
        return Credentials(self.base_url, c.id_pengguna, c.username, c.password)

    def start(self, timeout: float = 10.0) -> SandboxServer:
        if self._thread is not None:
            raise RuntimeError("the sandbox is already running")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # proto=IPPROTO_TCP matters: asyncio turns on TCP_NODELAY only for sockets that say TCP,
        # and without it small answers wait ~40 ms for the client's delayed ACK (Nagle).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        self._socket = sock
        config = uvicorn.Config(
            self.app.asgi,
            log_level="warning",
            access_log=False,
            lifespan="off",
            interface="asgi3",
            loop="asyncio",
            http="h11",
            timeout_keep_alive=30,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="sister-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox server stopped while starting")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError("the sandbox server did not start in time")
            time.sleep(0.005)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    def wait(self) -> None:
        """Block until the server stops (used by the command line)."""
        thread = self._thread
        while thread is not None and thread.is_alive():
            thread.join(0.2)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
