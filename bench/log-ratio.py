#!/usr/bin/env python3
"""The ratio #4 sets a target for: `cvtrack log` on a first run (cache deleted) against `git log -p -- FILE`,
timed in alternation (one of each, N times), so that a machine whose speed drifts during the run (a shared
VM) weighs on both sides alike. Prints the medians and the median of the per-pair ratios.

Usage: bench/log-ratio.py CVTRACK REPO [FILE] [N]
"""
import shutil
import statistics
import subprocess
import sys
import time

cvtrack, repo = sys.argv[1], sys.argv[2]
path = sys.argv[3] if len(sys.argv) > 3 else "cv.md"
n = int(sys.argv[4]) if len(sys.argv) > 4 else 20
mine, git = [], []
for _ in range(n):
    shutil.rmtree(f"{repo}/.git/cvtrack", ignore_errors=True)
    t = time.perf_counter()
    subprocess.run([cvtrack, "log"], cwd=repo, stdout=subprocess.DEVNULL, check=True)
    mine.append(time.perf_counter() - t)
    t = time.perf_counter()
    subprocess.run(["git", "log", "-p", "--", path], cwd=repo, stdout=subprocess.DEVNULL, check=True)
    git.append(time.perf_counter() - t)
m = statistics.median
ratios = [a / b for a, b in zip(mine, git)]
print(f"log first run vs git log -p, alternated x{n}: cvtrack {m(mine):.3f} s (min {min(mine):.3f}), "
      f"git {m(git):.3f} s (min {min(git):.3f}); ratio {m(ratios):.2f}x (range {min(ratios):.2f}-{max(ratios):.2f}; target 1.5x)")
