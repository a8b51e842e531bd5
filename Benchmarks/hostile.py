#!/usr/bin/env python3
"""Hostile inputs of about 1 MiB each, fed to the real binary: each must be rejected with a
clear error or processed, in under 0.2 s (issue #12). Documents and gongkai.yaml are timed
with `gongkai check`; Markdown bodies within the bounds and templates with `gongkai build`,
since their cost is in rendering. Usage: hostile.py GONGKAI [WORK] — prints one row a case
(best of five runs) and exits 1 if any case is over the limit or crashed."""
import os, shutil, subprocess, sys, time

binary = os.path.abspath(sys.argv[1])
work = sys.argv[2] if len(sys.argv) > 2 else "/tmp/gongkai-hostile"
MIB = 1 << 20
BODY = 128 * 1024 - 64  # just inside the Markdown body bound
LIMIT = 0.2

CONFIG = "title: 测试镇\ntown: 测试镇\nbase_url: https://gk.example.cn/\n"
VILLAGE = """name: 许集村
committee:
  - {name: 许建国, role: 党支部书记}
supervisors:
  - {name: 许长林, role: 主任}
  - {name: 赵玉芬, role: 委员}
  - {name: 刘德胜, role: 委员}
"""
HEAD = "kind: affairs.notice\ntitle: 通知\npublished: 2026-11-01\n"


def fill(unit, size=MIB):
    return (unit * (size // len(unit) + 1))[:size]


def doc(extra):
    return HEAD + extra


def md(body):
    return "---\n" + HEAD + "---\n" + body


def statement_rows(size):
    rows, total, i = [], 0, 0
    while sum(map(len, rows)) < size:
        rows.append(f"  - {{date: 2026-10-{i % 28 + 1:02d}, voucher: 记-{i}, item: 收入{i}, amount: 1}}\n")
        total += 1
        i += 1
    return ("kind: finance.statement\ntitle: 10月财务收支\npublished: 2026-11-06\nperiod: 2026-10\n"
            "opening_balance: 0\nincome:\n" + "".join(rows) + f"expense: []\nclosing_balance: {total}\n"
            "reviewed: {date: 2026-11-04, by: [许长林]}\n")


documents = {
    "yaml: [ nested": doc("extra: " + "[" * (MIB - 200)),
    "yaml: { nested": doc("extra: " + fill("{a: ", MIB - 200)),
    "yaml: - - nested (block)": doc("extra:\n" + fill("- ", MIB - 200) + "x\n"),
    "yaml: 60k keys": doc("extra:\n" + "".join(f"  k{i}: {i}\n" for i in range(62000)))[:MIB],
    "yaml: 60 mappings of 1000 keys": doc("extra:\n" + "".join(
        "  -\n" + "".join(f"    k{i}: {i}\n" for i in range(1000)) for _ in range(62)))[:MIB],
    "yaml: 100k duplicate keys": doc("extra:\n" + "  k: 1\n" * 140000)[:MIB],
    "yaml: alias bomb": doc("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                            "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nextra: [" + ", ".join(["*c"] * 40000) + "]\n")[:MIB],
    "yaml: 1 MiB title": doc("extra: {}\n").replace("title: 通知", "title: " + "字" * (MIB // 3 - 100)),
    "yaml: 1 MiB key": doc("extra: {}\n" + "k" * (MIB - 100) + ": 1\n"),
    "yaml: unclosed quote": doc('extra: "' + "x" * (MIB - 100)),
    "yaml: statement of 13k rows": statement_rows(MIB - 300),
    "numbers: runs of 2-digit groups": doc('extra: {note: "' + fill("12 ", MIB - 200) + '"}\n'),
    "numbers: full-width digits": doc('extra: {note: "' + fill("１２３４５６７８９０", MIB // 3 - 100) + '"}\n'),
    "markdown: 1 MiB body": md(fill("公开", MIB - 100)),
    "markdown: 1 MiB of >": md(">" * (MIB - 100) + "\n"),
    "markdown: 1 MiB <![CDATA[": md(fill("a <![CDATA[", MIB - 100)),
}

bodies = {
    "body: nested strong emph": ("*a **a " * (BODY // 14)) + "b" + (" a** a*" * (BODY // 14)),
    "body: emph closers": fill("a_ ", BODY),
    "body: link openers": fill("[a", BODY),
    "body: nested brackets": "[" * (BODY // 2) + "]" * (BODY // 2),
    "body: 64 levels of >": ("> " * 64 + "a\n") * (BODY // 130),
    "body: unclosed links": fill("[a](<b", BODY),
    "body: <! declarations": fill("<!", BODY),
    "body: 16 <![CDATA[": "<![CDATA[ " * 16 + fill("a", BODY - 200),
    "body: 1000 @": fill("a@", 2000) + fill("x", BODY - 2000),
    "body: 64-column table, 2000 rows": "|" + "a|" * 64 + "\n|" + "-|" * 64 + "\n" + "|a\n" * 2000,
    "body: strikethrough": fill("~a~~ ", BODY),
    "body: emph and links": fill("*[", BODY),
    "body: setext": fill("a\n=\n", BODY),
    "body: empty list items": fill("-\n\n", BODY),
    "body: backticks": "".join("e" + "`" * i for i in range(1, 500)),
}

templates = {
    "template: 20k sections deep": "{{#a}}" * 20000 + "{{/a}}" * 20000,
    "template: 100k distinct names": "".join(f"{{{{n{i}}}}}" for i in range(100000))[:MIB],
    "template: 100k distinct partials": "".join(f"{{{{>p{i}}}}}" for i in range(100000))[:MIB],
    "template: unclosed tag": "{{" + "x" * (MIB - 2),
    "template: 200k variables": fill("{{title}}", MIB),
    "template: 100k standalone sections": fill("{{#a}}\n{{/a}}\n", MIB),
    "template: partial includes itself twice": "{{>notice}}{{>notice}}x",
}

configs = {
    "gongkai.yaml: 60k unknown rules": CONFIG + "rules:\n" + "".join(f"  rule{i}: 1\n" for i in range(60000)),
    "gongkai.yaml: nested": CONFIG + "rules: " + fill("{a: ", MIB - 200),
    "gongkai.yaml: catalog from year 1": CONFIG + "catalog:\n  start: 0001-01\n  items:\n    - {kind: finance.statement, every: month}\n",
    "gongkai.yaml: 30k catalog items": CONFIG + "catalog:\n  start: 2026-01\n  items:\n"
    + "    - {kind: finance.statement, every: month}\n" * 24000,
}


def site(name, config=CONFIG, files=None):
    root = os.path.join(work, str(abs(hash(name))))
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "content/xuji/affairs"))
    for path, text in {"gongkai.yaml": config, "content/xuji/village.yaml": VILLAGE, **(files or {})}.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(text)
    return root


def run(name, root, command):
    best, status, out = None, None, ""
    os.sync()  # time the tool, not the write-back of the files this script just wrote
    for _ in range(5):
        start = time.perf_counter()
        p = subprocess.run([binary, command, root, "--date", "2026-11-22"], capture_output=True, timeout=120)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
        status, out = p.returncode, (p.stdout + p.stderr).decode(errors="replace")
    first = next((l for l in out.splitlines() if "error[" in l or "warning[" in l), "")
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(root) for f in fs)
    verdict = "ok" if best < LIMIT and status in (0, 1) else "SLOW" if status in (0, 1) else f"EXIT {status}"
    print(f"{best:7.3f} s  exit {status}  {size / MIB:5.2f} MiB  {verdict:4}  {name}  | {first[:110]}", flush=True)
    return verdict == "ok"


os.makedirs(work, exist_ok=True)
good = True
good &= run("baseline: empty site (check)", site("baseline"), "check")
good &= run("baseline: empty site (build)", site("baseline-build"), "build")
for name, text in documents.items():
    ext = "md" if name.startswith("markdown") else "yaml"
    good &= run(name, site(name, files={f"content/xuji/affairs/h.{ext}": text}), "check")
for name, body in bodies.items():
    good &= run(name, site(name, files={"content/xuji/affairs/h.md": md(body)}), "build")
for name, text in templates.items():
    good &= run(name, site(name, files={"content/xuji/affairs/n.md": md("正文\n"), "templates/notice.mustache": text}), "build")
for name, config in configs.items():
    good &= run(name, site(name, config=config[:MIB]), "check")
sys.exit(0 if good else 1)
