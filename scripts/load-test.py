#!/usr/bin/env python3
"""Load test for `onrecord serve` (issue 12, "Load, measured"). Python 3 standard library only.

Starts nothing: point it at a running server with --base-url. It runs, for --duration seconds,
  * N search clients (--search): a query mix made from the store's own quotes (one word, two words,
    an exact phrase, a prefix with a speaker filter, a speaker filter alone, a type filter), pages 1-3;
  * M extract clients (--extract): POST /api/extract with real news (PolNeAR dev texts) as
    application/json;
  * with --abuse, issue 12's attacks at the same time: 4 clients looping allowed but costly prefix
    searches, and 300 sockets each declaring a 1,000,000-byte body and sending a byte every 2 s
    (reopened when the server cuts one off), plus a probe: one plain search on a new connection
    every 0.5 s, which must answer within 1 s.
Each client keeps one HTTP/1.1 connection open and sends its next request when the last is answered
(closed loop, no think time). It prints, per kind, requests, errors by status, requests/s and
p50/p95/p99/max latency, the load average before and after, and, with --pid, the server's resident
memory (sampled every 0.5 s, and the kernel's high-water mark VmHWM).

From the server's Server-Timing header it also prints, per kind, where the time went (in turn for a
read connection, holding one, the CPU of that; in turn for an extraction thread, the engine), over all
answers and the slowest 1%, and the handler's own p50/p99; with --pid, the CPU the server had (cores).
A 503 with Retry-After is counted as "busy" (turned away, told when to ask again), apart from errors.

Latencies are measured in this client, so on a busy machine they include this process waiting for
the CPU (Python threads share one interpreter lock): they are an upper bound of the server's time.
"""
import argparse
import http.client
import json
import os
import random
import re
import socket
import sys
import threading
import time
import urllib.parse

COSTLY_PREFIX = ["th* OR co* OR re* OR pr*", "st* OR sa* OR wa* OR be*", "in* OR ma* OR de* OR po*",
                 "go* OR ha* OR wi* OR pe*"]
WORD = re.compile(r"[A-Za-z]{4,}")
# A 503 with Retry-After: the server turned the request away as busy and said when to ask again. Counted apart
# from errors (a handled answer, not a failure), and shown in every report.
BUSY = "503+Retry-After"


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples = {}   # kind -> list of (status, seconds)
        self.timings = {}   # kind -> list of (seconds, {Server-Timing name: ms}) of answered requests
        self.reasons = {}   # kind -> {error message with its numbers as N: count}

    def add(self, kind, status, seconds, timing=None):
        with self.lock:
            self.samples.setdefault(kind, []).append((status, seconds))
            if timing and status == 200:
                self.timings.setdefault(kind, []).append((seconds, timing))

    def reason(self, kind, data):
        """Notes why a request failed: the server's JSON "error", numbers blanked so like reasons add up."""
        try:
            msg = json.loads(data).get("error", "")
        except Exception:
            msg = data[:80].decode("utf-8", "replace")
        msg = re.sub(r"\d+", "N", str(msg))[:100]
        with self.lock:
            r = self.reasons.setdefault(kind, {})
            r[msg] = r.get(msg, 0) + 1


def server_timing(header):
    """'total;dur=12.3, db;dur=4.0' -> {'total': 12.3, 'db': 4.0}"""
    out = {}
    for part in (header or "").split(","):
        m = re.match(r"\s*([\w-]+);dur=([\d.]+)", part)
        if m:
            out[m.group(1)] = float(m.group(2))
    return out


def pct(sorted_values, p):
    if not sorted_values:
        return float("nan")
    i = min(len(sorted_values) - 1, max(0, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[i]


class Client:
    """One keep-alive connection; reconnects after an error or a server-side close."""

    def __init__(self, base, timeout):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port or 80
        self.timeout = timeout
        self.conn = None
        self.timing = None   # the last answer's Server-Timing, {name: ms}

    def request(self, method, path, body=None, headers=None):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        t = time.perf_counter()
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            r = self.conn.getresponse()
            data = r.read()
            status = r.status
            if status == 503 and r.getheader("Retry-After"):
                status = BUSY
            self.timing = server_timing(r.getheader("Server-Timing"))
            if r.will_close:
                self.close()
        except Exception as e:  # a refused, reset or timed-out request is an error, named by its type
            self.close()
            self.timing = None
            return type(e).__name__, time.perf_counter() - t, b""
        return status, time.perf_counter() - t, data

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except Exception:
                pass
            self.conn = None


def vocabulary(base, timeout):
    """Words, phrases and speakers from the store's newest quotes (so queries match real data)."""
    c = Client(base, timeout)
    words, phrases, speakers = set(), [], set()
    for page in range(1, 6):
        status, _, data = c.request("GET", "/api/quotes?size=100&page=%d" % page)
        if status != 200:
            sys.exit("cannot read quotes for the query mix: %s %s" % (status, data[:200]))
        for hit in json.loads(data).get("hits", []):
            q = hit.get("quote", {})
            text = q.get("text") or ""
            ws = WORD.findall(text)
            words.update(w.lower() for w in ws)
            if len(ws) >= 2:
                i = random.randrange(len(ws) - 1)
                phrases.append(ws[i] + " " + ws[i + 1])
            sp = q.get("speaker")
            name = sp.get("name") if isinstance(sp, dict) else sp
            if name:
                last = name.split()[-1]
                if WORD.fullmatch(last):
                    speakers.add(last.lower())
    c.close()
    if not words:
        sys.exit("the store gave no quotes to build a query mix from")
    return sorted(words), phrases or sorted(words), sorted(speakers) or ["smith"]


def search_path(rnd, vocab):
    words, phrases, speakers = vocab
    kind = rnd.randrange(6)
    label = ["word", "two words", "phrase", "prefix+speaker", "speaker only", "word+type"][kind]
    p = {}
    if kind == 0:
        p["q"] = rnd.choice(words)
    elif kind == 1:
        p["q"] = rnd.choice(words) + " " + rnd.choice(words)
    elif kind == 2:
        p["q"] = '"%s"' % rnd.choice(phrases)
    elif kind == 3:
        p["q"] = rnd.choice(words)[:3] + "*"
        p["speaker"] = rnd.choice(speakers)
    elif kind == 4:
        p["speaker"] = rnd.choice(speakers)
    else:
        p["q"] = rnd.choice(words)
        p["type"] = rnd.choice(["direct", "mixed", "indirect"])
    p["page"] = rnd.choice([1, 1, 1, 2, 3])
    p["size"] = 20
    return "/api/quotes?" + urllib.parse.urlencode(p), label


def search_request(rnd, vocab):
    path, label = search_path(rnd, vocab)
    return "GET", path, None, None, label


def loop(stop, rec, kind, client, make, retry_busy=False):
    while not stop.is_set():
        method, path, body, headers, *sub = make()
        status, secs, data = client.request(method, path, body, headers)
        if retry_busy:
            # A polite client: on 503 it waits the Retry-After second and asks again; the latency
            # recorded is from its first attempt to the final answer.
            waited = 0.0
            while status in (503, BUSY) and not stop.is_set() and waited < 30:
                time.sleep(1.0)
                status, more, data = client.request(method, path, body, headers)
                secs += 1.0 + more
                waited += 1.0 + more
        if not stop.is_set() or status == 200:   # a request cut short by the end of the run is not counted
            rec.add(kind, status, secs, client.timing)
            if sub:
                rec.add(" " + sub[0], status, secs)
            if status != 200:
                rec.reason(kind, data)
    client.close()


def probe(stop, rec, base, timeout, vocab, rnd):
    while not stop.wait(0.5):
        c = Client(base, timeout)   # a new visitor: new connection every time
        status, secs, _ = c.request("GET", "/api/quotes?" + urllib.parse.urlencode(
            {"q": rnd.choice(vocab[0]), "size": 20}))
        c.close()
        rec.add("probe", status, secs, c.timing)


def slow_bodies(stop, rec, base, count):
    """`count` sockets, each declaring a 1,000,000-byte body and sending one byte every 2 s."""
    u = urllib.parse.urlsplit(base)
    head = (b"POST /api/extract HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\n"
            b"Content-Length: 1000000\r\n\r\n" % u.netloc.encode())
    socks, opened = [], [0]

    def open_one():
        try:
            s = socket.create_connection((u.hostname, u.port or 80), timeout=5)
            s.sendall(head)
            s.setblocking(False)
            socks.append(s)
            opened[0] += 1
        except Exception as e:
            rec.add("slow-body", "connect:" + type(e).__name__, 0.0)

    for _ in range(count):
        open_one()
    while not stop.wait(2.0):
        for s in list(socks):
            try:
                data = s.recv(4096)   # the server answered (408/503) or closed: count it, reopen
                m = re.match(rb"HTTP/1\.[01] (\d{3})", data or b"")
                rec.add("slow-body", int(m.group(1)) if m else "closed", 0.0)
                s.close()
                socks.remove(s)
                continue
            except BlockingIOError:
                pass
            except Exception as e:
                rec.add("slow-body", type(e).__name__, 0.0)
                s.close()
                socks.remove(s)
                continue
            try:
                s.send(b"x")
            except Exception:
                pass
        while len(socks) < count and not stop.is_set():
            open_one()
    rec.add("slow-body-opened", opened[0], 0.0)
    for s in socks:
        s.close()


def memory(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            st = dict(line.split(":", 1) for line in f if ":" in line)
        mib = [int(st[k].split()[0]) // 1024 for k in ("VmRSS", "VmHWM", "RssAnon")]
        return mib[0], mib[1], mib[2], int(st["Threads"])
    except Exception:
        return None


def cpu_seconds(pid):
    """User + system CPU time of a process so far, all its threads, in seconds."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except Exception:
        return None


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:8099")
    ap.add_argument("--search", type=int, default=8, help="search clients (default 8)")
    ap.add_argument("--extract", type=int, default=0, help="extract clients (default 0)")
    ap.add_argument("--abuse", action="store_true",
                    help="also 4 costly-prefix clients, 300 slow-body sockets and a 0.5 s search probe")
    ap.add_argument("--slow-bodies", type=int, default=300, help="slow-body sockets with --abuse")
    ap.add_argument("--duration", type=float, default=30, help="seconds (default 30)")
    ap.add_argument("--texts", default="/work/shared/eval/polnear.dev.jsonl",
                    help="JSONL with a 'text' per line, posted to /api/extract")
    ap.add_argument("--timeout", type=float, default=60, help="client socket timeout, seconds")
    ap.add_argument("--pid", type=int, help="server process id, to sample its resident memory")
    ap.add_argument("--retry-busy", action="store_true",
                    help="search and extract clients honour 503 Retry-After (wait 1 s, ask again, up to 30 s);"
                         " latency counts from the first attempt")
    ap.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()

    rnd = random.Random(a.seed)
    random.seed(a.seed)
    base = a.base_url.rstrip("/")
    vocab = vocabulary(base, a.timeout)
    texts = []
    if a.extract:
        with open(a.texts, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f if line.strip()]

    rec, stop, threads = Recorder(), threading.Event(), []

    def spawn(fn, *args):
        t = threading.Thread(target=fn, args=args, daemon=True)
        threads.append(t)
        t.start()

    for i in range(a.search):
        r = random.Random(a.seed * 1000 + i)
        spawn(loop, stop, rec, "search", Client(base, a.timeout),
              lambda r=r: search_request(r, vocab), a.retry_busy)
    for i in range(a.extract):
        r = random.Random(a.seed * 2000 + i)

        def make(r=r):
            body = json.dumps({"text": r.choice(texts)}).encode()
            return "POST", "/api/extract", body, {"Content-Type": "application/json"}
        spawn(loop, stop, rec, "extract", Client(base, a.timeout), make, a.retry_busy)
    if a.abuse:
        for i in range(4):
            q = COSTLY_PREFIX[i % len(COSTLY_PREFIX)]
            spawn(loop, stop, rec, "abuse-prefix", Client(base, a.timeout),
                  lambda q=q: ("GET", "/api/quotes?size=100&" + urllib.parse.urlencode({"q": q}), None, None))
        spawn(slow_bodies, stop, rec, base, a.slow_bodies)
        spawn(probe, stop, rec, base, a.timeout, vocab, random.Random(a.seed + 7))

    load_before = loadavg()
    server_cpu_before = cpu_seconds(a.pid) if a.pid else None
    own_cpu_before = time.process_time()
    started = time.time()
    rss = []
    while time.time() - started < a.duration:
        time.sleep(0.5)
        if a.pid:
            m = memory(a.pid)
            if m:
                rss.append(m)
    server_cpu = cpu_seconds(a.pid) - server_cpu_before if server_cpu_before is not None else None
    own_cpu = time.process_time() - own_cpu_before
    stop.set()
    for t in threads:
        t.join(a.timeout + 5)
    elapsed = time.time() - started
    load_after = loadavg()

    print("run: %s search, %s extract clients%s, %.0f s; load average before %s, after %s"
          % (a.search, a.extract, ", abuse (4 prefix, %d slow bodies, probe)" % a.slow_bodies if a.abuse else "",
             elapsed, load_before, load_after))
    print("%-15s %7s %7s %7s %7s %8s %8s %8s %8s  %s" % ("kind", "count", "req/s", "errors", "busy", "p50 ms",
                                                         "p95 ms", "p99 ms", "max ms", "statuses"))
    failed = False
    subkinds = sorted(k for k in rec.samples if k.startswith(" "))
    for kind in ["search"] + subkinds + ["extract", "probe", "abuse-prefix", "slow-body"]:
        s = rec.samples.get(kind)
        if not s:
            continue
        statuses = {}
        for st, _ in s:
            statuses[st] = statuses.get(st, 0) + 1
        busy = statuses.get(BUSY, 0)
        errors = sum(n for st, n in statuses.items() if st != 200) - busy
        lat = sorted(secs * 1000 for st, secs in s if st == 200)
        st_text = " ".join("%s:%d" % kv for kv in sorted(statuses.items(), key=lambda kv: str(kv[0])))
        if kind == "slow-body":
            opened = rec.samples.get("slow-body-opened", [(0, 0)])[0][0]
            print("%-15s %7d %7s %7s %7s %8s %8s %8s %8s  %s (sockets opened: %d)" % (
                kind, len(s), "", "", "", "", "", "", "", "answers/closes " + st_text, opened))
            continue
        print("%-15s %7d %7.1f %7d %7d %8.1f %8.1f %8.1f %8.1f  %s" % (
            kind, len(s), len(s) / elapsed, errors, busy, pct(lat, 50), pct(lat, 95), pct(lat, 99),
            lat[-1] if lat else float("nan"), st_text))
        if kind in ("search", "extract", "probe") and errors:
            failed = True
    # Where the time went, from the server's Server-Timing header: the mean of each part over all answered
    # requests, and over the slowest 1% (at or above the p99 as this client measured it). "outside" is the
    # client's latency less the handler's total: network, Jetty, and this client waiting for its own CPU.
    names = ["total", "cpu", "db-wait", "db", "db-cpu", "turn", "engine", "engine-cpu"]
    for kind in ["search", "extract", "probe"]:
        t = rec.timings.get(kind)
        if not t:
            continue
        p99 = pct(sorted(secs for secs, _ in t), 99)
        for label, rows in (("all", t), ("slowest 1%", [r for r in t if r[0] >= p99])):
            parts = []
            for n in names + ["outside"]:
                vals = [(secs * 1000 - tm["total"]) if n == "outside" else tm[n]
                        for secs, tm in rows if "total" in tm and (n == "outside" or n in tm)]
                if vals:
                    parts.append("%s %.1f" % (n, sum(vals) / len(vals)))
            print("%s time, mean ms (%s, %d): %s" % (kind, label, len(rows), ", ".join(parts)))
        totals = sorted(tm["total"] for _, tm in t if "total" in tm)
        if totals:
            print("%s time in the handler alone: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                  % (kind, pct(totals, 50), pct(totals, 99), totals[-1]))
    for kind in sorted(rec.reasons):
        for msg, n in sorted(rec.reasons[kind].items(), key=lambda kv: -kv[1])[:3]:
            print("%s not 200 x %d: %s" % (kind, n, msg))
    if rss:
        print("server RSS: min %d MiB, max sampled %d MiB, VmHWM (peak since start) %d MiB;"
              " anonymous (heap, stacks, SQLite caches) max %d MiB; threads max %d"
              % (min(r[0] for r in rss), max(r[0] for r in rss), rss[-1][1], max(r[2] for r in rss),
                 max(r[3] for r in rss)))
    # How much CPU the server got (of the machine's cores, shared with other jobs), and this client.
    answered = sum(1 for k in ("search", "extract", "probe", "abuse-prefix") for st, _ in rec.samples.get(k, []) if st == 200)
    if server_cpu is not None:
        print("server CPU: %.1f s in %.0f s = %.2f cores; %.1f ms a request answered 200; this client: %.2f cores"
              % (server_cpu, a.duration, server_cpu / a.duration, 1000 * server_cpu / max(1, answered),
                 own_cpu / a.duration))
    if "probe" in rec.samples:
        slow = [secs for st, secs in rec.samples["probe"] if st != 200 or secs >= 1.0]
        print("probe: %d of %d plain searches answered 200 within 1 s"
              % (len(rec.samples["probe"]) - len(slow), len(rec.samples["probe"])))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
