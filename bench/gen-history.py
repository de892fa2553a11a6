#!/usr/bin/env python3
"""Writes a `git fast-import` stream of N commits of a ~16 KB CV (cv.md), each making one CV-level change
(a reworded bullet, a new bullet, a removed bullet, a skill added or removed, a changed date).

Usage: bench/gen-history.py N | git -C REPO fast-import --quiet --done
"""
import random
import sys

sys.path.insert(0, __import__("os").path.dirname(__file__))
import importlib.util
spec = importlib.util.spec_from_file_location("gencv", __import__("os").path.join(__import__("os").path.dirname(__file__), "gen-cv.py"))
gencv = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gencv)


def main(n):
    rng = random.Random(42)
    lines = gencv.cv().split("\n")
    bullets = [i for i, l in enumerate(lines) if l.startswith("- ") and "**" not in l]
    w = sys.stdout.buffer.write
    t = 1500000000
    for c in range(1, n + 1):
        kind = c % 5
        if kind == 0:
            i = rng.choice(bullets)
            lines[i] = "- " + gencv.bullet(rng)
        elif kind == 1:
            i = rng.choice(bullets)
            words = lines[i].split(" ")
            j = rng.randrange(2, len(words))
            words[j] = rng.choice(["quickly", "reliably", "safely", "carefully", words[j]])
            lines[i] = " ".join(words)
        elif kind == 2:
            i = next(k for k, l in enumerate(lines) if l.startswith("- **Data:**"))
            extra = rng.choice(["Cassandra", "MySQL", "SQLite", "ClickHouse"])
            lines[i] = "- **Data:** PostgreSQL, Kafka, Redis, Elasticsearch" + ("" if extra in lines[i] else ", " + extra)
        elif kind == 3:
            i = rng.choice(bullets)
            lines[i] = lines[i].rstrip(".") + f", for {rng.randint(2, 40)} teams." if "teams" not in lines[i] else lines[i].split(", for ")[0] + "."
        else:
            i = next(k for k, l in enumerate(lines) if l.startswith("**") and "Present" not in l and "•" in l)
            lines[i] = lines[i].replace(" · Bristol", " · Bath") if "Bristol" in lines[i] else lines[i].replace(" · Bath", " · Bristol")
        data = ("\n".join(lines)).encode()
        msg = f"CV change {c}\n".encode()
        w(b"commit refs/heads/main\n")
        w(b"committer Sam Carter <sam.carter@example.org> %d +0000\n" % (t + c * 3600))
        w(b"data %d\n%s" % (len(msg), msg))
        w(b"M 100644 inline cv.md\n")
        w(b"data %d\n%s\n" % (len(data), data))
    w(b"done\n")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
