#!/bin/bash
# Records the "smtp" check of the GUI sample session (tests/gui/data/sample-session.json) from a real
# run: rebound-cli probes example.com's MX over SMTP with STARTTLS against aiosmtpd on loopback, the
# DNS answers coming from Knot on loopback (the lab of docs LAB.md). Nothing leaves the machine.
#
#   scripts/record-sample-smtp.sh [BUILD_DIR]        (default build/release; needs app/rebound-cli)
#
# The lab: zone example.com (MX 10 mx1.example.com, mx1 A 127.0.0.1), PTR 127.0.0.1 -> mx1.example.com,
# aiosmtpd greeting as mx1.example.com with STARTTLS and an RSA 2048 certificate for mx1.example.com
# issued by a throw-away CA that the probe trusts (--ca-file), as a public CA would be trusted in real life.
# Afterwards the loopback address and ports are rewritten to the sample's documentation address
# 192.0.2.25 and port 25, the probe's own end to 203.0.113.10 (the workstation) and the lab resolver
# to the sample's 127.0.0.1:5353, everywhere in the recorded JSON; the script fails if any loopback
# address or lab port is left. Timings, certificates and the transcript stay as recorded. The recorded object
# replaces the check with id "smtp" in the sample, in the session schema's shape
# (docs/session-json-schema.md): state done, the `rebound-cli smtp --mx` JSON as result, its findings.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-build/release}
[[ $BUILD = /* ]] || BUILD=$ROOT/$BUILD
CLI=$BUILD/app/rebound-cli
SAMPLE=$ROOT/tests/gui/data/sample-session.json
PY=/usr/bin/python3 # Debian's, which sees python3-aiosmtpd (LAB.md)

[[ -x $CLI ]] || { echo "no $CLI: build the rebound-cli target first" >&2; exit 1; }
command -v knotd >/dev/null || { echo "knotd (package knot) is needed" >&2; exit 1; }
DIG=$(command -v kdig || command -v dig) || { echo "kdig or dig is needed" >&2; exit 1; }

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
    "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
wait_port() { # port [udp]
    for _ in $(seq 100); do
        if [[ ${2:-} = udp ]]; then
            [[ -n $("$DIG" +short +timeout=1 +retry=0 -p "$1" @127.0.0.1 example.com SOA 2>/dev/null) ]] && return 0
        else
            (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        fi
        sleep 0.1
    done
    echo "nothing answers on port $1" >&2
    return 1
}

DNS_PORT=$(free_port)
SMTP_PORT=$(free_port)
while [[ $SMTP_PORT = "$DNS_PORT" ]]; do SMTP_PORT=$(free_port); done

# Certificates: a CA and the server's certificate for mx1.example.com.
cd "$WORK"
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 365 \
    -subj "/O=Example CA/CN=Example Issuing CA R1" \
    -addext basicConstraints=critical,CA:true -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout mx.key -out mx.csr -subj "/CN=mx1.example.com" 2>/dev/null
printf 'basicConstraints=CA:false\nkeyUsage=critical,digitalSignature,keyEncipherment\n%s\n%s\n' \
    'extendedKeyUsage=serverAuth' 'subjectAltName=DNS:mx1.example.com' >mx.ext
openssl x509 -req -in mx.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 90 -extfile mx.ext \
    -out mx.pem 2>/dev/null

# DNS: Knot with the recipient's domain and the reverse zone of 127.0.0.1.
mkdir -p zones run db
cat >zones/example.com.zone <<'EOF'
$TTL 300
@       IN SOA  ns1.example.com. hostmaster.example.com. 1 3600 600 86400 120
@       IN NS   ns1
ns1     IN A    127.0.0.1
@       IN MX   10 mx1
mx1     IN A    127.0.0.1
EOF
cat >zones/0.0.127.in-addr.arpa.zone <<'EOF'
$TTL 300
@       IN SOA  ns1.example.com. hostmaster.example.com. 1 3600 600 86400 120
@       IN NS   ns1.example.com.
1       IN PTR  mx1.example.com.
EOF
cat >knot.conf <<EOF
server:
    rundir: "$WORK/run"
    listen: [ 127.0.0.1@$DNS_PORT ]
database:
    storage: "$WORK/db"
log:
  - target: stderr
    any: warning
template:
  - id: default
    storage: "$WORK/zones"
    file: "%s.zone"
    zonefile-sync: -1
    journal-content: none
zone:
  - domain: example.com
  - domain: 0.0.127.in-addr.arpa
EOF
knotd -c knot.conf 2>knot.log &
PIDS+=($!)

# SMTP: aiosmtpd with STARTTLS, greeting as mx1.example.com.
cat >smtpd.py <<'EOF'
import signal, ssl, sys
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Sink
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain("mx.pem", "mx.key")
controller = Controller(Sink(), hostname="127.0.0.1", port=int(sys.argv[1]), tls_context=context,
                        require_starttls=False, server_hostname="mx1.example.com")
controller.start()
signal.sigwait({signal.SIGTERM, signal.SIGINT})
controller.stop()
EOF
"$PY" smtpd.py "$SMTP_PORT" 2>smtpd.log &
PIDS+=($!)

wait_port "$DNS_PORT" udp || { cat knot.log >&2; exit 1; }
wait_port "$SMTP_PORT" || { cat smtpd.log >&2; exit 1; }

status=0
"$CLI" --dns "127.0.0.1:$DNS_PORT" --smtp-port "$SMTP_PORT" --json \
    smtp example.com --mx --ehlo workstation.example.net --ca-file ca.pem >recorded.json || status=$?
if [[ $status -ne 0 ]]; then
    echo "rebound-cli smtp exited with $status:" >&2
    cat recorded.json >&2
    exit 1
fi

"$PY" - "$SAMPLE" recorded.json "$DNS_PORT" "$SMTP_PORT" <<'EOF'
import datetime, json, re, sys

sample_path, recorded_path, dns_port, smtp_port = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
recorded = json.load(open(recorded_path, encoding="utf-8"))

# Lab names -> the sample's documentation names, longest first.
replacements = [
    (f"127.0.0.1:{dns_port}", "127.0.0.1:5353"),  # the sample's resolver
    (f"127.0.0.1:{smtp_port}", "192.0.2.25:25"),
    (f"[127.0.0.1]:{smtp_port}", "[192.0.2.25]:25"),
    (f"_{smtp_port}._tcp.", "_25._tcp."),
    (f"port {smtp_port}", "port 25"),
    ("connected from 127.0.0.1 port", "connected from 203.0.113.10 port"),  # this side: the workstation
    ("1.0.0.127.in-addr.arpa", "25.2.0.192.in-addr.arpa"),
    ("127.0.0.1", "192.0.2.25"),
]

def rewrite(value, key=None):
    if isinstance(value, dict):
        return {k: rewrite(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [rewrite(v) for v in value]
    if isinstance(value, str):
        for old, new in replacements:
            value = value.replace(old, new)
        return value
    if key == "port" and value == smtp_port:
        return 25
    return value

result = rewrite(recorded)
dumped = json.dumps(result)
left = [s for s in (r"127\.0\.0\.", rf"\b{smtp_port}\b", rf"\b{dns_port}\b") if re.search(s, dumped)]
if left:
    sys.exit(f"lab details left in the recorded JSON: {left}")

session = json.load(open(sample_path, encoding="utf-8"))
checks = session["checks"]
index = next(i for i, c in enumerate(checks) if c["id"] == "smtp")
# Started with the other checks; took as long as the probe of the slowest host did.
started = datetime.datetime(2026, 11, 23, 2, 0, 0, 100000, tzinfo=datetime.timezone.utc)
total_ms = max((h.get("total_ms") or 0 for h in result.get("hosts", [])), default=0)
finished = started + datetime.timedelta(milliseconds=total_ms + 20)
stamp = lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
checks[index] = {
    "id": "smtp",
    "title": "SMTP banner and STARTTLS of example.com's mail servers",
    "state": "done",
    "started_utc": stamp(started),
    "finished_utc": stamp(finished),
    "note": "",
    "result": result,
    "findings": result.get("findings", []),
}
with open(sample_path, "w", encoding="utf-8") as out:
    out.write(json.dumps(session, indent=1))
print(f"recorded the smtp check into {sample_path} ({len(checks[index]['findings'])} findings)")
EOF
