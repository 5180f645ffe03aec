#!/usr/bin/python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/) from the project's own test
fixtures: TXT records of the lab zones, the shipped data files, DNS answers built with dnspython.
Run it again when fixtures change; the output is committed so the replay tests need no Python."""
import glob
import hashlib
import os
import re

import dns.edns
import dns.message
import dns.name
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rrset

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def write(target, data, name=None):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    name = name or "seed-" + hashlib.sha1(data).hexdigest()[:12]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def zone_txt_records():
    """Every TXT record of the test zones, as its list of character-strings (bytes)."""
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "*", "zones", "*.zone"))):
        for line in open(path, encoding="utf-8", errors="surrogateescape"):
            if re.search(r"\sTXT\s", line):
                strings = re.findall(r'"((?:[^"\\]|\\.)*)"', line)
                if strings:
                    yield [s.encode("utf-8", "surrogateescape") for s in strings]


def seed_auth():
    for strings in zone_txt_records():
        joined = b"".join(strings)
        low = joined.lower()
        if low.startswith(b"v=spf1"):
            write("spf", joined)
        elif low.startswith(b"v=dmarc1"):
            write("dmarc", joined)
        elif b"p=" in low and (low.startswith(b"v=dkim1") or b"k=" in low):
            write("dkim", b"\0".join(strings))
    # Macro strings of RFC 7208 section 7.4.
    for macro in ["%{s}", "%{o}", "%{d}", "%{d4}", "%{d3}", "%{d2}", "%{d1}", "%{dr}", "%{d2r}", "%{l}",
                  "%{l-}", "%{lr}", "%{lr-}", "%{l1r-}", "%{ir}.%{v}._spf.%{d2}", "%{lr-}.lp._spf.%{d2}",
                  "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}", "%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}",
                  "%{d2}.trusted-domains.example.net", "%{c} %{r} %{t} %%%_%-", "%{i}", "%{p}", "%{h}",
                  "%{S}", "%{ir}.example.com.", "%{l+_=}.x"]:
        write("spf", macro)


def seed_dns():
    def answer(qname, rdtype, rdatas, extra=None, rcode=0, use_edns=False):
        q = dns.message.make_query(qname, rdtype, use_edns=use_edns)
        r = dns.message.make_response(q)
        r.set_rcode(rcode)
        for text in rdatas:
            r.answer.append(dns.rrset.from_text(qname, 300, "IN", rdtype, text))
        for section, rr in extra or []:
            getattr(r, section).append(rr)
        return r.to_wire()

    soa = dns.rrset.from_text("example.com.", 3600, "IN", "SOA",
                              "ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 300")
    write("dnsmessage", answer("example.com.", "A", ["192.0.2.1", "192.0.2.2"]), "seed-a")
    write("dnsmessage", answer("example.com.", "AAAA", ["2001:db8::1"]), "seed-aaaa")
    write("dnsmessage", answer("example.com.", "MX", ["10 mx1.example.com.", "20 mx2.example.com."]), "seed-mx")
    write("dnsmessage", answer("example.com.", "TXT", ['"v=spf1 " "ip4:192.0.2.0/24 -all"']), "seed-txt")
    write("dnsmessage", answer("2.0.192.in-addr.arpa.", "PTR", ["mail.example.com."]), "seed-ptr")
    write("dnsmessage", answer("_25._tcp.mx.example.com.", "TLSA", ["3 1 1 " + "ab" * 32]), "seed-tlsa")
    write("dnsmessage", answer("example.com.", "CAA", ['0 issue "letsencrypt.org"']), "seed-caa")
    write("dnsmessage", answer("_sip._tcp.example.com.", "SRV", ["10 5 5060 sip.example.com."]), "seed-srv")
    write("dnsmessage", answer("www.example.com.", "CNAME", ["example.com."],
                               [("answer", dns.rrset.from_text("example.com.", 300, "IN", "A", "192.0.2.1"))]),
          "seed-cname")
    write("dnsmessage", answer("nx.example.com.", "A", [], [("authority", soa)], rcode=3), "seed-nxdomain")
    write("dnsmessage", answer("example.com.", "A", ["192.0.2.9"], use_edns=True), "seed-edns")
    write("dnsmessage", answer("2.0.0.127.zen.spamhaus.org.", "A", ["127.0.0.2"]), "seed-blocklist")


def seed_smtpreply():
    # Two leading bytes are the parser limits and chunk size (see fuzz_smtpreply.cpp).
    replies = [
        b"220 mx.example.com ESMTP Postfix\r\n",
        b"250-mx.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n"
        b"250 8BITMIME\r\n",
        b"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org\r\n",
        b"451 4.7.1 Greylisted, please try again later\n",
        b"220-first\r\n220-second\r\n220 third\r\n221 2.0.0 Bye\r\n",
        b"250\r\n",
    ]
    for reply in replies:
        write("smtpreply", b"\xff\x20" + reply)
        write("smtpreply", b"\x10\x0f" + reply)


def seed_loaders():
    files = {0: "blocklist/catalog.json", 1: "diagnosis/rules.json", 2: "smtp/findings.json",
             3: "bounce/reasons.json", 4: "bounce/providers.json", 5: "bounce/blocklists.json",
             6: "bounce/formats.json"}
    for selector, path in files.items():
        with open(os.path.join(ROOT, "resources", path), "rb") as f:
            write("loaders", bytes([selector]) + f.read(), "seed-" + path.replace("/", "-"))


def seed_mime():
    for path in sorted(glob.glob(os.path.join(HERE, "corpus", "bounce", "*"))):
        with open(path, "rb") as f:
            write("mime", f.read(), os.path.basename(path))


if __name__ == "__main__":
    seed_auth()
    seed_dns()
    seed_smtpreply()
    seed_loaders()
    seed_mime()
