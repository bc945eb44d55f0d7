// Model providers' SDKs and LangChain integrations the table lacked (a probe of 60 libraries agent code calls; these
// were the misses). Member names read from each package's source: @anthropic-ai/bedrock-sdk 1.2.1, @anthropic-ai/vertex-sdk
// 1.1.5, @cerebras/cerebras_cloud_sdk 1.91.0, voyageai 0.4.0, @azure-rest/ai-inference 1.0.0-beta.6, @langchain/aws 1.4.5,
// @langchain/cohere 1.0.5, @langchain/google-vertexai 2.3.2, @langchain/deepseek 1.1.13, @langchain/xai 1.4.15,
// @langchain/cerebras 1.0.4 (npm); the Python packages' documented imports. Each: its crossing at its exact place and
// rule, and a look-alike from the same library that crosses nothing (a type, a message, a value).
import { describe, expect, it } from "vitest";
import { atStart, found } from "./helpers";

const NET = "scan/network-call";
const MODEL = "scan/model-sdk";

const lines = (...text: string[]) => [...text, ""].join("\n");

describe("scan (an audit of model providers): Python", () => {
  it("provider SDKs: a client made is a model client", async () => {
    const text = lines(
      "import voyageai, xai_sdk, zhipuai",
      "from cerebras.cloud.sdk import Cerebras",
      "from azure.ai.inference.aio import ChatCompletionsClient",
      "from ai21 import AI21Client",
      "from ibm_watsonx_ai.foundation_models import ModelInference",
      "",
      "vo = voyageai.Client()",
      "cb = Cerebras()",
      "az = ChatCompletionsClient(endpoint=url, credential=key)",
      "a2 = AI21Client()",
      "wx = ModelInference(model_id=m)",
      "xa = xai_sdk.Client()",
      "zp = zhipuai.ZhipuAI(api_key=key)",
    );
    expect(await found("a.py", text)).toEqual([
      `${MODEL} ${atStart(text, "voyageai.Client()", "voyageai.Client")}`,
      `${MODEL} ${atStart(text, "Cerebras()", "Cerebras")}`,
      `${MODEL} ${atStart(text, "ChatCompletionsClient(endpoint", "ChatCompletionsClient")}`,
      `${MODEL} ${atStart(text, "AI21Client()", "AI21Client")}`,
      `${MODEL} ${atStart(text, "ModelInference(model_id", "ModelInference")}`,
      `${MODEL} ${atStart(text, "xai_sdk.Client()", "xai_sdk.Client")}`,
      `${MODEL} ${atStart(text, "zhipuai.ZhipuAI(", "zhipuai.ZhipuAI")}`,
    ]);
    const clean = lines(
      "import voyageai",
      "from azure.ai.inference.models import UserMessage, SystemMessage",
      "from cerebras.cloud.sdk import APIError",
      "",
      "messages = [SystemMessage(content=s), UserMessage(content=c)]",
      "def retry(e: voyageai.error.RateLimitError) -> bool:",
      "    return isinstance(e, APIError)",
    );
    expect(await found("b.py", clean)).toEqual([]);
  });

  it("LangChain's provider packages: each model class is a model client, AWS's retrievers are network clients", async () => {
    const text = lines(
      "from langchain_aws import ChatBedrock, BedrockEmbeddings, AmazonKnowledgeBasesRetriever",
      "from langchain_aws.chat_models import ChatBedrockConverse",
      "import langchain_cohere, langchain_google_vertexai, langchain_deepseek, langchain_xai",
      "from langchain_huggingface import HuggingFaceEndpoint",
      "",
      "chat = ChatBedrock(model_id=m)",
      "conv = ChatBedrockConverse(model=m)",
      "emb = BedrockEmbeddings()",
      "kb = AmazonKnowledgeBasesRetriever(knowledge_base_id=k)",
      "co = langchain_cohere.ChatCohere()",
      "vx = langchain_google_vertexai.ChatVertexAI(model=m)",
      "ds = langchain_deepseek.ChatDeepSeek(model=m)",
      "xa = langchain_xai.ChatXAI(model=m)",
      "hf = HuggingFaceEndpoint(repo_id=r)",
    );
    expect(await found("a.py", text)).toEqual([
      `${MODEL} ${atStart(text, "ChatBedrock(model_id", "ChatBedrock")}`,
      `${MODEL} ${atStart(text, "ChatBedrockConverse(model", "ChatBedrockConverse")}`,
      `${MODEL} ${atStart(text, "BedrockEmbeddings()", "BedrockEmbeddings")}`,
      `${NET} ${atStart(text, "AmazonKnowledgeBasesRetriever(knowledge", "AmazonKnowledgeBasesRetriever")}`,
      `${MODEL} ${atStart(text, "langchain_cohere.ChatCohere()", "langchain_cohere.ChatCohere")}`,
      `${MODEL} ${atStart(text, "langchain_google_vertexai.ChatVertexAI(", "langchain_google_vertexai.ChatVertexAI")}`,
      `${MODEL} ${atStart(text, "langchain_deepseek.ChatDeepSeek(", "langchain_deepseek.ChatDeepSeek")}`,
      `${MODEL} ${atStart(text, "langchain_xai.ChatXAI(", "langchain_xai.ChatXAI")}`,
      `${MODEL} ${atStart(text, "HuggingFaceEndpoint(repo", "HuggingFaceEndpoint")}`,
    ]);
    // A model class named, not made (a type), and the local pipeline class.
    const clean = lines(
      "from langchain_aws import ChatBedrock",
      "from langchain_huggingface import HuggingFacePipeline",
      "",
      "def run(model: ChatBedrock) -> str:",
      "    return model.model_id",
      "local = HuggingFacePipeline(pipeline=pipe)",
    );
    expect(await found("b.py", clean)).toEqual([]);
  });
});

describe("scan (an audit of model providers): JavaScript", () => {
  it("provider SDKs: a client made, or the function making one, is a model client", async () => {
    const text = lines(
      'import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";',
      'import { AnthropicVertex } from "@anthropic-ai/vertex-sdk";',
      'import Cerebras from "@cerebras/cerebras_cloud_sdk";',
      'import { VoyageAIClient } from "voyageai";',
      'import ModelClient from "@azure-rest/ai-inference";',
      "const bedrock = new AnthropicBedrock();",
      'const vertex = new AnthropicVertex({ region: "us-east5" });',
      "const cerebras = new Cerebras();",
      "const voyage = new VoyageAIClient({ apiKey });",
      "const azure = ModelClient(endpoint, credential);",
    );
    for (const file of ["a.ts", "a.js"]) {
      expect(await found(file, text)).toEqual([
        `${MODEL} ${atStart(text, "AnthropicBedrock()", "AnthropicBedrock")}`,
        `${MODEL} ${atStart(text, "AnthropicVertex(", "AnthropicVertex")}`,
        `${MODEL} ${atStart(text, "Cerebras()", "Cerebras")}`,
        `${MODEL} ${atStart(text, "VoyageAIClient(", "VoyageAIClient")}`,
        `${MODEL} ${atStart(text, "ModelClient(endpoint", "ModelClient")}`,
      ]);
    }
    const clean = lines('import { isUnexpected } from "@azure-rest/ai-inference";', 'import { VoyageAIError } from "voyageai";', "export const failed = (r, e) => isUnexpected(r) || e instanceof VoyageAIError;");
    for (const file of ["b.ts", "b.js"]) expect(await found(file, clean)).toEqual([]);
  });

  it("LangChain's provider packages: each model class is a model client, AWS's retrievers are network clients", async () => {
    const text = lines(
      'import { ChatBedrockConverse, AmazonKnowledgeBaseRetriever } from "@langchain/aws";',
      'import { ChatCohere } from "@langchain/cohere";',
      'import { ChatVertexAI } from "@langchain/google-vertexai";',
      'import { ChatDeepSeek } from "@langchain/deepseek";',
      'import { ChatXAI } from "@langchain/xai";',
      'import { ChatCerebras } from "@langchain/cerebras";',
      'const a = new ChatBedrockConverse({ model: "m" });',
      "const kb = new AmazonKnowledgeBaseRetriever({ knowledgeBaseId: k });",
      "const b = new ChatCohere();",
      "const c = new ChatVertexAI();",
      "const d = new ChatDeepSeek();",
      "const e = new ChatXAI();",
      "const f = new ChatCerebras();",
    );
    for (const file of ["a.ts", "a.js"]) {
      expect(await found(file, text)).toEqual([
        `${MODEL} ${atStart(text, "ChatBedrockConverse(", "ChatBedrockConverse")}`,
        `${NET} ${atStart(text, "AmazonKnowledgeBaseRetriever(", "AmazonKnowledgeBaseRetriever")}`,
        `${MODEL} ${atStart(text, "ChatCohere()", "ChatCohere")}`,
        `${MODEL} ${atStart(text, "ChatVertexAI()", "ChatVertexAI")}`,
        `${MODEL} ${atStart(text, "ChatDeepSeek()", "ChatDeepSeek")}`,
        `${MODEL} ${atStart(text, "ChatXAI()", "ChatXAI")}`,
        `${MODEL} ${atStart(text, "ChatCerebras()", "ChatCerebras")}`,
      ]);
    }
    const clean = lines('import { ChatXAI, isXAIBuiltInTool } from "@langchain/xai";', "export const builtIn = (t) => isXAIBuiltInTool(t);", "export const isModel = (m) => m instanceof ChatXAI;");
    for (const file of ["b.ts", "b.js"]) expect(await found(file, clean)).toEqual([]);
  });
});
