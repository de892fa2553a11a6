#!/usr/bin/env python3
"""Writes a synthetic ~16 KB LaTeX CV (moderncv, the project's own, deterministic) to stdout: the same made-up
roles (14 of them by default, 16,704 bytes), bullets and skills as bench/gen-cv.py, as `\\cventry`s with `itemize` bullets and `\\cvitem` skills.

Usage: bench/gen-latex-cv.py [--seed N] [--roles N]
"""
import argparse
import os
import random

import importlib.util

spec = importlib.util.spec_from_file_location("gencv", os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen-cv.py"))
gencv = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gencv)


def tex(s):
    return s.replace("%", "\\%").replace("&", "\\&")


def cv(seed=1, roles=14):
    rng = random.Random(seed)
    out = ["\\documentclass[11pt,a4paper,sans]{moderncv}", "\\moderncvstyle{classic}", "\\moderncvcolor{blue}",
           "\\usepackage[utf8]{inputenc}", "\\usepackage[scale=0.8]{geometry}", "",
           "\\name{Sam}{Carter}", "\\title{Principal Engineer}", "\\address{Bristol, UK}{}{}",
           "\\phone[mobile]{+44~117~496~0000}", "\\email{sam.carter@example.org}", "",
           "\\begin{document}", "\\makecvtitle", "", "\\section{Summary}",
           "Engineer who builds dependable platforms and the tools around them. " * 3, "", "\\section{Experience}"]
    for i, start, end in gencv.spans(rng, roles):
        out.append(f"\\cventry{{{start} -- {end}}}{{{gencv.TITLES[i % len(gencv.TITLES)]}}}"
                   f"{{{gencv.ORGS[i % len(gencv.ORGS)]}}}{{Bristol, UK}}{{}}{{")
        out.append("  \\begin{itemize}")
        out += [f"    \\item {tex(gencv.bullet(rng))}" for _ in range(rng.randint(9, 13))]
        out += ["  \\end{itemize}}", ""]
    out += ["\\section{Projects}"]
    for p in range(4):
        out += [f"\\cventry{{{2015 + p} -- {2017 + p}}}{{tool-{p}}}{{Open source}}{{}}{{}}{{{tex(gencv.bullet(rng))}}}"]
    out += ["", "\\section{Education}",
            "\\cventry{1998 -- 2002}{BSc (Hons) Computer Science}{University of Bath}{Bath}{}{}", "",
            "\\section{Skills}",
            "\\cvitem{Languages}{Go (expert) (9 years), Python (expert) (15 years), Rust, TypeScript, Lua, SQL}",
            "\\cvitem{Infrastructure}{Kubernetes, Terraform, Docker, AWS, Ansible, Nginx, Linux}",
            "\\cvitem{Data}{PostgreSQL, Kafka, Redis, Elasticsearch}",
            "\\cvitem{Observability}{Prometheus, Grafana}", "", "\\end{document}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--roles", type=int, default=14)
    a = ap.parse_args()
    print(cv(a.seed, a.roles), end="")
