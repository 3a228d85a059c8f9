#!/bin/sh
# Connections share zones at random; the history is checked against a
# serial model of each zone (zone_model.c). First the checker must catch
# known-bad histories, then a real zapd with an in-memory drive runs the
# load. The seed is random and printed; ZAP_SEED=S replays a run.
# ZAPD_ARGS adds zapd arguments (e.g. "--reactors 2"), ZONE_MODEL_ARGS
# zone_model's instead of "--ops 20000" (about a second).
. "$(dirname "$0")/lib.sh"

"$ZAP_BIN/zone_model" --self-test || fail "the checker missed a known-bad history"

seed=${ZAP_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
echo "zone_model seed $seed (replay with ZAP_SEED=$seed)"
# Two drives, each under its own load at once: with two reactors each
# owns one, and connections on both send requests to both. Small zones
# that fill now and then; 512-byte LBAs keep reads cheap.
geo=lba_size=512,zone_size=256K,zone_cap=192K,zones=4,max_open=4,max_active=4
# shellcheck disable=SC2086
zapd_start zm --drive "m0:mem:-,$geo,durability=none" \
	--drive "m1:mem:-,$geo,durability=none" ${ZAPD_ARGS:-}
for d in m0 m1; do
	# shellcheck disable=SC2086
	"$ZAP_BIN/zone_model" --addr "$ZAPD_ADDR" --drive $d --seed "$seed" \
		${ZONE_MODEL_ARGS:---ops 20000} >"$TEST_TMP/$d.out" 2>&1 &
	eval "pid_$d=\$!"
done
for d in m0 m1; do
	eval "wait \$pid_$d"
	st=$?
	cat "$TEST_TMP/$d.out"
	[ "$st" -eq 0 ] || fail "zone_model on $d failed: replay with ZAP_SEED=$seed"
done
# Then m1 alone, from six connections on both reactors: requests for one
# zone come through both. (Two loads at once can pair off by chance, each
# process's connections all on its drive's reactor.) m1 is reactor 1's:
# the first connection goes to reactor 0, whose counts are never behind
# (a connection of reactor 1 is uncounted by message), so at least its
# requests cross; with one reactor nothing may cross.
stat() {
	"$ZAP_BIN/zap" -s "$ZAPD_ADDR" stats | sed -n "s/^$1 //p"
}
reactors=$(stat zapd_reactors)
before=$(stat zapd_requests_forwarded_total)
# shellcheck disable=SC2086
"$ZAP_BIN/zone_model" --addr "$ZAPD_ADDR" --drive m1 --seed "$seed" \
	${ZONE_MODEL_ARGS:---ops 20000} ||
	fail "zone_model on m1 alone failed: replay with ZAP_SEED=$seed"
forwarded=$(($(stat zapd_requests_forwarded_total) - before))
echo "reactors $reactors, requests forwarded $forwarded"
if [ "${reactors:-0}" -gt 1 ]; then
	[ "$forwarded" -gt 0 ] || fail "no request went to another reactor"
else
	[ "$forwarded" = 0 ] || fail "one reactor forwarded $forwarded requests"
fi
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
