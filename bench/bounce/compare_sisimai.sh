#!/usr/bin/env bash
# Whole-process comparison of `rebound-cli bounce` with Sisimai (Perl) on the same files, in one run,
# and the peak memory of both on a 20 MB mbox. Method and figures: docs/PERFORMANCE.md ("Bounce
# parsing, whole process").
#
# Sisimai: Debian 12 packages Sisimai 4.25.15 as libsisimai-perl (`apt-get install libsisimai-perl`,
# installed in /usr/share/perl5), which the script uses when it is there. Sisimai 5.x is not
# packaged: it comes from a fetched copy (CPAN's release or the p5-sisimai repository at a 5.x tag,
# docs/PERFORMANCE.md says how) whose lib/ is given as SISIMAI_LIB, by default /work/sisimai-p5/lib.
#
#   bench/bounce/compare_sisimai.sh REBOUND_CLI [RUNS]
#
# Environment:
#   SISIMAI_LIB      Sisimai's lib/ directory (default /usr/share/perl5 when Debian's
#                    libsisimai-perl put Sisimai.pm there, else /work/sisimai-p5/lib); without it
#                    only rebound-cli is measured and the script says so.
#   REBOUND_BASELINE another rebound-cli (an older build) measured beside it, optional.
#   CORPUS           the bounces to replicate (default ../shared/corpora/bounces/sisimai-dev).
#   FILES            how many files the directory gets (default 3000; the corpus is copied until
#                    there are at least this many).
#
# Each case runs RUNS times (default 5), alternating the programs; the median wall time and the
# largest peak RSS (GNU time's %M, the process's own maximum resident set) are printed.
set -euo pipefail

cli=${1:?usage: compare_sisimai.sh REBOUND_CLI [RUNS]}
runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
corpus=${CORPUS:-$here/../../../shared/corpora/bounces/sisimai-dev}
files=${FILES:-3000}
default_sisimai_lib=/work/sisimai-p5/lib
[ -f /usr/share/perl5/Sisimai.pm ] && default_sisimai_lib=/usr/share/perl5
sisimai_lib=${SISIMAI_LIB:-$default_sisimai_lib}
baseline=${REBOUND_BASELINE:-}

[ -x /usr/bin/time ] || { echo "GNU time is needed (apt-get install time)" >&2; exit 1; }
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The directory: copies of the corpus until it holds FILES files.
mkdir "$work/dir"
copy=0
while [ "$(find "$work/dir" -type f | wc -l)" -lt "$files" ]; do
    for f in "$corpus"/*; do cp "$f" "$work/dir/$copy-$(basename "$f")"; done
    copy=$((copy + 1))
done
count=$(find "$work/dir" -type f | wc -l)
bytes=$(du -sb "$work/dir" | cut -f1)

# The mbox: the corpus as mbox messages, repeated until it is 20 MB.
python3 - "$corpus" "$work/big.mbox" <<'PY'
import os, sys
corpus, path = sys.argv[1], sys.argv[2]
one = b""
for name in sorted(os.listdir(corpus)):
    data = open(os.path.join(corpus, name), "rb").read().replace(b"\r\n", b"\n")
    if data.startswith(b"From "):
        data = data.split(b"\n", 1)[1]
    # mboxrd: a body line starting "From " is quoted, as every mbox writer does
    data = b"\n".join(b">" + l if l.startswith(b"From ") else l for l in data.split(b"\n"))
    one += b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + data.rstrip(b"\n") + b"\n\n"
with open(path, "wb") as out:
    while out.tell() < 20 * 1000 * 1000:
        out.write(one)
PY
mbox_bytes=$(stat -c %s "$work/big.mbox")

have_sisimai=0
if [ -f "$sisimai_lib/Sisimai.pm" ] && perl -I"$sisimai_lib" -MSisimai -e 1 2>/dev/null; then
    have_sisimai=1
    sisimai_version=$(perl -I"$sisimai_lib" -MSisimai -e 'print $Sisimai::VERSION')
fi

# measure NAME COMMAND...: prints "wall_s rss_kib user_s sys_s" of one run.
measure() {
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
        echo "failed: $*" >&2
        tail -5 "$work/err" >&2
        return 1
    }
    cat "$work/time"
}

declare -A walls rss users
run_case() { # key command...
    local key=$1
    shift
    local line
    line=$(measure "$@")
    walls[$key]+="$(echo "$line" | cut -d' ' -f1) "
    users[$key]+="$(echo "$line" | cut -d' ' -f3) "
    local kib
    kib=$(echo "$line" | cut -d' ' -f2)
    if [ -z "${rss[$key]:-}" ] || [ "$kib" -gt "${rss[$key]}" ]; then rss[$key]=$kib; fi
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

sisimai_dump='use Sisimai; my $j = Sisimai->dump($ARGV[0]); print $j, "\n";'

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for _ in $(seq "$runs"); do
    run_case dir-rebound "$cli" bounce "$work/dir" --json-lines
    run_case mbox-rebound "$cli" bounce "$work/big.mbox" --json-lines
    run_case mbox-rebound-json "$cli" bounce "$work/big.mbox" --json
    if [ -n "$baseline" ]; then
        run_case dir-baseline "$baseline" bounce "$work/dir" --json-lines
        run_case mbox-baseline "$baseline" bounce "$work/big.mbox" --json-lines
    fi
    if [ "$have_sisimai" = 1 ]; then
        run_case dir-sisimai perl -I"$sisimai_lib" -e "$sisimai_dump" "$work/dir"
        run_case mbox-sisimai perl -I"$sisimai_lib" -e "$sisimai_dump" "$work/big.mbox"
    fi
done

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== rebound-cli bounce against Sisimai, whole processes (bench/bounce/compare_sisimai.sh) =="
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "load average (1, 5, 15 min): before $load_before, after $load_after"
if awk -v l="${load_after%% *}" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
    echo "WARNING: the machine was busy (load above half its cores): wall times measure the load as much"
    echo "         as the programs; user CPU and peak RSS do not depend on it. Re-run on a quiet machine."
fi
echo "inputs: a directory of $count files ($((bytes / 1024)) KiB, the corpus copied), and a $((mbox_bytes / 1000000)) MB mbox"
echo "each case: $runs runs, alternating the programs; median wall and user CPU seconds, largest peak RSS"
echo
printf '%-20s %9s %9s %9s %13s  %s\n' "case" "wall s" "user s" "RSS MiB" "messages/s" "what"
describe() {
    case $1 in
    dir-rebound) echo "rebound-cli bounce DIR --json-lines" ;;
    dir-baseline) echo "REBOUND_BASELINE bounce DIR --json-lines" ;;
    dir-sisimai) echo "perl -MSisimai: Sisimai->dump(DIR)" ;;
    mbox-rebound) echo "rebound-cli bounce MBOX --json-lines" ;;
    mbox-rebound-json) echo "rebound-cli bounce MBOX --json" ;;
    mbox-baseline) echo "REBOUND_BASELINE bounce MBOX --json-lines" ;;
    mbox-sisimai) echo "perl -MSisimai: Sisimai->dump(MBOX)" ;;
    esac
}
mbox_messages=$(grep -c '^From MAILER-DAEMON ' "$work/big.mbox")
for key in dir-rebound dir-baseline dir-sisimai mbox-rebound mbox-rebound-json mbox-baseline mbox-sisimai; do
    [ -n "${walls[$key]:-}" ] || continue
    wall=$(echo "${walls[$key]}" | median)
    n=$count
    case $key in mbox-*) n=$mbox_messages ;; esac
    rate=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%d", (w > 0 ? n / w : 0) }')
    printf '%-20s %9s %9s %9s %13s  %s\n' "$key" "$wall" "$(echo "${users[$key]}" | median)" \
        "$((rss[$key] / 1024))" "$rate" "$(describe "$key")"
done
echo
if [ "$have_sisimai" = 1 ]; then
    echo "Sisimai $sisimai_version from $sisimai_lib"
    for kind in dir mbox; do
        python3 - "$kind" "$(echo "${walls[$kind-sisimai]}" | median)" "$(echo "${walls[$kind-rebound]}" | median)" <<'PY'
import sys
kind, s, r = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
what = "directory" if kind == "dir" else "mbox"
print("whole-process ratio, %s: %.1fx (Sisimai %.2f s / rebound-cli %.2f s wall; the aim is 10x)" % (what, s / max(r, 0.005), s, r))
PY
    done
else
    echo "Sisimai not found at $sisimai_lib: only rebound-cli was measured, so there is no ratio."
    echo "Install Debian's 4.25.15 (apt-get install libsisimai-perl), or a 5.x copy's Perl sources there"
    echo "(docs/PERFORMANCE.md, 'Bounce parsing, whole process'), and re-run."
fi
