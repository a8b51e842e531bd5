#!/usr/bin/env python3
"""The editor's form fields as a browser posts them: shared by the account tests, the load test
and Benchmarks/editor_check.py."""
import html.parser


class Form(html.parser.HTMLParser):
    """The fields of the editor's form as a browser posts them."""

    def __init__(self, page):
        super().__init__()
        self.fields, self.inside, self.select, self.textarea = [], False, None, None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == "editor":
            self.inside = True
        if not self.inside:
            return
        if tag == "input" and a.get("name") and a.get("type") not in ("file", "submit", "button"):
            if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self.fields.append([a["name"], a.get("value", "")])
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], ""]
            self.fields.append(self.select)
        elif tag == "option" and self.select is not None and "selected" in a:
            self.select[1] = a.get("value", "")
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data
