#!/usr/bin/python3
"""DKIM verification throughput of dkimpy (Debian's python3-dkim), and the message set bench_dkim
verifies, so both verify the same bytes with the same keys held in memory (no DNS).

  dkimpy_bench.py make DIR      signs small.eml and large.eml (100 KB body) with RSA-2048 and Ed25519
                                keys, writes keys.txt ("<selector>._domainkey.<domain> <record>")
  dkimpy_bench.py run DIR N     verifies every message N times, prints messages/s per file
"""
import base64
import os
import subprocess
import sys
import time

import dkim
import nacl.signing

DOMAIN = b"bench.example"
HEADERS = (b"From: Bench <bench@bench.example>\r\nTo: user@example.net\r\nSubject: throughput\r\n"
           b"Date: Mon, 7 Dec 2026 10:00:00 +0000\r\nMessage-ID: <1@bench.example>\r\n\r\n")


def make(directory):
    os.makedirs(directory, exist_ok=True)
    pem = subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"],
                         check=True, capture_output=True).stdout
    der = subprocess.run(["openssl", "pkey", "-pubout", "-outform", "DER"], input=pem, check=True,
                         capture_output=True).stdout
    ed = nacl.signing.SigningKey.generate()
    with open(os.path.join(directory, "keys.txt"), "w") as keys:
        keys.write("rsa._domainkey.bench.example v=DKIM1; k=rsa; p=%s\n" % base64.b64encode(der).decode())
        keys.write("ed._domainkey.bench.example v=DKIM1; k=ed25519; p=%s\n"
                   % base64.b64encode(bytes(ed.verify_key)).decode())
    bodies = {"small": b"Hello.\r\n", "large": b"".join(b"line %06d of a long newsletter body, 64 bytes long....\r\n" % i
                                                      for i in range(1800))}
    for name, body in bodies.items():
        message = HEADERS + body
        for selector, key, algorithm in ((b"rsa", pem, b"rsa-sha256"),
                                         (b"ed", base64.b64encode(bytes(ed)), b"ed25519-sha256")):
            message = dkim.sign(message, selector, DOMAIN, key, canonicalize=(b"relaxed", b"relaxed"),
                                signature_algorithm=algorithm) + message
        with open(os.path.join(directory, name + ".eml"), "wb") as out:
            out.write(message)


def run(directory, n):
    keys = {}
    for line in open(os.path.join(directory, "keys.txt")):
        name, record = line.rstrip("\n").split(" ", 1)
        keys[name.encode() + b"."] = record.encode()
    dnsfunc = lambda name, timeout=5: keys.get(name)
    for file in sorted(f for f in os.listdir(directory) if f.endswith(".eml")):
        message = open(os.path.join(directory, file), "rb").read()
        start = time.perf_counter()
        for _ in range(n):
            verifier = dkim.DKIM(message)
            for index in range(2):
                assert verifier.verify(idx=index, dnsfunc=dnsfunc)
        elapsed = time.perf_counter() - start
        print("dkimpy %s: %d messages (2 signatures each) in %.2f s: %.0f messages/s" % (file, n, elapsed, n / elapsed))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2])
    else:
        run(sys.argv[2], int(sys.argv[3]))
