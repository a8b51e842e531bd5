#!/usr/bin/env bash
# The Debian package as a town installs it (root, on a machine without it): it installs and
# removes cleanly with dpkg, `gongkai --version` runs from it, systemd-analyze accepts its unit,
# postinst makes the unprivileged user and purge removes it. Usage: Tests/Packaging/deb_test.sh [DEB]
set -euo pipefail
cd "$(dirname "$0")/../.."
fail() { echo "deb_test: FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "deb_test: needs root (dpkg -i); skipped"; exit 0; }
need=()
command -v systemd-analyze >/dev/null || need+=(systemd)
command -v adduser >/dev/null || need+=(adduser)
command -v runuser >/dev/null || need+=(util-linux)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if dpkg-query -W -f='${Status}' gongkai 2>/dev/null | grep -q "install ok"; then
  fail "a gongkai package is already installed here; remove it first"
fi
deb=${1:-$(bash scripts/make-deb.sh)}
[ -f "$deb" ] || fail "no package at $deb"

dpkg -i "$deb" >/dev/null || fail "dpkg -i"
[ "$(/usr/bin/gongkai --version)" = "$(dpkg-deb -f "$deb" Version)" ] || fail "--version does not match the package"
/usr/bin/gongkai --help >/dev/null || fail "gongkai --help"
ldd /usr/bin/gongkai | grep -q "libswiftCore" && fail "the Swift runtime is linked dynamically"
id gongkai >/dev/null || fail "postinst made no user gongkai"
[ "$(getent passwd gongkai | cut -d: -f7)" != "/bin/bash" ] || fail "the service user has a login shell"
[ "$(stat -c '%U %a' /var/lib/gongkai)" = "gongkai 700" ] || fail "/var/lib/gongkai is not the service's alone"
[ "$(stat -c '%U %a' /var/www/gongkai)" = "gongkai 755" ] || fail "/var/www/gongkai is not the public site's folder"
verify=$(systemd-analyze verify /lib/systemd/system/gongkai.service 2>&1) || fail "systemd-analyze verify: $verify"
echo "$verify" | grep -i "gongkai.service" && fail "systemd-analyze verify complains: $verify"
# The service user can make accounts where the unit expects them.
echo "town-pass-123" | runuser -u gongkai -- /usr/bin/gongkai user add zhen --role town \
  --accounts /var/lib/gongkai/accounts.sqlite --password-stdin >/dev/null || fail "user add as gongkai"

dpkg -r gongkai >/dev/null || fail "dpkg -r"
[ ! -e /usr/bin/gongkai ] || fail "/usr/bin/gongkai left after remove"
[ -f /etc/default/gongkai ] || fail "remove (not purge) should keep the settings"
dpkg -P gongkai >/dev/null || fail "dpkg -P"
[ ! -e /etc/default/gongkai ] || fail "/etc/default/gongkai left after purge"
[ ! -e /var/lib/gongkai ] || fail "/var/lib/gongkai left after purge"
[ ! -e /var/www/gongkai ] || fail "/var/www/gongkai left after purge"
! id gongkai >/dev/null 2>&1 || fail "user gongkai left after purge"
echo "deb_test: $(basename "$deb"): installs, runs, verifies, removes and purges cleanly"
