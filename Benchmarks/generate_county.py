#!/usr/bin/env python3
"""Writes a synthetic county in the gongkai content format: VILLAGES villages × DOCS documents,
every kind, realistic sizes, all valid. Usage: generate_county.py OUT VILLAGES DOCS"""
import os, random, sys

out, villages, docs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(7)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["建国", "秀兰", "志强", "红梅", "德胜", "玉芬", "长林", "国庆", "春花", "海军", "丽娟", "振华", "桂英", "文杰", "晓东"]
PARAGRAPH = ("根据《村民委员会组织法》和镇党委、镇政府的统一部署，现将有关事项公开如下。"
             "村民对公开内容有疑问的，可在公示期内向村务监督委员会反映，也可拨打监督举报电话。")

def name(i):
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)]

def money(fen):
    return f'"{fen // 100:,}.{fen % 100:02d}"'

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

def body(n):
    lines = []
    for i in range(n):
        lines.append(f"{i + 1}. {PARAGRAPH}")
    return "\n\n".join(lines) + "\n\n| 项目 | 金额（元） |\n|---|---:|\n| 办公经费 | 1,200.00 |\n| 合计 | 1,200.00 |\n"

def statement(vid, year, month, opening):
    income = [(random.randint(1, 28), random.randint(10000, 3000000)) for _ in range(random.randint(3, 12))]
    expense = [(random.randint(1, 28), random.randint(5000, 800000)) for _ in range(random.randint(5, 25))]
    closing = opening + sum(a for _, a in income) - sum(a for _, a in expense)
    lines = [f"kind: finance.statement", f"title: {year}年{month}月财务收支公开",
             f"published: {year + (month == 12)}-{month % 12 + 1:02d}-08", f"period: {year}-{month:02d}",
             f"opening_balance: {money(opening) if opening >= 0 else '-' + money(-opening)[1:]}", "income:"]
    n = 0
    for d, a in sorted(income):
        n += 1
        lines.append(f"  - {{date: {year}-{month:02d}-{d:02d}, voucher: 记-{n:03d}, item: 租金及补助收入, category: 经营收入, amount: {money(a)}}}")
    lines.append("expense:")
    for d, a in sorted(expense):
        n += 1
        lines.append(f"  - {{date: {year}-{month:02d}-{d:02d}, voucher: 记-{n:03d}, item: 办公及公益支出, category: 管理费用, amount: {money(a)}}}")
    lines.append(f"closing_balance: {money(closing) if closing >= 0 else chr(34) + '-' + money(-closing)[1:]}")
    lines.append(f"reviewed: {{date: {year + (month == 12)}-{month % 12 + 1:02d}-05, by: [{name(100)}, {name(101)}]}}")
    return "\n".join(lines) + "\n", closing

def other(kind_index, vid, i, year, month):
    pub = f"{year}-{month:02d}-{random.randint(10, 20):02d}"
    k = kind_index % 9
    if k == 0:
        return "md", f"---\nkind: affairs.notice\ntitle: 村务公告第{i}号\npublished: {pub}\n---\n\n{body(random.randint(2, 8))}"
    if k == 1:
        return "md", f"---\nkind: party.notice\ntitle: 党务公告第{i}号\npublished: {pub}\n---\n\n{body(random.randint(1, 4))}"
    if k == 2:
        members = [(name(j), random.choice([20, 50, 100, 1500]), 3) for j in range(random.randint(8, 30))]
        rows = "\n".join(f"  - {{name: {n}, standard: {money(s)}, months: {m}, paid: {money(s * m)}}}" for n, s, m in members)
        return "yaml", f"kind: party.dues\ntitle: 党费收缴公示{i}\npublished: {pub}\nperiod: {year}-Q{(month + 2) // 3}\nmembers:\n{rows}\ntotal: {money(sum(s * m for _, s, m in members))}\n"
    if k == 3:
        return "md", f"---\nkind: party.meeting\ntitle: 主题党日{i}\npublished: {pub}\ntype: 主题党日\ndate: {year}-{month:02d}-05\nexpected: 40\npresent: 35\ntopic: 学习\ndecisions: [开展志愿服务]\n---\n\n{body(2)}"
    if k == 4:
        cats = ["学习教育", "组织生活", "志愿服务"]
        rows = []
        for j in range(random.randint(5, 20)):
            s = [random.randint(5, 30) for _ in cats]
            rows.append(f"  - {{name: {name(j)}, scores: {{{', '.join(f'{c}: {v}' for c, v in zip(cats, s))}}}, total: {sum(s)}}}")
        return "yaml", f"kind: party.points\ntitle: 党员积分{i}\npublished: {pub}\nperiod: {year}-{month:02d}\ncategories: [{', '.join(cats)}]\nmembers:\n" + "\n".join(rows) + "\n"
    if k == 5:
        rec = [(name(j), random.randint(1, 5), random.randint(20000, 200000)) for j in range(random.randint(2, 15))]
        rows = "\n".join(f"  - {{name: {n}, household_size: {h}, amount: {money(a)}, id: 410927********{1000 + j:04d}}}" for j, (n, h, a) in enumerate(rec))
        return "yaml", f"kind: affairs.welfare\ntitle: 低保公示{i}\npublished: {year}-{month:02d}-10\nnotice_until: {year}-{month:02d}-20\nprogram: 农村低保\nrecipients:\n{rows}\ntotal: {money(sum(a for _, _, a in rec))}\n"
    if k == 6:
        return "yaml", (f"kind: affairs.decision\ntitle: 决议公开{i}\npublished: {year}-{month:02d}-20\nnotice_until: {year}-{month:02d}-27\nsubject: 道路硬化\n"
                        f"proposal: {{date: {year}-{month:02d}-01, by: 村党支部}}\nconsultation: {{date: {year}-{month:02d}-03}}\n"
                        f"review: {{date: {year}-{month:02d}-05, expected: 40, present: 35, for: 33, against: 1, abstain: 1}}\n"
                        f"resolution: {{date: {year}-{month:02d}-10, body: 村民代表会议, expected: 30, present: 25, for: 23, against: 1, abstain: 1}}\n")
    if k == 7:
        items = [(random.randint(10000, 5000000)) for _ in range(random.randint(3, 20))]
        rows = "\n".join(f"  - {{name: 资产{j}, category: 非经营性, quantity: 1, unit: 处, value: {money(v)}, acquired: 2015, status: 自用}}" for j, v in enumerate(items))
        return "yaml", f"kind: finance.assets\ntitle: 集体资产{i}\npublished: {pub}\nas_of: {year}-{month:02d}-01\nitems:\n{rows}\ntotal_value: {money(sum(items))}\nreviewed: {{date: {year}-{month:02d}-05, by: [{name(100)}]}}\n"
    return "yaml", (f"kind: affairs.project\ntitle: 项目{i}\npublished: {pub}\nname: 道路工程{i}\nbudget: \"300,000.00\"\n"
                    f"funding:\n  - {{source: 衔接资金, amount: \"200,000.00\"}}\n  - {{source: 村集体, amount: \"100,000.00\"}}\n"
                    f"contractor: 路桥公司\nprocurement: 公开招标\nstart: {year}-{month:02d}-01\nend: {year}-{month:02d}-28\nprogress: 已完工\nspent: \"290,000.00\"\n")

os.makedirs(out, exist_ok=True)
write(os.path.join(out, "gongkai.yaml"), "title: 合成县党务村务财务公开\ntown: 合成镇\nbase_url: https://gk.example.cn/\n")
statements = min(docs // 4, 240)
for v in range(villages):
    vid = f"v{v:04d}"
    folder = os.path.join(out, "content", vid)
    write(os.path.join(folder, "village.yaml"),
          f"name: 合成{v}村\ncommittee:\n  - {{name: {name(1)}, role: 书记}}\n  - {{name: {name(2)}, role: 主任}}\n"
          f"supervisors:\n  - {{name: {name(100)}, role: 主任}}\n  - {{name: {name(101)}, role: 委员}}\n  - {{name: {name(102)}, role: 委员}}\nhotline: \"0394-5721368\"\n")
    balance = random.randint(1000000, 50000000)
    year, month = 2026 - (statements + 11) // 12, 1
    for s in range(statements):
        text, balance = statement(vid, year, month, balance)
        write(os.path.join(folder, "finance", f"{year}-{month:02d}.yaml"), text)
        month += 1
        if month == 13:
            year, month = year + 1, 1
    for i in range(docs - statements):
        ext, text = other(i, vid, i, 2016 + (i % 10), 1 + i % 12)
        write(os.path.join(folder, "docs", f"d{i:05d}.{ext}"), text)
print(f"{villages} villages, {villages * docs} documents in {out}")
