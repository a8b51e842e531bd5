"""The real `gongkai serve --edit` for the editor's benchmarks: the site put in git first if it is
not (the editor commits every save), the server started on a free port, and one browser session
(its cookie) to talk to it."""
import http.client, os, re, subprocess, sys, time, uuid


def in_git(root):
    """The site as a git repository, committed once if it was not one."""
    if os.path.isdir(os.path.join(root, ".git")):
        return

    def git(*args):
        subprocess.run(["git", "-C", root, "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", *args],
                       check=True, capture_output=True)
    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "county")


def first_village(root):
    """The id of the site's first village, by name."""
    content = os.path.join(root, "content")
    return sorted(v for v in os.listdir(content) if os.path.isdir(os.path.join(content, v)))[0]


def start(gongkai, root, *extra):
    """The server and its port, once it serves; seconds it took are printed by the caller."""
    server = subprocess.Popen([gongkai, "serve", root, "--port", "0", "--edit", *extra],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    while True:
        line = server.stdout.readline()
        if not line:
            sys.exit("the server stopped before serving")
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if m:
            return server, int(m.group(1))


class Session:
    """One browser: the session cookie, and requests with a form posted as multipart."""

    def __init__(self, port):
        self.port, self.cookie = port, ""

    def request(self, method, target, fields=None):
        """(status, page, Location); `fields` as (name, value) pairs make a multipart post."""
        body, headers = None, {"Host": f"127.0.0.1:{self.port}", **({"Cookie": self.cookie} if self.cookie else {})}
        if fields is not None:
            boundary = uuid.uuid4().hex
            body = ("".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{n}\"\r\n\r\n{v}\r\n"
                            for n, v in fields) + f"--{boundary}--\r\n").encode()
            headers["Content-Type"] = "multipart/form-data; boundary=" + boundary
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        connection.request(method, target, body=body, headers=headers)
        response = connection.getresponse()
        page = response.read().decode("utf-8", "replace")
        if response.getheader("Set-Cookie"):
            self.cookie = response.getheader("Set-Cookie").split(";")[0]
        location = response.getheader("Location") or ""
        connection.close()
        return response.status, page, location

    def timed(self, method, target, fields=None):
        """Seconds the request took, and its answer."""
        start = time.monotonic()
        answer = self.request(method, target, fields)
        return (time.monotonic() - start,) + answer
