# Keys and certificates for TLS tests, made with the openssl CLI. Source
# it, then: tls_make_certs DIR. DIR gets (EC P-256 keys, *.key):
#
#   ca.pem          a CA; other-ca.pem another, that zapd does not trust
#   server.pem      zapd's certificate from ca, for IP 127.0.0.1 only
#   alice.pem       a client certificate from ca, CN alice
#   mallory.pem     a client certificate from other-ca, CN mallory
#   expired.pem     a client certificate from ca, CN alice, that expired
#                   in 2020 (made with openssl ca -startdate/-enddate)
#   bob.psk         a pre-shared key (hex), and wrong.psk another one

# tls_cert DIR NAME CA SUBJECT_CN [openssl x509 args]: NAME.key, NAME.pem
tls_cert() {
	openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
		-keyout "$1/$2.key" -out "$1/$2.csr" -subj "/CN=$4" \
		2>/dev/null || return 1
	_tc_dir=$1 _tc_name=$2 _tc_ca=$3
	shift 4
	openssl x509 -req -in "$_tc_dir/$_tc_name.csr" \
		-CA "$_tc_dir/$_tc_ca.pem" -CAkey "$_tc_dir/$_tc_ca.key" \
		-CAcreateserial -days 30 -out "$_tc_dir/$_tc_name.pem" "$@" \
		2>/dev/null
}

tls_make_certs() {
	_tc_d=$1
	mkdir -p "$_tc_d" || return 1
	for _tc_ca in ca other-ca; do
		openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
			-nodes -keyout "$_tc_d/$_tc_ca.key" \
			-out "$_tc_d/$_tc_ca.pem" -days 30 \
			-subj "/CN=zap test $_tc_ca" 2>/dev/null || return 1
	done
	printf 'subjectAltName = IP:127.0.0.1\n' > "$_tc_d/san.ext"
	tls_cert "$_tc_d" server ca zapd -extfile "$_tc_d/san.ext" &&
	tls_cert "$_tc_d" alice ca alice &&
	tls_cert "$_tc_d" mallory other-ca mallory || return 1
	# openssl x509 cannot backdate: openssl ca can
	: > "$_tc_d/index.txt"
	printf '1000\n' > "$_tc_d/serial"
	cat > "$_tc_d/ca.cnf" <<-CNF
	[ca]
	default_ca = test_ca
	[test_ca]
	database = $_tc_d/index.txt
	new_certs_dir = $_tc_d
	serial = $_tc_d/serial
	default_md = sha256
	policy = any
	[any]
	commonName = supplied
	CNF
	openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
		-keyout "$_tc_d/expired.key" -out "$_tc_d/expired.csr" \
		-subj /CN=alice 2>/dev/null &&
	openssl ca -batch -config "$_tc_d/ca.cnf" -cert "$_tc_d/ca.pem" \
		-keyfile "$_tc_d/ca.key" -in "$_tc_d/expired.csr" \
		-out "$_tc_d/expired.pem" -startdate 20200101000000Z \
		-enddate 20200201000000Z -notext 2>/dev/null || return 1
	openssl rand -hex 32 > "$_tc_d/bob.psk" &&
	openssl rand -hex 32 > "$_tc_d/wrong.psk" &&
	chmod 600 "$_tc_d"/*.key "$_tc_d"/*.psk
}
