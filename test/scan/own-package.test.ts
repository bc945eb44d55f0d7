// An absolute import of a watched library's name is read as the installed library, even from a file inside a project
// package of that name: `python requests/go.py` run as a script puts requests/ itself on sys.path, so its
// `from requests.api import get` imports the INSTALLED requests, not requests/api.py. The PR author chooses how the
// file is run, so the scan fails closed and reads the table (an earlier reading of such imports as the package's own
// module let `get(…)` through).
import { describe, expect, test } from "vitest";
import { projectFindings } from "./helpers";

const CALL = 'from requests.api import get\nget("http://127.0.0.1:9/")\n';

describe("scan (Python): an absolute import of a watched library's name is the library's, even inside a package of that name", () => {
  test("requests/go.py and scripts/go.py's `from requests.api import get` beside a harmless requests/api.py: both calls reported; a relative import is the package's own", async () => {
    const files = {
      "requests/__init__.py": "",
      "requests/api.py": "def get(u): return u\n",
      "requests/go.py": CALL,
      "scripts/go.py": CALL,
      // Look-alike: a relative import names the package's own module (a script cannot run it as anything else).
      "requests/rel.py": 'from .api import get\nget("http://127.0.0.1:9/")\n',
    };
    expect(await projectFindings(files)).toEqual([
      "requests/go.py:2:1-2:4 scan/network-call requests.api.get",
      "scripts/go.py:2:1-2:4 scan/network-call requests.api.get",
    ]);
  });

  test("tornado's own modules importing one another by its name are read as the installed tornado, as the table says", async () => {
    const files = {
      "tornado/__init__.py": "",
      "tornado/iostream.py": "import socket\n\nclass IOStream:\n    def connect(self, addr):\n        return socket.create_connection(addr)\n",
      "tornado/tcpclient.py": "from tornado.iostream import IOStream\n\nclass TCPClient:\n    async def connect(self, s, addr):\n        return IOStream(s).connect(addr)\n",
      "tornado/simple_httpclient.py": "from tornado.tcpclient import TCPClient\n\nasync def go(h):\n    await TCPClient().connect(h, 80)\n",
    };
    expect(await projectFindings(files)).toEqual([
      "tornado/iostream.py:5:16-5:40 scan/network-call socket.create_connection",
      "tornado/simple_httpclient.py:4:11-4:30 scan/network-call tornado.tcpclient.TCPClient().connect",
      "tornado/tcpclient.py:5:16-5:35 scan/network-call tornado.iostream.IOStream().connect",
    ]);
  });
});
