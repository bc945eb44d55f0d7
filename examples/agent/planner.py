"""Planner agent: turns a triaged issue into a plan and runs the repository's checks.

Everything that leaves the process should go through `gateway` (the governed tool gateway).
Two calls below do not: they are planted for the boundary scan (see examples/README.md).
"""

from subprocess import run as sh
import requests

from agent.gateway import gateway

PLAN_TEMPLATE = "Plan for {issue}: reproduce, fix, test"
# Old version used subprocess.run(["make", "test"]) directly; now the gateway's `run_checks` tool does.
USAGE = "never call requests.get(...) from a tool body"


def plan(issue: str) -> str:
    note = f"would have called requests.post({issue!r}) here"
    return PLAN_TEMPLATE.format(issue=issue) + "\n" + note


def run_checks(repo: str) -> int:
    # PLANTED: a process started directly, through an alias.
    result = sh(["make", "-C", repo, "test"], capture_output=True)
    return result.returncode


def report(issue: str, body: str) -> None:
    # PLANTED: a direct HTTP call, over several lines.
    requests.post(
        "https://tracker.example.com/api/issues/" + issue,
        json={"body": body},
        timeout=10,
    )


def fetch_labels(session, issue: str) -> list[str]:
    # Not flagged: a method of some other object that happens to be called `get`.
    return session.get(f"/issues/{issue}/labels").json()


def retry(requests, attempts: int = 3):
    # Not flagged: `requests` here is a parameter (a list of pending requests), not the module.
    for _ in range(attempts):
        requests.pop()


def checks_via_gateway(repo: str) -> int:
    return gateway.call("run_checks", {"repo": repo})["exit_code"]
