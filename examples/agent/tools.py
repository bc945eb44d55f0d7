"""Tool implementations the planner registers with the gateway."""

import os
import subprocess
import urllib.request

from agent.gateway import gateway, registered_tool

MAX_OUTPUT = 64 * 1024


@registered_tool("list_files")
def list_files(path: str) -> list[str]:
    # Not flagged: os.listdir and os.path are not processes.
    return sorted(os.path.join(path, name) for name in os.listdir(path))


@registered_tool("disk_usage")
def disk_usage(path: str) -> str:
    # PLANTED: os.system bypasses the gateway's shell tool.
    status = os.system("du -sh " + path)
    return str(status)


@registered_tool("download")
def download(url: str) -> bytes:
    return gateway.call("http_get", {"url": url})["body"]


def health_probe() -> bool:
    # The sandbox bootstrap may probe the gateway before it exists; allowed, with a reason.
    with urllib.request.urlopen("http://127.0.0.1:8700/health") as r:  # flowgate: ignore-boundary -- probes the gateway itself before it is up
        return r.status == 200


def git_revision() -> str:
    # agentledger: ignore-next-line -- read-only git metadata, recorded by the runtime itself
    return subprocess.check_output(["git", "rev-parse", "HEAD"], text=True).strip()


def describe() -> str:
    # Not flagged: the text below only mentions subprocess.Popen in a string.
    return "tools never call subprocess.Popen or os.popen directly"


class Runner:
    def __init__(self, subprocess):
        # Not flagged: the parameter shadows the module inside this method.
        self.subprocess = subprocess

    def go(self, argv: list[str]) -> int:
        # Not flagged: an attribute named like the module.
        return self.subprocess.run(argv)
