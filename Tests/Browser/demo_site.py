"""The demo's gongkai.yaml for a test's own git repository of the demo town.

The demo reads its history from .demo-history (scripts/demo-history.sh); a test that commits
to its own copy wants that copy's commits as the history."""
import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def copy_demo_config(folder):
    with open(os.path.join(REPO, "gongkai.yaml"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(folder, "gongkai.yaml"), "w", encoding="utf-8") as f:
        f.write(text.replace("history: .demo-history", "history: git"))


def demo_in_locale(locale, folder):
    """A copy of the demo's site root (content, history, gongkai.yaml) whose gongkai.yaml says
    `locale: LOCALE`."""
    import shutil
    for name in ["content", ".demo-history"]:
        shutil.copytree(os.path.join(REPO, name), os.path.join(folder, name), symlinks=True)
    with open(os.path.join(REPO, "gongkai.yaml"), encoding="utf-8") as f:
        text = f.read()
    assert "\nlocale: zh-Hans\n" in text
    with open(os.path.join(folder, "gongkai.yaml"), "w", encoding="utf-8") as f:
        f.write(text.replace("\nlocale: zh-Hans\n", f"\nlocale: {locale}\n"))
    return folder


class BuiltDemo:
    """The demo town as `make site` builds it (with its made-up village history), on the tests'
    build date, served by a plain static file server as any town's web host would; in another
    locale when `locale` is given."""

    def __init__(self, binary, prefix, locale=None):
        import functools
        import http.server
        import subprocess
        import tempfile
        import threading

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

        subprocess.run(["bash", os.path.join(REPO, "scripts/demo-history.sh")], check=True, capture_output=True)
        self.out = tempfile.mkdtemp(prefix=prefix)
        self.root = REPO if locale is None else demo_in_locale(locale, tempfile.mkdtemp(prefix=prefix + "root-"))
        subprocess.run([binary, "build", self.root, "--out", self.out, "--date", "2026-11-22"], check=True,
                       capture_output=True)
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=self.out))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def stop(self):
        import shutil
        self.server.shutdown()
        shutil.rmtree(self.out, ignore_errors=True)
        if self.root != REPO:
            shutil.rmtree(self.root, ignore_errors=True)
