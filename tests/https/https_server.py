#!/usr/bin/python3
"""A loopback HTTPS server for Rebound's HTTPS tests.

usage: https_server.py PORT CERT KEY DOCROOT

What it answers depends on the Host header's first label after "mta-sts." or on the path:
  /redirect        302 to https://127.0.0.1/
  /big             10 MB of "a" (no Content-Length: the client must stop reading by itself)
  /big-declared    10 MB with its Content-Length
  /slow            headers, then one byte every second for a minute
  /echo            (POST) the request body back
  anything else    the file DOCROOT/<host>/<path> (or DOCROOT/<path>), 404 when missing.
The host names mta-sts.redirect.*, mta-sts.big.*, mta-sts.slow.* select those behaviours for the MTA-STS
policy path too.
"""
import http.server
import os
import ssl
import sys
import time


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def behaviour(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        path = self.path.split("?")[0]
        for word in ("redirect", "big", "slow"):
            if host.startswith("mta-sts." + word + ".") or host.startswith(word + "."):
                return word, host, path
        return path.strip("/"), host, path

    def send(self, status, body, content_type="text/plain", extra=None, length=True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self):
        word, host, path = self.behaviour()
        if word == "redirect":
            self.send(302, b"moved\n", extra={"Location": "https://127.0.0.1/"})
            return
        if word in ("big", "big-declared"):
            self.send(200, b"a" * (10 * 1024 * 1024), length=(word == "big-declared"))
            self.close_connection = True
            return
        if word == "slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "60")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(1)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        root = sys.argv[4]
        for candidate in (os.path.join(root, host, path.lstrip("/")), os.path.join(root, path.lstrip("/"))):
            real = os.path.realpath(candidate)
            if real.startswith(os.path.realpath(root)) and os.path.isfile(real):
                with open(real, "rb") as f:
                    body = f.read()
                kind = "image/svg+xml" if real.endswith(".svg") else (
                    "application/pem-certificate-chain" if real.endswith(".pem") else "text/plain")
                self.send(200, body, kind)
                return
        self.send(404, b"not found\n")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(min(length, 1 << 20))
        self.send(200, body, self.headers.get("Content-Type") or "application/octet-stream")


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


def serve(handler):
    """Serves handler over HTTPS on 127.0.0.1:PORT with CERT and KEY (sys.argv[1:4]); says "ready"."""
    port, cert, key = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    server = Server(("127.0.0.1", port), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    serve(Handler)
