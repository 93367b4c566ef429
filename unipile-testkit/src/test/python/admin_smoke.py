#!/usr/bin/env python3
"""Drives a running fake Unipile server through its admin API, with the standard library only.

    java -jar unipile-testkit/target/unipile-fake-server.jar --port 8099 --api-key sk-test --admin-key adm-test &
    python3 unipile-testkit/src/test/python/admin_smoke.py http://127.0.0.1:8099 sk-test adm-test

Not run by Maven (the build has no Python); it shows what a test in another language looks like. Exit status 0
when every check passes.
"""
import http.server
import json
import queue
import sys
import threading
import urllib.error
import urllib.request

U, API_KEY, ADMIN_KEY = sys.argv[1], sys.argv[2], sys.argv[3]


def call(method, path, body=None, headers=None):
    headers = headers if headers is not None else {"X-Admin-Key": ADMIN_KEY}
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(U + path, method=method, headers=dict(headers, **{"Content-Type": "application/json"}),
                                 data=data)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


received = queue.Queue()


class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        received.put(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


hook = http.server.HTTPServer(("127.0.0.1", 0), Hook)
threading.Thread(target=hook.serve_forever, daemon=True).start()

assert call("GET", "/_admin/state", headers={"X-API-KEY": API_KEY})[0] == 401
assert call("GET", "/api/v1/accounts", headers={"X-API-KEY": ADMIN_KEY})[0] == 401

assert call("POST", "/_admin/reset", {"seed": "empty"})[0] == 200
status, acc = call("POST", "/_admin/accounts", {"type": "LINKEDIN", "name": "Alice"})
assert status == 201, acc
status, chat = call("POST", "/_admin/chats", {"account_id": acc["id"], "attendees": ["ACoAAbob"]})
assert status == 201, chat
status, error = call("POST", "/_admin/chats", {"account_id": acc["id"]})
assert status == 400 and error["field"] == "attendees", error

api = {"X-API-KEY": API_KEY}
assert call("POST", "/api/v1/webhooks", {"request_url": "http://127.0.0.1:%d/hook" % hook.server_port,
                                          "source": "messaging"}, headers=api)[0] == 201

call("POST", "/_admin/faults", {"route": "ChatRoutes.LIST_CHATS", "fault": {"kind": "status", "status": 503}})
assert call("GET", "/api/v1/chats", headers=api)[0] == 503
status, chats = call("GET", "/api/v1/chats", headers=api)
assert status == 200 and chats["items"][0]["id"] == chat["id"], chats

status, journal = call("GET", "/_admin/journal?route=ChatRoutes.LIST_CHATS")
assert [r["status"] for r in journal["requests"]] == [503, 200], journal
assert all(r["headers"]["x-api-key"] == ["***"] for r in journal["requests"])
assert API_KEY not in json.dumps(journal)

call("POST", "/_admin/simulate/incoming-message", {"chat_id": chat["id"], "from": "ACoAAbob", "text": "Hi from Python"})
event = received.get(timeout=10)
assert event["event"] == "message_received" and event["message"] == "Hi from Python", event
status, deliveries = call("GET", "/_admin/webhook-deliveries?settled=1&timeout_ms=5000")
assert deliveries["deliveries"][0]["status"] == "DELIVERED", deliveries

print("admin API smoke test: OK")
