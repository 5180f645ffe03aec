#!/usr/bin/python3
"""Signs test messages with Debian's python3-dkim (dkimpy), so Rebound's verifier is checked against
another implementation. Used by test_message.

  dkimsign.py keygen rsa|ed25519 PREFIX   writes PREFIX.key, prints the key record (v=DKIM1; k=...; p=...)
  dkimsign.py sign KEY SELECTOR DOMAIN ALGORITHM HEADER/BODY [--length] [--headers a:b:c]  < message
  dkimsign.py arc KEY SELECTOR DOMAIN AUTHSERV-ID  < message   (ARC-seals a message that has an A-R)
"""
import base64
import subprocess
import sys

import dkim


def keygen(kind, prefix):
    if kind == "ed25519":
        import nacl.signing
        key = nacl.signing.SigningKey.generate()
        open(prefix + ".key", "wb").write(base64.b64encode(bytes(key)))
        public = base64.b64encode(bytes(key.verify_key)).decode()
        print("v=DKIM1; k=ed25519; p=" + public)
        return
    pem = subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"],
                         check=True, capture_output=True).stdout
    open(prefix + ".key", "wb").write(pem)
    der = subprocess.run(["openssl", "pkey", "-pubout", "-outform", "DER"], input=pem, check=True,
                         capture_output=True).stdout
    print("v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode())


def main():
    args = sys.argv[1:]
    if args[0] == "keygen":
        keygen(args[1], args[2])
        return
    message = sys.stdin.buffer.read()
    key = open(args[1], "rb").read()
    if args[0] == "arc":
        headers = dkim.arc_sign(message, args[2].encode(), args[3].encode(), key, args[4].encode(),
                                timestamp=None)
        sys.stdout.buffer.write(b"".join(headers) + message)
        return
    header, body = args[5].encode().split(b"/")
    include = None
    if "--headers" in args:
        include = [h.encode() for h in args[args.index("--headers") + 1].split(":")]
    signature = dkim.sign(message, args[2].encode(), args[3].encode(), key,
                          canonicalize=(header, body), signature_algorithm=args[4].encode(),
                          include_headers=include, length="--length" in args)
    sys.stdout.buffer.write(signature + message)


if __name__ == "__main__":
    main()
