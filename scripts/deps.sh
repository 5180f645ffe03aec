#!/usr/bin/env bash
# Installs every Debian 12 package Rebound needs to build, run and test. Idempotent; run as root.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config clang clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-svg-dev libgl-dev libxkbcommon-dev
    libc-ares-dev libssl-dev libpsl-dev publicsuffix zlib1g-dev
    # DANE: TLSA records validated with libunbound against the root key (core/dane); the lab signs a zone
    # (libevent-dev and nettle-dev: libunbound.pc names them in Requires.private, the package does not)
    libunbound-dev libevent-dev nettle-dev dns-root-data ldnsutils
    # secrets (the Spamhaus DQS and Abusix keys) in the system keychain
    qtkeychain-qt6-dev
    # mail's character sets (ISO-2022-JP, Shift_JIS, GB18030, windows-125x, ...) in core/bounce
    libicu-dev
    # DMARC aggregate and TLS reports: zip and gzip (core/reports), the volume chart of the Reports view
    libarchive-dev qt6-charts-dev libqt6opengl6-dev
    # Google Postmaster Tools: the OAuth 2.0 installed-app flow (core/postmaster)
    qt6-networkauth-dev
    # the test lab: real DNS and SMTP servers on loopback
    knot knot-dnsutils dnsdist time python3 python3-aiosmtpd python3-spf python3-dnspython python3-dkim python3-nacl postfix swaks openssl
    # bounce recipients measured on its test bounces, read in place (tests/bounce/test_bounce_flufl.cpp)
    python3-flufl.bounce
    # scripts/fetch-corpora.sh: Debian's source of BounceParser's bounce corpus (test_bounce_bounceparser)
    curl xz-utils
    # DKIM verification compared with another implementation (tests/message/test_opendkim_compare.cpp)
    libopendkim-dev
    # report and GUI checks
    poppler-utils xvfb xauth fonts-dejavu-core
    # the Japanese report: glyphs for the PDF (test_translations reads them back with pdftotext)
    fonts-ipafont-gothic
    # the blocklist comparison (bench/blocklist/compare_rblcheck.sh)
    rblcheck
    # bench/bounce/compare_sisimai.sh: Debian's Sisimai 4.25.15 (also tests/bounce/sisimai_verdicts.pl);
    # a fetched 5.x copy needs the other two
    libsisimai-perl libjson-perl libclass-accessor-lite-perl
    # packaging checks
    desktop-file-utils appstream lintian dpkg-dev file librsvg2-bin bash-completion
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# Postfix is only here for smtp-sink: never configure or start a mail system.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
