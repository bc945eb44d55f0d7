// Model clients. The gateway owns model access; the planted call below bypasses it.
import Anthropic from "@anthropic-ai/sdk";
import { gateway } from "./gateway";

export async function summarize(text: string): Promise<string> {
  return (await gateway.call("model.complete", { prompt: `Summarize:\n${text}` })).text;
}

export async function draftReply(issue: string): Promise<string> {
  // PLANTED: an Anthropic client constructed directly.
  const anthropic = new Anthropic({
    apiKey: process.env.ANTHROPIC_API_KEY,
  });
  const msg = await anthropic.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: issue }] });
  return msg.content.map((b) => ("text" in b ? b.text : "")).join("");
}

// flowgate: ignore-next-line -- nothing follows: this suppression is planted to show the unused-suppression note
export const VERSION = "1.0.0";
