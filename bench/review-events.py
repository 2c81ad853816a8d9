#!/usr/bin/env python3
"""Load check of a review session's event stream (used by review-events.sh; localhost only, bounded).

N listeners hold the session's SSE stream open while V voters cast and change votes on every item; then the
facilitator reveals each item. Given several ports (8300,8301: instances sharing one database), listeners and voters
take turns among them. Every listener must receive every event, in order (the session's version counts
1, 2, 3, ... without a gap, the same sequence for all, and so do the event ids). Prints events/s, the delivery latency (from the write appending
an event to a listener reading it, by the event's 'at' stamp; same host clock) and the vote round trip (from the vote
request being sent to its event arriving), p50 and p99.
"""
import base64
import http.client
import json
import re
import sys
import threading
import time
import urllib.parse

HOST = "127.0.0.1"


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class Browser:
    """One logged-in person: a session cookie from the login form, so that requests skip the bcrypt check."""

    def __init__(self, port, user, password):
        self.port = port
        self.cookies = {}
        page = self.request("GET", "/login")[1]
        token = re.search(r'name="csrf-token" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"username": user, "password": password, "next": "/", "csrf-token": token})
        status, _ = self.request("POST", "/login", form, "application/x-www-form-urlencoded")
        if status != 303:
            raise SystemExit(f"login of {user} failed: {status}")

    def request(self, method, path, body=None, content_type=None):
        conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if content_type:
            headers["Content-Type"] = content_type
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                self.cookies[key.strip()] = val.strip()
        data = response.read().decode("utf-8", "replace")
        conn.close()
        return response.status, data

    def post_json(self, path, payload):
        return self.request("POST", path, json.dumps(payload), "application/json")


class Listener(threading.Thread):
    """Reads the event stream and notes (version, event name, arrival time) of every event."""

    def __init__(self, port, session, cookies, target, last_event_id=None):
        super().__init__(daemon=True)
        self.port, self.session, self.cookies, self.target = port, session, cookies, target
        self.last_event_id = last_event_id
        self.events = []
        self.delays = []
        self.ids = []
        self.connected = threading.Event()
        self.error = None

    def run(self):
        try:
            conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
            headers = {"Accept": "text/event-stream", "Cookie": self.cookies}
            if self.last_event_id is not None:
                headers["Last-Event-ID"] = self.last_event_id
            conn.request("GET", f"/api/sessions/{self.session}/events", headers=headers)
            response = conn.getresponse()
            if response.status != 200:
                self.error = f"status {response.status}"
                self.connected.set()
                return
            self.connected.set()
            name, data, event_id = None, None, None
            while True:
                line = response.fp.readline()
                if not line:
                    break
                line = line.decode("utf-8").rstrip("\r\n")
                if line == "":
                    if data is not None:
                        parsed = json.loads(data)
                        version = parsed.get("version")
                        self.events.append((version, name, time.monotonic()))
                        self.delays.append(time.time() * 1000 - parsed["at"])
                        self.ids.append(event_id)
                        if self.target[0] and version is not None and version >= self.target[0]:
                            break
                    name, data, event_id = None, None, None
                elif line.startswith("event:"):
                    name = line[6:].strip()
                elif line.startswith("data:"):
                    data = line[5:].lstrip()
                elif line.startswith("id:"):
                    event_id = line[3:].strip()
            conn.close()
        except Exception as e:  # reported below, never hidden
            self.error = repr(e)
            self.connected.set()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    ports = [int(p) for p in sys.argv[1].split(",")]
    password, listeners_n, voters_n, rounds = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    port = ports[0]
    admin = Browser(port, "admin", password)
    ids = [c["id"] for c in json.loads(admin.request("GET", "/api/claims?size=5")[1])["items"]]
    for i in range(voters_n):
        admin.post_json("/api/users", {"username": f"bench-voter-{i}", "password": "bench-voter-secret", "role": "reviewer"})
    status, body = admin.post_json("/api/sessions", {"title": "Bench session", "claimIds": ids})
    assert status == 201, body
    session = json.loads(body)["id"]
    cookie = "; ".join(f"{k}={v}" for k, v in admin.cookies.items())
    target = [None]
    listeners = [Listener(ports[n % len(ports)], session, cookie, target) for n in range(listeners_n)]
    for listener in listeners:
        listener.start()
    for listener in listeners:
        listener.connected.wait(30)
    failed = [l.error for l in listeners if l.error]
    assert not failed, failed
    time.sleep(0.5)

    voters = [Browser(ports[i % len(ports)], f"bench-voter-{i}", "bench-voter-secret") for i in range(voters_n)]
    sent = {}
    answered = []
    lock = threading.Lock()
    statuses = ["HELD", "PARTIAL", "FAILED", "PENDING", "UNRESOLVABLE"]

    def vote(index, voter):
        for r in range(rounds):
            for claim in ids:
                started = time.monotonic()
                status, body = voter.post_json(f"/api/sessions/{session}/items/{claim}/votes",
                                               {"status": statuses[(index + r) % 5], "confidence": "medium",
                                                "note": f"voter {index} round {r}"})
                assert status == 200, (status, body)
                with lock:
                    sent[json.loads(body)["version"]] = started
                    answered.append((time.monotonic() - started) * 1000)

    began = time.monotonic()
    threads = [threading.Thread(target=vote, args=(i, v)) for i, v in enumerate(voters)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for claim in ids:
        status, body = admin.post_json(f"/api/sessions/{session}/items/{claim}/reveal", {})
        assert status == 200, (status, body)
    final = json.loads(admin.request("GET", f"/api/sessions/{session}")[1])["version"]
    target[0] = final
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(not l.events or l.events[-1][0] < final for l in listeners):
        time.sleep(0.05)
    ended = max(l.events[-1][2] for l in listeners if l.events)

    expected = list(range(1, final + 1))
    problems = []
    for n, listener in enumerate(listeners):
        versions = [v for v, _, _ in listener.events]
        if versions != expected:
            problems.append(f"listener {n}: {len(versions)} events, first gap or disorder at "
                            f"{next((i for i, (a, b) in enumerate(zip(versions, expected)) if a != b), len(versions))}")
        if listener.ids != [str(v) for v in expected]:
            problems.append(f"listener {n}: event ids are not 1, 2, 3, ... without a gap")
        if listener.ids != listeners[0].ids:
            problems.append(f"listener {n}: a different sequence of event ids than listener 0")
    if len(ports) > 1:
        # a reconnect to another instance than the one a listener was on gets exactly what it missed
        resumed = Listener(ports[-1], session, cookie, target, last_event_id=str(final - 3))
        resumed.start()
        resumed.join(30)
        if resumed.ids != [str(final - 2), str(final - 1), str(final)]:
            problems.append(f"a reconnect to port {ports[-1]} with Last-Event-ID {final - 3} got ids {resumed.ids}")
        else:
            print(f"a reconnect to port {ports[-1]} with Last-Event-ID {final - 3} got exactly ids "
                  f"{', '.join(resumed.ids)}")
    latencies = [(arrived - sent[v]) * 1000 for l in listeners for v, name, arrived in l.events if name == "vote" and v in sent]
    duration = ended - began
    print(f"session {session}: {len(ids)} items, {voters_n} voters x {rounds} rounds, {listeners_n} listeners"
          + (f", voters and listeners spread over the instances on ports {', '.join(map(str, ports))}" if len(ports) > 1 else ""))
    print(f"events published: {final} ({sum(1 for _, n, _ in listeners[0].events if n == 'vote')} vote, "
          f"{sum(1 for _, n, _ in listeners[0].events if n == 'joined')} joined, "
          f"{sum(1 for _, n, _ in listeners[0].events if n == 'revealed')} revealed)")
    print(f"deliveries: {sum(len(l.events) for l in listeners)} of {final * listeners_n} expected, in {duration:.2f} s")
    print(f"events/s published: {final / duration:.1f}; deliveries/s: {sum(len(l.events) for l in listeners) / duration:.1f}")
    delays = [d for l in listeners for d in l.delays]
    print(f"delivery latency (appended by the write -> read by a listener): p50 {percentile(delays, 50):.1f} ms, "
          f"p99 {percentile(delays, 99):.1f} ms, max {max(delays):.1f} ms (n = {len(delays)})")
    print(f"vote to listener (vote request sent -> its event read): p50 {percentile(latencies, 50):.1f} ms, "
          f"p99 {percentile(latencies, 99):.1f} ms, max {max(latencies):.1f} ms (n = {len(latencies)})")
    print(f"vote request (sent -> answered): p50 {percentile(answered, 50):.1f} ms, p99 {percentile(answered, 99):.1f} ms")
    if problems:
        print("FAILED: " + "; ".join(problems[:10]))
        sys.exit(1)
    print("OK: every event delivered to every listener, in order")


if __name__ == "__main__":
    main()
