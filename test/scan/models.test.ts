// Issue 19: the model libraries real agent code is built on (Vercel AI SDK, ollama, Groq, Together, Replicate,
// Hugging Face Inference, LangChain's model classes, Bedrock, Vertex AI, litellm's other endpoints) and boto3.
// Each case is one file holding the crossing and the look-alikes next to it (the library's helpers, types and
// values, a local of the same name): exactly the crossing is found, at the callee.
import { describe, expect, test } from "vitest";
import { at, found } from "./helpers";

const NET = "scan/network-call";
const MODEL = "scan/model-sdk";

/** A file, and each finding it must have: the rule and the callee text (its nth occurrence, 0-based). */
type Case = [what: string, text: string, expected: Array<[rule: string, callee: string, nth?: number]>];

function check(path: string, cases: Case[]) {
  test.each(cases)("%s", async (_what, text, expected) => {
    expect(await found(path, text)).toEqual(expected.map(([rule, callee, nth = 0]) => `${rule} ${at(text, callee, nth)}`));
  });
}

describe("JS/TS model libraries", () => {
  check("agent.ts", [
    [
      "ai: generateText with a provider's model is found at generateText; the provider's model function and the SDK's helpers are not",
      'import { generateText, tool, jsonSchema, stepCountIs } from "ai";\nimport { openai } from "@ai-sdk/openai";\nconst model = openai("gpt-4o");\nconst weather = tool({ inputSchema: jsonSchema({}) });\nawait generateText({ model, tools: { weather }, stopWhen: stepCountIs(5), prompt: "x" });\n',
      [[MODEL, "generateText", 1]],
    ],
    [
      "ai: streamText, streamObject, embedMany and the experimental_ generators, by namespace import",
      'import * as ai from "ai";\nai.streamText({ model: m, prompt: "x" });\nai.streamObject({ model: m });\nai.embedMany({ model: e, values: [] });\nai.experimental_transcribe({ model: t, audio });\nai.experimental_generateSpeech({ model: s, text: "x" });\nai.generateImage({ model: i, prompt: "x" });\nai.zodSchema(schema);\n',
      [
        [MODEL, "ai.streamText"],
        [MODEL, "ai.streamObject"],
        [MODEL, "ai.embedMany"],
        [MODEL, "ai.experimental_transcribe"],
        [MODEL, "ai.experimental_generateSpeech"],
        [MODEL, "ai.generateImage"],
      ],
    ],
    [
      "ai: an agent's run is found at the run (making the agent sends nothing)",
      'import { ToolLoopAgent } from "ai";\nconst agent = new ToolLoopAgent({ model: "openai/gpt-4o", tools: {} });\nawait agent.generate({ prompt: "x" });\n',
      [[MODEL, "agent.generate"]],
    ],
    [
      "ai: a local function named generateText is the local's",
      'import { embed } from "ai";\nfunction generateText(o: object) { return o; }\ngenerateText({});\nawait embed({ model: e, value: "x" });\n',
      [[MODEL, "embed", 1]],
    ],
    [
      "ollama: the default export's chat; encodeImage and abort send nothing",
      'import ollama from "ollama";\nawait ollama.encodeImage("a.png");\nollama.abort();\nawait ollama.chat({ model: "llama3", messages: [] });\n',
      [[MODEL, "ollama.chat"]],
    ],
    [
      "ollama: the Ollama client (from ollama/browser too); a local object named ollama is the local's",
      'import { Ollama } from "ollama/browser";\nconst client = new Ollama({ host: "http://h:11434" });\nawait client.generate({ model: "m", prompt: "x" });\nfunction f() {\n  const ollama = { chat: (x: unknown) => x };\n  ollama.chat({});\n}\n',
      [[MODEL, "Ollama", 1]],
    ],
    [
      "groq-sdk: the default export constructed; toFile is not a request",
      'import Groq, { toFile } from "groq-sdk";\nawait toFile(buffer, "a.mp3");\nconst groq = new Groq();\nawait groq.chat.completions.create({ model: "m", messages: [] });\n',
      [[MODEL, "Groq", 1]],
    ],
    [
      "replicate: the default export constructed; validateWebhook and parseProgressFromLogs are local",
      'const Replicate = require("replicate");\nconst { validateWebhook, parseProgressFromLogs } = require("replicate");\nvalidateWebhook(req, secret);\nparseProgressFromLogs(logs);\nconst replicate = new Replicate();\nawait replicate.run("owner/model", { input: {} });\n',
      [[MODEL, "Replicate", 1]],
    ],
    [
      "@huggingface/inference: the InferenceClient and a task function; setLogger is not a request",
      'import { InferenceClient, chatCompletion, setLogger } from "@huggingface/inference";\nsetLogger(console);\nconst hf = new InferenceClient("hf_token");\nawait chatCompletion({ accessToken: "t", model: "m", messages: [] });\n',
      [
        [MODEL, "InferenceClient", 1],
        [MODEL, "chatCompletion", 1],
      ],
    ],
    [
      "@aws-sdk/client-bedrock-runtime: the client constructed; a command is only data",
      'import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";\nconst command = new ConverseCommand({ modelId: "m", messages: [] });\nconst bedrock = new BedrockRuntimeClient({ region: "us-east-1" });\nawait bedrock.send(command);\n',
      [[MODEL, "BedrockRuntimeClient", 1]],
    ],
    [
      "@langchain/openai, @langchain/anthropic: the model classes; the tools helpers are not",
      'import { ChatOpenAI, OpenAIEmbeddings, tools } from "@langchain/openai";\nimport { ChatAnthropic, convertPromptToAnthropic } from "@langchain/anthropic";\nconst search = tools.webSearch();\nconvertPromptToAnthropic(prompt);\nconst llm = new ChatOpenAI({ model: "gpt-4o" });\nconst claude = new ChatAnthropic({ model: "claude" });\nconst embeddings = new OpenAIEmbeddings();\nawait llm.invoke("x");\n',
      [
        [MODEL, "ChatOpenAI", 1],
        [MODEL, "ChatAnthropic", 1],
        [MODEL, "OpenAIEmbeddings", 1],
      ],
    ],
    [
      "@langchain/google-genai, @langchain/ollama, @langchain/mistralai, @langchain/groq: the model classes",
      'import { ChatGoogleGenerativeAI } from "@langchain/google-genai";\nimport { ChatOllama } from "@langchain/ollama";\nimport { MistralAIEmbeddings } from "@langchain/mistralai";\nimport { ChatGroq } from "@langchain/groq";\nnew ChatGoogleGenerativeAI({});\nnew ChatOllama({});\nnew MistralAIEmbeddings({});\nnew ChatGroq({});\n',
      [
        [MODEL, "ChatGoogleGenerativeAI", 1],
        [MODEL, "ChatOllama", 1],
        [MODEL, "MistralAIEmbeddings", 1],
        [MODEL, "ChatGroq", 1],
      ],
    ],
    [
      "langchain: a model made by name; createAgent given a model object is not a second finding",
      'import { initChatModel, createAgent } from "langchain";\nimport { initChatModel as makeModel } from "langchain/chat_models/universal";\nconst model = await initChatModel("openai:gpt-4o");\nawait makeModel("anthropic:claude");\nconst agent = createAgent({ model, tools: [] });\nawait agent.invoke({ messages: [] });\n',
      [
        [MODEL, "initChatModel", 2],
        [MODEL, "makeModel", 1],
      ],
    ],
    [
      "together-ai and @google-cloud/vertexai: the client made; the OpenAI Agents SDK's run and Runner, the Claude Agent SDK's query; an agent or tool only defined is not",
      'import Together from "together-ai";\nimport { VertexAI } from "@google-cloud/vertexai";\nimport { Agent, run, Runner, tool } from "@openai/agents";\nimport { query } from "@anthropic-ai/claude-agent-sdk";\nconst together = new Together();\nconst vertex = new VertexAI({ project: "p", location: "l" });\nconst t = tool({ name: "x", description: "d", parameters: p, execute: async () => "y" });\nconst agent = new Agent({ name: "a", tools: [t] });\nawait run(agent, "hi");\nawait new Runner().run(agent, "hi");\nfor await (const m of query({ prompt: "hi" })) log(m);\n',
      [
        [MODEL, "Together", 1],
        [MODEL, "VertexAI", 1],
        [MODEL, "run", 1],
        [MODEL, "Runner", 1],
        [MODEL, "query", 1],
      ],
    ],
  ]);
});

describe("Python model libraries", () => {
  check("agent.py", [
    [
      "pydantic_ai's Agent and direct requests, dspy's LM, the Claude Agent SDK's query and client; their types and settings are not",
      'import dspy\nfrom pydantic_ai import Agent, RunContext\nfrom pydantic_ai.direct import model_request_sync\nfrom claude_agent_sdk import query, ClaudeSDKClient, ClaudeAgentOptions\nagent = Agent("openai:gpt-4o")\nmodel_request_sync("openai:gpt-4o", [])\nlm = dspy.LM("openai/gpt-4o")\ndspy.configure(lm=lm)\nopts = ClaudeAgentOptions(max_turns=1)\nasync def main():\n    async for m in query(prompt="hi", options=opts):\n        print(m)\n    async with ClaudeSDKClient(options=opts) as c:\n        await c.query("hi")\n',
      [
        [MODEL, "Agent", 2],
        [MODEL, "model_request_sync", 1],
        [MODEL, "dspy.LM"],
        [MODEL, "query", 1],
        [MODEL, "ClaudeSDKClient", 1],
      ],
    ],
    [
      "litellm: image, audio and rerank endpoints and the Router; token_counter and get_model_info are local",
      'import litellm\nfrom litellm import Router, aspeech\nlitellm.token_counter(model="m", text="x")\nlitellm.get_model_info("m")\nlitellm.image_generation(prompt="x")\nlitellm.atranscription(model="whisper", file=f)\naspeech(model="tts", input="x", voice="v")\nlitellm.rerank(model="m", query="q", documents=[])\nrouter = Router(model_list=[])\nrouter.completion(model="m", messages=[])\n',
      [
        [MODEL, "litellm.image_generation"],
        [MODEL, "litellm.atranscription"],
        [MODEL, "aspeech", 1],
        [MODEL, "litellm.rerank"],
        [MODEL, "Router", 1],
      ],
    ],
    [
      "ollama: the module's functions and the clients; its types are not",
      'import ollama\nfrom ollama import chat, Client, Message, Options\nm = Message(role="user", content="x")\nOptions(temperature=0)\nchat(model="llama3", messages=[m])\nollama.embed(model="m", input="x")\nclient = Client(host="http://h:11434")\nclient.generate(model="m", prompt="x")\n',
      [
        [MODEL, "chat", 1],
        [MODEL, "ollama.embed"],
        [MODEL, "Client", 1],
      ],
    ],
    [
      "groq and together: the clients; NOT_GIVEN, types and errors are not",
      "import groq\nfrom together import AsyncTogether, Together\nx = groq.NOT_GIVEN\nt = groq.types.chat.ChatCompletion\ntry:\n    pass\nexcept groq.APIError:\n    pass\nclient = groq.Groq()\nTogether()\nAsyncTogether()\n",
      [
        [MODEL, "groq.Groq"],
        [MODEL, "Together", 2],
        [MODEL, "AsyncTogether", 1],
      ],
    ],
    [
      "replicate: run, a namespace request of the default client, and the Client; webhook validation is local",
      "import replicate\nreplicate.webhooks.validate(request=r, secret=s)\nreplicate.run('owner/model', input={})\nreplicate.predictions.create(version='v', input={})\nreplicate.models.predictions.async_create(model='m', input={})\nreplicate.Client(api_token='t')\n",
      [
        [MODEL, "replicate.run"],
        [MODEL, "replicate.predictions.create"],
        [MODEL, "replicate.models.predictions.async_create"],
        [MODEL, "replicate.Client"],
      ],
    ],
    [
      "huggingface_hub: the inference clients are models; the Hub's file and repository functions are network calls, not model calls",
      "from huggingface_hub import AsyncInferenceClient, HfApi, InferenceClient, hf_hub_download\nhf_hub_download(repo_id='r', filename='f')\nHfApi().list_models()\nclient = InferenceClient(model='m')\nAsyncInferenceClient()\n",
      [
        [NET, "hf_hub_download", 1],
        [NET, "HfApi", 1],
        [MODEL, "InferenceClient", 2],
        [MODEL, "AsyncInferenceClient", 1],
      ],
    ],
    [
      "langchain_openai and langchain_anthropic: the model classes, from the package or their submodule; tool conversion is local",
      "from langchain_openai import OpenAIEmbeddings\nfrom langchain_openai.chat_models import AzureChatOpenAI\nfrom langchain_anthropic import ChatAnthropic, convert_to_anthropic_tool\nconvert_to_anthropic_tool(f)\nllm = ChatAnthropic(model='claude')\nAzureChatOpenAI(azure_deployment='d')\nOpenAIEmbeddings()\n",
      [
        [MODEL, "ChatAnthropic", 1],
        [MODEL, "AzureChatOpenAI", 1],
        [MODEL, "OpenAIEmbeddings", 1],
      ],
    ],
    [
      "langchain_google_genai, langchain_ollama, langchain_mistralai, langchain_groq: the model classes; enums are values",
      "from langchain_google_genai import ChatGoogleGenerativeAI, HarmCategory\nfrom langchain_ollama.llms import OllamaLLM\nimport langchain_mistralai\nfrom langchain_groq import ChatGroq\nHarmCategory.HARM_CATEGORY_HATE_SPEECH\nChatGoogleGenerativeAI(model='gemini')\nOllamaLLM(model='m')\nlangchain_mistralai.ChatMistralAI()\nChatGroq(model='m')\n",
      [
        [MODEL, "ChatGoogleGenerativeAI", 1],
        [MODEL, "OllamaLLM", 1],
        [MODEL, "langchain_mistralai.ChatMistralAI"],
        [MODEL, "ChatGroq", 1],
      ],
    ],
    [
      "langchain: a chat model or embeddings made by name; a model's messages are values",
      "from langchain.chat_models import init_chat_model\nfrom langchain.embeddings import init_embeddings\nfrom langchain_core.messages import HumanMessage\nllm = init_chat_model('openai:gpt-4o')\nllm.invoke([HumanMessage('x')])\ninit_embeddings('openai:text-embedding-3-small')\n",
      [
        [MODEL, "init_chat_model", 1],
        [MODEL, "init_embeddings", 1],
      ],
    ],
    [
      "vertexai: a GenerativeModel; vertexai.init and GenerationConfig are configuration",
      "import vertexai\nfrom vertexai.generative_models import GenerationConfig, GenerativeModel\nvertexai.init(project='p', location='l')\nconfig = GenerationConfig(temperature=0)\nmodel = GenerativeModel('gemini-1.5-flash')\nmodel.generate_content('x')\n",
      [[MODEL, "GenerativeModel", 1]],
    ],
    [
      "boto3: a client, a resource, and a session's client (network); a session alone sends nothing",
      "import boto3\nsession = boto3.Session(profile_name='p')\nboto3.set_stream_logger('boto3')\nbedrock = boto3.client('bedrock-runtime')\nboto3.resource('s3')\nsession.client('s3')\n",
      [
        [NET, "boto3.client"],
        [NET, "boto3.resource"],
        [NET, "session.client"],
      ],
    ],
    [
      "boto3: a local named boto3 is the local's",
      "import boto3\ndef f(boto3):\n    return boto3.client('s3')\nboto3.session.Session().resource('s3')\n",
      [[NET, "boto3.session.Session().resource"]],
    ],
  ]);
});

describe("JS/TS model SDKs by a subpath that exports the client (openai/client, openai/azure, openai/index.mjs, @anthropic-ai/sdk/client); the packages' inert subpaths are not", () => {
  check("agent.mjs", [
    [
      "openai's client by its subpaths; its errors and uploads' toFile are not",
      'import { OpenAI } from "openai/client";\nimport { AzureOpenAI } from "openai/azure";\nimport Default from "openai/index.mjs";\nimport { APIError } from "openai/error";\nimport { toFile } from "openai/uploads";\nnew OpenAI({ apiKey: k });\nnew AzureOpenAI({ endpoint: e });\nnew Default();\nawait toFile(b, "a.txt");\nthrow new APIError(400);\n',
      [[MODEL, "OpenAI", 2], [MODEL, "AzureOpenAI", 1], [MODEL, "Default", 1]],
    ],
    [
      "openai's and Anthropic's by require; Anthropic's error subpath is not",
      'const { AzureOpenAI } = require("openai/azure.js");\nconst { Anthropic } = require("@anthropic-ai/sdk/client");\nconst { AnthropicError } = require("@anthropic-ai/sdk/error");\nnew AzureOpenAI();\nnew Anthropic().messages.create(m);\nnew AnthropicError("x");\n',
      [[MODEL, "AzureOpenAI", 1], [MODEL, "Anthropic", 2]],
    ],
  ]);
});
