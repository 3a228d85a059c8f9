#!/bin/sh
# The files in deploy/ are well formed and agree with each other:
# systemd-analyze verifies the unit and rates its exposure, the Kubernetes
# manifests parse as YAML and mount what their config names, promtool
# accepts the Prometheus examples, and shellcheck finds nothing in the
# package scripts and these tests.
. "${ZAP_SRC:?}/tests/integration/lib.sh"

DEP="$ZAP_SRC/deploy"
for tool in systemd-analyze shellcheck; do
	command -v "$tool" >/dev/null || fail "$tool missing (see tests/ops/CMakeLists.txt)"
done
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
"$PY" -c 'import yaml' 2>/dev/null || fail "PyYAML missing: apt-get install python3-yaml"

# ---- the unit ----
unit="$DEP/zapd.service"
for want in 'Type=notify' 'User=zapd' 'Group=zapd' 'StateDirectory=zapd' \
	'DevicePolicy=closed' 'ProtectSystem=strict' 'ProtectHome=yes' \
	'PrivateTmp=yes' 'NoNewPrivileges=yes' \
	'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX' \
	"ExecReload=/bin/kill -HUP \$MAINPID" \
	'ExecStart=/usr/sbin/zapd --config /etc/zapd/zapd.conf'; do
	grep -qxF "$want" "$unit" || fail "zapd.service lacks $want"
done
grep -q '^LimitNOFILE=' "$unit" || fail "zapd.service lacks LimitNOFILE"
grep -q '^#.*DeviceAllow=/dev/ng' "$unit" || fail "zapd.service: no DeviceAllow example"
# TimeoutStopSec above the default shutdown_timeout and the example's
stop=$(sed -n 's/^TimeoutStopSec=\([0-9]*\)$/\1/p' "$unit")
ex=$(sed -n 's/^shutdown_timeout = \([0-9]*\)$/\1/p' "$DEP/zapd.conf")
if [ -z "$stop" ] || [ "$stop" -le 30 ] || [ "$stop" -le "$ex" ]; then
	fail "TimeoutStopSec=$stop not above shutdown_timeout ($ex, default 30)"
fi

# systemd-analyze wants the binaries to exist: point ExecStart at the build
mkdir -p "$TEST_TMP/unit"
sed "s|^ExecStart=/usr/sbin/zapd|ExecStart=$ZAP_BIN/zapd|" "$unit" \
	> "$TEST_TMP/unit/zapd.service"
systemd-analyze verify "$TEST_TMP/unit/zapd.service" > "$TEST_TMP/verify" 2>&1 ||
	fail "systemd-analyze verify: $(cat "$TEST_TMP/verify")"
[ ! -s "$TEST_TMP/verify" ] || fail "systemd-analyze verify: $(cat "$TEST_TMP/verify")"
systemd-analyze security --offline=yes "$TEST_TMP/unit/zapd.service" \
	> "$TEST_TMP/security" 2>&1 || true
level=$(sed -n 's/.*Overall exposure level for zapd.service: \([0-9.]*\).*/\1/p' \
	"$TEST_TMP/security")
[ -n "$level" ] || fail "systemd-analyze security: $(tail -3 "$TEST_TMP/security")"
awk -v l="$level" 'BEGIN { exit !(l <= 2.5) }' ||
	fail "zapd.service exposure $level, want at most 2.5"
echo "unit: verified, exposure $level"

# ---- Kubernetes ----
"$PY" - "$DEP/k8s" <<'EOF' || fail "deploy/k8s manifests (see above)"
import re, sys, yaml

d = sys.argv[1]
docs = {}
for f in ("namespace.yaml", "configmap.yaml", "daemonset.yaml",
          "kustomization.yaml"):
    for doc in yaml.safe_load_all(open(f"{d}/{f}")):
        docs[doc["kind"]] = doc
conf = docs["ConfigMap"]["data"]["zapd.conf"]
ds = docs["DaemonSet"]["spec"]
pod = ds["template"]["spec"]
assert ds["selector"]["matchLabels"].items() <= \
    ds["template"]["metadata"]["labels"].items(), "selector"
assert pod["nodeSelector"], "nodeSelector"
assert pod["hostNetwork"] is True, "hostNetwork"
timeout = int(re.search(r"^shutdown_timeout = (\d+)$", conf, re.M)[1])
assert pod["terminationGracePeriodSeconds"] > timeout, \
    "terminationGracePeriodSeconds not above shutdown_timeout"
(c,) = pod["containers"]
mounts = {m["mountPath"]: m["name"] for m in c["volumeMounts"]}
vols = {v["name"]: v for v in pod["volumes"]}
assert mounts["/etc/zapd"] == "config"
# every principal's key file comes from the Secret
assert vols[mounts["/etc/zapd/keys"]]["secret"]["secretName"] == "zapd-keys"
for key in re.findall(r"^psk = (\S+)$", conf, re.M):
    assert key.startswith("/etc/zapd/keys/"), key
assert vols["config"]["configMap"]["name"] == \
    docs["ConfigMap"]["metadata"]["name"]
assert vols[mounts["/var/lib/zapd"]]["hostPath"]["path"] == "/var/lib/zapd"
# every nvme drive's device is mounted from the host, nothing else of /dev
for dev in re.findall(r"^path = (/dev/\S+)$", conf, re.M):
    v = vols[mounts[dev]]["hostPath"]
    assert v["path"] == dev and v["type"] == "CharDevice", dev
for path, name in mounts.items():
    hp = vols[name].get("hostPath", {})
    assert hp.get("path") != "/dev", "all of /dev is mounted"
ports = {p["containerPort"] for p in c["ports"]}
for addr in re.findall(r"^(?:metrics_)?listen = \S+:(\d+)$", conf, re.M):
    assert int(addr) in ports, f"port {addr} not declared"
assert set(docs["Kustomization"]["resources"]) == \
    {"namespace.yaml", "configmap.yaml", "daemonset.yaml"}
print("k8s: manifests parse and agree with the ConfigMap's zapd.conf")
EOF

# ---- Prometheus: the example scrape config and alert rules ----
if command -v promtool >/dev/null; then
	(cd "$DEP/prometheus" && promtool check config prometheus.yml) \
		> "$TEST_TMP/promtool" 2>&1 ||
		fail "promtool check config: $(cat "$TEST_TMP/promtool")"
	grep -q 'SUCCESS: 6 rules found' "$TEST_TMP/promtool" ||
		fail "zapd-rules.yml: $(cat "$TEST_TMP/promtool")"
	# every metric the rules use is one zapd exports
	grep -o 'zapd_[a-z_]*' "$DEP/prometheus/zapd-rules.yml" | sort -u |
		sed 's/_bucket$//' > "$TEST_TMP/used"
	while read -r m; do
		grep -q "# TYPE $m " "$ZAP_SRC/server/metrics_text.c" ||
			fail "zapd-rules.yml uses $m, which zapd does not export"
	done < "$TEST_TMP/used"
else
	fail "promtool missing: apt-get install prometheus"
fi

# ---- shell ----
shellcheck -s sh "$DEP/debian/postinst" "$DEP/debian/prerm" \
	"$DEP/debian/postrm" || fail "shellcheck: package scripts"
shellcheck -s sh -e SC1091 "$ZAP_SRC"/tests/ops/*.sh || fail "shellcheck: tests/ops"
echo "deploy_files: passed"
