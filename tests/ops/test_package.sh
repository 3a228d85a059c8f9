#!/bin/sh
# The Debian package: cpack -G DEB builds it from this build tree; it
# installs on this machine with dpkg -i (as root); the installed zapd,
# started by hand as the zapd user on 127.0.0.1:0 with a temporary state
# dir and the installed /etc/zapd/zapd.conf, answers the installed zap;
# programs build against the installed library with pkg-config and with
# find_package(zap); dpkg -r and -P remove it and keep/remove the config.
#
# Exits 77 (skipped) if not root, or if a zapd package this test did not
# install is on the machine: it never touches an operator's install.
. "${ZAP_SRC:?}/tests/integration/lib.sh"
: "${ZAP_BUILD:?ZAP_BUILD must name the build directory}"

if [ "$(id -u)" != 0 ]; then
	echo "package: skipped: dpkg -i needs root"
	exit 77
fi
for tool in cpack dpkg dpkg-deb dpkg-shlibdeps setpriv cc cmake pkg-config; do
	command -v "$tool" >/dev/null || fail "$tool missing"
done

marker=/var/lib/zapd-ops-test.installed
installed() {
	dpkg-query -W -f='${Status}' zapd 2>/dev/null | grep -q 'ok installed'
}
if installed || [ -e /etc/zapd ]; then
	if [ ! -e "$marker" ]; then
		echo "package: skipped: zapd is installed on this machine already"
		exit 77
	fi
	dpkg -P zapd >/dev/null 2>&1	# left over by an interrupted run
fi
user_existed=no
getent passwd zapd >/dev/null && user_existed=yes
[ -e "$marker" ] && user_existed=$(cat "$marker")

inst_pid=""
pkg_cleanup() {
	[ -n "$inst_pid" ] && kill -KILL "$inst_pid" 2>/dev/null
	if [ -e "$marker" ]; then
		dpkg -P zapd >/dev/null 2>&1
		if [ "$(cat "$marker")" = no ]; then
			getent passwd zapd >/dev/null && userdel zapd 2>/dev/null
			getent group zapd >/dev/null && groupdel zapd 2>/dev/null
		fi
		rm -f "$marker"
	fi
	cleanup
}
trap pkg_cleanup EXIT

# ---- build ----
P="$TEST_TMP/pkg"
mkdir -p "$P"
(cd "$ZAP_BUILD" && cpack -G DEB -B "$P") > "$P/cpack.log" 2>&1 ||
	fail "cpack -G DEB: $(tail -20 "$P/cpack.log")"
deb=""
for f in "$P"/zapd_*.deb; do
	[ -f "$f" ] && deb=$f
done
[ -n "$deb" ] || fail "cpack made no zapd_*.deb: $(tail -5 "$P/cpack.log")"
dpkg-deb -f "$deb" Package Version Depends > "$P/control"
grep -q '^Package: zapd$' "$P/control" || fail "package name: $(cat "$P/control")"
for dep in adduser libc6 libevent-core libinih1 liburing2 libnvme1; do
	grep -q "^Depends:.*$dep" "$P/control" ||
		fail "Depends lacks $dep: $(cat "$P/control")"
done
dpkg-deb -c "$deb" | awk '{ print $6 }' > "$P/files"
for f in ./usr/sbin/zapd ./usr/bin/zap ./usr/lib/libzap.so ./usr/lib/libzap.a \
	./usr/include/zap/zap.h ./usr/lib/pkgconfig/zap.pc \
	./usr/lib/cmake/zap/zapConfig.cmake ./usr/lib/systemd/system/zapd.service \
	./etc/zapd/zapd.conf ./usr/share/doc/zapd/OPERATIONS.md; do
	grep -qxF "$f" "$P/files" || fail "package lacks $f"
done
if [ -x "$ZAP_BIN/zap-stress" ]; then
	grep -qxF ./usr/bin/zap-stress "$P/files" || fail "package lacks zap-stress"
fi
echo "package: built $(basename "$deb")"

# ---- install ----
echo "$user_existed" > "$marker"
dpkg -i "$deb" > "$P/dpkg-i.log" 2>&1 || fail "dpkg -i: $(cat "$P/dpkg-i.log")"
installed || fail "zapd not installed after dpkg -i"
[ "$(/usr/sbin/zapd --version)" = "zapd $(dpkg-deb -f "$deb" Version)" ] ||
	fail "zapd --version: $(/usr/sbin/zapd --version)"
/usr/bin/zap --version >/dev/null || fail "zap --version"
getent passwd zapd >/dev/null || fail "postinst made no zapd user"
dpkg-query -W -f='${Conffiles}\n' zapd | grep -q '/etc/zapd/zapd.conf' ||
	fail "/etc/zapd/zapd.conf is not a conffile"
[ "$(stat -c '%U:%G %a' /etc/zapd/zapd.conf)" = "root:zapd 640" ] ||
	fail "/etc/zapd/zapd.conf: $(stat -c '%U:%G %a' /etc/zapd/zapd.conf)"
dpkg --verify zapd || fail "dpkg --verify zapd"
if command -v systemd-analyze >/dev/null; then
	systemd-analyze verify /usr/lib/systemd/system/zapd.service ||
		fail "systemd-analyze verify of the installed unit"
fi
lib=$(ldd /usr/bin/zap | sed -n 's/.*libzap\.so\.0 => \([^ ]*\) .*/\1/p')
[ "$(readlink -f "${lib:-none}")" = "$(readlink -f /usr/lib/libzap.so.0)" ] ||
	fail "zap does not use the installed libzap: $(ldd /usr/bin/zap)"

# ---- the installed daemon, by hand, as the zapd user ----
chmod 711 "$TEST_TMP"
S="$TEST_TMP/state"
mkdir -p "$S"
chown zapd:zapd "$S"
setpriv --reuid=zapd --regid=zapd --init-groups /usr/sbin/zapd \
	--config /etc/zapd/zapd.conf --listen 127.0.0.1:0 \
	--metrics-listen 127.0.0.1:0 --port-file "$S/addr" --state-dir "$S" \
	--drive "emu0:emu:$S/emu0,create=yes,zone_size=1M,zones=16" > "$P/zapd.log" 2>&1 &
inst_pid=$!
i=0
until [ -s "$S/addr" ]; do
	kill -0 "$inst_pid" 2>/dev/null || fail "installed zapd exited: $(cat "$P/zapd.log")"
	i=$((i + 1))
	[ $i -lt 200 ] || fail "installed zapd did not start: $(cat "$P/zapd.log")"
	sleep 0.05
done
addr=$(cat "$S/addr")
/usr/bin/zap -s "$addr" info > "$P/info" || fail "zap info: $(cat "$P/info")"
grep -q '^emu0$' "$P/info" || fail "zap info shows no emu0: $(cat "$P/info")"
cat "$P/info"

# ---- building against the installed library ----
cat > "$P/usezap.c" <<'EOF'
#include <stdio.h>
#include <zap/zap.h>

int main(int argc, char **argv)
{
	zap_client *c;
	int rc = zap_connect(argv[1], NULL, &c);

	if (rc) {
		fprintf(stderr, "connect: %s\n", zap_status_name(rc));
		return 1;
	}
	printf("drives=%zu first=%s\n", zap_drive_count(c),
	       zap_drive_at(c, 0)->name);
	zap_close(c);
	return 0;
}
EOF
[ "$(pkg-config --modversion zap)" = "$(dpkg-deb -f "$deb" Version)" ] ||
	fail "pkg-config --modversion zap: $(pkg-config --modversion zap)"
[ "$(pkg-config --variable=libdir zap)" = /usr/lib ] ||
	fail "zap.pc libdir: $(pkg-config --variable=libdir zap)"
# shellcheck disable=SC2046
cc -o "$P/usezap-pc" "$P/usezap.c" $(pkg-config --cflags --libs zap) ||
	fail "cc with pkg-config zap"
"$P/usezap-pc" "$addr" | grep -q '^drives=1 first=emu0$' ||
	fail "program built with pkg-config"
mkdir -p "$P/cm"
cat > "$P/cm/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.18)
project(usezap C)
find_package(zap 0.1 REQUIRED)
add_executable(usezap ../usezap.c)
target_link_libraries(usezap PRIVATE zap::zap)
add_executable(usezap_static ../usezap.c)
target_link_libraries(usezap_static PRIVATE zap::zap_static)
EOF
(cmake -S "$P/cm" -B "$P/cm/build" && cmake --build "$P/cm/build") \
	> "$P/cm.log" 2>&1 || fail "find_package(zap): $(tail -20 "$P/cm.log")"
grep -q '/usr/lib/cmake/zap' "$P/cm/build/CMakeCache.txt" ||
	fail "find_package(zap) did not find the installed package"
for prog in usezap usezap_static; do
	"$P/cm/build/$prog" "$addr" | grep -q '^drives=1 first=emu0$' ||
		fail "$prog (find_package) does not work"
done
echo "package: programs build with pkg-config and find_package(zap)"

kill -TERM "$inst_pid"
st=0
wait "$inst_pid" || st=$?
inst_pid=""
[ "$st" = 0 ] || fail "installed zapd exit status $st: $(cat "$P/zapd.log")"

# ---- reinstall keeps an edited config; remove; purge ----
echo "# edited by the operator" >> /etc/zapd/zapd.conf
dpkg -i --force-confold "$deb" > "$P/dpkg-i2.log" 2>&1 ||
	fail "dpkg -i again: $(cat "$P/dpkg-i2.log")"
grep -q '^# edited by the operator$' /etc/zapd/zapd.conf ||
	fail "reinstall lost the operator's config"
dpkg -r zapd > "$P/dpkg-r.log" 2>&1 || fail "dpkg -r: $(cat "$P/dpkg-r.log")"
[ ! -e /usr/sbin/zapd ] || fail "dpkg -r left /usr/sbin/zapd"
[ -e /etc/zapd/zapd.conf ] || fail "dpkg -r removed the config"
dpkg -P zapd > "$P/dpkg-P.log" 2>&1 || fail "dpkg -P: $(cat "$P/dpkg-P.log")"
[ ! -e /etc/zapd/zapd.conf ] || fail "dpkg -P left /etc/zapd/zapd.conf"
echo "package: installs, runs, reinstalls, removes, purges"
