"""The portal under a crowd, measured as issue 12 measures it: gunicorn with production settings, wrk, PostgreSQL.

    make bench                                  # 100,000 articles, 2 rounds of 10 s per page: about 12 minutes
    .venv/bin/python bench/run.py --short       # 2,000 articles, one 2 s round: what CI runs, no timing asserted
    .venv/bin/python bench/run.py --database unionportal_i12b_bench --keep

It makes its own database on the server DATABASE_URL names (default postgres://postgres@127.0.0.1:5432),
called "unionportal_bench" unless --database says otherwise (dropped at the end unless --keep), its own
Redis on a free port, and temporary media, static and var folders. See bench/README.md.
"""

import argparse
import datetime
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
HOST = "portal.bench.test"
# As nginx would send them: the host, and that the reader came over HTTPS (production redirects plain HTTP).
HEADERS = {"Host": HOST, "X-Forwarded-Proto": "https"}
RARE_QUERY = "áo blouse"  # in two hand-written demo stories of 100,000 articles
# The pages measured from part A's page cache as well.
CACHED = {"Home `/`", "Section, page 1", "Article"}
# nginx's certificate is the run's own (start_nginx), for HOST; nginx is reached at 127.0.0.1.
NGINX_TLS = ssl.create_default_context()
NGINX_TLS.check_hostname = False


def main():
    options = parse_arguments()
    for tool in ["wrk", "redis-server", "psql"]:
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing (apt-get install wrk redis-server postgresql-client)")
    with Bench(options) as bench:
        report, plans, failed = bench.run()
    print(report)
    if failed:
        raise SystemExit(f"pages that did not answer 200: {', '.join(failed)}")
    if not options.short:
        (ROOT / "bench" / "results.md").write_text(report, encoding="utf-8")
        (ROOT / "bench" / "plans.md").write_text(plans, encoding="utf-8")
        print("Written to bench/results.md and bench/plans.md")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--short", action="store_true", help="2,000 articles, one 2-second round; writes no file")
    parser.add_argument("--articles", type=int, help="generated articles on top of the demo (100,000; short 2,000)")
    parser.add_argument("--duration", type=int, help="seconds of wrk per page and round (10; short 2)")
    parser.add_argument("--rounds", type=int, help="rounds over every page (2; short 1)")
    parser.add_argument("--connections", type=int, default=32, help="wrk's open connections (32)")
    parser.add_argument("--database", default="unionportal_bench", help="the database to make (and drop)")
    parser.add_argument("--keep", action="store_true", help="keep the database and folders afterwards")
    options = parser.parse_args()
    defaults = {"articles": 2_000, "duration": 2, "rounds": 1} if options.short else {}
    defaults = {"articles": 100_000, "duration": 10, "rounds": 2} | defaults
    for name, value in defaults.items():
        if getattr(options, name) is None:
            setattr(options, name, value)
    return options


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def say(text):
    print(f"[bench {datetime.datetime.now(datetime.UTC):%H:%M:%S}] {text}", flush=True)


class Bench:
    def __init__(self, options):
        self.options = options
        self.work = Path(tempfile.mkdtemp(prefix="unionportal-bench-"))
        self.server = urlsplit(os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/postgres")
        self.processes = {}
        self.facts = {}
        self.redis_port, self.portal_port, self.ceiling_port = free_port(), free_port(), free_port()
        self.http_port, self.https_port = free_port(), free_port()
        self.env = os.environ | {
            "DJANGO_SETTINGS_MODULE": "unionportal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(48),
            "ALLOWED_HOSTS": HOST,
            "DATABASE_URL": urlunsplit(self.server._replace(path=f"/{options.database}")),
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "STATIC_ROOT": str(self.work / "static"),
            "MEDIA_ROOT": str(self.work / "media"),
            "PORTAL_DEMO": "1",
            "PORTAL_VAR_DIR": str(self.work / "var"),
            "WEB_CONCURRENCY": "2",
            "PYTHONUNBUFFERED": "1",
        }
        (self.work / "media").mkdir()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for name in list(self.processes):
            self.stop(name)
        if self.options.keep:
            say(f"kept: database {self.options.database}, folder {self.work}")
        else:
            self.psql(f'DROP DATABASE IF EXISTS "{self.options.database}" WITH (FORCE)', database="postgres")
            shutil.rmtree(self.work, ignore_errors=True)

    # Processes

    def start(self, name, command, env=None, ready=None):
        log = open(self.work / f"{name}.log", "ab")  # noqa: SIM115 - closed in stop()
        process = subprocess.Popen(command, cwd=ROOT, env=env or self.env, stdout=log, stderr=subprocess.STDOUT)
        self.processes[name] = (process, log)
        for _ in range(120):
            if process.poll() is not None:
                break
            if ready is None or ready():
                return
            time.sleep(0.5)
        raise SystemExit(f"{name} did not start:\n{(self.work / f'{name}.log').read_text(errors='replace')[-3000:]}")

    def stop(self, name):
        process, log = self.processes.pop(name)
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()

    def run_command(self, *command):
        result = subprocess.run(command, cwd=ROOT, env=self.env, capture_output=True, text=True, check=False)
        if result.returncode:
            raise SystemExit(f"{' '.join(map(str, command))} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def psql(self, statement, database=None):
        command = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.server.hostname or "127.0.0.1"]
        command += ["-p", str(self.server.port or 5432), "-U", self.server.username or "postgres"]
        command += ["-d", database or self.options.database, "-c", statement]
        env = os.environ | ({"PGPASSWORD": self.server.password} if self.server.password else {})
        subprocess.run(command, env=env, capture_output=True, text=True, check=True)

    def start_gunicorn(self, name, port, app, **env):
        command = [str(GUNICORN), "-c", "deploy/gunicorn.conf.py", app, "--access-logfile", "-"]
        self.start(
            name,
            command,
            env=self.env | {"PORTAL_BIND": f"127.0.0.1:{port}"} | env,
            ready=lambda: fetch(node(port), "/")[0],
        )

    def start_nginx(self):
        from deploy import local_nginx  # the deploy check's, as ROOT is on the path by now

        site = local_nginx.render_site(
            self.work,
            host=HOST,
            http_port=self.http_port,
            https_port=self.https_port,
            nodes=[self.portal_port],
            media_root=self.work / "media",
        )
        NGINX_TLS.load_verify_locations(str(self.work / "tls.crt"))
        command = local_nginx.write_config(self.work, site)
        self.start(
            "nginx",
            [*command, "-g", "daemon off;"],
            ready=lambda: fetch(f"https://127.0.0.1:{self.https_port}", "/")[0],
        )

    # The run

    def run(self):
        self.start("redis", ["redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1", "--save", ""])
        self.psql(f'DROP DATABASE IF EXISTS "{self.options.database}" WITH (FORCE)', database="postgres")
        self.psql(f'CREATE DATABASE "{self.options.database}"', database="postgres")
        self.timed(
            "Release (deploy/release: check --deploy, migrate, collectstatic)",
            self.run_command,
            ROOT / "deploy" / "release",
        )
        self.timed(
            f"Filling: manage.py demo --articles {self.options.articles:,}",
            self.run_command, PYTHON, "manage.py", "demo", f"--articles={self.options.articles}",
        )  # fmt: skip
        # The queries of an uncached request are counted in this process: its page cache is off.
        os.environ.update(self.env | {"PAGE_CACHE_SECONDS": "0"})
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        from bench import workload

        self.facts |= workload.top_up(short=self.options.short)
        self.facts |= workload.describe()
        pages = workload.pages(RARE_QUERY)
        queries, plans = workload.queries_and_plans(pages, headers=HEADERS)

        self.start_gunicorn("portal", self.portal_port, "unionportal.wsgi", PAGE_CACHE_SECONDS="0")
        home_size = len(fetch(node(self.portal_port), "/")[1])
        self.start_gunicorn(
            "ceiling", self.ceiling_port, "bench.ceiling:application", BENCH_CEILING_BYTES=str(home_size)
        )
        targets = [("Ceiling: a minimal Django view, same page size", node(self.ceiling_port), "/", None)]
        targets += [("A static file through whitenoise", node(self.portal_port), workload.static_file(), None)]
        targets += [(label, node(self.portal_port), url, queries[label]) for label, url in pages]
        rows = self.measure(targets)

        # Cached: part A's page cache (PAGE_CACHE_SECONDS) for the anonymous home, section and article.
        from django.conf import settings

        if hasattr(settings, "PAGE_CACHE_SECONDS"):
            self.stop("portal")
            self.start_gunicorn("portal", self.portal_port, "unionportal.wsgi", PAGE_CACHE_SECONDS="600")
            cached = [(f"{label}, page cache", origin, url, 0) for label, origin, url, _ in targets if label in CACHED]
            rows += self.measure(cached, ceiling=rows[0])
        else:
            say("no page cache in this checkout (PAGE_CACHE_SECONDS): the cached rows are left out")
        # Through nginx's micro-cache (deploy/nginx), in front of the node and its page cache.
        self.start_nginx()
        nginx = [("Home `/`, through nginx's micro-cache", f"https://127.0.0.1:{self.https_port}", "/", 0)]
        rows += self.measure(nginx, ceiling=rows[0])

        self.facts["Gunicorn workers after the run (RSS)"] = ", ".join(
            f"{mb:.0f} MB" for mb in worker_rss(self.processes["portal"][0].pid)
        )
        return self.report(rows), plans, [row["label"] for row in rows if row["status"] != 200]

    def timed(self, label, function, *args):
        started = time.perf_counter()
        say(label)
        function(*args)
        self.facts[label] = f"{time.perf_counter() - started:.1f} s"

    def measure(self, targets, ceiling=None):
        rounds = {label: [] for label, *_ in targets}
        statuses = {}
        for number in range(self.options.rounds):
            for label, origin, url, _ in targets:
                status, body = fetch(origin, url)
                statuses[label] = (status, len(body))
                load = os.getloadavg()[0]
                result = wrk(origin, url, self.options.duration, self.options.connections)
                result["load"] = load
                rounds[label].append(result)
                say(f"round {number + 1}: {label}: {result['rps']:,.1f} requests/s, load {load:.1f}")
        rows = []
        for label, _, url, query_count in targets:
            results = rounds[label]
            rows.append(
                {
                    "label": label,
                    "url": url,
                    "rps": [result["rps"] for result in results],
                    "p50": statistics.median(result["p50"] for result in results),
                    "p99": statistics.median(result["p99"] for result in results),
                    "errors": sum(result["errors"] for result in results),
                    "load": statistics.mean(result["load"] for result in results),
                    "queries": query_count,
                    "status": statuses[label][0],
                    "bytes": statuses[label][1],
                }
            )
        ceiling = ceiling or rows[0]
        for row in rows:
            row["ratio"] = statistics.mean(row["rps"]) / statistics.mean(ceiling["rps"])
        return rows

    def report(self, rows):
        facts = {
            "Date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "Machine": f"{platform.system()} {platform.machine()}, {len(os.sched_getaffinity(0))} CPUs (nproc), Python "
            f"{platform.python_version()}, shared with other work (load below)",
            "Method": "gunicorn sync, 2 workers, production settings, Redis cache; "
            f"wrk -t2 -c{self.options.connections} -d{self.options.duration}s on loopback, "
            f"{self.options.rounds} round(s) over every page; the page cache off (PAGE_CACHE_SECONDS=0) unless "
            "a row says so, the pieces of pages kept between changes ({% kept %}) as in production. Counted "
            "in-process: the queries of the first request after a change (every piece read afresh, the chrome "
            "read again already) and of the next, and that first request's time (median of 3)",
        } | self.facts
        lines = ["# Benchmark: the portal under a crowd", ""]
        lines += [f"- {name}: {value}" for name, value in facts.items()]
        lines += [
            "",
            "| Page | requests/s (each round) | share of the ceiling | p50 / p99 (ms) | queries: first after a "
            "change / next | first after a change (ms) | bytes | status | load (1 min) | URL |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for row in rows:
            rps = " / ".join(f"{value:,.1f}" for value in row["rps"])
            errors = f" ({row['errors']:,} errors)" if row["errors"] else ""
            queries, first_ms = row["queries"], ""
            if isinstance(queries, dict):
                queries, first_ms = f"{queries['first']} / {queries['next']}", f"{queries['first_ms']:,.1f}"
            lines.append(
                f"| {row['label']} | {rps}{errors} | {row['ratio']:.3f} | {row['p50']:,.0f} / {row['p99']:,.0f} | "
                f"{'' if queries is None else queries} | {first_ms} | {row['bytes']:,} | {row['status']} | "
                f"{row['load']:.1f} | `{row['url']}` |"
            )
        return "\n".join(lines) + "\n"


def node(port):
    return f"http://127.0.0.1:{port}"


def fetch(origin, url):
    """(status, body) of one GET, as nginx would send it to a node; (0, b"") when nothing answers."""
    request = urllib.request.Request(f"{origin}{quote(url, safe='/?=&%+')}", headers=HEADERS)  # noqa: S310 - the run's
    opener = urllib.request.build_opener(NoRedirect, urllib.request.HTTPSHandler(context=NGINX_TLS))
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError:
        return 0, b""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


WRK_UNITS = {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}


def wrk(origin, url, duration, connections):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "10s"]
    command += [item for name, value in HEADERS.items() for item in ("-H", f"{name}: {value}")]
    output = subprocess.run(
        [*command, f"{origin}{quote(url, safe='/?=&%+')}"],
        capture_output=True, text=True, check=True, timeout=duration + 60,
    ).stdout  # fmt: skip

    def latency(percent):
        found = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
        if not found:
            raise SystemExit(f"wrk on {url} gave no latency:\n{output}")
        value, unit = found.groups()
        return float(value) * WRK_UNITS[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency(50),
        "p99": latency(99),
        "errors": (int(errors.group(1)) if errors else 0)
        + (sum(map(int, socket_errors.groups())) if socket_errors else 0),
    }


def worker_rss(master_pid):
    """Each gunicorn worker's resident memory in MB: the master's children."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)
    return sizes


if __name__ == "__main__":
    main()
