#!/bin/sh
# rebound-cli ip against rblcheck (Debian) on the same lab data: the zone file bench_blocklist writes
# (every queryable list of the catalog, ZEN/DQS and SpamCop listing every 16th address of 198.51.100.0/24).
# rblcheck uses the libc resolver, which only talks to port 53, so everything runs in an unprivileged
# network and mount namespace (unshare -rnm) where Knot and dnsdist listen on 127.0.0.1:53 and a
# bind-mounted resolv.conf points at them. Nothing leaves the namespace.
# Usage: compare_rblcheck.sh PATH/TO/bench_blocklist PATH/TO/rebound-cli [DELAY_MS]
# One IP runs with DELAY_MS (default 50) added to every answer, the /24 with none; then the dead-list
# case (issue 23): dnsdist drops every query for all.s5h.net, the libc resolver gives up after 1 s
# (timeout:1 attempts:1) and rebound-cli after --timeout 1000, so both wait the same deadline.
# See the "Blocklist check" section of docs/PERFORMANCE.md.
set -eu
BENCH=$(readlink -f "$1"); CLI=$(readlink -f "$2"); DELAY=${3:-50}
if [ "${REBOUND_IN_NAMESPACE:-}" != 1 ]; then
    DIR=$(mktemp -d); trap 'rm -rf "$DIR"' EXIT
    "$BENCH" --write-lab "$DIR/zones"
    REBOUND_IN_NAMESPACE=1 DIR=$DIR unshare -rnm sh "$0" "$BENCH" "$CLI" "$DELAY"
    exit $?
fi

# Inside the namespace from here on; refuse to touch resolv.conf anywhere else.
if [ "$(readlink /proc/self/ns/net)" = "$(readlink /proc/1/ns/net)" ] \
    || [ "$(readlink /proc/self/ns/mnt)" = "$(readlink /proc/1/ns/mnt)" ]; then
    echo "compare_rblcheck.sh: not in a private namespace, stopping" >&2
    exit 1
fi
cd "$DIR"
ip link set lo up
mkdir -p run db
cat > knot.conf <<KNOT
server:
    rundir: "$DIR/run"
    listen: [ 127.0.0.1@5300 ]
    udp-workers: 2
database:
    storage: "$DIR/db"
log:
  - target: stderr
    any: error
template:
  - id: default
    zonefile-sync: -1
    journal-content: none
    semantic-checks: off
zone:
  - domain: "."
    file: "$DIR/zones/root.zone"
KNOT
knotd -c knot.conf > knot.log 2>&1 &
KNOTD=$!
DNSDIST=
trap 'kill $DNSDIST $KNOTD 2>/dev/null; wait 2>/dev/null || true' EXIT

# dnsdist on 127.0.0.1:53 in front of Knot, adding $1 ms to every answer (after the rule $2, if any).
dnsdist_with_delay() {
    if [ -n "$DNSDIST" ]; then kill "$DNSDIST"; wait "$DNSDIST" 2>/dev/null || true; fi
    {
        echo 'setLocal("127.0.0.1:53")'
        echo 'setSecurityPollSuffix("")'
        echo 'newServer({address="127.0.0.1:5300", checkType="SOA", checkName=".", mustResolve=false})'
        if [ -n "${2:-}" ]; then echo "$2"; fi
        if [ "$1" -gt 0 ]; then echo "addAction(AllRule(), DelayAction($1))"; fi
    } > dnsdist.conf
    dnsdist --supervised --disable-syslog -C dnsdist.conf > dnsdist.log 2>&1 &
    DNSDIST=$!
    for i in $(seq 50); do
        kdig +short +time=1 +retry=0 @127.0.0.1 2.0.0.127.bl.spamcop.net A 2>/dev/null | grep -q 127 && return 0
        sleep 0.1
    done
    echo "the lab did not answer" >&2; cat dnsdist.log knot.log >&2
    exit 1
}
printf 'nameserver 127.0.0.1\noptions timeout:2 attempts:1\n' > resolv.conf
mount --bind resolv.conf /etc/resolv.conf

ZONES=$(sed 's/^/-s /' zones/ipv4-zones.txt | tr '\n' ' ')
NZONES=$(wc -l < zones/ipv4-zones.txt)
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
peak() { awk '/Maximum resident/ {printf "%.1f MiB", $6 / 1024}' "$1"; }
listed_lines() { grep -v "not listed" "$1" | grep -c "listed by" || true; }
KEYS="--dqs-key benchkey --abusix-key benchkey --check-documentation-ranges --dns 127.0.0.1:53"

dnsdist_with_delay "$DELAY"
echo "lab: $NZONES IPv4 zones; one IP with dnsdist adding ${DELAY} ms per answer"
for ip in 198.51.100.7 198.51.100.8; do
    s=$(date +%s%N); rblcheck -c $ZONES -t "$ip" > rbl-one.txt 2>&1 || true
    echo "  rblcheck -t $ip: $(ms "$s") ms, $(listed_lines rbl-one.txt) listed," \
        "$(grep -c "not listed" rbl-one.txt || true) not listed"
    s=$(date +%s%N); "$CLI" ip "$ip" $KEYS --no-rdns --json > rebound-one.json || true
    echo "  rebound-cli ip $ip --no-rdns: $(ms "$s") ms," \
        "$(grep -o '"status": *"listed"' rebound-one.json | wc -l) listed"
    s=$(date +%s%N); "$CLI" ip "$ip" $KEYS --json > rebound-one.json || true
    echo "  rebound-cli ip $ip (with PTR and FCrDNS): $(ms "$s") ms"
done

dnsdist_with_delay 0
echo "198.51.100.0/24, no added delay"
seq 0 255 | sed 's/^/198.51.100./' > range.txt
s=$(date +%s%N)
/usr/bin/time -v rblcheck -c $ZONES - < range.txt > rbl-range.txt 2> rbl-range.time || true
T=$(ms "$s")
echo "  rblcheck: $T ms, $((256 * NZONES)) queries, $((256 * NZONES * 1000 / (T + 1))) queries/s," \
    "$(listed_lines rbl-range.txt) listed, peak RSS $(peak rbl-range.time)"
s=$(date +%s%N)
/usr/bin/time -v "$CLI" ip 198.51.100.0/24 $KEYS --no-rdns --json-lines > rebound-range.jsonl \
    2> rebound-range.time || true
T=$(ms "$s")
echo "  rebound-cli ip --no-rdns: $T ms, $(wc -l < rebound-range.jsonl) IPs," \
    "$(grep -o '"status":"listed"' rebound-range.jsonl | wc -l) listed, peak RSS $(peak rebound-range.time)"

# The dead-list case: all.s5h.net drops everything. rblcheck waits one deadline per address and list
# (one after another), so it gets a /28; rebound-cli gets the whole /24 and the /28, D = 0.
dnsdist_with_delay 0 'local drop = newSuffixMatchNode(); drop:add("all.s5h.net."); addAction(SuffixMatchNodeRule(drop), DropAction())'
printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' > resolv.conf
echo "all.s5h.net drops every query; deadline 1 s for both"
seq 0 15 | sed 's/^/198.51.100./' > range28.txt
s=$(date +%s%N); rblcheck -c $ZONES - < range28.txt > rbl-dead.txt 2>&1 || true
echo "  rblcheck, /28 (16 IPs): $(ms "$s") ms, $(listed_lines rbl-dead.txt) listed"
s=$(date +%s%N)
"$CLI" ip 198.51.100.0/28 $KEYS --timeout 1000 --no-rdns --json-lines > rebound-dead28.jsonl 2>/dev/null || true
echo "  rebound-cli ip /28 --no-rdns --timeout 1000: $(ms "$s") ms," \
    "$(grep -o '"list_health":"not_answering"' rebound-dead28.jsonl | wc -l) not-answering results"
s=$(date +%s%N)
"$CLI" ip 198.51.100.0/24 $KEYS --timeout 1000 --no-rdns --json-lines > rebound-dead.jsonl 2>/dev/null || true
echo "  rebound-cli ip /24 --no-rdns --timeout 1000: $(ms "$s") ms, $(wc -l < rebound-dead.jsonl) IPs," \
    "$(grep -o '"list_health":"not_answering"' rebound-dead.jsonl | wc -l) not-answering results," \
    "$(grep -o '"status":"listed"' rebound-dead.jsonl | wc -l) listed"
