#!/usr/bin/env python3
"""Measures `gongkai serve`: time from saving a file to the reload event and to the rebuilt page.
Usage: serve_latency.py GONGKAI SITE_ROOT FILE_RELATIVE_TO_ROOT [TRIALS]"""
import os, re, socket, statistics, subprocess, sys, time, urllib.request

gongkai, root, rel = sys.argv[1], sys.argv[2], sys.argv[3]
trials = int(sys.argv[4]) if len(sys.argv) > 4 else 5
proc = subprocess.Popen([gongkai, "serve", root, "--port", "0"], stdout=subprocess.PIPE, text=True)
port = None
while port is None:
    line = proc.stdout.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if m: port = int(m.group(1))
path = os.path.join(root, rel)
original = open(path, encoding="utf-8").read()
to_event, to_page = [], []
try:
    for i in range(trials):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /__gongkai/events HTTP/1.1\r\nHost: x\r\n\r\n")
        s.settimeout(30)
        buf = b""
        while b": connected" not in buf: buf += s.recv(4096)
        marker = f"测试修改{i}"
        start = time.monotonic()
        with open(path, "w", encoding="utf-8") as f:
            f.write(original.replace("title: ", f"title: {marker}", 1))
        while b"data: reload" not in buf: buf += s.recv(4096)
        to_event.append(time.monotonic() - start)
        s.close()
        html = urllib.request.urlopen(f"http://127.0.0.1:{port}/").read().decode()
        to_page.append(time.monotonic() - start)
        time.sleep(0.3)
finally:
    open(path, "w", encoding="utf-8").write(original)
    proc.terminate()
print(f"save→reload event: median {statistics.median(to_event)*1000:.0f} ms (min {min(to_event)*1000:.0f}, max {max(to_event)*1000:.0f}); "
      f"save→page fetched: median {statistics.median(to_page)*1000:.0f} ms over {trials} saves")
