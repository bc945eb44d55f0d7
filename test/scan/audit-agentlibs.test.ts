// Agent frameworks the table lacked (real agent code calls them: smolagents, crewAI and its tools, Open Interpreter,
// AutoGen's extensions, LlamaIndex, Hugging Face transformers and the Hub). Member names read from each package's
// source (transformers.js 4.3.2, @llamaindex/openai 0.4.22, @llamaindex/anthropic 0.3.26, @llamaindex/ollama 0.1.23
// from npm; the Python packages' `__init__`/`__all__`). Each: its crossing at its exact place and rule, and a look-alike
// of the same library that crosses nothing (a value, a configuration, an object made and not run).
import { describe, expect, it } from "vitest";
import { atStart, found } from "./helpers";

const SHELL = "scan/shell-command";
const NET = "scan/network-call";
const MODEL = "scan/model-sdk";
const CODE = "scan/dynamic-code";

const lines = (...text: string[]) => [...text, ""].join("\n");

describe("scan (an audit of agent libraries): Python", () => {
  it("transformers: a model or pipeline loaded by a Hub name downloads (network); its repository's own code run is code", async () => {
    const text = lines(
      "from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline",
      "import transformers",
      "",
      'model = AutoModelForCausalLM.from_pretrained("org/model", trust_remote_code=True)',
      'tok = AutoTokenizer.from_pretrained("org/model")',
      'gen = pipeline("text-generation", model="gpt2")',
      'remote = transformers.pipeline("text-generation", model="org/m", trust_remote_code=flag)',
    );
    expect(await found("a.py", text)).toEqual([
      `${CODE} ${atStart(text, "AutoModelForCausalLM.from_pretrained(", "AutoModelForCausalLM.from_pretrained")}`,
      `${NET} ${atStart(text, "AutoModelForCausalLM.from_pretrained(", "AutoModelForCausalLM.from_pretrained")}`,
      `${NET} ${atStart(text, "AutoTokenizer.from_pretrained(", "AutoTokenizer.from_pretrained")}`,
      `${NET} ${atStart(text, 'pipeline("text-generation", model="gpt2")', "pipeline")}`,
      `${CODE} ${atStart(text, "transformers.pipeline(", "transformers.pipeline")}`,
      `${NET} ${atStart(text, "transformers.pipeline(", "transformers.pipeline")}`,
    ]);
    const clean = lines(
      "import transformers",
      "from transformers import AutoConfig, GenerationConfig, TextStreamer",
      "",
      "config = GenerationConfig(max_new_tokens=5)",
      'bert = AutoConfig.for_model("bert")',
      "streamer = TextStreamer(tokenizer)",
      "transformers.set_seed(0)",
    );
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("huggingface_hub: the Hub's downloads, uploads and API client (network); a URL built is not", async () => {
    const text = lines(
      "import huggingface_hub",
      "from huggingface_hub import hf_hub_download, snapshot_download, HfApi",
      "",
      'path = hf_hub_download("org/model", "config.json")',
      'folder = snapshot_download(repo_id="org/model")',
      "api = HfApi()",
      'huggingface_hub.upload_folder(folder_path=".", repo_id="org/model")',
    );
    expect(await found("a.py", text)).toEqual([
      `${NET} ${atStart(text, 'hf_hub_download("org', "hf_hub_download")}`,
      `${NET} ${atStart(text, "snapshot_download(repo_id", "snapshot_download")}`,
      `${NET} ${atStart(text, "HfApi()", "HfApi")}`,
      `${NET} ${atStart(text, "huggingface_hub.upload_folder(", "huggingface_hub.upload_folder")}`,
    ]);
    const clean = lines("import huggingface_hub", "from huggingface_hub import hf_hub_url", "", 'url = hf_hub_url("org/model", "config.json")', 'cached = huggingface_hub.try_to_load_from_cache("org/model", "config.json")');
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("llama_index: an LLM or embedding integration made is a model client; a document or message is not", async () => {
    const text = lines(
      "from llama_index.llms.openai import OpenAI",
      "from llama_index.llms.anthropic import Anthropic",
      "from llama_index.embeddings.openai import OpenAIEmbedding",
      "",
      'llm = OpenAI(model="gpt-4o")',
      'claude = Anthropic(model="claude-sonnet-4-5")',
      "embed = OpenAIEmbedding()",
      'llm.complete("hi")',
    );
    expect(await found("a.py", text)).toEqual([
      `${MODEL} ${atStart(text, 'OpenAI(model="gpt-4o")', "OpenAI")}`,
      `${MODEL} ${atStart(text, "Anthropic(model", "Anthropic")}`,
      `${MODEL} ${atStart(text, "OpenAIEmbedding()", "OpenAIEmbedding")}`,
    ]);
    const clean = lines("from llama_index.core import Document", "from llama_index.core.llms import ChatMessage", "", 'doc = Document(text="x")', 'msg = ChatMessage(role="user", content="x")');
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("smolagents: its interpreter run on code, a code agent's run, its API models; an executor or agent made and not run is not", async () => {
    const text = lines(
      "from smolagents import CodeAgent, InferenceClientModel, LiteLLMModel, LocalPythonExecutor",
      "",
      "model = InferenceClientModel()",
      'other = LiteLLMModel(model_id="gpt-4o")',
      'executor = LocalPythonExecutor(additional_authorized_imports=["os"])',
      "executor(code_action)",
      "executor(\"import os\\nos.system('id')\")",
      "agent = CodeAgent(tools=[], model=model)",
      'agent.run("task")',
    );
    expect(await found("a.py", text)).toEqual([
      `${MODEL} ${atStart(text, "InferenceClientModel()", "InferenceClientModel")}`,
      `${MODEL} ${atStart(text, "LiteLLMModel(model_id", "LiteLLMModel")}`,
      `${CODE} ${atStart(text, "executor(code_action)", "executor")}`,
      `${SHELL} ${atStart(text, 'executor("import os', "executor")}`,
      `${CODE} ${atStart(text, 'agent.run("task")', "agent.run")}`,
    ]);
    const clean = lines(
      "from smolagents import CodeAgent, LocalPythonExecutor, tool",
      "",
      "",
      "@tool",
      "def add(a: int, b: int) -> int:",
      '    """Adds.',
      "",
      "    Args:",
      "        a: one",
      "        b: two",
      '    """',
      "    return a + b",
      "",
      "",
      "def build(model):",
      "    executor = LocalPythonExecutor([])",
      '    executor("x = 1 + 1")',
      "    return CodeAgent(tools=[add], model=model)",
    );
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("crewAI and its tools: its LLM and a crew's run (model); the code interpreter (shell); the scraper (network); a task or file reader is not", async () => {
    const text = lines(
      "from crewai import LLM, Crew",
      "from crewai_tools import CodeInterpreterTool, ScrapeWebsiteTool",
      "",
      'llm = LLM(model="gpt-4o")',
      "interpreter_tool = CodeInterpreterTool()",
      'scraper = ScrapeWebsiteTool(website_url="https://example.com")',
      "crew = Crew(agents=agents, tasks=tasks)",
      "crew.kickoff()",
    );
    expect(await found("a.py", text)).toEqual([
      `${MODEL} ${atStart(text, 'LLM(model="gpt-4o")', "LLM")}`,
      `${SHELL} ${atStart(text, "CodeInterpreterTool()", "CodeInterpreterTool")}`,
      `${NET} ${atStart(text, "ScrapeWebsiteTool(website_url", "ScrapeWebsiteTool")}`,
      `${MODEL} ${atStart(text, "crew.kickoff()", "crew.kickoff")}`,
    ]);
    const clean = lines("from crewai import Agent, Task", "from crewai_tools import FileReadTool", "", 'task = Task(description="d", expected_output="o")', 'reader = FileReadTool(file_path="notes.txt")', 'analyst = Agent(role="r", goal="g", backstory="b")');
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("autogen_ext: a local executor (shell), Docker's (the daemon's API, network), its model clients (model); a code block is not", async () => {
    const text = lines(
      "from autogen_ext.code_executors.local import LocalCommandLineCodeExecutor",
      "from autogen_ext.code_executors.docker import DockerCommandLineCodeExecutor",
      "from autogen_ext.models.openai import OpenAIChatCompletionClient",
      "",
      'local = LocalCommandLineCodeExecutor(work_dir="coding")',
      "docker = DockerCommandLineCodeExecutor()",
      'client = OpenAIChatCompletionClient(model="gpt-4o")',
    );
    expect(await found("a.py", text)).toEqual([
      `${SHELL} ${atStart(text, "LocalCommandLineCodeExecutor(work_dir", "LocalCommandLineCodeExecutor")}`,
      `${NET} ${atStart(text, "DockerCommandLineCodeExecutor()", "DockerCommandLineCodeExecutor")}`,
      `${MODEL} ${atStart(text, "OpenAIChatCompletionClient(model", "OpenAIChatCompletionClient")}`,
    ]);
    const clean = lines("from autogen_core import CancellationToken", "from autogen_core.code_executor import CodeBlock", "", 'block = CodeBlock(language="python", code="print(1)")', "token = CancellationToken()");
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("Open Interpreter: its chat and its computer's run start code here (shell); its settings are not", async () => {
    const text = lines("from interpreter import interpreter, OpenInterpreter", "", 'interpreter.chat("plot sales.csv")', 'interpreter.computer.run("python", code)', "mine = OpenInterpreter()");
    expect(await found("a.py", text)).toEqual([
      `${SHELL} ${atStart(text, 'interpreter.chat("plot', "interpreter.chat")}`,
      `${SHELL} ${atStart(text, "interpreter.computer.run(", "interpreter.computer.run")}`,
      `${SHELL} ${atStart(text, "OpenInterpreter()", "OpenInterpreter")}`,
    ]);
    const clean = lines("from interpreter import interpreter", "", "interpreter.auto_run = False", 'interpreter.llm.model = "gpt-4o"', "interpreter.messages = []", "interpreter.reset()");
    expect(await found("b.py", clean)).toEqual([]);
  });
});

describe("scan (an audit of agent libraries): JavaScript", () => {
  it("transformers.js: a pipeline or model loaded by a Hub name downloads (network); its settings are not", async () => {
    const text = lines(
      'import { pipeline, AutoModel, AutoTokenizer } from "@huggingface/transformers";',
      'const classify = await pipeline("sentiment-analysis");',
      'const model = await AutoModel.from_pretrained("org/model");',
      'const tok = await AutoTokenizer.from_pretrained("org/model");',
    );
    for (const file of ["a.ts", "a.js"]) {
      expect(await found(file, text)).toEqual([
        `${NET} ${atStart(text, 'pipeline("sentiment', "pipeline")}`,
        `${NET} ${atStart(text, "AutoModel.from_pretrained(", "AutoModel.from_pretrained")}`,
        `${NET} ${atStart(text, "AutoTokenizer.from_pretrained(", "AutoTokenizer.from_pretrained")}`,
      ]);
    }
    const clean = lines('import { env, Tensor } from "@huggingface/transformers";', "env.allowRemoteModels = false;", 'env.localModelPath = "/models";', 'const t = new Tensor("float32", [1], [1]);');
    for (const file of ["b.ts", "b.js"]) expect(await found(file, clean)).toEqual([]);
  });

  it("LlamaIndex: a provider's model class or the function making one is a model client; a model list is not", async () => {
    const text = lines(
      'import { OpenAI, openai } from "@llamaindex/openai";',
      'import { Anthropic } from "@llamaindex/anthropic";',
      'import { ollama } from "@llamaindex/ollama";',
      'const llm = new OpenAI({ model: "gpt-4o" });',
      'const made = openai({ model: "gpt-4o" });',
      'const claude = new Anthropic({ model: "claude-sonnet-4-5" });',
      'const local = ollama({ model: "llama3" });',
    );
    for (const file of ["a.ts", "a.js"]) {
      expect(await found(file, text)).toEqual([
        `${MODEL} ${atStart(text, "OpenAI({", "OpenAI")}`,
        `${MODEL} ${atStart(text, "openai({", "openai")}`,
        `${MODEL} ${atStart(text, "Anthropic({", "Anthropic")}`,
        `${MODEL} ${atStart(text, "ollama({", "ollama")}`,
      ]);
    }
    const clean = lines('import { ALL_OPENAI_EMBEDDING_MODELS } from "@llamaindex/openai";', "const names = Object.keys(ALL_OPENAI_EMBEDDING_MODELS);");
    for (const file of ["b.ts", "b.js"]) expect(await found(file, clean)).toEqual([]);
  });
});
