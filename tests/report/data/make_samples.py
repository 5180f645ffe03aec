#!/usr/bin/python3
"""Writes the hand-made sample sessions the report tests use (schema docs/session-json-schema.md).

Run from this folder: ./make_samples.py. The output is committed; edit here, not in the JSON.
"""
import json

BOUNCE = """Return-Path: <>
Received: from mx1.example.net (mx1.example.net [198.51.100.25])
\tby mail.sender-corp.example (Postfix) with ESMTP id 4F2A1C0042
\tfor <jane.doe@sender-corp.example>; Sun, 22 Nov 2026 23:41:07 +0000 (UTC)
From: MAILER-DAEMON@mail.sender-corp.example (Mail Delivery System)
To: jane.doe@sender-corp.example
Subject: Undelivered Mail Returned to Sender
Date: Sun, 22 Nov 2026 23:41:07 +0000 (UTC)
Message-Id: <20261122234107.4F2A1C0042@mail.sender-corp.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="4F2A1C0042.1732318867/mail.sender-corp.example"

This is a MIME-encapsulated message.

--4F2A1C0042.1732318867/mail.sender-corp.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.sender-corp.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob.smith@customer.example>: host mx1.customer.example[198.51.100.25] said:
    554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using
    zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7 (in reply
    to RCPT TO command)

--4F2A1C0042.1732318867/mail.sender-corp.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.sender-corp.example
Arrival-Date: Sun, 22 Nov 2026 23:41:05 +0000 (UTC)

Final-Recipient: rfc822; bob.smith@customer.example
Original-Recipient: rfc822;bob.smith@customer.example
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx1.customer.example
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.7]
    blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7

--4F2A1C0042.1732318867/mail.sender-corp.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <jane.doe@sender-corp.example>
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sender-corp.example;
\ts=mail2026; t=1732318865; h=from:to:subject:date:message-id;
\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ==
Received: from [10.0.4.23] (office-nat.sender-corp.example [203.0.113.7])
\tby mail.sender-corp.example (Postfix) with ESMTPSA id 4F2A1C0042;
\tSun, 22 Nov 2026 23:41:05 +0000 (UTC)
From: Jane Doe <jane.doe@sender-corp.example>
To: Bob Smith <bob.smith@customer.example>
Subject: Quarterly invoice 2026-Q4
Message-ID: <a81f3c9e-77d2-4b1e-9c1a-5e2f0d9b7c11@sender-corp.example>
Date: Sun, 22 Nov 2026 23:41:04 +0000

--4F2A1C0042.1732318867/mail.sender-corp.example--
"""


def span(text, needle, what, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"offset": start, "length": len(needle), "what": what}


def bounce_json(text):
    ev = [
        span(text, "bob.smith@customer.example", "recipient", 1),
        span(text, "554", "reply_code"),
        span(text, "5.7.1", "status"),
        span(text, "Client host [203.0.113.7]", "sender_ip"),
        span(text, "zen.spamhaus.org", "blocklist"),
    ]
    return {
        "kind": "dsn_message",
        "text": text,
        "message_count": 1,
        "bounce_from": "MAILER-DAEMON@mail.sender-corp.example (Mail Delivery System)",
        "bounce_subject": "Undelivered Mail Returned to Sender",
        "recipients": [{
            "recipient": "bob.smith@customer.example",
            "original_recipient": "bob.smith@customer.example",
            "action": "failed",
            "reply_code": 554,
            "status": "5.7.1",
            "diagnostic": "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using "
                          "zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7",
            "diagnostic_type": "smtp",
            "command": "RCPT",
            "remote_mta": "mx1.customer.example",
            "remote_ip": "198.51.100.25",
            "reporting_mta": "mail.sender-corp.example",
            "sender_ip": "203.0.113.7",
            "blocklists": ["zen.spamhaus.org"],
            "provider": "",
            "provider_code": "",
            "reason": "blocked",
            "hard_bounce": True,
            "evidence": ev,
        }],
        "original": {
            "present": True,
            "from": "Jane Doe <jane.doe@sender-corp.example>",
            "to": "Bob Smith <bob.smith@customer.example>",
            "subject": "Quarterly invoice 2026-Q4",
            "message_id": "<a81f3c9e-77d2-4b1e-9c1a-5e2f0d9b7c11@sender-corp.example>",
            "dkim_domain": "sender-corp.example",
            "dkim_selector": "mail2026",
        },
        "warnings": [],
    }


LISTS = [
    # zone, name, status, codes, meaning, txt
    ("zen.spamhaus.org", "Spamhaus ZEN", "listed", ["127.0.0.4"],
     "XBL: the IP is infected or runs an open proxy (CBL data)",
     "https://www.spamhaus.org/query/ip/203.0.113.7"),
    ("xbl.spamhaus.org", "Spamhaus XBL", "listed", ["127.0.0.4"],
     "Exploits Block List: illegal third-party exploits, including proxies, worms and trojans",
     "https://www.spamhaus.org/query/ip/203.0.113.7"),
    ("sbl.spamhaus.org", "Spamhaus SBL", "clean", [], "", ""),
    ("pbl.spamhaus.org", "Spamhaus PBL", "clean", [], "", ""),
    ("b.barracudacentral.org", "Barracuda Reputation", "listed", ["127.0.0.2"],
     "Poor reputation: sending spam or infected", ""),
    ("bl.spamcop.net", "SpamCop", "clean", [], "", ""),
    ("dnsbl.sorbs.net", "SORBS (aggregate)", "unavailable", [], "", ""),
    ("psbl.surriel.com", "PSBL", "clean", [], "", ""),
    ("dnsbl-1.uceprotect.net", "UCEPROTECT Level 1", "clean", [], "", ""),
    ("dnsbl-2.uceprotect.net", "UCEPROTECT Level 2", "listed", ["127.0.0.2"],
     "Collateral: the /24 around the IP has too many level-1 listings",
     "Net 203.0.113.0/24 is UCEPROTECT-Level2 listed because 4 abusers are hosted by you"),
    ("dnsbl-3.uceprotect.net", "UCEPROTECT Level 3", "clean", [], "", ""),
    ("cbl.abuseat.org", "CBL (defunct, now in XBL)", "broken", [],
     "List answers for every query: wildcarding or defunct", ""),
    ("ix.dnsbl.manitu.net", "NiX Spam", "clean", [], "", ""),
    ("truncate.gbudb.net", "GBUdb Truncate", "clean", [], "", ""),
    ("dnsbl.dronebl.org", "DroneBL", "clean", [], "", ""),
    ("all.s5h.net", "s5h.net", "clean", [], "", ""),
    ("bl.mailspike.net", "Mailspike Blacklist", "clean", [], "", ""),
    ("z.mailspike.net", "Mailspike Zero-hour", "clean", [], "", ""),
    ("spam.dnsbl.anonmails.de", "Anonmails", "clean", [], "", ""),
    ("db.wpbl.info", "WPBL", "clean", [], "", ""),
    ("bl.0spam.org", "0spam", "unknown", ["127.0.0.99"], "Answer code not in the list's documentation", ""),
    ("rbl.0spam.org", "0spam RBL", "clean", [], "", ""),
    ("hostkarma.junkemailfilter.com", "Hostkarma", "clean", ["127.0.0.3"], "Yellow: mixed reputation", ""),
    ("bl.nordspam.com", "NordSpam", "clean", [], "", ""),
    ("dyna.spamrats.com", "SpamRATS Dyna", "clean", [], "", ""),
    ("noptr.spamrats.com", "SpamRATS NoPtr", "clean", [], "", ""),
    ("spam.spamrats.com", "SpamRATS Spam", "clean", [], "", ""),
    ("rbl.interserver.net", "InterServer", "clean", [], "", ""),
    ("dnsbl.spfbl.net", "SPFBL", "clean", [], "", ""),
    ("backscatter.spameatingmonkey.net", "SEM Backscatter", "clean", [], "", ""),
    ("bl.spameatingmonkey.net", "SEM Blacklist", "clean", [], "", ""),
    ("ips.backscatterer.org", "Backscatterer", "clean", [], "", ""),
    ("rbl.schulte.org", "Schulte RBL", "skipped", [], "Needs a registered resolver (not configured)", ""),
    ("dnsbl.justspam.org", "JustSpam", "clean", [], "", ""),
    ("spamrbl.imp.ch", "IMP Spam", "clean", [], "", ""),
    ("wormrbl.imp.ch", "IMP Worm", "clean", [], "", ""),
    ("bl.blocklist.de", "blocklist.de", "clean", [], "", ""),
    ("dnsbl.kempt.net", "Kempt.net", "unavailable", [], "", ""),
    ("combined.mail.abusix.zone", "Abusix Mail Intelligence", "refused", ["127.255.255.254"],
     "Query refused: public or unregistered resolver; this is not a listing", ""),
    ("dbl.spamhaus.org", "Spamhaus DBL (domain)", "clean", [], "", ""),
    ("rhsbl.sorbs.net", "SORBS RHSBL", "unavailable", [], "", ""),
]


def blocklists_json():
    lists = []
    for i, (zone, name, status, codes, meaning, txt) in enumerate(LISTS):
        query = "7.113.0.203." + zone
        rcode = 0
        outcome = "answer" if codes else "nxdomain"
        answers = [{"name": query, "type": "A", "ttl": 2100 if "spamhaus" in zone else 900, "data": c}
                   for c in codes]
        if status == "unavailable":
            outcome, rcode, answers = "timeout", -1, []
        if status == "skipped":
            outcome, answers = "not_sent", []
        entry = {
            "zone": zone, "name": name, "status": status, "codes": codes, "meaning": meaning,
            "txt": txt,
            "lookup_url": ("https://check.spamhaus.org/listed/?searchterm=203.0.113.7" if "spamhaus" in zone
                           else "https://" + zone.split(".", 1)[-1] + "/lookup?ip=203.0.113.7"),
            "removal_url": ("https://check.spamhaus.org/" if "spamhaus" in zone
                            else ("https://www.barracudacentral.org/rbl/removal-request"
                                  if "barracuda" in zone else "")),
            "dns": {"name": query, "type": "A", "outcome": outcome, "rcode": rcode,
                    "answers": answers, "server": "127.0.0.53:53", "elapsed_ms": 12 + (i * 7) % 90},
        }
        lists.append(entry)
    return {
        "ip": "203.0.113.7",
        "ptr": ["office-nat.sender-corp.example"],
        "fcrdns": {"status": "pass", "names": ["office-nat.sender-corp.example"],
                   "detail": "office-nat.sender-corp.example resolves back to 203.0.113.7"},
        "blocklists": lists,
        "summary": {"listed": 4, "clean": 30, "could_not_check": 7},
    }


def domain_json():
    return {
        "domain": "sender-corp.example",
        "mx": [{"preference": 10, "exchange": "mail.sender-corp.example", "addresses": ["203.0.113.10"],
                "ttl": 3600},
               {"preference": 20, "exchange": "backup-mx.hosting.example", "addresses": ["192.0.2.80"],
                "ttl": 3600}],
        "spf": {
            "record": "v=spf1 mx ip4:203.0.113.0/28 include:_spf.mailvendor.example ~all",
            "result": "pass",
            "ip": "203.0.113.7",
            "reason": "ip4:203.0.113.0/28 matched 203.0.113.7",
            "lookups": 4, "void_lookups": 0,
            "tree": [
                {"domain": "sender-corp.example", "via": "top", "parent": -1,
                 "record": "v=spf1 mx ip4:203.0.113.0/28 include:_spf.mailvendor.example ~all",
                 "result": "pass", "reason": "ip4:203.0.113.0/28 matched",
                 "terms": [{"term": "mx", "outcome": "not_matched", "detail": "mail.sender-corp.example: 203.0.113.10",
                            "lookup_number": 1},
                           {"term": "ip4:203.0.113.0/28", "outcome": "matched", "detail": "203.0.113.7 is inside"},
                           {"term": "include:_spf.mailvendor.example", "outcome": "skipped", "child": 1},
                           {"term": "~all", "outcome": "skipped"}]},
                {"domain": "_spf.mailvendor.example", "via": "include", "parent": 0,
                 "record": "v=spf1 include:_netblocks.mailvendor.example -all",
                 "result": "none", "reason": "not evaluated (an earlier term matched)", "terms": []},
            ],
            "dns": [{"name": "sender-corp.example", "type": "TXT", "outcome": "answer", "rcode": 0,
                     "answers": [{"name": "sender-corp.example", "type": "TXT", "ttl": 300,
                                  "data": "\"v=spf1 mx ip4:203.0.113.0/28 include:_spf.mailvendor.example ~all\""}],
                     "server": "127.0.0.53:53", "elapsed_ms": 18}],
        },
        "dmarc": {"record": "v=DMARC1; p=quarantine; rua=mailto:dmarc@sender-corp.example; adkim=r; aspf=r; pct=100",
                  "domain": "_dmarc.sender-corp.example", "policy": "quarantine", "result": "valid",
                  "tags": {"p": "quarantine", "rua": "mailto:dmarc@sender-corp.example", "adkim": "r",
                           "aspf": "r", "pct": "100"}},
        "dkim": [{"selector": "mail2026", "domain": "sender-corp.example", "status": "valid",
                  "key_type": "rsa", "key_bits": 2048,
                  "record": "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz3mB7sQ0o5hZf2kq"
                            "V1cF3d7Yq8mX6T0Z9pQ1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c2v3b4n5m6Q7W8E9R0T1Y2U3I4O5P6"
                            "A7S8D9F0G1H2J3K4L5Z6X7C8V9B0N1M2qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM0123456789IDAQAB"}],
        "findings": [
            {"id": "spf.softfail_all", "severity": "info", "title": "SPF ends in ~all (soft fail)",
             "detail": "Receivers treat unlisted senders as suspicious but accept them. -all is stricter.",
             "evidence": ["v=spf1 mx ip4:203.0.113.0/28 include:_spf.mailvendor.example ~all"]},
            {"id": "dmarc.quarantine", "severity": "info", "title": "DMARC policy is quarantine",
             "detail": "Failing mail goes to spam at receivers that honour DMARC.", "evidence": []},
        ],
    }


def smtp_json():
    transcript = [
        "Connected to 203.0.113.10:25 in 41 ms",
        "S: 220 mail.sender-corp.example ESMTP Postfix (Debian/GNU)",
        "C: EHLO rebound.local",
        "S: 250-mail.sender-corp.example",
        "S: 250-PIPELINING",
        "S: 250-SIZE 52428800",
        "S: 250-STARTTLS",
        "S: 250-ENHANCEDSTATUSCODES",
        "S: 250-8BITMIME",
        "S: 250 CHUNKING",
        "C: STARTTLS",
        "S: 220 2.0.0 Ready to start TLS",
        "TLS: TLSv1.3 TLS_AES_256_GCM_SHA384, certificate CN=mail.sender-corp.example, verify OK",
        "C: EHLO rebound.local",
        "S: 250-mail.sender-corp.example",
        "S: 250-PIPELINING",
        "S: 250-SIZE 52428800",
        "S: 250 CHUNKING",
        "C: QUIT",
        "S: 221 2.0.0 Bye",
    ]
    return {
        "host": "mail.sender-corp.example", "address": "203.0.113.10", "port": 25,
        "banner": "220 mail.sender-corp.example ESMTP Postfix (Debian/GNU)",
        "ehlo": ["PIPELINING", "SIZE 52428800", "STARTTLS", "ENHANCEDSTATUSCODES", "8BITMIME", "CHUNKING"],
        "starttls": {"offered": True, "protocol": "TLSv1.3", "cipher": "TLS_AES_256_GCM_SHA384",
                     "verify_errors": [], "name_match": True, "expires_days": 23,
                     "subject": "CN=mail.sender-corp.example", "issuer": "CN=R11, O=Let's Encrypt, C=US",
                     "summary": "Verified"},
        "transcript": transcript,
        "elapsed_ms": 412,
        "findings": [
            {"id": "tls.expires_soon", "severity": "warning", "title": "Certificate expires in 23 days",
             "detail": "Renew the certificate of mail.sender-corp.example before it expires.",
             "evidence": ["notAfter=Dec 16 00:00:00 2026 GMT"]},
        ],
    }


def finding(id, sev, title, detail, evidence):
    return {"id": id, "severity": sev, "title": title, "detail": detail, "evidence": evidence}


def session(bounce_text):
    b = bounce_json(bounce_text)
    ev = {e["what"]: e for e in b["recipients"][0]["evidence"]}
    return {
        "schema": "rebound.session", "version": 1,
        "id": "5b0f6c1e-2d1b-4f5e-9a77-1c0d3e5f7a21",
        "input": bounce_text,
        "detected_as": "bounce", "detected_value": "",
        "detected_explanation": "A bounce message (RFC 3464 delivery status notification)",
        "started_utc": "2026-11-23T01:12:03Z", "finished_utc": "2026-11-23T01:12:09Z",
        "resolver": "system (resolv.conf)", "resolver_servers": ["127.0.0.53:53"],
        "host": "support-laptop-07", "app_version": "0.1.0", "cancelled": False,
        "verdict": "problem_found",
        "bounce": b,
        "checks": [
            {"id": "blocklists", "title": "Blocklists and reverse DNS for 203.0.113.7", "state": "done",
             "started_utc": "2026-11-23T01:12:03Z", "finished_utc": "2026-11-23T01:12:07Z",
             "result": blocklists_json(),
             "findings": [
                 finding("blocklist.listed", "critical", "Listed on Spamhaus XBL (127.0.0.4)",
                         "A host behind 203.0.113.7 is sending as if infected (CBL data).",
                         ["7.113.0.203.zen.spamhaus.org. 2100 IN A 127.0.0.4"]),
                 finding("blocklist.listed", "error", "Listed on Barracuda Reputation",
                         "Barracuda-filtered receivers reject mail from this IP.",
                         ["7.113.0.203.b.barracudacentral.org. 900 IN A 127.0.0.2"]),
                 finding("blocklist.collateral", "warning", "UCEPROTECT Level 2 (collateral)",
                         "The neighbourhood is listed, not this IP itself; few receivers use level 2.", []),
                 finding("blocklist.refused", "warning", "Abusix refused the query (127.255.255.254)",
                         "Not a listing: the resolver is not registered with Abusix. Could not check.", []),
                 finding("blocklist.unavailable", "warning", "3 lists did not answer",
                         "SORBS, Kempt.net and SORBS RHSBL timed out: could not check.", []),
             ]},
            {"id": "domain", "title": "Authentication of sender-corp.example", "state": "done",
             "started_utc": "2026-11-23T01:12:03Z", "finished_utc": "2026-11-23T01:12:05Z",
             "result": domain_json(), "findings": domain_json()["findings"]},
            {"id": "smtp", "title": "SMTP and STARTTLS of mail.sender-corp.example", "state": "done",
             "started_utc": "2026-11-23T01:12:03Z", "finished_utc": "2026-11-23T01:12:04Z",
             "result": smtp_json(), "findings": smtp_json()["findings"]},
            {"id": "recipient_mx", "title": "SMTP of the recipient's MX (mx1.customer.example)",
             "state": "failed", "started_utc": "2026-11-23T01:12:03Z",
             "finished_utc": "2026-11-23T01:12:09Z",
             "note": "Port 25 outbound seems blocked by this network (connection timed out after 6 s)",
             "result": {}, "findings": []},
        ],
        "diagnosis": [
            {"id": "blocklist.spamhaus.xbl", "title": "The sending IP is on Spamhaus XBL (infected host)",
             "summary": "203.0.113.7 is listed on Spamhaus XBL: a machine behind it (often behind a NAT "
                        "gateway) behaves as if infected with malware or runs an open proxy. The recipient "
                        "uses zen.spamhaus.org and refuses mail from listed IPs.",
             "severity": "critical", "confidence": 92, "confidence_note": "",
             "evidence": [
                 {"text": "The bounce names zen.spamhaus.org", "source": "bounce",
                  "offset": ev["blocklist"]["offset"], "length": ev["blocklist"]["length"]},
                 {"text": "Client host [203.0.113.7] was blocked", "source": "bounce",
                  "offset": ev["sender_ip"]["offset"], "length": ev["sender_ip"]["length"]},
                 {"text": "zen.spamhaus.org answers 127.0.0.4 (XBL) for 203.0.113.7 now", "source": "blocklists",
                  "offset": -1, "length": 0},
             ],
             "against": ["SPF passes for 203.0.113.7: not an authentication problem",
                         "PBL does not list the IP: it is not an end-user range"],
             "steps": [
                 {"actor": "you", "text": "Find the infected machine behind 203.0.113.7: check the NAT "
                  "gateway's connection logs for outbound port 25 traffic not coming from the mail server.",
                  "links": [{"title": "Spamhaus: what XBL means",
                             "url": "https://www.spamhaus.org/blocklists/exploits-blocklist/"}]},
                 {"actor": "you", "text": "Block outbound port 25 for every host except the mail server.",
                  "links": []},
                 {"actor": "you", "text": "After the cause is fixed, request removal on the Spamhaus lookup page.",
                  "links": [{"title": "Spamhaus IP lookup and removal",
                             "url": "https://check.spamhaus.org/listed/?searchterm=203.0.113.7"}]},
                 {"actor": "recipient", "text": "If it is urgent, ask the recipient's admin to allow-list "
                  "203.0.113.7 temporarily.", "links": []},
             ],
             "dont": ["Do not request removal before the infected host is found: the IP is relisted, "
                      "often for longer."],
             "recovery": "Minutes to hours after removal; XBL removal is self-service.",
             "links": [{"title": "Spamhaus lookup", "url": "https://check.spamhaus.org/listed/?searchterm=203.0.113.7"}]},
            {"id": "blocklist.barracuda", "title": "Also listed by Barracuda Reputation",
             "summary": "Receivers that use Barracuda will reject mail from 203.0.113.7 as well.",
             "severity": "error", "confidence": 70, "confidence_note": "",
             "evidence": [{"text": "b.barracudacentral.org answers 127.0.0.2", "source": "blocklists",
                           "offset": -1, "length": 0}],
             "against": [],
             "steps": [{"actor": "you", "text": "Fix the cause above first, then request removal at Barracuda.",
                        "links": [{"title": "Barracuda removal request",
                                   "url": "https://www.barracudacentral.org/rbl/removal-request"}]}],
             "dont": [], "recovery": "12-24 hours after an accepted request.",
             "links": [{"title": "Barracuda lookup", "url": "https://www.barracudacentral.org/lookups"}]},
            {"id": "blocklist.refused", "title": "Some lists could not be checked",
             "summary": "Abusix refused the query and 3 lists did not answer: their status is unknown, not clean.",
             "severity": "warning", "confidence": 100,
             "confidence_note": "", "evidence": [], "against": [],
             "steps": [{"actor": "you", "text": "Use your own recursive resolver, or register for the lists' "
                        "free query keys, and run the check again.", "links": []}],
             "dont": [], "recovery": "", "links": []},
        ],
    }


def hostile():
    lines = ['<script>alert("x")</script>', '<img src="http://198.51.100.99/track.png">',
             '<a href="javascript:alert(1)">click me</a>', '[link](javascript:alert(2)) **bold** `tick` ```',
             '<style>body{display:none}</style><iframe src="https://evil.example/"></iframe>',
             "# not a heading | not | a table |", "&lt;already escaped&gt; &amp; &#x3c;"]
    body = []
    for i in range(5000):
        body.append("line %04d: %s" % (i, lines[i % len(lines)]))
    text = ("554 5.7.1 <victim@customer.example>: rejected <b>bold</b> <script>alert(document.cookie)</script>\n"
            + "\n".join(body) + "\n")
    s = session(BOUNCE)
    s["id"] = "00000000-0000-4000-8000-00000000bad0"
    s["input"] = text
    s["bounce"] = {"kind": "smtp_reply", "text": text, "recipients": [{
        "recipient": "victim@customer.example", "reply_code": 554, "status": "5.7.1",
        "diagnostic": '<script>alert(1)</script><img src="http://198.51.100.99/x.png">',
        "evidence": [{"offset": 0, "length": 3, "what": "reply_code"},
                     {"offset": 4, "length": 5, "what": "status"},
                     {"offset": 999999999, "length": 50, "what": "out_of_range"},
                     {"offset": -5, "length": 7, "what": "negative"}]}]}
    s["checks"][2]["result"]["banner"] = '220 <script>alert("banner")</script> ESMTP'
    s["checks"][0]["result"]["blocklists"][0]["txt"] = '<img src=x onerror=alert(1)> javascript:alert(3)'
    s["checks"][0]["result"]["blocklists"][0]["removal_url"] = "javascript:alert('removal')"
    s["diagnosis"][0]["links"].append({"title": "<b>evil</b>", "url": "javascript:alert('link')"})
    s["diagnosis"][0]["evidence"].append({"text": "bad span", "source": "bounce", "offset": 10, "length": 100000000})
    return s


def minimal():
    # What a run that did almost nothing looks like: keys missing, wrong types, nothing checked.
    return {"schema": "rebound.session", "version": 1, "input": "203.0.113.9", "detected_as": "ip",
            "checks": [{"id": "blocklists", "state": "cancelled", "result": {"blocklists": "oops"}},
                       {"id": "smtp", "state": "skipped", "note": "Not asked for"},
                       {"id": "domain", "result": {"spf": None, "dmarc": 5}}],
            "diagnosis": "not an array", "started_utc": 12}


MESSAGE = """Return-Path: <alice@sender-corp.example>
Received: from mail.sender-corp.example (mail.sender-corp.example [203.0.113.7])
\tby mx.customer.example with ESMTPS id 1; Mon, 23 Nov 2026 01:10:05 +0000
Received: from pc.internal (pc.internal [10.0.0.5]) by mail.sender-corp.example
\twith ESMTPSA id 2; Mon, 23 Nov 2026 00:05:01 +0000
From: Alice <alice@sender-corp.example>
Subject: Quarterly figures

The figures are attached.
"""


def message_json():
    return {
        "header_fields": 6, "has_body": True, "returned_copy": False, "headers_only": False,
        "hops": [
            {"from": "pc.internal", "from_rdns": "pc.internal", "by": "mail.sender-corp.example", "ip": "10.0.0.5",
             "time": "2026-11-23T00:05:01Z", "delay_s": None, "protocol": "ESMTPSA", "tls": True,
             "first_external": False},
            # The receiving server's name is whatever the message says: hostile text must stay text.
            {"from": "mail.sender-corp.example", "from_rdns": "mail.sender-corp.example",
             "by": "mx.customer.example <script>alert('hop')</script>\u202e", "ip": "203.0.113.7",
             "time": "2026-11-23T01:10:05Z", "delay_s": 3904, "protocol": "ESMTPS", "tls": True,
             "first_external": True}],
        "dkim": [{"domain": "sender-corp.example", "selector": "s1", "algorithm": "rsa-sha256",
                  "canonicalization": "relaxed/relaxed", "result": "fail",
                  "reason": "body hash did not verify", "body_hash_ok": False, "signature_ok": True,
                  "key_bits": 2048, "weak": False, "testing": False, "length": None,
                  "signed_headers": ["from", "subject"]}],
        "dkim_not_evaluated": 0,
        "arc": {"result": "pass", "reason": "", "instances": [
            {"instance": 1, "cv": "none", "seal_domain": "lists.example", "seal_selector": "arc",
             "seal_result": "pass", "ams_domain": "lists.example", "ams_result": "pass",
             "authserv_id": "lists.example",
             "compared": [{"method": "dkim", "subject": "sender-corp.example", "claimed": "pass", "rebound": "fail"}]}]},
        "authentication_results": [
            {"authserv_id": "mx.customer.example", "trusted": True,
             "results": [{"method": "spf", "result": "fail", "reason": "", "properties": {"smtp.mailfrom": "sender-corp.example"}}]},
            {"authserv_id": "<b>evil</b>.example", "trusted": False,
             "results": [{"method": "dkim", "result": "pass", "reason": "", "properties": {}}]}],
        "spf": {"ip": "203.0.113.7", "mail_from": "alice@sender-corp.example", "helo": "mail.sender-corp.example",
                "result": "fail", "domain": "sender-corp.example", "reason": "no mechanism matched; -all"},
        "dmarc": {"result": "fail", "from_domain": "sender-corp.example", "policy_domain": "sender-corp.example",
                  "aligned_spf": False, "aligned_dkim": False, "policy": "reject", "policy_tag": "p",
                  "from_domain_exists": None},
        "reverse_dns": {"ip": "203.0.113.7", "names": ["mail.sender-corp.example"], "fcrdns": "pass"},
        "bulk_sender": [
            {"id": "one_click", "title": "One-click unsubscribe (RFC 8058)", "result": "fail",
             "detail": "no List-Unsubscribe-Post: List-Unsubscribe=One-Click field",
             "source": "Gmail sender guidelines"},
            {"id": "tls", "title": "TLS on the connection", "result": "pass", "detail": "with ESMTPS from 203.0.113.7",
             "source": "Gmail sender guidelines"}],
        "findings": [finding("message.dmarc_fail", "critical", "DMARC fails for sender-corp.example (policy reject)",
                             "Neither SPF nor DKIM passed for a domain aligned with the From domain.", [])],
        "warnings": [], "could_not_check": False, "ip": "203.0.113.7", "domain": "sender-corp.example",
    }


def message_session():
    s = session(BOUNCE)
    s["id"] = "7d5a1c2e-0b6f-4e0a-8f3d-3a9b1c2d4e5f"
    s["input"] = MESSAGE
    s["detected_as"] = "message"
    s["detected_explanation"] = "A delivered message or its header block"
    s["bounce"] = {}
    s["checks"] = [{"id": "message", "title": "Route, DKIM, ARC and DMARC of the message", "state": "done",
                    "started_utc": "2026-11-23T01:12:03Z", "finished_utc": "2026-11-23T01:12:04Z",
                    "result": message_json(), "findings": message_json()["findings"]}] + s["checks"][:2]
    s["diagnosis"] = [{"id": "message.dmarc_fail",
                       "title": "DMARC fails for sender-corp.example: neither SPF nor DKIM passes for the From domain",
                       "summary": "Receivers apply the domain's DMARC policy (reject).",
                       "severity": "critical", "confidence": 85, "basis": "checks", "confidence_note": "",
                       "evidence": [{"text": "DMARC fails for sender-corp.example (policy reject)",
                                     "source": "message", "offset": -1, "length": 0}],
                       "against": [], "steps": [], "dont": [], "recovery": "", "links": []}]
    return s


if __name__ == "__main__":
    for name, data in (("xbl-session.json", session(BOUNCE)), ("hostile-session.json", hostile()),
                       ("minimal-session.json", minimal()), ("message-session.json", message_session())):
        with open(name, "w") as f:
            json.dump(data, f, indent=1, ensure_ascii=False)
            f.write("\n")
