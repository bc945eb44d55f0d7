// Doors the table lacked until the eighteenth stop: logging's network handlers and file configuration (eval), trio's
// name lookups, joblib's and cloudpickle's loads (pickle's), numpy's and torch's when they unpickle, Bun's shell, sockets and clients, Deno's sockets and name
// lookups, both runtimes' foreign function interfaces, and a cluster's worker processes. Each with a look-alike left alone.
import { describe, expect, it } from "vitest";
import { found } from "./helpers";

describe("Python: logging's network handlers and file configuration, trio's lookups, joblib and cloudpickle", () => {
  it("scan/network-call: `HTTPHandler`, `SocketHandler`, `DatagramHandler`, `SysLogHandler`, `SMTPHandler` made, `trio.socket.getaddrinfo`", async () => {
    const text = 'import logging.handlers, trio\nfrom logging.handlers import SysLogHandler\nlogging.handlers.HTTPHandler("x.example", "/")\nlogging.handlers.SocketHandler("x.example", 9020)\nlogging.handlers.DatagramHandler("x.example", 9021)\nSysLogHandler(address=("x.example", 514))\nlogging.handlers.SMTPHandler("x.example", "a@x", ["b@x"], "s")\nawait trio.socket.getaddrinfo("x.example", 80)\nawait trio.socket.getnameinfo(("1.2.3.4", 80), 0)\n';
    expect(await found("a.py", text)).toEqual(["scan/network-call 3:1-3:29", "scan/network-call 4:1-4:31", "scan/network-call 5:1-5:33", "scan/network-call 6:1-6:14", "scan/network-call 7:1-7:29", "scan/network-call 8:7-8:30", "scan/network-call 9:7-9:30"]);
  });
  it("scan/dynamic-code: `logging.config.fileConfig` (each handler's `args` evaluated), `logging.config.listen`, `joblib.load`, `cloudpickle.load`/`loads`", async () => {
    const text = 'import logging.config, joblib, cloudpickle\nlogging.config.fileConfig("logging.ini")\nt = logging.config.listen(9999)\nmodel = joblib.load("model.pkl")\ncloudpickle.loads(blob)\ncloudpickle.load(open("f.pkl", "rb"))\n';
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 2:1-2:26", "scan/dynamic-code 3:5-3:26", "scan/dynamic-code 4:9-4:20", "scan/dynamic-code 5:1-5:18", "scan/dynamic-code 6:1-6:17"]);
  });
  it("scan/shell-command, scan/network-call: a callable a `dictConfig` written in place names by `\"()\"` or `\"class\"` (python3 runs `{\"()\": \"os.system\", \"command\": …}`), any depth, imported bare too", async () => {
    const text = 'import logging.config\nfrom logging.config import dictConfig\nlogging.config.dictConfig({"version": 1, "handlers": {"h": {"()": "os.system", "command": "id"}, "web": {"class": "logging.handlers.HTTPHandler", "host": "x.example", "url": "/"}}})\ndictConfig({"filters": {"f": {"()": "subprocess.Popen", "args": "id"}}})\n';
    expect(await found("a.py", text)).toEqual(["scan/shell-command 3:67-3:78", "scan/network-call 3:115-3:145", "scan/shell-command 4:37-4:55"]);
  });
  it("clean: a `dictConfig` naming logging's own file and stream handlers or a function of the project (one read from data is scan/dynamic-code: table-gaps.test.ts)", async () => {
    const text = 'import json, logging.config\nlogging.config.dictConfig({"version": 1, "handlers": {"f": {"class": "logging.FileHandler", "filename": "a.log"}, "s": {"class": "logging.StreamHandler"}, "m": {"()": "myapp.log.make_handler"}}})\n';
    expect(await found("a.py", text)).toEqual([]);
  });
  it("scan/dynamic-code: `numpy.load` allowed to unpickle (by keyword, by position, or by a value that is no literal), `torch.load` not asked for weights only (Bandit's B614)", async () => {
    const text = 'import numpy as np, torch\nnp.load("a.npy", allow_pickle=True)\nnp.load("a.npy", None, True)\nnp.load("a.npy", allow_pickle=flag)\ntorch.load("m.pt")\ntorch.load("m.pt", weights_only=False)\ntorch.load("m.pt", map_location="cpu")\n';
    expect(await found("a.py", text)).toEqual(["scan/dynamic-code 2:1-2:8", "scan/dynamic-code 3:1-3:8", "scan/dynamic-code 4:1-4:8", "scan/dynamic-code 5:1-5:11", "scan/dynamic-code 6:1-6:11", "scan/dynamic-code 7:1-7:11"]);
  });
  it("clean: `numpy.load` left to its default or refused pickles, `torch.load(…, weights_only=True)`, `numpy.save`", async () => {
    const text = 'import numpy as np, torch\nnp.load("a.npy")\nnp.load("a.npy", allow_pickle=False)\nnp.load("a.npy", None, False)\ntorch.load("m.pt", weights_only=True)\nnp.save("a.npy", x)\n';
    expect(await found("a.py", text)).toEqual([]);
  });
  it("clean: logging to files and streams, `dictConfig`, joblib's and cloudpickle's dumps, trio's own sockets unconnected", async () => {
    const text = 'import logging.config, logging.handlers, joblib, cloudpickle, trio\nlogging.handlers.RotatingFileHandler("a.log")\nlogging.handlers.QueueHandler(q)\nlogging.StreamHandler()\nlogging.config.dictConfig({"version": 1})\njoblib.dump(model, "m.pkl")\ncloudpickle.dumps(f)\ntrio.socket.socket()\n';
    expect(await found("a.py", text)).toEqual([]);
  });
});

describe("JavaScript: Bun's shell, sockets and clients, Deno's sockets and lookups, both runtimes' native libraries, cluster workers", () => {
  it("scan/shell-command: `Bun.$` (a tagged template, awaited and read), `cluster.fork()`", async () => {
    const text = 'const cluster = require("node:cluster");\nBun.$`ls -l`;\nconst out = await Bun.$`ls ${dir}`.text();\ncluster.fork();\n';
    expect(await found("a.js", text)).toEqual(["scan/shell-command 2:1-2:6", "scan/shell-command 3:19-3:24", "scan/shell-command 4:1-4:13"]);
  });
  it("scan/network-call: `Bun.connect`, `Bun.udpSocket`, `Bun.dns.lookup`, `new Bun.S3Client`/`SQL`/`RedisClient`, `Deno.connect`, `connectTls`, `startTls`, `resolveDns`", async () => {
    const text = 'Bun.connect({ hostname: "x.example", port: 80, socket: {} });\nawait Bun.udpSocket({});\nawait Bun.dns.lookup("x.example");\nnew Bun.S3Client({});\nnew Bun.SQL("postgres://x.example/db");\nnew Bun.RedisClient("redis://x.example");\nawait Deno.connect({ hostname: "x.example", port: 80 });\nawait Deno.connectTls({ hostname: "x.example", port: 443 });\nawait Deno.startTls(conn);\nawait Deno.resolveDns("x.example", "A");\n';
    expect(await found("a.ts", text)).toEqual([
      "scan/network-call 1:1-1:12",
      "scan/network-call 2:7-2:20",
      "scan/network-call 3:7-3:21",
      "scan/network-call 4:5-4:17",
      "scan/network-call 5:5-5:12",
      "scan/network-call 6:5-6:20",
      "scan/network-call 7:7-7:19",
      "scan/network-call 8:7-8:22",
      "scan/network-call 9:7-9:20",
      "scan/network-call 10:7-10:22",
    ]);
  });
  it("scan/dynamic-code: `Deno.dlopen` and `bun:ffi`'s `dlopen` (a native library's functions called)", async () => {
    const text = 'import { dlopen } from "bun:ffi";\nconst lib = dlopen("./libx.so", { run: { args: [] } });\nconst d = Deno.dlopen("./libx.so", {});\n';
    expect(await found("a.ts", text)).toEqual(["scan/dynamic-code 2:13-2:19", "scan/dynamic-code 3:11-3:22"]);
  });
  it("clean: Bun's and Deno's files, a cluster's primary check, Bun's password hashing", async () => {
    const text = 'const cluster = require("node:cluster");\nawait Bun.file("a.txt").text();\nawait Bun.write("a.txt", "x");\nawait Bun.password.hash("p");\nawait Deno.readTextFile("a.txt");\nif (cluster.isPrimary) console.log(cluster.workers);\n';
    expect(await found("a.ts", text)).toEqual([]);
  });
});
