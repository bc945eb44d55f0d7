"""Model access for the planner: completions go through the gateway's model tool (budgets apply)."""

from openai import OpenAI

from agent.gateway import gateway

SYSTEM = "You are a careful planner. Never call openai.OpenAI() yourself."


def complete(prompt: str) -> str:
    return gateway.call("model.complete", {"system": SYSTEM, "prompt": prompt})["text"]


def quick_summary(text: str) -> str:
    # PLANTED: a model client constructed directly, bypassing model budgets.
    client = OpenAI()
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return reply.choices[0].message.content
