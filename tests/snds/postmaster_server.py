#!/usr/bin/python3
"""A loopback Google for Rebound's Postmaster Tools tests: an OAuth 2.0 authorization endpoint, a token
endpoint, a revocation endpoint and the Postmaster Tools API v2, over HTTPS.

usage: postmaster_server.py PORT CERT KEY

  GET  /auth?response_type=code&client_id=..&redirect_uri=..&state=..&scope=..   302 to redirect_uri with
       code and state (client_id "refuse": error=access_denied); the test plays the browser
  POST /token      grant_type=authorization_code (code "test-code") or refresh_token ("refresh-good", until
                   revoked): {"access_token", "expires_in", "refresh_token", "token_type"}; else 400
                   {"error": "invalid_grant"}
  POST /revoke     token=...: 200, or 400 {"error": "invalid_token"}
  GET  /v2/domains                                the account's domains
  GET  /v2/domains/{d}/complianceStatus           by domain, below
  POST /v2/domains/{d}/domainStats:query          by domain, below; the body must name metrics and dates
The API wants "Authorization: Bearer access-..." (401 otherwise). The JSON shapes are written from the
public v2 reference (developers.google.com/workspace/gmail/postmaster/reference/rest/v2). Domains:
  compliant.example   every row COMPLIANT, spam rate 0.04 %, all rates 100 %
  warn.example        spam rate 0.15 %, compliant
  spammy.example      spam rate 0.42 % (0.25 % the day before), SPF 97 %, TLS 99 %, DMARC_ALIGNMENT and
                      USER_REPORTED_SPAM_RATE NEEDS_WORK
  missing.example     no compliance data, statistics without values: everything unknown
  malformed.example   a body that is not JSON
  shape.example       "domainStats" is not a list (a changed format)
  huge.example        10 MB
  slow.example        one byte a second
  unverified.example  403 PERMISSION_DENIED
"""
import datetime
import json
import os
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "https"))
import https_server  # noqa: E402  (the HTTPS scaffolding: send(), the threaded server, serve())

REVOKED = set()
ISSUED = {"refresh-good"}

RATES = {
    "compliant.example": [{"spam_rate": 0.0004, "spf_rate": 1.0, "dkim_rate": 1.0, "dmarc_rate": 1.0,
                           "tls_rate": 1.0, "delivery_error_rate": 0.0}],
    "warn.example": [{"spam_rate": 0.0015, "spf_rate": 1.0, "dkim_rate": 1.0, "dmarc_rate": 1.0,
                      "tls_rate": 1.0, "delivery_error_rate": 0.0}],
    "spammy.example": [{"spam_rate": 0.0025, "spf_rate": 0.98, "dkim_rate": 1.0, "dmarc_rate": 1.0,
                        "tls_rate": 1.0},
                       {"spam_rate": 0.0042, "spf_rate": 0.97, "dkim_rate": 1.0, "dmarc_rate": 1.0,
                        "tls_rate": 0.99, "delivery_error_rate": 0.012}],
}
REQUIREMENTS = ["SPF", "DKIM", "SPF_AND_DKIM", "DMARC_POLICY", "DMARC_ALIGNMENT", "MESSAGE_FORMATTING",
                "DNS_RECORDS", "ENCRYPTION", "USER_REPORTED_SPAM_RATE", "ONE_CLICK_UNSUBSCRIBE",
                "HONOR_UNSUBSCRIBE"]


class Handler(https_server.Handler):
    def send(self, status, body, content_type="application/json", extra=None, length=True):
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        super().send(status, body, content_type, extra, length)

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(min(length, 1 << 20))

    def authorised(self):
        auth = self.headers.get("Authorization") or ""
        if not auth.startswith("Bearer access-"):
            self.send(401, {"error": {"code": 401, "status": "UNAUTHENTICATED"}})
            return False
        return True

    def special(self, domain):
        if domain == "huge.example":
            self.send(200, b"{" + b" " * (10 * 1024 * 1024) + b"}", length=False)
            self.close_connection = True
            return True
        if domain == "slow.example":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "60")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(1)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return True
        if domain == "unverified.example":
            self.send(403, {"error": {"code": 403, "message": "The caller does not have permission",
                                      "status": "PERMISSION_DENIED"}})
            return True
        if domain == "malformed.example":
            self.send(200, b"<html>not json</html>", "text/html")
            return True
        return False

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        if url.path == "/auth":
            redirect = query.get("redirect_uri", "")
            if query.get("client_id") == "refuse":
                params = {"error": "access_denied", "state": query.get("state", "")}
            elif (query.get("response_type") != "code" or "postmaster.traffic.readonly" not in query.get("scope", "")
                  or query.get("access_type") != "offline"):
                params = {"error": "invalid_request", "state": query.get("state", "")}
            else:
                params = {"code": "test-code", "state": query.get("state", "")}
            self.send(302, b"", extra={"Location": redirect + "?" + urllib.parse.urlencode(params)})
            return
        if not self.authorised():
            return
        parts = url.path.strip("/").split("/")
        if parts == ["v2", "domains"]:
            self.send(200, {"domains": [
                {"name": "domains/compliant.example", "permission": "OWNER", "verificationState": "VERIFIED",
                 "createTime": "2026-01-05T10:00:00Z"},
                {"name": "domains/spammy.example", "permission": "READER", "verificationState": "VERIFIED"},
                {"name": "domains/other.example", "permission": "NONE", "verificationState": "UNVERIFIED"}]})
            return
        if len(parts) == 4 and parts[:2] == ["v2", "domains"] and parts[3] == "complianceStatus":
            domain = parts[2]
            if self.special(domain):
                return
            if domain == "missing.example":
                self.send(200, {"name": f"domains/{domain}/complianceStatus"})
                return
            if domain not in RATES and domain != "shape.example":
                self.send(404, {"error": {"code": 404, "status": "NOT_FOUND"}})
                return
            bad = {"DMARC_ALIGNMENT", "USER_REPORTED_SPAM_RATE"} if domain == "spammy.example" else set()
            rows = [{"requirement": r, "status": {"status": "NEEDS_WORK" if r in bad else "COMPLIANT"}}
                    for r in REQUIREMENTS]
            self.send(200, {"name": f"domains/{domain}/complianceStatus",
                            "complianceData": {"domainId": domain, "rowData": rows}})
            return
        self.send(404, {"error": {"code": 404, "status": "NOT_FOUND"}})

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        raw = self.body()
        if url.path == "/token":
            form = dict(urllib.parse.parse_qsl(raw.decode()))
            if form.get("grant_type") == "authorization_code" and form.get("code") == "test-code" \
                    and form.get("client_id") == "test-client" and form.get("client_secret") == "test-secret":
                ISSUED.add("refresh-new")
                self.send(200, {"access_token": "access-1", "expires_in": 3599, "refresh_token": "refresh-new",
                                "token_type": "Bearer", "scope": "https://www.googleapis.com/auth/postmaster.traffic.readonly"})
                return
            token = form.get("refresh_token")
            if form.get("grant_type") == "refresh_token" and token in ISSUED and token not in REVOKED:
                self.send(200, {"access_token": "access-2", "expires_in": 3599, "token_type": "Bearer"})
                return
            self.send(400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."})
            return
        if url.path == "/revoke":
            form = dict(urllib.parse.parse_qsl(raw.decode()))
            token = form.get("token")
            if token in ISSUED and token not in REVOKED:
                REVOKED.add(token)
                self.send(200, {})
            else:
                self.send(400, {"error": "invalid_token"})
            return
        if not self.authorised():
            return
        parts = url.path.strip("/").split("/")
        if len(parts) == 4 and parts[:2] == ["v2", "domains"] and parts[3] == "domainStats:query":
            domain = parts[2]
            if self.special(domain):
                return
            try:
                request = json.loads(raw)
                names = {m["name"] for m in request["metricDefinitions"]}
                end = request["timeQuery"]["dateRanges"]["dateRanges"][0]["end"]
            except (ValueError, KeyError, IndexError, TypeError):
                self.send(400, {"error": {"code": 400, "status": "INVALID_ARGUMENT"}})
                return
            if domain == "shape.example":
                self.send(200, {"domainStats": {"spam_rate": 0.5}})
                return
            if domain == "missing.example":
                self.send(200, {"domainStats": [{"name": "domains/missing.example/domainStats/1",
                                                 "metric": "spam_rate", "date": end}]})
                return
            days = RATES.get(domain, [])
            stats = []
            for index, values in enumerate(days):
                when = datetime.date(end["year"], end["month"], end["day"]) - datetime.timedelta(
                    days=len(days) - 1 - index)
                day = {"year": when.year, "month": when.month, "day": when.day}
                for metric, value in values.items():
                    if metric in names:
                        stats.append({"name": f"domains/{domain}/domainStats/{metric}-{index}", "metric": metric,
                                      "date": day, "value": {"doubleValue": value}})
            self.send(200, {"domainStats": stats})
            return
        self.send(404, {"error": {"code": 404, "status": "NOT_FOUND"}})


if __name__ == "__main__":
    https_server.serve(Handler)
