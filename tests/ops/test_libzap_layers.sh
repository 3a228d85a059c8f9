#!/bin/sh
# libzap's layers call only downward (docs/ARCHITECTURE.md, "The client
# side"): requests.c, then connection.c, then libzap_tls.c, then
# errors.c. No object may use a symbol that an object of a layer above it
# defines: that would be a call upward, and a cycle.
#
#   test_libzap_layers.sh OBJECT...   (libzap's objects, any order)
set -u
fail() {
	echo "FAIL: $*" >&2
	exit 1
}
command -v nm >/dev/null || fail "nm missing (binutils)"
[ $# -gt 0 ] || fail "no objects given"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/zaplayers.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# the object of layer $1 among the arguments that follow
object() {
	layer=$1
	shift
	for o in "$@"; do
		case "$o" in */"$layer".c.o) echo "$o" ;; esac
	done
}

: >"$tmp/above"		# what the layers above define
n=0
for layer in requests connection libzap_tls errors; do
	obj=$(object "$layer" "$@")
	[ -n "$obj" ] || fail "no object of layer $layer among: $*"
	nm -u "$obj" | awk '{ print $2 }' | sort -u >"$tmp/uses"
	comm -12 "$tmp/uses" "$tmp/above" >"$tmp/up"
	[ ! -s "$tmp/up" ] ||
		fail "$layer.c calls up: $(tr '\n' ' ' <"$tmp/up")"
	nm --defined-only -g "$obj" | awk '{ print $3 }' >>"$tmp/above"
	sort -u -o "$tmp/above" "$tmp/above"
	n=$((n + 1))
done
echo "libzap: $n layers, each calling only downward"
