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
# small zones that fill now and then; 512-byte LBAs keep reads cheap
# shellcheck disable=SC2086
zapd_start zm --drive "m:mem:-,lba_size=512,zone_size=256K,zone_cap=192K,zones=4,max_open=4,max_active=4,durability=none" ${ZAPD_ARGS:-}
# shellcheck disable=SC2086
"$ZAP_BIN/zone_model" --addr "$ZAPD_ADDR" --drive m --seed "$seed" ${ZONE_MODEL_ARGS:---ops 20000} ||
	fail "zone_model failed: replay with ZAP_SEED=$seed"
zapd_stop || fail "zapd did not exit 0 on SIGTERM"
