#!/usr/bin/env bash
# Builds dist/gongkai_<version>_<arch>.deb for a town's server: /usr/bin/gongkai with the Swift
# runtime linked statically, depending on the Debian packages of the system libraries it links
# (found from the binary itself) and git; a systemd unit running the editor as the unprivileged
# user gongkai (made by postinst), its settings in /etc/default/gongkai, the nginx example.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product gongkai --static-swift-stdlib --scratch-path .build-deb >&2
bin=.build-deb/release/gongkai
version=$("$bin" --version)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

install -D -m 755 "$bin" "$stage/usr/bin/gongkai"
strip --strip-unneeded "$stage/usr/bin/gongkai"
install -D -m 644 packaging/gongkai.service "$stage/lib/systemd/system/gongkai.service"
install -D -m 644 packaging/default "$stage/etc/default/gongkai"
install -D -m 644 docs/nginx-gongkai.conf "$stage/usr/share/doc/gongkai/nginx-gongkai.conf"
install -D -m 644 README.md "$stage/usr/share/doc/gongkai/README.md"

# Each shared library the binary loads, by the Debian package that ships it.
libraries=$(ldd "$stage/usr/bin/gongkai" | awk '/=> \// {print $3}' | xargs -r readlink -f)
# (With /usr merged, dpkg knows /lib/… for what ldd finds in /usr/lib/….)
owner() { { dpkg -S "$1" 2>/dev/null || dpkg -S "${1#/usr}" 2>/dev/null || true; } | head -1 | cut -d: -f1; }
depends=$(for lib in $libraries; do owner "$lib"; done | sort -u)
for lib in $libraries; do
  [ -n "$(owner "$lib")" ] || { echo "make-deb: no Debian package ships $lib" >&2; exit 1; }
done
depends=$(printf '%s\n' $depends git | sort -u | paste -sd, - | sed 's/,/, /g')

install -d "$stage/DEBIAN"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: gongkai
Version: $version
Architecture: $arch
Maintainer: gongkai maintainers <gongkai@localhost>
Section: web
Priority: optional
Depends: $depends, adduser
Installed-Size: $(du -sk "$stage/usr" "$stage/lib" "$stage/etc" | awk '{s += $1} END {print s}')
Description: static site generator and editor for village public notice boards (村务公开)
 gongkai validates the party, village and finance notices of a town's villages and publishes
 them as a static site with print sheets; its editor lets secretaries write them in a browser,
 supervisors sign them off and the town publish them.
CONTROL
echo "/etc/default/gongkai" > "$stage/DEBIAN/conffiles"
install -m 755 packaging/postinst packaging/prerm packaging/postrm "$stage/DEBIAN/"
mkdir -p dist
out="dist/gongkai_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$stage" "$out" >&2
echo "$out"
