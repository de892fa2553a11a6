#!/usr/bin/env python3
"""Writes a synthetic ~16 KB Markdown CV (the project's own, deterministic) to stdout.

Usage: bench/gen-cv.py [--seed N] [--roles N]
"""
import argparse
import random

ORGS = ["Northwind Logistics", "Brightwave Media", "Cobalt Software", "Helios Energy", "Quarry Labs",
        "Tidewater Bank", "Juniper Health", "Orbital Freight", "Saffron Retail", "Kestrel Games",
        "Lumen Analytics", "Granite Insurance", "Marlin Telecom", "Aster Robotics"]
TITLES = ["Staff Software Engineer", "Senior Software Engineer", "Software Engineer", "Lead Engineer",
          "Platform Engineer", "Site Reliability Engineer", "Backend Developer", "Junior Developer"]
VERBS = ["Built", "Designed", "Led", "Rewrote", "Migrated", "Automated", "Introduced", "Scaled", "Simplified", "Owned"]
THINGS = ["the deploy pipeline", "the billing service", "the search index", "the metrics stack",
          "the customer API", "the on-call rota", "the data warehouse loader", "the mobile backend",
          "the feature-flag service", "the image resizing queue", "the authentication layer", "the job scheduler"]
TECH = ["Go", "Python", "PostgreSQL", "Kafka", "Redis", "Kubernetes", "Terraform", "AWS", "Docker", "gRPC",
        "Prometheus", "Grafana", "Rust", "TypeScript", "React", "Elasticsearch", "Nginx", "Linux", "Ansible", "Lua"]
OUTCOMES = ["cutting latency by {n}%", "saving {n} engineer-hours a month", "serving {n},000 requests a second",
            "with zero downtime", "for {n} teams", "reducing cost by {n}%", "halving the error rate"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def bullet(rng):
    outcome = rng.choice(OUTCOMES).format(n=rng.randint(2, 90))
    return f"{rng.choice(VERBS)} {rng.choice(THINGS)} in {rng.choice(TECH)} and {rng.choice(TECH)}, {outcome}."


def spans(rng, roles):
    """The roles' dates, newest first, each ending where the one before starts: (index, start, end)."""
    year, month = 2024, 6
    for i in range(roles):
        length = rng.randint(12, 40)
        end = "Present" if i == 0 else f"{MONTHS[month - 1]} {year}"
        smonth, syear = month, year
        for _ in range(length):
            smonth -= 1
            if smonth == 0:
                smonth, syear = 12, syear - 1
        yield i, f"{MONTHS[smonth - 1]} {syear}", end
        year, month = syear, smonth


def cv(seed=1, roles=16):
    rng = random.Random(seed)
    out = ["---", "name: Sam Carter", "label: Principal Engineer", "email: sam.carter@example.org",
           "phone: +44 117 496 0000", "location: Bristol, UK", "---", "# Sam Carter", "",
           "Principal Engineer · Bristol, UK · <sam.carter@example.org>", "", "## Summary", "",
           "Engineer who builds dependable platforms and the tools around them. " * 3, "", "## Experience", ""]
    for i, start, end in spans(rng, roles):
        out += [f"### {ORGS[i % len(ORGS)]}", "", f"**{TITLES[i % len(TITLES)]}** • {start} – {end} · Bristol, UK", ""]
        out += [f"- {bullet(rng)}" for _ in range(rng.randint(9, 13))]
        out.append("")
    out += ["## Projects", ""]
    for p in range(4):
        out += [f"### tool-{p}", "", f"Open source · {2015 + p} – {2017 + p}", "", f"- {bullet(rng)}", ""]
    out += ["## Education", "", "### University of Bath", "", "BSc (Hons) Computer Science • 1998 – 2002", "",
            "## Skills", "",
            "- **Languages:** Go (expert) (9 years), Python (expert) (15 years), Rust, TypeScript, Lua, SQL",
            "- **Infrastructure:** Kubernetes, Terraform, Docker, AWS, Ansible, Nginx, Linux",
            "- **Data:** PostgreSQL, Kafka, Redis, Elasticsearch",
            "- **Observability:** Prometheus, Grafana", ""]
    return "\n".join(out)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--roles", type=int, default=16)
    a = ap.parse_args()
    print(cv(a.seed, a.roles), end="")
