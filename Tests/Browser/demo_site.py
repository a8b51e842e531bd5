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


class BuiltDemo:
    """The demo town as `make site` builds it (with its made-up village history), on the tests'
    build date, served by a plain static file server as any town's web host would."""

    def __init__(self, binary, prefix):
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
        subprocess.run([binary, "build", REPO, "--out", self.out, "--date", "2026-11-22"], check=True,
                       capture_output=True)
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=self.out))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def stop(self):
        import shutil
        self.server.shutdown()
        shutil.rmtree(self.out, ignore_errors=True)
