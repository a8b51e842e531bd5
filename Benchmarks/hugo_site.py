#!/usr/bin/env python3
"""Turns a gongkai site into a Hugo site with the same documents: one page per document, its
title, date and Markdown body, and a minimal layout. Usage: hugo_site.py GONGKAI_ROOT HUGO_ROOT"""
import os, re, sys


def documents(src):
    """Every document of a gongkai site: (its page's path under content/ without extension,
    front matter as written, Markdown body)."""
    content = os.path.join(src, "content")
    for village in sorted(os.listdir(content)):
        for dirpath, _, files in os.walk(os.path.join(content, village)):
            for name in files:
                if name == "village.yaml" or not name.endswith((".md", ".yaml", ".yml")):
                    continue
                text = open(os.path.join(dirpath, name), encoding="utf-8").read()
                if name.endswith(".md"):
                    parts = text.split("\n---\n", 1)
                    front, body = parts[0].removeprefix("---\n"), parts[1] if len(parts) > 1 else ""
                else:
                    front, body = text, ""
                page = os.path.join(os.path.relpath(dirpath, content), os.path.splitext(name)[0])
                yield page, front, body


def write_page(out, page, text):
    target = os.path.join(out, "content", page + ".md")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(out, "layouts", "_default"), exist_ok=True)
    with open(os.path.join(out, "hugo.toml"), "w") as f:
        f.write('baseURL = "https://gk.example.cn/"\nlanguageCode = "zh-cn"\ntitle = "bench"\n'
                'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
    with open(os.path.join(out, "layouts", "_default", "single.html"), "w") as f:
        f.write('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
                '<body><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p>{{ .Content }}</body></html>\n')
    with open(os.path.join(out, "layouts", "_default", "list.html"), "w") as f:
        f.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>'
                '<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n')
    count = 0
    for page, front, body in documents(src):
        title = re.search(r"^title: (.*)$", front, re.M).group(1).strip().strip('"')
        date = re.search(r"^published: (\S+)", front, re.M).group(1)
        write_page(out, page, f'---\ntitle: "{title}"\ndate: {date}\n---\n{body}')
        count += 1
    print(count)
