#!/usr/bin/env python3
"""GET latency of `insyn serve` while many pages are open and slow clients hang on (issue 11, item 16).

Copies a content folder, starts `insyn serve --port 0` on it, opens STREAMS live-reload event streams
(/__insyn/events, as open pages do), keeps SLOW slowloris clients sending a header line every second
without ever finishing their request, saves a Markdown file every 200 ms, and meanwhile times plain
GETs from two clients (a GET not answered within 2 s counts as unanswered). Then it closes the streams
and times GETs again. Loopback only; every loop is bounded in time.

Usage: bench/serve_load.py [--insyn build/insyn] [--streams 200] [--slow 100] [--seconds 15]
"""
import argparse, os, re, shutil, socket, statistics, subprocess, sys, tempfile, threading, time, urllib.request

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
p = argparse.ArgumentParser()
p.add_argument("--content", default=os.path.join(root, "content"))
p.add_argument("--themes", default=os.path.join(root, "themes"))
p.add_argument("--file", default="amn/2019/vor.md")
p.add_argument("--insyn", default=os.path.join(root, "build", "insyn"))
p.add_argument("--streams", type=int, default=200)
p.add_argument("--slow", type=int, default=100)
p.add_argument("--seconds", type=float, default=15)
args = p.parse_args()


def pct(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def timed_gets(port, paths, stop, out, failures):
    i = 0
    while not stop.is_set():
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{paths[i % len(paths)]}", timeout=2) as r:
                r.read()
            out.append((time.perf_counter() - start) * 1000)
        except Exception:
            failures.append(paths[i % len(paths)])
        i += 7


def measure(port, paths, seconds):
    stop, lat, failures = threading.Event(), [], []
    threads = [threading.Thread(target=timed_gets, args=(port, paths[k:], stop, lat, failures)) for k in range(2)]
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    return lat, failures


def report(label, lat, failures):
    print(f"{label}: {len(lat)} GETs answered, {len(failures)} unanswered; "
          f"p50 {pct(lat, .5):.1f} ms, p90 {pct(lat, .9):.1f} ms, p99 {pct(lat, .99):.1f} ms, max {pct(lat, 1):.1f} ms"
          + (f" (failed: {sorted(set(failures))})" if failures else ""))


work = tempfile.mkdtemp()
server = None
try:
    content = os.path.join(work, "content")
    shutil.copytree(args.content, content)
    server = subprocess.Popen([args.insyn, "serve", "--content", content, "--themes", args.themes, "--port", "0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    port = None
    for line in server.stderr:
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
            break
    if port is None:
        sys.exit("insyn serve did not start")
    threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()
    paths = ["/", "/css/site.css", "/amn/2019/vor/", "/amn/", "/amn/2019/"]

    lat, failures = measure(port, paths, 2)
    report("idle", lat, failures)

    streams = []
    for _ in range(args.streams):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /__insyn/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        s.setblocking(False)
        streams.append(s)
    stop = threading.Event()
    cut_off = [0]

    def slowloris():
        socks = [None] * args.slow
        while not stop.is_set():
            for k in range(len(socks)):
                try:
                    if socks[k] is None:
                        socks[k] = socket.create_connection(("127.0.0.1", port), timeout=1)
                        socks[k].sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                    else:
                        socks[k].sendall(b"X-Slow: 1\r\n")
                except OSError:
                    if socks[k] is not None:
                        socks[k].close()
                        cut_off[0] += 1
                    socks[k] = None
            stop.wait(1)
        for s in socks:
            if s is not None:
                s.close()

    def edits():
        target = os.path.join(content, args.file)
        n = 0
        while not stop.is_set():
            with open(target, "a", encoding="utf-8") as f:
                f.write(f"\nRad {n}.\n")
            n += 1
            stop.wait(0.2)

    helpers = [threading.Thread(target=slowloris), threading.Thread(target=edits)]
    for t in helpers:
        t.start()
    lat, failures = measure(port, paths, args.seconds)
    stop.set()
    for t in helpers:
        t.join()
    heard = 0
    for s in streams:
        data = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        except BlockingIOError:
            pass
        heard += b"event: build" in data
    report(f"{args.streams} event streams + {args.slow} slow clients + a save every 200 ms", lat, failures)
    print(f"  {heard}/{args.streams} streams heard a build; slow clients cut off {cut_off[0]} times")
    for s in streams:
        s.close()
    lat, failures = measure(port, paths, 3)
    report("after the streams closed", lat, failures)
finally:
    if server:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    shutil.rmtree(work)
