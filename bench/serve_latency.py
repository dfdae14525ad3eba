#!/usr/bin/env python3
"""Median save-to-reload-event latency of `insyn serve`.

Copies a content folder to a temporary place, starts `insyn serve --port 0` on it, listens to
/__insyn/events like an open page, appends to a Markdown file RUNS times and measures the time from
the write to the arrival of the reload event.

Usage: bench/serve_latency.py [--content content] [--file amn/2019/vor.md] [--runs 21]
"""
import argparse, os, re, shutil, socket, statistics, subprocess, sys, tempfile, threading, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
p = argparse.ArgumentParser()
p.add_argument("--content", default=os.path.join(root, "content"))
p.add_argument("--themes", default=os.path.join(root, "themes"))
p.add_argument("--file", default="amn/2019/vor.md")
p.add_argument("--runs", type=int, default=21)
p.add_argument("--settle", type=float, default=0.2, help="seconds between saves")
p.add_argument("--insyn", default=os.path.join(root, "build", "insyn"))
args = p.parse_args()

work = tempfile.mkdtemp()
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
        server.kill()
        sys.exit("insyn serve did not start")
    # Keep reading the server's log so it never blocks on a full pipe.
    threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(b"GET /__insyn/events HTTP/1.1\r\nHost: x\r\n\r\n")
    sock.settimeout(10)
    sock.recv(4096)  # response headers
    target = os.path.join(content, args.file)
    times = []

    def cpu_seconds():  # the server's user + system time so far (Linux)
        fields = open(f"/proc/{server.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    cpu_before = cpu_seconds()
    for i in range(args.runs):
        time.sleep(args.settle)  # let the previous build settle
        start = time.perf_counter()
        with open(target, "a", encoding="utf-8") as f:
            f.write(f"\nRad {i}.\n")
        data = b""
        while b"event: build" not in data:
            data += sock.recv(4096)
        times.append((time.perf_counter() - start) * 1000)
    cpu = (cpu_seconds() - cpu_before) / args.runs * 1000
    # On a shared machine the wall time includes waiting for a CPU (rebuilds run at nice 10): the
    # server's CPU time per save is the steadier figure.
    print(f"save-to-reload-event latency, {args.file}: median {statistics.median(times):.0f} ms over {args.runs} saves "
          f"(min {min(times):.0f}, max {max(times):.0f}); server CPU time {cpu:.0f} ms per save")
finally:
    if "server" in dir():
        server.terminate()
        server.wait()
    shutil.rmtree(work)
