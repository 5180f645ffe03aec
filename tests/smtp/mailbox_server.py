#!/usr/bin/python3
"""aiosmtpd answering RCPT TO by recipient, for the mailbox probe tests.

Usage: mailbox_server.py HOST PORT LOGFILE [CERT KEY]
Recipients at accept.mbox.test and reject.mbox.test: "known" is accepted, any other local part refused with 550 5.1.1
(a server that checks its recipients). catchall.mbox.test: every local part accepted. grey.mbox.test:
450 4.2.0 greylisted. Every other domain: accepted (an accept-all provider).
MAIL FROM from refused@sender.test gets 550. Every envelope command and every DATA or BDAT attempt is
appended to LOGFILE, one per line, so a test can assert that no message was ever started.
"""
import signal
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP


class Log:
    def __init__(self, path):
        self.path = path

    def write(self, line):
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(line + "\n")


class Handler:
    def __init__(self, log):
        self.log = log

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.log.write("MAIL " + address)
        if address.startswith("refused@"):
            return "550 5.7.1 sender refused by policy"
        envelope.mail_from = address
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.log.write("RCPT " + address)
        local, _, domain = address.rpartition("@")
        domain = domain.lower()
        if domain in ("accept.mbox.test", "reject.mbox.test") and local != "known":
            return "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown"
        if domain == "grey.mbox.test":
            return "450 4.2.0 <" + address + ">: Recipient address rejected: Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_RSET(self, server, session, envelope):
        self.log.write("RSET")
        return "250 2.0.0 OK"

    async def handle_DATA(self, server, session, envelope):
        self.log.write("DATA-CONTENT")
        return "554 5.0.0 no"


class LoggingSMTP(SMTP):
    async def smtp_DATA(self, arg):
        self.event_handler.log.write("DATA")
        await self.push("554 5.5.1 this test server takes no messages")

    async def smtp_BDAT(self, arg):
        self.event_handler.log.write("BDAT")
        await self.push("554 5.5.1 this test server takes no messages")


class LoggingController(Controller):
    def factory(self):
        return LoggingSMTP(self.handler, **self.SMTP_kwargs)


def main():
    host, port, logfile = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    context = None
    if len(sys.argv) >= 6:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[4], sys.argv[5])
    controller = LoggingController(Handler(Log(logfile)), hostname=host, port=port, require_starttls=False,
                                   server_hostname="mbox.aiosmtpd.test", tls_context=context)
    controller.start()
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


if __name__ == "__main__":
    main()
