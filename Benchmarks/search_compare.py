#!/usr/bin/env python3
"""gongkai's search (search/) against Pagefind's extended build (pagefind-bin-extended on PyPI,
which segments Chinese) on the same built sites: the demo town and a 10,000-notice county.

For 50 queries (25 from the demo, 25 from the county) it measures recall against the truth
(every notice whose title, names, entries or body, as data.json holds them, contain the query),
the index's bytes, the query time in headless Chromium with the CPU throttled 4x (a cold page
per query: scripts, index files and, for Pagefind, its WebAssembly loaded as a visitor's first
search would), and how long bringing the index up to date takes after one notice is edited.

Usage: search_compare.py PATH/TO/release/gongkai [COUNTY_ROOT]
(COUNTY_ROOT defaults to /tmp/county10k, made by generate_county.py … 20 500 when missing.)"""

import functools
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, "Tests", "Browser"))
BINARY = os.path.abspath(sys.argv[1])
COUNTY = sys.argv[2] if len(sys.argv) > 2 else "/tmp/county10k"
sys.argv = sys.argv[:1]
from editor_test import browser  # noqa: E402
from site_text import matches, notices  # noqa: E402

DEMO_QUERIES = [
    "低保", "北大坑", "环境卫生保洁费", "光伏", "党员冬训", "一事一议", "防汛物资", "路灯", "发展对象", "入党积极分子",
    "排水沟", "生产桥", "分红", "医保", "集体资产", "坑塘", "村务监督委员会", "党费", "主题党日", "为民办实事",
    "承包费", "办公用品", "银行存款利息", "春耕", "老河堤林带",
]
COUNTY_QUERIES = [
    "租金及补助收入", "经营收入", "办公经费", "财务收支公开", "村务监督委员会", "监督举报电话", "公示期内", "组织法",
    "王建国", "李国庆", "朱秀兰", "杨玉芬", "林建国", "孙志强", "高春花", "资产", "党费", "积分", "低保", "救助",
    "统一部署", "有关事项", "镇党委", "村民代表", "四议两公开",
]
def bytes_under(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(folder) for f in fs)


def ensure_pagefind():
    """Pagefind's extended build from PyPI, installed the way scripts/setup.sh installs Selenium."""
    try:
        import pagefind_bin_extended  # noqa: F401
    except ImportError:
        pip = [sys.executable, "-m", "pip", "install", "--quiet", "pagefind-bin-extended==1.5.2"]
        if subprocess.run(pip).returncode != 0:
            subprocess.run(pip + ["--break-system-packages"], check=True)


def pagefind(site):
    start = time.monotonic()
    # The notice itself, as gongkai indexes it: not the page's masthead, links or revision history.
    subprocess.run([sys.executable, "-m", "pagefind_bin_extended", "--site", site, "--glob", "*/*/*/index.html",
                    "--root-selector", "article.notice", "--exclude-selectors", "ol.history",
                    "--exclude-selectors", ".revisions", "--exclude-selectors", ".changes",
                    "--exclude-selectors", ".notice-foot", "--exclude-selectors", ".note",
                    "--output-subdir", "pagefind"], check=True, capture_output=True)
    return time.monotonic() - start


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


PAGEFIND_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>pf</title></head><body>
<script>window.pfSearch = async function (q, all) {
  const t0 = performance.now();
  const pf = await import("./pagefind/pagefind.js");
  const found = await pf.search(q);
  const shown = all ? found.results : found.results.slice(0, 20);
  const data = await Promise.all(shown.map(r => r.data()));
  return {ms: performance.now() - t0, count: found.results.length, urls: data.map(d => d.url)};
};</script></body></html>"""

OURS = """const done = arguments[arguments.length - 1];
const q = arguments[0], all = arguments[1];
const t0 = performance.now();
window.gongkaiSearch.run(q).then(async function () {
  const ms = performance.now() - t0;
  const more = () => document.querySelector(".search-more");
  while (all && more()) { more().click(); await new Promise(r => setTimeout(r, 0));
    while (document.getElementById("search-results").dataset.state !== "done") await new Promise(r => setTimeout(r, 5)); }
  const urls = Array.from(document.querySelectorAll(".search-hit h2 a")).map(a => a.getAttribute("href"));
  done({ms: ms, count: urls.length, urls: urls});
});"""


def folder_of(url):
    path = url.split("://", 1)[-1]
    path = path.split("/", 1)[1] if "://" in url else path
    for prefix in ["../", "./"]:
        while path.startswith(prefix):
            path = path[len(prefix):]
    return path.removesuffix("/index.html").strip("/")


def measure(site, queries, label):
    docs = notices(site)
    server, base = serve(site)
    with open(os.path.join(site, "pf.html"), "w", encoding="utf-8") as f:
        f.write(PAGEFIND_PAGE)
    driver = browser()
    driver.set_script_timeout(120)
    rows = []
    try:
        for q in queries:
            want = matches(docs, q)
            row = {"q": q, "truth": len(want)}
            for engine in ["gongkai", "pagefind"]:
                times = []
                for throttled in [False, True]:
                    if engine == "gongkai":
                        driver.get(base + "search/index.html")
                    else:
                        driver.get(base + "pf.html")
                    driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 4 if throttled else 1})
                    if engine == "gongkai":
                        result = driver.execute_async_script(OURS, q, not throttled)
                    else:
                        result = driver.execute_async_script(
                            "window.pfSearch(arguments[0], arguments[1]).then(arguments[2]);", q, not throttled)
                    driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 1})
                    if throttled:
                        times.append(result["ms"])
                    else:
                        got = {folder_of(u) for u in result["urls"]}
                        row[engine + "_found"] = len(got & want)
                        row[engine + "_extra"] = len(got - want)
                row[engine + "_ms"] = times[0]
            rows.append(row)
            print(f"{label} {q}: truth {row['truth']}, gongkai {row['gongkai_found']} (+{row['gongkai_extra']}) "
                  f"{row['gongkai_ms']:.0f} ms, pagefind {row['pagefind_found']} (+{row['pagefind_extra']}) "
                  f"{row['pagefind_ms']:.0f} ms", flush=True)
    finally:
        driver.quit()
        server.shutdown()
        os.remove(os.path.join(site, "pf.html"))
    return rows


def summary(rows, label, site, ours_build, pf_build):
    def recall(engine):
        want = sum(r["truth"] for r in rows)
        return 100.0 * sum(r[engine + "_found"] for r in rows) / want if want else 100.0

    def missed(engine):
        return [r["q"] for r in rows if r[engine + "_found"] < r["truth"]]

    def p(engine, pct):
        values = sorted(r[engine + "_ms"] for r in rows)
        return values[min(len(values) - 1, int(round(pct / 100 * (len(values) - 1))))]

    # The town's file under search/ and each village's index under VILLAGE/search/.
    ours_bytes = bytes_under(os.path.join(site, "search")) - os.path.getsize(os.path.join(site, "search/index.html"))
    ours_bytes += sum(bytes_under(os.path.join(site, v, "search")) for v in os.listdir(site)
                      if os.path.isdir(os.path.join(site, v, "search")) and v != "search")
    pf_bytes = bytes_under(os.path.join(site, "pagefind"))
    print(f"\n## {label}: {len(notices(site))} notices, {len(rows)} queries")
    print("| | gongkai search/ | Pagefind 1.5.2 extended |")
    print("|---|---|---|")
    print(f"| recall (found / true matches, summed) | {recall('gongkai'):.1f} % | {recall('pagefind'):.1f} % |")
    print(f"| queries missing matches | {len(missed('gongkai'))} {missed('gongkai')[:6]} | "
          f"{len(missed('pagefind'))} {missed('pagefind')[:6]} |")
    print(f"| results that are not matches | {sum(r['gongkai_extra'] for r in rows)} | "
          f"{sum(r['pagefind_extra'] for r in rows)} |")
    print(f"| index bytes | {ours_bytes:,} | {pf_bytes:,} |")
    print(f"| query, CPU ×4, cold page: p50 / p95 / max | {p('gongkai', 50):.0f} / {p('gongkai', 95):.0f} / "
          f"{p('gongkai', 100):.0f} ms | {p('pagefind', 50):.0f} / {p('pagefind', 95):.0f} / "
          f"{p('pagefind', 100):.0f} ms |")
    print(f"| index up to date after one edit | {ours_build} | {pf_build} |")


def build(root, out, full=False):
    start = time.monotonic()
    subprocess.run([BINARY, "build", root, "--out", out, "--date", "2026-11-22"] + (["--full"] if full else []),
                   check=True, capture_output=True)
    return time.monotonic() - start


def edit_and_rebuild(root, out, path):
    """One notice's title changed: gongkai's incremental build vs Pagefind indexing again."""
    original = open(os.path.join(root, path), encoding="utf-8").read()
    try:
        with open(os.path.join(root, path), "w", encoding="utf-8") as f:
            f.write(original.replace("title: ", "title: 改过的", 1))
        ours = build(root, out)
        shutil.rmtree(os.path.join(out, "pagefind"), ignore_errors=True)
        theirs = pagefind(out)
    finally:
        with open(os.path.join(root, path), "w", encoding="utf-8") as f:
            f.write(original)
    return ours, theirs


def main():
    ensure_pagefind()
    work = tempfile.mkdtemp(prefix="gongkai-search-compare-")
    subprocess.run(["bash", os.path.join(REPO, "scripts/demo-history.sh")], check=True, capture_output=True)
    if not os.path.isdir(COUNTY):
        subprocess.run([sys.executable, os.path.join(HERE, "generate_county.py"), COUNTY, "20", "500"], check=True)
    for label, root, queries, edited in [
        ("demo", REPO, DEMO_QUERIES, "content/xuji/finance/2026-08.yaml"),
        ("county", COUNTY, COUNTY_QUERIES, None),
    ]:
        out = os.path.join(work, label)
        full = build(root, out, full=True)
        pf_full = pagefind(out)
        if edited is None:
            edited = next(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(os.path.join(root, "content"))
                          for f in sorted(fs) if f.endswith(".md"))
        ours_edit, pf_edit = edit_and_rebuild(root, out, edited)
        build(root, out)
        shutil.rmtree(os.path.join(out, "pagefind"), ignore_errors=True)
        pagefind(out)
        rows = measure(out, queries, label)
        summary(rows, label, out,
                f"whole build {full:.1f} s; after the edit {ours_edit:.2f} s (incremental build, index included)",
                f"pagefind over the built site {pf_full:.1f} s; after the edit {pf_edit:.1f} s (no incremental mode)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
