#!/bin/sh
# The layer table of docs/ARCHITECTURE.md ("### Layers") is what the code
# does: every file of server/ is in it, each #include "x.h" of server/
# names a header of the same layer or a lower one, and the include graph
# has no cycle (tsort).
. "$(dirname "$0")/../integration/lib.sh"
: "${ZAP_SRC:?ZAP_SRC must name the source tree}"

doc="$ZAP_SRC/docs/ARCHITECTURE.md"
ranks="$TEST_TMP/ranks"
# "| 12 | config | ..." → "config 12", one line per file
sed -n '/^### Layers$/,/^### \|^## /p' "$doc" |
	awk -F'|' '$2 ~ /^ *[0-9]+ *$/ {
		n = split($3, f, ",")
		for (i = 1; i <= n; i++) {
			gsub(/[ `]/, "", f[i])
			print f[i], $2 + 0
		}
	}' > "$ranks"
[ -s "$ranks" ] || fail "no layer table in $doc"

rank() {
	awk -v f="$1" '$1 == f { print $2 }' "$ranks"
}

edges="$TEST_TMP/edges"
: > "$edges"
bad=0
for f in "$ZAP_SRC"/server/*.c "$ZAP_SRC"/server/*.h; do
	base=$(basename "$f")
	base=${base%.*}
	from=$(rank "$base")
	[ -n "$from" ] || { echo "server/$base is in no layer of $doc"; bad=1; continue; }
	sed -n 's/^#include "\([a-z_0-9]*\)\.h".*/\1/p' "$f" > "$TEST_TMP/inc"
	while read -r h; do
		[ -e "$ZAP_SRC/server/$h.h" ] || continue	# proto/, generated
		[ "$h" = "$base" ] && continue
		echo "$h $base" >> "$edges"
		to=$(rank "$h")
		if [ -z "$to" ]; then
			echo "server/$h.h is in no layer of $doc"
			bad=1
		elif [ "$to" -gt "$from" ]; then
			echo "server/$(basename "$f") (layer $from) includes $h.h (layer $to): an edge up"
			bad=1
		fi
	done < "$TEST_TMP/inc"
done
tsort "$edges" > /dev/null 2> "$TEST_TMP/tsort" ||
	{ cat "$TEST_TMP/tsort"; bad=1; }
[ -s "$TEST_TMP/tsort" ] && { cat "$TEST_TMP/tsort"; bad=1; }
[ "$bad" = 0 ] || fail "the include graph of server/ breaks the layer table"
echo "layers: $(wc -l < "$edges") includes, every one downward, no cycle"
