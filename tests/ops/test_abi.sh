#!/bin/sh
# libzap's ABI: libzap.so exports exactly the functions zap.h declares
# with ZAP_EXPORT, each under a version node of client/libzap.map, which
# lists the same names; nothing else (no zapc_* internals, no wire codec,
# no OpenSSL or protobuf-c copies); and its SONAME is libzap.so.MAJOR, the
# major version of zap.h.
. "${ZAP_SRC:?}/tests/integration/lib.sh"
: "${ZAP_BUILD:?ZAP_BUILD must name the build directory}"
command -v nm >/dev/null || fail "nm missing (binutils)"
command -v objdump >/dev/null || fail "objdump missing (binutils)"

lib="$ZAP_BUILD/lib/libzap.so"
header="$ZAP_SRC/include/zap/zap.h"
map="$ZAP_SRC/client/libzap.map"
[ -e "$lib" ] || fail "no $lib"
tmp=$TEST_TMP

# T, W, D, B... with their version: "zap_connect@@ZAP_0"; the version
# nodes themselves are absolute symbols (A)
nm -D --defined-only "$lib" | awk '$2 != "A" { print $3 }' | sort \
	>"$tmp/exported"
[ -s "$tmp/exported" ] || fail "libzap.so exports nothing"
if grep -v '^zap_[a-z0-9_]*@@ZAP_[0-9.]*$' "$tmp/exported" >"$tmp/stray"
then
	fail "libzap.so exports symbols that are not zap_* under a ZAP_ version node: $(tr '\n' ' ' <"$tmp/stray")"
fi
sed 's/@@.*//' "$tmp/exported" >"$tmp/names"

grep '^ZAP_EXPORT' "$header" | grep -o 'zap_[a-z0-9_]*(' | sed 's/($//' |
	sort >"$tmp/declared"
# the names between "global:" and "local:" of every node
sed -n '/global:/,/local:/p' "$map" | grep -o '^[[:space:]]*zap_[a-z0-9_]*;' |
	tr -d ' \t;' | sort >"$tmp/listed"

diff -u "$tmp/declared" "$tmp/names" >"$tmp/diff" ||
	fail "zap.h's ZAP_EXPORT functions (-) and libzap.so's exports (+) differ: $(cat "$tmp/diff")"
diff -u "$tmp/declared" "$tmp/listed" >"$tmp/diff" ||
	fail "zap.h's ZAP_EXPORT functions (-) and libzap.map's (+) differ: $(cat "$tmp/diff")"

major=$(sed -n 's/^#define ZAP_VERSION_MAJOR \([0-9]*\)$/\1/p' "$header")
soname=$(objdump -p "$lib" | awk '$1 == "SONAME" { print $2 }')
[ "$soname" = "libzap.so.$major" ] ||
	fail "SONAME is \"$soname\", not libzap.so.$major"
echo "abi: $(wc -l <"$tmp/names") functions exported as declared, SONAME $soname"
