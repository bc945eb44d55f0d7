// A from-import of a module's attribute named as a watched module is (`from shutil import os`, `from tempfile import _os`,
// `from asyncio.base_events import subprocess`) binds that module, as the attribute read (`shutil.os`) does.
import { describe, expect, test } from "vitest";
import { projectFindings } from "./helpers";


describe("scan (Python): `from <module> import <watched module>` binds the watched module", () => {
  test("shell: shutil's, logging's, pdb's, site's, tempfile's `os`/`_os`, asyncio.base_events' `subprocess`, pexpect's, distlib.util's, git.cmd's, aliased or not, in parentheses", async () => {
    const files = {
      "a.py": "from shutil import os as o\no.system(c)\n",
      "b.py": "from shutil import os\nos.system(c)\n",
      "c.py": "from tempfile import _os\n_os.system(c)\nfrom logging import (\n    os as lo,\n)\nlo.popen(c)\n",
      "d.py": "from pdb import os as pd\npd.system(c)\nfrom site import os as so\nso.system(c)\n",
      "e.py": "from asyncio.base_events import subprocess as sp\nsp.run(c, shell=True)\n",
      "f.py": "from pexpect import os as po\npo.system(c)\nfrom distlib.util import subprocess as ds\nds.check_output(c)\nfrom git.cmd import subprocess\nsubprocess.call(c)\n",
    };
    expect(await projectFindings(files)).toEqual([
      "a.py:2:1-2:9 scan/shell-command os.system",
      "b.py:2:1-2:10 scan/shell-command os.system",
      "c.py:2:1-2:11 scan/shell-command os.system",
      "c.py:6:1-6:9 scan/shell-command os.popen",
      "d.py:2:1-2:10 scan/shell-command os.system",
      "d.py:4:1-4:10 scan/shell-command os.system",
      "e.py:2:1-2:7 scan/shell-command subprocess.run",
      "f.py:2:1-2:10 scan/shell-command os.system",
      "f.py:4:1-4:16 scan/shell-command subprocess.check_output",
      "f.py:6:1-6:16 scan/shell-command subprocess.call",
    ]);
  });

  test("network: `from http.client import socket`, `from docker.api.client import requests`", async () => {
    const files = {
      "a.py": "from http.client import socket as s\ns.create_connection(addr)\n",
      "b.py": "from docker.api.client import requests\nrequests.get(u)\n",
    };
    expect(await projectFindings(files)).toEqual(["a.py:2:1-2:20 scan/network-call socket.create_connection", "b.py:2:1-2:13 scan/network-call requests.get"]);
  });

  test("a helper's `from shutil import os as shell` reached by the caller's `from helpers import shell`", async () => {
    const files = { "helpers.py": "from shutil import os as shell\n", "agent.py": "from helpers import shell\nshell.system(c)\n" };
    expect(await projectFindings(files)).toEqual(["agent.py:2:1-2:13 scan/shell-command os.system"]);
  });

  test("clean: a from-import of a function (`from shutil import copyfile`), a name bound `as os` from a module's function, and a watched package's own module (`from asyncio import subprocess` … PIPE)", async () => {
    const files = {
      "a.py": "from shutil import copyfile, which\ncopyfile(a, b)\nwhich(c)\nfrom tempfile import mkdtemp as _os\n_os.system(c)\n",
      "b.py": "from asyncio import subprocess as asp\nx = asp.PIPE\nfrom os import path\npath.join(a, b)\n",
    };
    expect(await projectFindings(files)).toEqual([]);
  });
});
