"""A throw-away PostgreSQL cluster for tests and fault runs that restart PostgreSQL: the shared
server is never restarted.

`initdb` into a directory of the caller's, trust authentication, user postgres, on a port the
kernel reports free (or the one given). PostgreSQL refuses to run as root: as root the cluster is
created and run as the `postgres` system user (`runuser -u postgres`)."""

from __future__ import annotations

import glob
import os
import pwd
import subprocess
from pathlib import Path

from tests.support.private_redis import free_port


def pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError(f"no {name} under /usr/lib/postgresql/*/bin: install PostgreSQL's server package")
    return found[-1]


class PrivatePostgres:
    def __init__(self, base: Path, port: int = 0) -> None:
        self.dir = base / "pg"
        self.log = base / "pg.log"
        self.socket_dir = base
        self.port = port or free_port()
        self.as_postgres = os.geteuid() == 0

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def init(self) -> None:
        if self.as_postgres:
            user = pwd.getpwnam("postgres")
            os.chown(self.socket_dir, user.pw_uid, user.pw_gid)
        self._run(pg_bin("initdb"), "-D", str(self.dir), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--no-instructions", "--no-sync")  # a throw-away cluster: no need to wait for the disk
        self.start()

    def _ctl(self, action: str, *extra: str) -> None:
        opts = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c max_connections=300 "
                "-c shared_buffers=64MB")
        out = self._run(pg_bin("pg_ctl"), "-D", str(self.dir), "-l", str(self.log), "-w", "-t", "60",
                        "-o", opts, *extra, action, check=False)
        if out.returncode != 0:
            raise RuntimeError(f"pg_ctl {action} failed: {out.stdout}{out.stderr}")

    def start(self) -> None:
        self._ctl("start")

    def stop(self, mode: str = "fast") -> None:
        self._ctl("stop", "-m", mode)

    def restart(self, mode: str = "fast") -> None:
        self._ctl("restart", "-m", mode)

    def destroy(self) -> None:
        if (self.dir / "postmaster.pid").exists():
            self.stop("immediate")
