#!/usr/bin/env bash
# Fetches the public bounce collections the tests read in place but this tree does not carry (their
# licences are not ours): Mail::DeliveryStatus::BounceParser's test corpus, from Debian's source package.
# Unpacks under $REBOUND_CORPORA (default ~/.cache/rebound/corpora). Idempotent; needs no root.
set -euo pipefail

root=${REBOUND_CORPORA:-${XDG_CACHE_HOME:-$HOME/.cache}/rebound/corpora}
name=bounceparser-1.543
[ -d "$root/$name" ] && exit 0

tarball=libmail-deliverystatus-bounceparser-perl_1.543+repacked.orig.tar.xz
sha256=01f89040426ab6de77f9f0bcdce61a938ef6a24179efbfdb4f7a1f68c5263282
urls=(
    "http://deb.debian.org/debian/pool/main/libm/libmail-deliverystatus-bounceparser-perl/$tarball"
    "http://snapshot.debian.org/archive/debian/20250520T000000Z/pool/main/libm/libmail-deliverystatus-bounceparser-perl/$tarball"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for url in "${urls[@]}"; do
    if curl -fsSL --retry 3 -o "$work/$tarball" "$url" \
        && echo "$sha256  $work/$tarball" | sha256sum -c --quiet -; then
        mkdir -p "$work/out" "$root"
        tar -xJf "$work/$tarball" -C "$work/out" --wildcards '*/t/corpus/*'
        mv "$work/out"/*/t/corpus "$root/$name"
        echo "fetched $name into $root"
        exit 0
    fi
done
echo "fetch-corpora.sh: could not fetch $tarball from Debian's archive" >&2
exit 1
