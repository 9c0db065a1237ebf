"""A real Joule node: jouled 1.0.1 on a private PostgreSQL 15 cluster, bound to 127.0.0.1.

joule needs five TimescaleDB functions; plain PostgreSQL gets stand-ins for them (`STUBS`), which
change nothing the HTTP wire shows. jouled runs from its own virtualenv, created once in the
repository's git-ignored `.cache/joule-venv/` and reused, so it never mixes with our packages.

    python tests/joule/node.py          # bring a node up for manual use, until Ctrl-C
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache"
VENV = CACHE / "joule-venv"
JOULE_REQUIREMENTS = ("joule==1.0.1", "sqlalchemy>=2.0,<2.1")
PG_BIN = Path(os.environ.get("JOULE_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))
KEY = "ci-api-key-0123456789abcdef0123456789"
IMPORTER_KEY = "importer-key-0123456789abcdef0123456789"
LIVE_STREAM = "/live/random"
READY_SECONDS = 90.0
LOCALE = ("--locale=C.UTF-8",)

STUBS = """
CREATE FUNCTION create_hypertable(relation regclass, time_column_name name, if_not_exists boolean DEFAULT false)
RETURNS TABLE(hypertable_id integer, schema_name name, table_name name, created boolean)
LANGUAGE sql AS $$ SELECT 0, ''::name, relation::text::name, true $$;

CREATE FUNCTION set_chunk_time_interval(hypertable regclass, chunk_time_interval bigint)
RETURNS void LANGUAGE sql AS $$ SELECT $$;

CREATE FUNCTION drop_chunks(relation regclass, older_than interval) RETURNS SETOF text
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DELETE FROM %s WHERE time < $1', relation) USING (now() at time zone 'utc') - older_than;
END $$;

CREATE FUNCTION drop_chunks(relation regclass, older_than timestamp) RETURNS SETOF text
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DELETE FROM %s WHERE time < $1', relation) USING older_than;
END $$;

CREATE FUNCTION hypertable_detailed_size(hypertable regclass)
RETURNS TABLE(table_bytes bigint, index_bytes bigint, toast_bytes bigint, total_bytes bigint, node_name name)
LANGUAGE sql STABLE AS $$
  SELECT pg_relation_size(hypertable), pg_indexes_size(hypertable),
         COALESCE((SELECT pg_total_relation_size(reltoastrelid) FROM pg_class
                   WHERE oid = hypertable AND reltoastrelid <> 0), 0),
         pg_total_relation_size(hypertable), NULL::name
$$;

CREATE FUNCTION time_bucket_gapfill(bucket_width interval, ts timestamp) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT date_bin(bucket_width, ts, timestamp '2000-01-03') $$;
"""

BOOTSTRAP = """
CREATE USER joule WITH PASSWORD 'joule';
ALTER ROLE joule WITH CREATEROLE REPLICATION;
GRANT ALL PRIVILEGES ON DATABASE joule TO joule WITH GRANT OPTION;
GRANT pg_read_all_settings TO joule;
GRANT CREATE ON SCHEMA public TO joule;
"""


class NodeFailed(RuntimeError):
    """The node did not come up; the message holds the tail of its logs."""


@dataclass(frozen=True)
class JouleNode:
    """A running node: where it answers, the key it accepts, and its own virtualenv."""

    url: str
    key: str
    importer_key: str
    base: Path
    venv: Path
    live_stream: str

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def joule_venv(venv: Path = VENV) -> Path:
    """The virtualenv holding jouled 1.0.1, created on first use (about a minute) and reused after."""
    marker = venv / ".complete"
    wanted = " ".join(JOULE_REQUIREMENTS)
    if marker.exists() and marker.read_text().strip() == wanted:
        return venv
    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(venv.parent / f"{venv.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if marker.exists() and marker.read_text().strip() == wanted:
            return venv
        shutil.rmtree(venv, ignore_errors=True)
        base_python = getattr(sys, "_base_executable", sys.executable)
        subprocess.run([base_python, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check", *JOULE_REQUIREMENTS],
            check=True,
        )
        marker.write_text(wanted + "\n")
    return venv


def _as_postgres(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """PostgreSQL refuses to run as root, so root runs it as the `postgres` user."""
    command = ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args
    return subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload,no-any-return]


def _checked(done: subprocess.CompletedProcess[str], what: str) -> None:
    if done.returncode != 0:
        raise NodeFailed(f"{what} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")


def _owned_dir(path: Path) -> Path:
    path.mkdir(parents=True)
    if os.geteuid() == 0:
        shutil.chown(path, "postgres", "postgres")
    return path


class _Postgres:
    """A throwaway cluster in `base`, listening on 127.0.0.1 only."""

    def __init__(self, base: Path) -> None:
        self.data = _owned_dir(base / "pgdata")
        self.sockets = _owned_dir(base / "pgsock")
        self.logs = _owned_dir(base / "pglog")
        self.port = free_port()

    def start(self) -> None:
        _checked(
            _as_postgres(
                [str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", *LOCALE]
            ),
            "initdb",
        )
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.sockets}"
        started = _as_postgres(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.logs / "pg.log"),
                "-w",
                "start",
            ]
        )
        _checked(started, "pg_ctl start")
        self.psql("postgres", "postgres", "CREATE DATABASE joule;")
        self.psql("postgres", "joule", BOOTSTRAP)
        self.psql("joule", "joule", STUBS)

    def psql(self, user: str, database: str, sql: str) -> None:
        env = {**os.environ, "PGPASSWORD": "joule"}
        command = [str(PG_BIN / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", user, "-d", database]
        done = subprocess.run(
            [*command, "-v", "ON_ERROR_STOP=1", "-q"], input=sql, capture_output=True, text=True, env=env, check=False
        )
        _checked(done, f"psql as {user}")

    def pid(self) -> int | None:
        with contextlib.suppress(OSError, ValueError, IndexError):
            return int((self.data / "postmaster.pid").read_text().splitlines()[0])
        return None

    def stop(self) -> None:
        pid = self.pid()
        if pid is None:
            return
        done = _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "-t", "30", "stop"])
        if done.returncode != 0:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _main_conf(base: Path, port: int, pg_port: int, venv: Path, with_module: bool) -> str:
    etc, run = base / "etc", base / "run"
    for folder in (
        etc / "module_configs",
        etc / "data_stream_configs",
        etc / "event_stream_configs",
        etc / "importer_configs",
        etc / "exporter_configs",
        run / "importer_data",
        run / "exporter_data",
        base / "sock",
    ):
        folder.mkdir(parents=True)
    (etc / "users.conf").write_text(f"ci, {KEY}\n")
    if with_module:
        (etc / "module_configs" / "random.conf").write_text(
            textwrap.dedent(f"""\
                [Main]
                name = random
                description = random numbers for the live tests
                exec_cmd = {venv / "bin" / "joule-random-reader"}
                [Arguments]
                width = 3
                rate = 50
                [Outputs]
                output = {LIVE_STREAM}:float32[x,y,z]
                """)
        )
    return textwrap.dedent(f"""\
        [Main]
        Name = testnode
        ModuleDirectory = {etc / "module_configs"}
        DataStreamDirectory = {etc / "data_stream_configs"}
        EventStreamDirectory = {etc / "event_stream_configs"}
        ImporterConfigsDirectory = {etc / "importer_configs"}
        ExporterConfigsDirectory = {etc / "exporter_configs"}
        ImporterDataDirectory = {run / "importer_data"}
        ExporterDataDirectory = {run / "exporter_data"}
        UsersFile = {etc / "users.conf"}
        ImporterKey = {IMPORTER_KEY}
        IPAddress = 127.0.0.1
        Port = {port}
        SocketDirectory = {base / "sock"}
        Database = joule:joule@127.0.0.1:{pg_port}/joule
        InsertPeriod = 1
        CleanupPeriod = 60
        MaxLogLines = 100
        EchoModuleLogs = no
        [Proxies]
        site1 = http://127.0.0.1:9/
        """)


def _tail(path: Path, lines: int = 40) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    return ""


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + READY_SECONDS
    with httpx.Client(base_url=url, headers={"X-API-KEY": KEY}, timeout=2) as http:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise NodeFailed(f"jouled exited with {process.returncode}:\n{_tail(log)}")
            with contextlib.suppress(httpx.HTTPError):
                if http.get("/version").status_code == 200:
                    return
            time.sleep(0.2)
    raise NodeFailed(f"jouled did not accept the key within {READY_SECONDS:.0f} s:\n{_tail(log)}")


def _stop_jouled(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, which jouled handles (modules included), then SIGKILL to its own process group."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


@contextlib.contextmanager
def running_node(*, with_module: bool = True, venv: Path | None = None) -> Iterator[JouleNode]:
    """Bring a node up, yield it once its key is accepted, and always tear it down.

    Example::

        with running_node() as node:
            httpx.get(node.url + "/version", headers={"X-API-KEY": node.key}).text  # '1.0.1'
    """
    venv = joule_venv() if venv is None else venv
    base = Path(tempfile.mkdtemp(prefix="joule-node-"))
    base.chmod(0o755)
    postgres = _Postgres(base)
    process: subprocess.Popen[bytes] | None = None
    try:
        postgres.start()
        port = free_port()
        conf = base / "etc" / "main.conf"
        text = _main_conf(base, port, postgres.port, venv, with_module)
        conf.write_text(text)
        log = base / "jouled.log"
        with open(log, "wb") as out:
            process = subprocess.Popen(
                [str(venv / "bin" / "jouled"), "--config", str(conf)],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        url = f"http://127.0.0.1:{port}"
        _wait_ready(url, process, log)
        yield JouleNode(url, KEY, IMPORTER_KEY, base, venv, LIVE_STREAM)
    finally:
        try:
            if process is not None:
                _stop_jouled(process)
        finally:
            postgres.stop()
            shutil.rmtree(base, ignore_errors=True)


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    signal.signal(signal.SIGTERM, _stop)
    with running_node() as node:
        print(f"Joule node at {node.url}")
        print(f"  X-API-KEY: {node.key}")
        print(f"  joule's own client: {node.python}")
        print("Ctrl-C stops it.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()


if __name__ == "__main__":
    main()
