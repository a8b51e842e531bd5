#!/usr/bin/env python3
"""Turns a gongkai site into a Hugo site doing the same job per document, for the full-build
comparison (issue 27): the whole front matter (YAML as the secretary wrote it) rendered into a
page and a print page, each with every entry table (a list of records: statement income and
expense, dues members, welfare recipients, ...) and its total row, and a JSON file of the data.
No rules, no QR codes, no hashes, no boards, feeds or search. Usage: hugo_twin.py GONGKAI_ROOT HUGO_ROOT"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hugo_site import documents, write_page  # noqa: E402

src, out = sys.argv[1], sys.argv[2]
layouts = os.path.join(out, "layouts", "_default")
os.makedirs(layouts, exist_ok=True)
with open(os.path.join(out, "hugo.toml"), "w") as f:
    f.write('baseURL = "https://gk.example.cn/"\nlanguageCode = "zh-cn"\ntitle = "bench"\n'
            'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
            '[outputFormats.print]\nmediaType = "text/html"\nbaseName = "print"\nisHTML = true\npath = ""\n'
            '[outputFormats.data]\nmediaType = "application/json"\nbaseName = "data"\nisPlainText = true\n'
            '[outputs]\npage = ["html", "print", "data"]\nsection = ["html"]\nhome = ["html"]\n')

# Every list of records in the front matter as a table: a column per key of its first row, a
# total row summing the money columns (amounts written "12,000.00").
MONEY = '(slice "amount" "paid" "standard" "value" "annual_fee" "fee_due" "fee_received" "subsidy")'
TABLES = '''{{ $money := MONEY }}{{ range $key, $value := .Params }}{{ if and (reflect.IsSlice $value) (gt (len $value) 0) }}{{ $first := index $value 0 }}{{ if reflect.IsMap $first }}
<section><h2>{{ $key }} <span>共 {{ len $value }} 项</span></h2>
<table><thead><tr><th>序号</th>{{ range $k, $_ := $first }}<th>{{ $k }}</th>{{ end }}</tr></thead><tbody>
{{ range $i, $row := $value }}<tr><td>{{ add $i 1 }}</td>{{ range $k, $_ := $first }}<td>{{ index $row $k }}</td>{{ end }}</tr>
{{ end }}</tbody><tfoot><tr><td>合计</td>{{ range $k, $_ := $first }}<td>{{ if in $money $k }}{{ $sum := 0.0 }}{{ range $value }}{{ $sum = add $sum (float (replace (string (index . $k)) "," "")) }}{{ end }}{{ lang.FormatNumber 2 $sum }}{{ end }}</td>{{ end }}</tr></tfoot></table>
<p>以上共 {{ len $value }} 项。</p></section>{{ end }}{{ end }}{{ end }}'''.replace("MONEY", MONEY)
FACTS = '''<dl>{{ range $key, $value := .Params }}{{ if not (reflect.IsSlice $value) }}{{ if not (reflect.IsMap $value) }}<div><dt>{{ $key }}</dt><dd>{{ $value }}</dd></div>{{ end }}{{ end }}{{ end }}</dl>'''
HEAD = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="stylesheet" href="/gongkai.css"></head><body>'
with open(os.path.join(layouts, "single.html"), "w") as f:
    f.write(HEAD + '<nav><a href="../">返回</a></nav><article><h1>{{ .Title }}</h1><p>公开日期：{{ .Date.Format "2006年1月2日" }}</p>'
            + FACTS + TABLES + '{{ .Content }}</article><footer><a href="print.html">打印</a> <a href="data.json">数据</a></footer></body></html>\n')
with open(os.path.join(layouts, "single.print.html"), "w") as f:
    f.write(HEAD + '<article class="sheet"><h1>{{ .Title }}</h1><p>公开日期：{{ .Date.Format "2006年1月2日" }}</p>'
            + FACTS + TABLES + '{{ .Content }}<p>（盖章）</p><p>网页版：{{ .Permalink }}</p></article></body></html>\n')
with open(os.path.join(layouts, "single.data.json"), "w") as f:
    f.write('{{ dict "title" .Title "published" (.Date.Format "2006-01-02") "data" .Params | jsonify (dict "indent" "  ") }}\n')
with open(os.path.join(layouts, "list.html"), "w") as f:
    f.write(HEAD + '<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n')

count = 0
for page, front, body in documents(src):
    # Hugo takes `date` for the page's date; the notice's day is `published`.
    published = next(l.split(":", 1)[1].strip() for l in front.splitlines() if l.startswith("published:"))
    write_page(out, page, f"---\n{front.rstrip()}\ndate: {published}\n---\n{body}")
    count += 1
print(count)
