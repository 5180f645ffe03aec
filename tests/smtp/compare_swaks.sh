#!/bin/sh
# Times rebound-cli smtp against swaks on the same loopback aiosmtpd with STARTTLS (see the "SMTP probe"
# section of docs/PERFORMANCE.md). Usage: compare_swaks.sh PATH/TO/rebound-cli [RUNS]
set -eu
CLI=$1; RUNS=${2:-20}
DIR=$(mktemp -d); trap 'kill $SP 2>/dev/null; rm -rf "$DIR"' EXIT
cd "$DIR"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.pem \
    -days 5 -subj "/CN=Perf CA" -addext basicConstraints=critical,CA:true 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout leaf.key -out leaf.csr \
    -subj /CN=mx.smtp.test 2>/dev/null
printf "subjectAltName=DNS:mx.smtp.test,IP:127.0.0.1\n" > ext.cnf
openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days 5 \
    -extfile ext.cnf 2>/dev/null
PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
/usr/bin/python3 "$(dirname "$0")/aiosmtpd_server.py" 127.0.0.1 "$PORT" leaf.pem leaf.key &
SP=$!
sleep 1
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
for i in $(seq "$RUNS"); do
    s=$(date +%s%N); "$CLI" smtp "127.0.0.1:$PORT" --ca-file ca.pem --ehlo probe.test --json > out.json
    echo "$(ms "$s") $(/usr/bin/python3 -c 'import json; d=json.load(open("out.json")); print(d["total_ms"], d["starttls"]["handshake_ms"])')"
done > rebound.txt
for i in $(seq "$RUNS"); do
    s=$(date +%s%N); swaks --server "127.0.0.1:$PORT" --tls --quit-after HELO --ehlo probe.test --tls-verify \
        --tls-ca-path ca.pem > /dev/null 2>&1; ms "$s"
done > swaks.txt
/usr/bin/python3 - <<'PY'
import statistics as st
r = [list(map(float, l.split())) for l in open("rebound.txt")]
s = [float(l) for l in open("swaks.txt")]
f = lambda x: "median %.0f ms (min %.0f, max %.0f)" % (st.median(x), min(x), max(x))
print("rebound-cli wall:", f([a[0] for a in r]))
print("rebound-cli total_ms:", f([a[1] for a in r]))
print("rebound-cli handshake_ms:", f([a[2] for a in r]))
print("swaks wall:", f(s))
PY
