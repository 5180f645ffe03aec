#!/usr/bin/python3
"""Refresh resources/auth/disposable-domains.json from the maintained public list of disposable mail
domains (disposable-email-domains, CC0). Needs Internet access; run it by hand before a release and
commit the result. Usage: scripts/refresh-disposable-domains.py [--source URL] [--from-file PATH]"""
import argparse
import datetime
import json
import pathlib
import re
import sys
import urllib.request

SOURCE = ("https://raw.githubusercontent.com/disposable-email-domains/disposable-email-domains/"
          "main/disposable_email_blocklist.conf")
TARGET = pathlib.Path(__file__).resolve().parent.parent / "resources" / "auth" / "disposable-domains.json"
DOMAIN = re.compile(r"^(?=.{3,253}$)([a-z0-9-]{1,63}\.)+[a-z0-9-]{2,63}$")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", default=SOURCE)
    parser.add_argument("--from-file", help="read a local copy of the list instead of downloading")
    args = parser.parse_args()
    if args.from_file:
        text = pathlib.Path(args.from_file).read_text(encoding="utf-8")
    else:
        with urllib.request.urlopen(args.source, timeout=30) as response:
            text = response.read(20 * 1024 * 1024).decode("utf-8")
    domains = sorted({line.strip().lower() for line in text.splitlines()
                      if line.strip() and not line.startswith("#") and DOMAIN.match(line.strip().lower())})
    if len(domains) < 1000:
        print(f"only {len(domains)} domains read; refusing to replace the list", file=sys.stderr)
        return 1
    current = json.loads(TARGET.read_text(encoding="utf-8"))
    current["source"] = args.source if not args.from_file else current.get("source", SOURCE)
    current["updated"] = datetime.date.today().isoformat()
    current["domains"] = domains
    TARGET.write_text(json.dumps(current, indent=1) + "\n", encoding="utf-8")
    print(f"{len(domains)} domains written to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
