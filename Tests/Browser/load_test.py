#!/usr/bin/env python3
"""Many editors saving at once (spec §12) on the real `gongkai serve --edit --accounts` over the
demo town in git: EDITORS secretaries, each a process of its own, sign in, then each saves its own
notice SAVES times, all at once (open the form, save it). Every save answered 303 must be a commit (none lost), the last title of each notice must be
on disk, and `git fsck` must be clean. Prints p50/p95 of the save posts.
Usage: load_test.py PATH/TO/gongkai [EDITORS] [SAVES]     (make test: 10 × 5; the issue: 50 × 20)"""

import os
import statistics
import multiprocessing
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/gongkai"
editors = int(sys.argv[2]) if len(sys.argv) > 2 else 10
saves = int(sys.argv[3]) if len(sys.argv) > 3 else 5
sys.argv = [sys.argv[0], binary]
import accounts_test as a  # noqa: E402  (its server, client and form reader)

VILLAGES = ["xuji", "liuzhuang", "houmiao", "wangying", "zhaolou"]


def notice(i):
    return f"content/{VILLAGES[i % 5]}/affairs/load-{i:02d}.md"


def prepare(site):
    for i in range(editors):
        with open(os.path.join(site, notice(i)), "w", encoding="utf-8") as f:
            f.write(f"---\nkind: affairs.notice\ntitle: 负载测试通知{i}\npublished: 2099-12-31\n---\n\n正文。\n")
        a.USERS[f"editor{i:02d}"] = ("文书", [VILLAGES[i % 5]], f"文书{i:02d}", f"editor-pass-{i:02d}")


def editor(port, i, everyone_signed_in, results):
    """One secretary: signs in, waits until all have, then opens and saves her notice SAVES times.
    Puts the save latencies and what failed on `results`."""
    latencies, failures = [], []
    client = a.Client(port)
    status, _ = client.sign_in(f"editor{i:02d}")
    everyone_signed_in.wait()
    if status != 303:
        results.put((latencies, [(i, "sign-in", status)]))
        return
    village, path = VILLAGES[i % 5], notice(i)
    for j in range(saves):
        _, page, _ = client.request("GET", a.doc(village, path))
        fields = [f for f in a.Form(page).fields if f[0] != "_action"]
        for f in fields:
            if f[0] == "title":
                f[1] = f"负载测试通知{i}-第{j + 1}次"
        begin = time.monotonic()
        status, _, _ = client.request("POST", f"/__gongkai/edit/{village}/doc", fields + [["_action", "save"]])
        latencies.append(time.monotonic() - begin)
        if status != 303:
            failures.append((i, j, status))
    results.put((latencies, failures))


def main():
    started = time.monotonic()
    server = a.Server(prepare=prepare)
    latencies, failures = [], []
    try:
        base = int(a.git(server.site, "rev-list", "--count", "HEAD"))
        # One process per editor, as 50 browsers would be: threads of one Python process would
        # take turns on its interpreter lock and add their waiting to the latencies measured. All
        # sign in first (each sign-in is an Argon2id hash, made slow on purpose), then all save.
        context = multiprocessing.get_context("fork")
        everyone_signed_in, results = context.Barrier(editors + 1), context.Queue()
        processes = [context.Process(target=editor, args=(server.port, i, everyone_signed_in, results))
                     for i in range(editors)]
        for process in processes:
            process.start()
        everyone_signed_in.wait(timeout=600)
        load_started = time.monotonic()
        for _ in processes:
            mine, failed = results.get(timeout=1800)
            latencies += mine
            failures += failed
        elapsed = time.monotonic() - load_started
        for process in processes:
            process.join(timeout=60)
        assert not failures, failures[:10]
        commits = int(a.git(server.site, "rev-list", "--count", "HEAD")) - base
        assert commits == editors * saves, f"{commits} commits for {editors * saves} saves"
        for i in range(editors):
            with open(os.path.join(server.site, notice(i)), encoding="utf-8") as f:
                assert f"title: 负载测试通知{i}-第{saves}次\n" in f.read(), f"notice {i}: last save lost"
        fsck = subprocess.run(["git", "fsck", "--strict"], cwd=server.site, capture_output=True, text=True)
        assert fsck.returncode == 0 and "error" not in fsck.stderr, fsck.stderr
        assert a.git(server.site, "status", "--porcelain") == "", "nothing left uncommitted"
        ordered = sorted(latencies)
        p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
        print(f"{editors} editors × {saves} saves = {len(latencies)} saves in {elapsed:.1f} s; "
              f"{commits} commits, none lost, git fsck clean; save p50 {statistics.median(ordered) * 1000:.0f} ms, "
              f"p95 {p95 * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms (total run {time.monotonic() - started:.0f} s)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
