#!/usr/bin/env python3
"""Writes N job ads (Markdown, 0.7-1.5 KB each) into a folder, for `cvtrack tailor --score-only` benchmarks.

Usage: bench/gen-jobs.py N FOLDER
"""
import os
import random
import sys

TITLES = ["Platform Engineer", "Site Reliability Engineer", "Backend Developer", "Data Engineer",
          "Infrastructure Engineer", "Senior Software Engineer", "DevOps Engineer", "Staff Engineer, Payments"]
COMPANIES = ["Northwind", "Brightwave", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Litware", "Adatum"]
SKILLS = ["Go", "Python", "Rust", "Java", "Kubernetes", "Terraform", "AWS", "GCP", "PostgreSQL", "Kafka", "Redis",
          "Prometheus", "Grafana", "Linux", "Docker", "gRPC", "Elasticsearch", "CI/CD", "Ansible", "TypeScript"]
DUTIES = ["Design and run the services behind our {s} platform",
          "Own the reliability of {s} clusters serving millions of requests",
          "Automate deployments with {s} and {t}",
          "Build data pipelines on {s}",
          "Mentor engineers and review designs for {s} systems",
          "Improve observability with {s} and {t}",
          "Keep latency low across {s} and {t} services"]


def ad(rng, n):
    title = rng.choice(TITLES)
    company = rng.choice(COMPANIES)
    must = rng.sample(SKILLS, 5)
    nice = rng.sample([s for s in SKILLS if s not in must], 3)
    lines = [f"# {title}", "", f"{company} is hiring. We build tools people rely on every day.", "",
             "## Responsibilities", ""]
    for _ in range(rng.randint(4, 7)):
        lines.append("- " + rng.choice(DUTIES).format(s=rng.choice(must), t=rng.choice(SKILLS)) + ".")
    lines += ["", "## Requirements", ""]
    for s in must:
        lines.append(f"- {rng.randint(2, 8)}+ years with {s}")
    lines += ["", "## Nice to have", ""] + [f"- {s}" for s in nice]
    lines += ["", "## Benefits", "", "- Remote-friendly, 30 days of holiday, learning budget.", "",
              f"Apply now (ref. {n:04d})."]
    return "\n".join(lines) + "\n"


def main(count, folder):
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(7)
    for n in range(count):
        with open(os.path.join(folder, f"job-{n:04d}.md"), "w") as f:
            f.write(ad(rng, n))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200, sys.argv[2] if len(sys.argv) > 2 else "jobs")
