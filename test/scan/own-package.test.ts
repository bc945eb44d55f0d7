// A library's own modules importing one another by the package's name (tornado's `from tornado.iostream import IOStream`
// in tornado/tcpclient.py) call the library's own code, as a relative import does: its crossing is found where the
// library makes it (the socket connect in iostream.py), not at every call of its own client. Only a file of that package
// (its folders' `__init__.py` chain topped by the name) importing a module the project holds reads so; any other import
// of the name is the installed library, read as the table says.
import { describe, expect, test } from "vitest";
import { projectFindings } from "./helpers";

const IOSTREAM = "import socket\n\nclass IOStream:\n    def connect(self, addr):\n        return socket.create_connection(addr)\n";

describe("scan (Python): a package's absolute imports of its own modules", () => {
  test("tornado's own TCPClient and IOStream from-imported from their modules: only the socket connect of its iostream.py (a package import, `import tornado.iostream`, as before)", async () => {
    const files = {
      "tornado/__init__.py": "",
      "tornado/iostream.py": IOSTREAM,
      "tornado/tcpclient.py": "from tornado.iostream import IOStream\n\nclass TCPClient:\n    async def connect(self, s, addr):\n        return IOStream(s).connect(addr)\n",
      "tornado/simple_httpclient.py": "from tornado.tcpclient import TCPClient\nfrom tornado import iostream\nimport tornado.iostream\nimport tornado.iostream as ios\n\nasync def go(h):\n    await TCPClient().connect(h, 80)\n    iostream.IOStream(h).connect(h)\n    tornado.iostream.IOStream(h).connect(h)\n    ios.IOStream(h).connect(h)\n",
      "tornado/platform/__init__.py": "",
      "tornado/platform/twisted.py": "from tornado.tcpclient import TCPClient\nTCPClient().connect(h, 80)\n",
    };
    // `from tornado import iostream`, `import tornado.iostream` (aliased or not) are read as the installed tornado, as main read them.
    expect(await projectFindings(files)).toEqual([
      "tornado/iostream.py:5:16-5:40 scan/network-call socket.create_connection",
      "tornado/simple_httpclient.py:10:5-10:28 scan/network-call tornado.iostream.IOStream().connect",
      "tornado/simple_httpclient.py:8:5-8:33 scan/network-call tornado.iostream.IOStream().connect",
      "tornado/simple_httpclient.py:9:5-9:41 scan/network-call tornado.iostream.IOStream().connect",
    ]);
  });

  // Read as the table says, `tornado.iostream.connect_to` was no listed member: the project's own module's value was missed.
  test("a watched value the package's own module holds is found through it (`from tornado.iostream import connect_to`)", async () => {
    const files = {
      "tornado/__init__.py": "",
      "tornado/iostream.py": "from socket import create_connection as connect_to\n",
      "tornado/tcpclient.py": "from tornado.iostream import connect_to\nconnect_to(addr)\n",
    };
    expect(await projectFindings(files)).toEqual(["tornado/tcpclient.py:2:1-2:11 scan/network-call socket.create_connection"]);
  });

  test("look-alikes: a file outside the package, a submodule the project does not hold, a package inside another, folders without __init__.py", async () => {
    const files = {
      // Outside the package: the entry may be anywhere, the installed tornado imported.
      "agent.py": "from tornado.iostream import IOStream\nIOStream(s).connect(a)\n",
      "tornado/__init__.py": "",
      "tornado/iostream.py": "class IOStream:\n    def connect(self, addr):\n        pass\n",
      // tornado/tcpclient.py and tornado/websocket.py are not the project's: the installed ones (and `from tornado import …` is read as the installed package).
      "tornado/x.py": "from tornado.tcpclient import TCPClient\nTCPClient().connect(h, p)\nfrom tornado import websocket, iostream\nwebsocket.websocket_connect(u)\niostream.IOStream(s).connect(a)\nimport tornado.tcpclient\ntornado.tcpclient.TCPClient().connect(h, p)\n",
      // lib/tornado is the package lib.tornado: its `tornado` is the installed one.
      "lib/__init__.py": "",
      "lib/tornado/__init__.py": "",
      "lib/tornado/iostream.py": "class IOStream:\n    def connect(self, addr):\n        pass\n",
      "lib/tornado/y.py": "from tornado.iostream import IOStream\nIOStream(s).connect(a)\n",
      // tornado/other has no __init__.py: no module of tornado's.
      "tornado/other/w.py": "from tornado.iostream import IOStream\nIOStream(s).connect(a)\n",
      // No __init__.py: no package of that name.
      "ns/tornado/iostream.py": "class IOStream:\n    def connect(self, addr):\n        pass\n",
      "ns/tornado/z.py": "from tornado.iostream import IOStream\nIOStream(s).connect(a)\n",
    };
    expect(await projectFindings(files)).toEqual([
      "agent.py:2:1-2:20 scan/network-call tornado.iostream.IOStream().connect",
      "lib/tornado/y.py:2:1-2:20 scan/network-call tornado.iostream.IOStream().connect",
      "ns/tornado/z.py:2:1-2:20 scan/network-call tornado.iostream.IOStream().connect",
      "tornado/other/w.py:2:1-2:20 scan/network-call tornado.iostream.IOStream().connect",
      "tornado/x.py:2:1-2:20 scan/network-call tornado.tcpclient.TCPClient().connect",
      "tornado/x.py:4:1-4:28 scan/network-call tornado.websocket.websocket_connect",
      "tornado/x.py:5:1-5:29 scan/network-call tornado.iostream.IOStream().connect",
      "tornado/x.py:7:1-7:38 scan/network-call tornado.tcpclient.TCPClient().connect",
    ]);
  });
});
