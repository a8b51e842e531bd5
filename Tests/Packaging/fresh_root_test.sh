#!/usr/bin/env bash
# The Debian package as a new town installs it: on a clean Debian 12 root made with debootstrap
# (a folder of this test's own), `apt-get install ./gongkai_*.deb` resolves its Depends from
# Debian's archive, `gongkai --version` runs, and the service's own command line (systemd does not
# run in a chroot, so it is run by hand as the user gongkai) builds the demo town into the public
# folder and serves the editor; the times of each step are printed.
# Usage (as root): Tests/Packaging/fresh_root_test.sh [DEB]      (`make test-fresh`)
set -euo pipefail
cd "$(dirname "$0")/../.."
fail() { echo "fresh_root_test: FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "fresh_root_test: needs root (debootstrap, chroot); skipped"; exit 0; }
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
started=$(date +%s)
deb=${1:-$(bash scripts/make-deb.sh)}
[ -f "$deb" ] || fail "no package at $deb"
built=$(date +%s)

root=$(mktemp -d /var/tmp/gongkai-fresh.XXXXXX)
chmod 755 "$root"   # a root file system every user may enter, as / is
cleanup() {
  for mount in "$root/proc" "$root/dev"; do mountpoint -q "$mount" && umount -l "$mount"; done
  rm -rf "$root"
}
trap cleanup EXIT
# The archive this machine's apt uses.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null || fail "debootstrap bookworm from $mirror"
bootstrapped=$(date +%s)
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"; }
in_root apt-get update -qq >/dev/null || fail "apt-get update in the new root"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" >/dev/null \
  || fail "apt-get install ./$(basename "$deb") did not resolve its Depends"
installed=$(date +%s)
version=$(in_root gongkai --version) || fail "gongkai --version"
[ "$version" = "$(dpkg-deb -f "$deb" Version)" ] || fail "--version says $version"
[ -d "$root/var/www/gongkai" ] || fail "no /var/www/gongkai for the public site"

# The demo town, a git repository the service user may write, as the README's install says.
mkdir -p "$root/srv/gongkai"
cp -r content gongkai.yaml "$root/srv/gongkai/"
sed -i 's/^history: .demo-history$/history: git/' "$root/srv/gongkai/gongkai.yaml"
in_root chown -R gongkai:gongkai /srv/gongkai
as_service() { chroot --userspec=gongkai:gongkai "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
  HOME=/var/lib/gongkai "$@"; }
as_service git -C /srv/gongkai init -q
as_service git -C /srv/gongkai add -A
as_service git -C /srv/gongkai -c user.name=镇经管站 -c user.email=zhen@example.invalid commit -qm 初始
echo "town-pass-123" | as_service gongkai user add zhen --role town --accounts /var/lib/gongkai/accounts.sqlite \
  --password-stdin >/dev/null || fail "user add as the service user"
as_service gongkai hook install --server /srv/gongkai >/dev/null || fail "hook install --server"

# The unit's command line, by hand, with /etc/default/gongkai's settings.
set -a; . "$root/etc/default/gongkai"; set +a
command_line=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/gongkai.service")
command_line=$(eval echo "$command_line")
port=$((20000 + RANDOM % 20000))
command_line=${command_line/127.0.0.1:8080/127.0.0.1:$port}
log=$root/tmp/serve.log
serve_started=$(date +%s.%N)
# chroot, env and sh each exec the next: $! is the server itself.
chroot --userspec=gongkai:gongkai "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/var/lib/gongkai \
  sh -c "exec $command_line" >"$log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  [ -f "$root/var/www/gongkai/public/index.html" ] && grep -q "正在提供录入" "$log" && break
  kill -0 $server 2>/dev/null || { cat "$log" >&2; fail "the service's command line stopped"; }
  sleep 0.1
done
published=$(date +%s.%N)
[ -f "$root/var/www/gongkai/public/xuji/finance/2026-09/index.html" ] || { cat "$log" >&2; fail "the demo was not published"; }
grep -q "许集村" "$root/var/www/gongkai/public/index.html" || fail "the town page lacks 许集村"
status=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/__gongkai/login" || true)
kill -INT $server; wait $server 2>/dev/null || true
[ "$status" = 200 ] || fail "the editor's sign-in answered $status"
files=$(find "$root/var/www/gongkai/public" -type f | wc -l)
echo "fresh_root_test: $(basename "$deb") on a clean Debian 12 root:" \
  "package built in $((built - started)) s, debootstrap $((bootstrapped - built)) s," \
  "apt-get install $((installed - bootstrapped)) s; gongkai $version;" \
  "the service's command line published the demo ($files files) in" \
  "$(awk -v a="$serve_started" -v b="$published" 'BEGIN {printf "%.1f", b - a}') s; the editor answered 200"
