"""The read-replica check: the portal on a real PostgreSQL streaming replica, then tested.

    sudo .venv/bin/python deploy/replica_check.py        (make replica-check)

As root on Debian with the local primary of DATABASE_URL (default postgres://postgres@127.0.0.1:5432,
trusted): makes a second cluster of the same version on a free port, copies the primary into it
with pg_basebackup and starts it as a hot standby streaming from the primary. Then it runs
`deploy/release` and one gunicorn node with production settings and DATABASE_REPLICA_URL, and,
with the replica's replay paused, publishes an article through the admin: the editor sees it at
once (staff read from the primary), an anonymous reader does not (public pages come from the
replica) until replay resumes. A reader who votes in a poll sees their own vote at once.

The primary is left as it was found. What it changes there, and undoes when it ends (also on
failure or Ctrl-C; a run that was killed is cleaned up by the next): a database of its own,
"unionportal_replica_check"; and, only if the primary refuses replication connections from
127.0.0.1, one line at the top of its pg_hba.conf allowing them for its user, with a reload (no
restart). wal_level and max_wal_senders need a restart to change, so it only checks them.
pg_basebackup asks the primary for an immediate checkpoint and copies the whole cluster.
"""

import contextlib
import ctypes
import datetime
import fcntl
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from check import (
    GUNICORN,
    PORTAL_TIME_ZONE,
    PYTHON,
    ROOT,
    SETTINGS,
    Browser,
    CheckFailed,
    free_port,
    wait_for,
)

DATABASE_NAME = "unionportal_replica_check"
CLUSTER_NAME = "unionportal_replica_check"
HBA_MARK = "# unionportal replica check: removed when the check ends"
LOCK_FILE = Path(tempfile.gettempdir()) / "unionportal-replica-check.lock"
WORK_PREFIX = "unionportal-replica-check-"
PR_SET_PDEATHSIG = 1  # linux/prctl.h
HOST = "localhost"
EDITOR = "kiemtra_replica"


def main():
    if os.geteuid() != 0:
        raise CheckFailed("run as root: it makes and drops a PostgreSQL cluster with pg_createcluster")
    # Killed by CI or a person, it still cleans up (the finally blocks run on SystemExit).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(f"{signal.Signals.SIGTERM.name} received"))
    started = time.monotonic()
    report = {}
    with only_one_at_a_time(), Replica() as replica, Portal(replica) as portal:
        report |= replica.report
        report |= portal.report
        report |= staff_read_their_writes_and_readers_read_the_replica(replica, portal)
        report |= a_voter_sees_their_own_vote(replica, portal)
    report["total, cleaning up included"] = f"{time.monotonic() - started:.1f} s"
    say("Replica check passed.")
    for key, value in report.items():
        print(f"  {key}: {value}")


def say(message):
    print(f"[replica check] {message}", flush=True)


@contextlib.contextmanager
def only_one_at_a_time():
    """Two runs at once would share the cluster name and the pg_hba.conf line."""
    with open(LOCK_FILE, "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CheckFailed(f"another replica check is running ({LOCK_FILE} is locked)") from None
        yield


def timed(report, what, action):
    started = time.monotonic()
    result = action()
    report[what] = f"{time.monotonic() - started:.1f} s"
    say(f"{what}: {report[what]}")
    return result


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    if result.returncode:
        raise CheckFailed(f"{' '.join(map(str, command))} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout.strip()


# The replica: a second local cluster streaming from the primary.


class Replica:
    def __init__(self):
        self.primary = urlsplit(os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/postgres")
        if self.primary.hostname not in {"127.0.0.1", "localhost"}:
            raise CheckFailed("the primary must be a local cluster: the replica is made beside it")
        self.user = self.primary.username or "postgres"
        self.port = free_port()
        self.report = {}

    def __enter__(self):
        self.version = str(int(self.primary_sql("SHOW server_version_num")) // 10000)
        self.clean_up()  # what a killed run left behind
        try:
            self.check_primary()
            self.primary_sql(f'CREATE DATABASE "{DATABASE_NAME}"')
            timed(self.report, "pg_createcluster", self.create_cluster)
            size = self.primary_sql("SELECT pg_size_pretty(sum(pg_database_size(oid))) FROM pg_database")
            timed(self.report, f"pg_basebackup of the primary ({size})", self.copy_primary)
            timed(self.report, "replica started and streaming", self.start)
        except BaseException:
            self.clean_up()
            raise
        return self

    def __exit__(self, *exc):
        self.clean_up()

    def url(self, port):
        return urlunsplit(self.primary._replace(netloc=f"{self.user}@127.0.0.1:{port}", path=f"/{DATABASE_NAME}"))

    def psql(self, port, statement, database="postgres", replication=False):
        target = f"host=127.0.0.1 port={port} user={self.user} dbname={database}"
        target += " replication=true" if replication else ""
        return run(["psql", "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-d", target, "-c", statement])

    def primary_sql(self, statement, database="postgres"):
        return self.psql(self.primary.port or 5432, statement, database)

    def replica_sql(self, statement, database="postgres"):
        return self.psql(self.port, statement, database)

    def check_primary(self):
        if self.primary_sql("SHOW wal_level") not in {"replica", "logical"}:
            raise CheckFailed("the primary's wal_level is minimal: a replica needs 'replica' (and a restart)")
        free_senders = int(self.primary_sql("SHOW max_wal_senders")) - int(
            self.primary_sql("SELECT count(*) FROM pg_stat_replication")
        )
        if free_senders < 2:
            raise CheckFailed("pg_basebackup and the replica need two free WAL senders (max_wal_senders)")
        if not self.replication_allowed():
            hba = Path(self.primary_sql("SHOW hba_file"))
            say(f"allowing replication connections from 127.0.0.1 for {self.user} in {hba} until the check ends")
            line = f"host replication {self.user} 127.0.0.1/32 trust {HBA_MARK}\n"
            hba.write_text(line + hba.read_text())
            self.primary_sql("SELECT pg_reload_conf()")
            wait_for("a replication connection to the primary", self.replication_allowed, timeout=10)

    def replication_allowed(self):
        try:
            self.psql(self.primary.port or 5432, "IDENTIFY_SYSTEM", replication=True)
        except CheckFailed:
            return False
        return True

    def create_cluster(self):
        # Started only by this check, never at boot; trusted like the primary.
        create = ["pg_createcluster", self.version, CLUSTER_NAME, "--port", str(self.port), "--start-conf", "manual"]
        run([*create, "--", "--auth=trust", "--no-sync"])

    def copy_primary(self):
        data = Path(self.cluster()[5])
        # Emptied for the primary's copy; the folder keeps its owner and mode.
        for path in data.iterdir():
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        backup = ["pg_basebackup", "-h", "127.0.0.1", "-p", str(self.primary.port or 5432), "-U", self.user]
        # -R: start as a standby of the primary; -X stream: with the WAL written meanwhile; a fast
        # checkpoint, or the copy waits for the primary's next one.
        backup += ["-D", str(data), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync"]
        run(["runuser", "-u", "postgres", "--", *backup])

    def start(self):
        run(["pg_ctlcluster", "--skip-systemctl-redirect", self.version, CLUSTER_NAME, "start"])
        wait_for("the replica streaming from the primary", self.streaming, timeout=30)
        if self.replica_sql("SELECT pg_is_in_recovery()") != "t":
            raise CheckFailed("the new cluster is not a standby")
        say(f"replica on 127.0.0.1:{self.port}, streaming from the primary")

    def cluster(self):
        """The replica's line of pg_lsclusters, split (version, name, port, status, owner, data, log), if it exists."""
        for line in run(["pg_lsclusters", "--no-header"]).splitlines():
            if line.split()[:2] == [self.version, CLUSTER_NAME]:
                return line.split()
        return None

    def streaming(self):
        try:
            return self.replica_sql("SELECT status FROM pg_stat_wal_receiver") == "streaming"
        except CheckFailed:
            return False

    def catch_up(self):
        """Wait until the replica has replayed all the primary has written so far; seconds waited."""
        started = time.monotonic()
        written = self.primary_sql("SELECT pg_current_wal_lsn()")
        caught_up = f"SELECT pg_last_wal_replay_lsn() >= '{written}'::pg_lsn"
        wait_for("the replica replaying the primary's writes", lambda: self.replica_sql(caught_up) == "t", timeout=30)
        return time.monotonic() - started

    def pause_replay(self):
        self.replica_sql("SELECT pg_wal_replay_pause()")
        paused = "SELECT pg_get_wal_replay_pause_state()"
        wait_for("the replica's replay to pause", lambda: self.replica_sql(paused) == "paused", timeout=10)

    def resume_replay(self):
        self.replica_sql("SELECT pg_wal_replay_resume()")

    def clean_up(self):
        """Drop the replica cluster, the database and the pg_hba.conf line, whichever exist."""
        if self.cluster():
            run(["pg_dropcluster", "--stop", self.version, CLUSTER_NAME])
        hba = Path(self.primary_sql("SHOW hba_file"))
        lines = hba.read_text().splitlines(keepends=True)
        if any(HBA_MARK in line for line in lines):
            hba.write_text("".join(line for line in lines if HBA_MARK not in line))
            self.primary_sql("SELECT pg_reload_conf()")
        self.primary_sql(f'DROP DATABASE IF EXISTS "{DATABASE_NAME}" WITH (FORCE)')


# The portal: production settings with the replica, one gunicorn node.


class Portal:
    def __init__(self, replica):
        self.replica = replica
        for leftover in Path(tempfile.gettempdir()).glob(f"{WORK_PREFIX}*"):
            shutil.rmtree(leftover)  # a killed run's: no other is running (only_one_at_a_time)
        self.work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX))
        self.port = free_port()
        self.origin = f"https://{HOST}:{self.port}"
        self.password = secrets.token_urlsafe(16)
        self.env = os.environ | {
            "SECRET_KEY": secrets.token_urlsafe(48),
            "ALLOWED_HOSTS": HOST,
            "DATABASE_URL": replica.url(replica.primary.port or 5432),
            "DATABASE_REPLICA_URL": replica.url(replica.port),
            "MEDIA_ROOT": str(self.work / "media"),
            "STATIC_ROOT": str(self.work / "static"),
            "PORTAL_VAR_DIR": str(self.work / "var"),
            "CLIENT_ADDRESS_HEADER": "X-Real-IP",
            "PORTAL_BIND": f"127.0.0.1:{self.port}",
            # One worker: one process-local cache, which the check warms before pausing the replica.
            "WEB_CONCURRENCY": "1",
            "PYTHONUNBUFFERED": "1",
        }
        self.node = None
        self.report = {}

    def __enter__(self):
        try:
            (self.work / "media").mkdir()
            timed(self.report, "deploy/release (migrate on the primary, collectstatic)", self.release)
            self.report["migrations replayed on the replica within"] = f"{self.replica.catch_up():.2f} s"
            timed(self.report, "gunicorn node started", self.start)
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc):
        if self.node and self.node.poll() is None:
            self.node.terminate()
            try:
                self.node.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.node.kill()
                self.node.wait()
        shutil.rmtree(self.work, ignore_errors=True)

    def release(self):
        run([str(ROOT / "deploy" / "release")], cwd=ROOT, env=self.env)
        # A publisher, as the newsroom's are: a superuser would be asked for a second factor first.
        self.manage(
            "shell",
            "-c",
            "from django.contrib.auth.models import Group, User; "
            f"user = User.objects.create_user({EDITOR!r}, 'kiemtra@example.vn', {self.password!r}, is_staff=True); "
            "user.groups.add(Group.objects.get(name='Duyệt bài'))",
        )

    def manage(self, *arguments):
        return run([str(PYTHON), "manage.py", *arguments, f"--settings={SETTINGS}"], cwd=ROOT, env=self.env)

    def start(self):
        command = [str(GUNICORN), "-c", "deploy/gunicorn.conf.py", "unionportal.wsgi"]
        with open(self.work / "node.log", "wb") as log:
            self.node = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, preexec_fn=dies_with_parent
            )
        try:
            wait_for("the gunicorn node", lambda: self.node.poll() is None and self.browser().get("/health/")[0] == 200)
        except CheckFailed:
            raise CheckFailed(f"the node did not start:\n{(self.work / 'node.log').read_text()[-3000:]}") from None

    def browser(self):
        return Browser(self.origin, node_port=self.port)

    def editor(self):
        editor = self.browser()
        editor.log_in(EDITOR, self.password)
        return editor


def dies_with_parent():
    """In a child process: be sent SIGTERM when the check ends, even killed with SIGKILL (Linux)."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


# 1. Staff read their writes at once; readers read a page's own rows from the replica.


def staff_read_their_writes_and_readers_read_the_replica(replica, portal):
    """With replay paused, staff publish a section and an article in it. The editor sees both. An
    anonymous reader gets the article at once, since what every reader gets is kept until the next
    change and read from the primary (unionportal/pagecache.py), but 404 for the new section's page,
    whose own row is read from the replica; once replay resumes the reader has it."""
    editor, reader = portal.editor(), portal.browser()
    mark = secrets.token_hex(3)
    replica.catch_up()
    expect(reader, "/", 200)  # the chrome and the kept pieces, from the primary

    replica.pause_replay()
    name = f"Kiểm tra bản sao {mark}"
    editor.submit_admin_form("/admin/news/section/add/", {"name": name, "show_on_home": "on"})
    title = f"Kiểm tra bản sao đọc {mark}"
    add = "/admin/news/article/add/"
    section = re.search(rf'<option value="(\d+)"[^>]*>{re.escape(name)}</option>', editor.get(add)[2])
    if not section:
        raise CheckFailed("the new section is not offered in the article form")
    now = datetime.datetime.now(PORTAL_TIME_ZONE)
    editor.submit_admin_form(
        add,
        {
            "title": title,
            "section": section.group(1),
            "lead": "Bài kiểm tra: xuất bản khi bản sao tạm dừng, đọc khi bản sao theo kịp.",
            "body": "<p>Nội dung kiểm tra.</p>",
            "published_at_0": now.strftime("%d/%m/%Y"),
            "published_at_1": now.strftime("%H:%M:%S"),
        },
        button=("review_step", "published"),
    )
    article = re.search(rf'href="(/tin-tuc/[^"/]+/)"[^>]*>\s*{re.escape(title)}', expect(editor, "/", 200, title))
    if not article:
        raise CheckFailed("the editor's home page shows the article but no link to it")
    page = expect(editor, article.group(1), 200, title)
    section_page = re.search(r'<li class="breadcrumb-item"><a href="(/chuyen-muc/[^"/]+/)">', page)
    if not section_page:
        raise CheckFailed("the article's page does not link to its section")
    expect(editor, section_page.group(1), 200, name)
    expect(reader, article.group(1), 200, title)
    if title not in expect(reader, "/", 200):
        raise CheckFailed("an anonymous reader's home page missed the article: its news was read from the replica")
    expect(reader, section_page.group(1), 404)

    replica.resume_replay()
    started = time.monotonic()
    wait_for(
        "the new section's page for the reader",
        lambda: reader.get(section_page.group(1))[0] == 200,
        timeout=30,
    )
    seen_after = time.monotonic() - started
    return {
        "staff and readers": "with replay paused, the editor saw a new section and its article; an anonymous "
        "reader got the article and the home page with it (kept for everyone, read from the primary) and 404 "
        "for the section's page (its row read from the replica)",
        "the section reached readers after replay resumed": f"{seen_after:.2f} s",
    }


def expect(browser, path, status, text=None):
    got, _, page = browser.get(path)
    if got != status or (text and text not in page):
        raise CheckFailed(f"{path} answered {got}, expected {status}{f' with {text!r}' if text else ''}")
    return page


# 2. A reader who votes is sent back to a page that shows their vote, though the replica lags.


def a_voter_sees_their_own_vote(replica, portal):
    portal.manage(
        "shell",
        "-c",
        "from polls.models import Poll; from django.utils import timezone; "
        "poll = Poll.objects.create(question='Kiểm tra bản sao: bạn đọc tin ở đâu?', slug='kiem-tra-ban-sao', "
        "opens_at=timezone.now()); poll.options.create(text='Điện thoại', order=1)",
    )
    replica.catch_up()
    reader = portal.browser()
    page = expect(reader, "/tham-do/kiem-tra-ban-sao/", 200)
    option = re.search(r'name="option" value="(\d+)"', page)
    if not option:
        raise CheckFailed("the poll page has no option to vote for")
    replica.pause_replay()
    # The ballot carries no CSRF token: a vote is taken from a page of the portal's own (its Origin).
    status = reader.post("/tham-do/kiem-tra-ban-sao/bieu-quyet/", {"option": option.group(1)})[0]
    if status != 302:
        raise CheckFailed(f"the vote answered {status}")
    if "(bạn đã chọn)" not in expect(reader, "/tham-do/kiem-tra-ban-sao/", 200):
        raise CheckFailed("the voter was sent back to a poll page without their vote")
    replica.resume_replay()
    return {"a voter": "with replay paused, the voter's next page showed their vote (from the primary)"}


if __name__ == "__main__":
    try:
        main()
    except CheckFailed as failure:
        say(f"FAILED: {failure}")
        sys.exit(1)
