#!/usr/bin/python3
"""aiosmtpd with STARTTLS for the SMTP probe tests.

Same server as `python3 -m aiosmtpd --tlscert --tlskey`, but with OpenSSL's security level 0 so that a
deliberately weak certificate (1024-bit RSA) can be served: the probe must see and report it.
Usage: aiosmtpd_server.py HOST PORT [CERT KEY [smtps]]
"smtps" serves implicit TLS (RFC 8314) instead of STARTTLS.
"""
import signal
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Sink


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    context = None
    if len(sys.argv) >= 5:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.set_ciphers("DEFAULT:@SECLEVEL=0")
        context.load_cert_chain(sys.argv[3], sys.argv[4])
    smtps = len(sys.argv) >= 6 and sys.argv[5] == "smtps"
    controller = Controller(Sink(), hostname=host, port=port, require_starttls=False,
                            server_hostname="mx.aiosmtpd.test",
                            tls_context=None if smtps else context, ssl_context=context if smtps else None)
    controller.start()
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


if __name__ == "__main__":
    main()
