"""Load test for a live `referat serve` (issue 7, "Load"): N concurrent clients for T seconds.

Each client loops over a mix of /v1/ask, /v1/search, /v1/chat and the source view
(/minutes/{id}); every request is timed. A failure is any transport error, any status other than
200 or a body that is not what the route promises. RSS of the server process is sampled from
/proc/<pid>/status during the run.

Two phases, each against the real corpus index (copied into a temporary work folder, so the
server may write to it):

- ``steady``: load only. Zero failures and flat memory (growth <= 10% after the warm-up).
- ``reindex``: the same load while ``POST /v1/index`` (admin key) re-indexes a corpus in which
  one small file has gained a sentence with a unique word. Zero failures, every /v1/search for a
  known query has results throughout the swap, and afterwards a search for the unique word finds
  the changed agenda point.

Standalone (writes the "Load" section of benchmarks/RESULTS.md)::

    python tests/load/loadtest.py --clients 32 --seconds 60

Loopback only; every loop is bounded by its time limit.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
REFERAT = Path(sys.executable).parent / "referat"
START_MARK = "<!-- load:start -->"
END_MARK = "<!-- load:end -->"

USER_KEY = "load-user-key-0123456789"
ADMIN_KEY = "load-admin-key-0123456789"

QUESTIONS = [
    "hvad blev besluttet om solgården takster",
    "skal vi revidere udbudsstrategien? hvad landede direktionen på",
    "What was decided on the digitalisation strategy?",
    "hvem deltog i mødet i januar 2023",
    "hvad sagde direktionen om sygefravær",
    "økonomiopfølgning april 2013",
    "personalepolitisk redegørelse",
    "hvad blev besluttet om borgerservice og jobbutikken",
]
SEARCHES = [
    "solgården takster",
    "udbudsstrategi",
    "sygefravær",
    "økonomiopfølgning",
    "personalepolitik",
    "digitalisering",
    "budget 2014",
    "rekruttering",
]
# Must have results before, during and after the re-index (the swap may not empty it).
KNOWN_QUERY = "økonomiopfølgning"

# The changed file of the re-index phase: a unique word added to Punkt 1's decision.
CHANGED_FILE = "direktionen-2013-04-30.md"
CHANGED_MEETING = "direktionen-2013-04-30"
CHANGED_PUNKT = 1
ANCHOR = "Lars Holte forsætter drøftelsen med borgmesteren."
UNIQUE_WORD = "kvartzylofonien"
ADDED = f" Direktionen bad desuden om et notat om {UNIQUE_WORD}."


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    idx = min(len(ordered) - 1, max(0, int(round(q / 100 * (len(ordered) - 1)))))
    return ordered[idx]


def rss_kib(pid: int) -> int | None:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    m = re.search(r"^VmRSS:\s+(\d+)\s+kB", text, re.MULTILINE)
    return int(m.group(1)) if m else None


# --- preparing a work folder: a corpus copy and an index of it ------------------------------


def index_sources(data_dir: Path) -> set[str]:
    """The file ids in an embedded store (read-only sqlite look-up, no Chroma client)."""
    db = data_dir / "chroma" / "chroma.sqlite3"
    if not db.is_file():
        return set()
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT embedding_id FROM embeddings WHERE embedding_id LIKE 'corpus/%'")
        return {str(r[0]) for r in rows}
    finally:
        con.close()


def prepare_workdir(
    workdir: Path, source_data: Path | None, log: Callable[[str], None] = print
) -> Path:
    """Copy the corpus to ``workdir/corpus`` and an index of it to ``workdir/data``.

    The index is copied from ``source_data`` when it holds the corpus under the relative paths
    ``corpus/<name>`` (as an index built from the repository root does), so that the server,
    run in ``workdir``, re-indexes it incrementally; otherwise it is built once with
    ``referat index corpus`` in ``workdir``.

    Returns:
        The data folder.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        CORPUS,
        workdir / "corpus",
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("README*", "STRUCTURE*", ".*"),
    )
    data = workdir / "data"
    expected = {f"corpus/{p.name}" for p in (workdir / "corpus").iterdir() if p.is_file()}
    if source_data is not None and expected <= index_sources(source_data):
        shutil.copytree(source_data, data, dirs_exist_ok=True)
        log(f"index copied from {source_data}")
        return data
    log("building the index of the real corpus once (referat index corpus) ...")
    env = server_env(data, workdir / "corpus")
    subprocess.run(
        [str(REFERAT), "index", "corpus", "--json"],
        cwd=workdir,
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        timeout=3600,
    )
    return data


def change_corpus(corpus: Path) -> None:
    """Add one sentence with a unique word to Punkt 1 of the smallest meeting."""
    path = corpus / CHANGED_FILE
    text = path.read_text(encoding="utf-8")
    if UNIQUE_WORD in text:
        return
    assert ANCHOR in text, f"anchor sentence not in {path}"
    path.write_text(text.replace(ANCHOR, ANCHOR + ADDED, 1), encoding="utf-8")


def server_env(data: Path, corpus: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFERAT_")}
    env.update(
        {
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False",
            "REFERAT_DATA_DIR": str(data),
            "REFERAT_CORPUS_DIR": str(corpus),
            "REFERAT_API_KEYS": USER_KEY,
            "REFERAT_ADMIN_KEYS": ADMIN_KEY,
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
        }
    )
    return env


class Server:
    """`referat serve --port <free>` in ``workdir`` (so the index's relative paths match)."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / f"serve-{self.port}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self, timeout: float = 300) -> Server:
        env = server_env(self.workdir / "data", Path("corpus"))
        with self.log_path.open("wb") as out:
            self.proc = subprocess.Popen(
                [str(REFERAT), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=self.workdir,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        with httpx.Client(trust_env=False, timeout=10) as client:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise RuntimeError(
                        f"referat serve exited {self.proc.returncode}:\n" + self.log_tail()
                    )
                try:
                    health = client.get(f"{self.url}/health").json()
                    if health.get("index_loaded"):
                        return self
                except (httpx.HTTPError, ValueError):
                    pass
                time.sleep(0.3)
        raise TimeoutError(f"referat serve not ready after {timeout:.0f}s:\n{self.log_tail()}")

    def log_tail(self, n: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-n:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=20)

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- the load --------------------------------------------------------------------------------


@dataclass
class LoadResult:
    phase: str
    clients: int
    seconds: float
    duration_s: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    empty_known: int = 0
    known_checked: int = 0
    rss: list[tuple[float, int]] = field(default_factory=list)
    warmup_s: float = 0.0
    reindex: dict[str, Any] | None = None
    after: dict[str, Any] | None = None

    @property
    def all_latencies(self) -> list[float]:
        return [x for values in self.latencies.values() for x in values]

    @property
    def requests(self) -> int:
        return len(self.all_latencies) + len(self.failures)

    def rss_growth(self) -> tuple[int, int, int, float]:
        """(RSS at the end of the warm-up, max after it, at the end, growth end/warm-up - 1)."""
        after = [kib for t, kib in self.rss if t >= self.warmup_s]
        if not after:
            return 0, 0, 0, 0.0
        base = after[0]
        tail = after[-max(1, len(after) // 10) :]
        end = int(statistics.median(tail))
        return base, max(after), end, end / base - 1.0

    def summary(self) -> dict[str, Any]:
        lat = self.all_latencies
        base, peak, end, growth = self.rss_growth()
        out: dict[str, Any] = {
            "phase": self.phase,
            "clients": self.clients,
            "seconds": round(self.duration_s, 1),
            "requests": self.requests,
            "failed": len(self.failures),
            "throughput_rps": round(len(lat) / self.duration_s, 2) if self.duration_s else 0.0,
            "p50_ms": round(percentile(lat, 50), 1),
            "p95_ms": round(percentile(lat, 95), 1),
            "p99_ms": round(percentile(lat, 99), 1),
            "by_route": {
                kind: {
                    "n": len(v),
                    "p50_ms": round(percentile(v, 50), 1),
                    "p95_ms": round(percentile(v, 95), 1),
                    "p99_ms": round(percentile(v, 99), 1),
                }
                for kind, v in sorted(self.latencies.items())
            },
            "rss_mib": {
                "after_warmup": round(base / 1024, 1),
                "max": round(peak / 1024, 1),
                "end": round(end / 1024, 1),
            },
            "rss_growth_pct": round(growth * 100, 1),
            "known_query_checks": self.known_checked,
            "known_query_empty": self.empty_known,
            "failures_sample": self.failures[:10],
        }
        if self.reindex is not None:
            out["reindex"] = self.reindex
        if self.after is not None:
            out["after"] = self.after
        return out


Check = Callable[[httpx.Response], str | None]


def _json_check(key: str) -> Check:
    def check(r: httpx.Response) -> str | None:
        body = r.json()
        return None if key in body else f"no {key!r} in the body"

    return check


def _html_check(r: httpx.Response) -> str | None:
    return None if "punkt-" in r.text else "source view without point anchors"


def request_plan(meeting_ids: list[str]) -> list[tuple[str, str, str, dict[str, Any], Check]]:
    """(kind, method, path, kwargs, check) in the order each client cycles through them."""
    auth = {"Authorization": f"Bearer {USER_KEY}"}
    plan: list[tuple[str, str, str, dict[str, Any], Check]] = []
    for i in range(max(len(QUESTIONS), len(SEARCHES))):
        q = QUESTIONS[i % len(QUESTIONS)]
        s = SEARCHES[i % len(SEARCHES)]
        m = meeting_ids[i % len(meeting_ids)]
        plan.append(
            (
                "ask",
                "POST",
                "/v1/ask",
                {"json": {"question": q}, "headers": auth},
                _json_check("citations"),
            )
        )
        plan.append(
            (
                "search",
                "GET",
                "/v1/search",
                {"params": {"q": s}, "headers": auth},
                _json_check("data"),
            )
        )
        plan.append(
            (
                "chat",
                "POST",
                "/v1/chat",
                {
                    "json": {
                        "messages": [
                            {"role": "user", "content": QUESTIONS[(i + 1) % len(QUESTIONS)]},
                            {"role": "assistant", "content": "Direktionen drøftede sagen [1]."},
                            {"role": "user", "content": q},
                        ]
                    },
                    "headers": auth,
                },
                _json_check("answer"),
            )
        )
        plan.append(("minutes", "GET", f"/minutes/{m}", {}, _html_check))
        plan.append(
            (
                "search_known",
                "GET",
                "/v1/search",
                {"params": {"q": KNOWN_QUERY}, "headers": auth},
                _json_check("data"),
            )
        )
    return plan


async def run_load(
    url: str,
    pid: int,
    clients: int,
    seconds: float,
    *,
    phase: str = "steady",
    during: Callable[[httpx.AsyncClient], Awaitable[dict[str, Any]]] | None = None,
    during_at: float = 0.25,
    warmup_frac: float = 0.25,
) -> LoadResult:
    """Drive ``clients`` concurrent loops for ``seconds``; ``during`` runs once at
    ``during_at`` of the time and the load goes on (bounded) until it has finished."""
    result = LoadResult(
        phase=phase, clients=clients, seconds=seconds, warmup_s=seconds * warmup_frac
    )
    limits = httpx.Limits(max_connections=clients + 4, max_keepalive_connections=clients + 4)
    async with httpx.AsyncClient(
        base_url=url, timeout=120, trust_env=False, limits=limits
    ) as client:
        meetings = (
            await client.get("/v1/meetings", headers={"Authorization": f"Bearer {USER_KEY}"})
        ).json()
        meeting_ids = [m["meeting_id"] for m in meetings["data"]]
        plan = request_plan(meeting_ids)
        # Warm every route once before the clock starts.
        for kind, method, path, kwargs, _ in plan[:5]:
            r = await client.request(method, path, **kwargs)
            if r.status_code != 200:
                result.failures.append(f"warm-up {kind}: {r.status_code} {r.text[:200]}")

        started = time.monotonic()
        hard_stop = started + seconds * 3 + 600  # bounded even if ``during`` hangs
        during_done = asyncio.Event()
        if during is None:
            during_done.set()

        def running() -> bool:
            now = time.monotonic()
            if now >= hard_stop:
                return False
            return now - started < seconds or not during_done.is_set()

        async def one_client(n: int) -> None:
            i = n * 3  # start each client at a different place in the mix
            while running():
                kind, method, path, kwargs, check = plan[i % len(plan)]
                i += 1
                t0 = time.perf_counter()
                try:
                    r = await client.request(method, path, **kwargs)
                    ms = (time.perf_counter() - t0) * 1000
                    if r.status_code != 200:
                        result.failures.append(f"{kind} {path}: {r.status_code} {r.text[:200]}")
                        continue
                    problem = check(r)
                    if problem:
                        result.failures.append(f"{kind} {path}: {problem}")
                        continue
                    if kind == "search_known":
                        result.known_checked += 1
                        if not r.json()["data"]:
                            result.empty_known += 1
                            result.failures.append(
                                f"{kind}: no results for {KNOWN_QUERY!r} "
                                f"at {time.monotonic() - started:.1f}s"
                            )
                            continue
                    result.latencies.setdefault(kind, []).append(ms)
                except (httpx.HTTPError, ValueError) as e:
                    result.failures.append(f"{kind} {path}: {type(e).__name__}: {e}")

        async def sample_rss() -> None:
            while running():
                kib = rss_kib(pid)
                if kib is not None:
                    result.rss.append((time.monotonic() - started, kib))
                await asyncio.sleep(0.25)

        async def side_job() -> None:
            if during is None:
                return
            await asyncio.sleep(seconds * during_at)
            try:
                result.reindex = await during(client)
            except Exception as e:  # noqa: BLE001 - reported as a failure of the run
                result.failures.append(f"during job: {type(e).__name__}: {e}")
                result.reindex = {"error": str(e)}
            finally:
                during_done.set()

        await asyncio.gather(sample_rss(), side_job(), *(one_client(n) for n in range(clients)))
        result.duration_s = time.monotonic() - started
    return result


async def post_reindex(client: httpx.AsyncClient) -> dict[str, Any]:
    t0 = time.perf_counter()
    r = await client.post(
        "/v1/index", headers={"Authorization": f"Bearer {ADMIN_KEY}"}, timeout=900
    )
    took = time.perf_counter() - t0
    if r.status_code != 200:
        raise RuntimeError(f"POST /v1/index: {r.status_code} {r.text[:300]}")
    body = r.json()
    return {
        "seconds": round(took, 2),
        "chunks_embedded": body.get("chunks_embedded"),
        "unchanged": body.get("unchanged"),
        "failed": body.get("failed"),
        "generation": body.get("generation"),
    }


def check_after(url: str) -> dict[str, Any]:
    """After the re-index: the unique word finds the changed point."""
    with httpx.Client(base_url=url, trust_env=False, timeout=60) as client:
        auth = {"Authorization": f"Bearer {USER_KEY}"}
        data = client.get("/v1/search", params={"q": UNIQUE_WORD, "k": 3}, headers=auth).json()[
            "data"
        ]
        top = [(d["meeting_id"], d["punkt"]) for d in data]
        found = bool(top) and top[0] == (CHANGED_MEETING, CHANGED_PUNKT)
        ask = client.post(
            "/v1/ask", json={"question": f"hvad blev besluttet om {UNIQUE_WORD}"}, headers=auth
        ).json()
        quoted = any(
            UNIQUE_WORD in (c.get("quote") or "")
            or (c["meeting_id"], c["punkt"]) == (CHANGED_MEETING, CHANGED_PUNKT)
            for c in ask.get("citations", [])
        )
    return {"unique_word_top": top[:1], "unique_word_found": found, "ask_cites_change": quoted}


# --- the whole run -----------------------------------------------------------------------------


def run_all(
    workdir: Path,
    clients: int,
    seconds: float,
    source_data: Path | None,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Prepare, serve, run both phases; returns both summaries (and the server's set-up)."""
    prepare_workdir(workdir, source_data, log)
    with Server(workdir) as server:
        log(f"server pid {server.pid} on {server.url}; steady load {clients}x{seconds:.0f}s")
        steady = asyncio.run(run_load(server.url, server.pid, clients, seconds))
        log(json.dumps(steady.summary(), ensure_ascii=False))
        change_corpus(workdir / "corpus")
        log("re-index phase")
        reindex = asyncio.run(
            run_load(server.url, server.pid, clients, seconds, phase="reindex", during=post_reindex)
        )
        reindex.after = check_after(server.url)
        log(json.dumps(reindex.summary(), ensure_ascii=False))
    return {"steady": steady.summary(), "reindex": reindex.summary()}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, load {load}"


def render(results: dict[str, Any], before_load: str) -> str:
    s, r = results["steady"], results["reindex"]
    lines = [
        START_MARK,
        "## Load (`tests/load/loadtest.py`)",
        "",
        f"Run {datetime.now():%Y-%m-%d %H:%M}: `python tests/load/loadtest.py --clients "
        f"{s['clients']} --seconds {results['seconds']:.0f}` against a live `referat serve` "
        "(one process, real corpus index, API keys on), loopback, on "
        f"{before_load}. Each client cycles /v1/ask, /v1/search, /v1/chat (3 turns), "
        "/minutes/{id} and a /v1/search for a known query. Failed = transport error, non-200 or "
        "a malformed body. RSS of the server from /proc/<pid>/status every 0.25 s; growth = "
        "median of the last 10% of samples over the first sample after the warm-up (first 25%).",
        "",
        "| phase | clients | s | requests | failed | req/s | p50 ms | p95 ms | p99 ms "
        "| RSS after warm-up MiB | RSS max MiB | RSS growth |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for x in (s, r):
        rss = x["rss_mib"]
        lines.append(
            f"| {x['phase']} | {x['clients']} | {x['seconds']} | {x['requests']} | "
            f"{x['failed']} | {x['throughput_rps']} | {x['p50_ms']} | {x['p95_ms']} | "
            f"{x['p99_ms']} | {rss['after_warmup']} | {rss['max']} | {x['rss_growth_pct']}% |"
        )
    lines += [
        "",
        "Per route (steady phase):",
        "",
        "| route | n | p50 ms | p95 ms | p99 ms |",
        "|---|---|---|---|---|",
    ]
    for kind, v in s["by_route"].items():
        lines.append(f"| {kind} | {v['n']} | {v['p50_ms']} | {v['p95_ms']} | {v['p99_ms']} |")
    ri = r.get("reindex") or {}
    problems = verdict(results)
    after = r.get("after") or {}
    lines += [
        "",
        f"Re-index phase: `POST /v1/index` (admin key) started at 25% of the run, after one "
        f"sentence with a unique word was added to Punkt 1 of {CHANGED_FILE}; it took "
        f"{ri.get('seconds')} s under load ({ri.get('chunks_embedded')} chunk(s) embedded, "
        f"{ri.get('unchanged')} unchanged, generation {ri.get('generation')}). The known query "
        f"was searched {r['known_query_checks']} times during the run, {r['known_query_empty']} "
        f"empty. Afterwards the unique word's top hit is {after.get('unique_word_top')} "
        f"(expected {CHANGED_MEETING} punkt {CHANGED_PUNKT}: "
        f"{'found' if after.get('unique_word_found') else 'NOT found'}).",
        "",
        "Verdict: " + ("; ".join(["FAIL"] + problems) if problems else "PASS"),
        END_MARK,
    ]
    return "\n".join(lines) + "\n"


def verdict(results: dict[str, Any], max_growth: float = 10.0) -> list[str]:
    problems = []
    for x in (results["steady"], results["reindex"]):
        if x["failed"]:
            problems.append(f"{x['phase']}: {x['failed']} failed requests")
    if results["steady"]["rss_growth_pct"] > max_growth:
        problems.append(f"steady: RSS grew {results['steady']['rss_growth_pct']}%")
    r = results["reindex"]
    if r["known_query_empty"]:
        problems.append(f"reindex: {r['known_query_empty']} empty known-query results")
    if not (r.get("after") or {}).get("unique_word_found"):
        problems.append("reindex: the change is not searchable afterwards")
    return problems


def write_results(section: str, path: Path = RESULTS) -> None:
    """Replace only the load section (re-reading the file right before writing)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if START_MARK in text and END_MARK in text:
        head, rest = text.split(START_MARK, 1)
        _, tail = rest.split(END_MARK, 1)
        text = head + section.rstrip("\n") + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=ROOT / "data",
        help="an index of corpus/ built from the repository root, copied "
        "(built once in a temporary folder when it does not hold the corpus)",
    )
    parser.add_argument("--no-write", action="store_true", help="do not touch RESULTS.md")
    parser.add_argument("--json", type=Path, help="also write the raw summaries here")
    args = parser.parse_args(argv)
    before = machine()
    with tempfile.TemporaryDirectory(prefix="referat-load-") as tmp:
        results = run_all(Path(tmp), args.clients, args.seconds, args.data_dir)
    results["seconds"] = args.seconds
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    if not args.no_write:
        write_results(render(results, before))
        print(f"wrote the load section of {RESULTS}")
    problems = verdict(results)
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
