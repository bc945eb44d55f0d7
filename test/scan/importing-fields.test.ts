import { describe, expect, it } from "vitest";
import { at, found } from "./helpers";

const DYNAMIC = "scan/dynamic-code";

/** pydantic's `ImportString` (v1's `PyObject`) field imports whatever dotted name the model's data gives (red team 3, p57 / Action B09). */
describe("a pydantic model's field typed ImportString", () => {
  it("scan/dynamic-code: ImportString, ImportString[...], Annotated[..., ImportString] and pydantic.ImportString, each at its annotation", async () => {
    const text = [
      "from typing import Annotated, Callable",
      "import pydantic",
      "from pydantic import BaseModel, ImportString",
      "class ToolSpec(BaseModel):",
      "    handler: ImportString",
      "    other: ImportString[Callable] = None",
      "    third: Annotated[Callable, ImportString]",
      "    fourth: pydantic.ImportString",
      "    name: str = 'x'",
      "ToolSpec(handler='os.system').handler('touch x')",
      "",
    ].join("\n");
    expect(await found("a.py", text)).toEqual([
      `${DYNAMIC} ${at(text, "ImportString", 1)}`,
      `${DYNAMIC} ${at(text, "ImportString[Callable]")}`,
      `${DYNAMIC} ${at(text, "Annotated[Callable, ImportString]")}`,
      `${DYNAMIC} ${at(text, "pydantic.ImportString")}`,
    ]);
  });

  it("scan/dynamic-code: pydantic v1's PyObject field", async () => {
    const text = `from pydantic.v1 import BaseModel, PyObject\nclass Spec(BaseModel):\n    fn: PyObject\n`;
    expect(await found("a.py", text)).toEqual([`${DYNAMIC} ${at(text, "PyObject", 1)}`]);
  });

  it("scan/dynamic-code: a pydantic dataclass's field and a FastAPI endpoint's parameter typed ImportString", async () => {
    const text = [
      "import pydantic.dataclasses",
      "from pydantic import ImportString",
      "from fastapi import FastAPI",
      "app = FastAPI()",
      "@pydantic.dataclasses.dataclass",
      "class C:",
      "    f: ImportString",
      '@app.get("/")',
      "def ep(q: ImportString):",
      "    return q",
      "",
    ].join("\n");
    expect(await found("a.py", text)).toEqual([`${DYNAMIC} ${at(text, "ImportString", 1)}`, `${DYNAMIC} ${at(text, "ImportString", 2)}`]);
  });

  it("scan/dynamic-code is clean for a model with ordinary fields, and for ImportString outside a model", async () => {
    const text = `from pydantic import BaseModel, ImportString\nfrom fastapi import FastAPI\napp = FastAPI()\nclass Plain(BaseModel):\n    name: str\n    count: int = 0\nclass NotModel:\n    handler: ImportString\n@app.get("/")\ndef ep(q: str):\n    return q\n`;
    expect(await found("b.py", text)).toEqual([]);
  });
});
