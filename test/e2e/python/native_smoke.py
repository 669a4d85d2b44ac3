"""Smoke test of the DataStax Python driver (Debian's python3-cassandra) against a Cassia
gateway: connect (the driver negotiates down to protocol v4), create a keyspace and a table,
insert with a prepared statement and with client-side parameters, select them back.
Prints one JSON line with what it saw; exits non-zero on any failure.

Usage: native_smoke.py HOST PORT
"""
import json
import sys
import uuid
from datetime import datetime, timezone

from cassandra.cluster import Cluster
from cassandra.query import SimpleStatement


def main() -> None:
    host, port = sys.argv[1], int(sys.argv[2])
    cluster = Cluster(contact_points=[host], port=port)
    session = cluster.connect()
    try:
        session.execute(
            "CREATE KEYSPACE py WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}"
        )
        session.execute("CREATE TABLE py.t (k int PRIMARY KEY, v text, n bigint, u uuid, at timestamp, ok boolean)")
        insert = session.prepare("INSERT INTO py.t (k, v, n, u, at, ok) VALUES (?, ?, ?, ?, ?, ?)")
        at = datetime(2026, 11, 22, 10, 0, 0, tzinfo=timezone.utc)
        u = uuid.UUID("3f2b0a1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c")
        for k in range(5):
            session.execute(insert, (k, "v%d" % k, k * 1_000_000_000_000, u, at, k % 2 == 0))
        session.execute("INSERT INTO py.t (k, v) VALUES (%s, %s)", (100, "simple"))
        select = session.prepare("SELECT k, v, n, u, at, ok FROM py.t WHERE k = ?")
        row = session.execute(select, (3,)).one()
        simple = session.execute(SimpleStatement("SELECT v, n FROM py.t WHERE k = 100")).one()
        session.set_keyspace("py")
        scoped = session.execute("SELECT v FROM t WHERE k = 4").one()
        print(json.dumps({
            "protocol_version": cluster.protocol_version,
            "row": [row.k, row.v, row.n, str(row.u), row.at.replace(tzinfo=timezone.utc).isoformat(), row.ok],
            "simple": [simple.v, simple.n],
            "scoped": scoped.v,
        }))
    finally:
        cluster.shutdown()


if __name__ == "__main__":
    main()
