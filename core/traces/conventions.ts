import {
  ATTR_ERROR_TYPE,
  ATTR_GEN_AI_AGENT_NAME,
  ATTR_GEN_AI_CONVERSATION_ID,
  ATTR_GEN_AI_OPERATION_NAME,
  ATTR_GEN_AI_REQUEST_MODEL,
  ATTR_GEN_AI_RESPONSE_FINISH_REASONS,
  ATTR_GEN_AI_RESPONSE_MODEL,
  ATTR_GEN_AI_TOOL_CALL_ARGUMENTS,
  ATTR_GEN_AI_TOOL_CALL_ID,
  ATTR_GEN_AI_TOOL_NAME,
  ATTR_GEN_AI_USAGE_COMPLETION_TOKENS,
  ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  ATTR_GEN_AI_USAGE_PROMPT_TOKENS,
  GEN_AI_OPERATION_NAME_VALUE_CHAT,
  GEN_AI_OPERATION_NAME_VALUE_CREATE_AGENT,
  GEN_AI_OPERATION_NAME_VALUE_EMBEDDINGS,
  GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL,
  GEN_AI_OPERATION_NAME_VALUE_GENERATE_CONTENT,
  GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT,
  GEN_AI_OPERATION_NAME_VALUE_TEXT_COMPLETION,
} from "@opentelemetry/semantic-conventions/incubating";

/**
 * The span attributes Flowgate reads: OpenTelemetry's GenAI semantic conventions (names from
 * @opentelemetry/semantic-conventions, never typed by hand) and Flowgate's approval convention.
 */
export const GENAI = {
  operation: ATTR_GEN_AI_OPERATION_NAME,
  agentName: ATTR_GEN_AI_AGENT_NAME,
  conversationId: ATTR_GEN_AI_CONVERSATION_ID,
  requestModel: ATTR_GEN_AI_REQUEST_MODEL,
  responseModel: ATTR_GEN_AI_RESPONSE_MODEL,
  finishReasons: ATTR_GEN_AI_RESPONSE_FINISH_REASONS,
  toolName: ATTR_GEN_AI_TOOL_NAME,
  toolCallId: ATTR_GEN_AI_TOOL_CALL_ID,
  toolArguments: ATTR_GEN_AI_TOOL_CALL_ARGUMENTS,
  inputTokens: ATTR_GEN_AI_USAGE_INPUT_TOKENS,
  outputTokens: ATTR_GEN_AI_USAGE_OUTPUT_TOKENS,
  errorType: ATTR_ERROR_TYPE,
} as const;

/**
 * The usage names the conventions replaced (`prompt_tokens` → `input_tokens`, `completion_tokens` → `output_tokens`),
 * which instrumentations written before the rename still emit (OpenLLMetry, Semantic Kernel): read where the current
 * name is absent, so their tokens count against budgets.
 */
export const DEPRECATED_USAGE = { inputTokens: ATTR_GEN_AI_USAGE_PROMPT_TOKENS, outputTokens: ATTR_GEN_AI_USAGE_COMPLETION_TOKENS } as const;

export const MODEL_OPERATIONS: ReadonlySet<string> = new Set([GEN_AI_OPERATION_NAME_VALUE_CHAT, GEN_AI_OPERATION_NAME_VALUE_TEXT_COMPLETION, GEN_AI_OPERATION_NAME_VALUE_GENERATE_CONTENT, GEN_AI_OPERATION_NAME_VALUE_EMBEDDINGS]);
export const AGENT_OPERATIONS: ReadonlySet<string> = new Set([GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT, GEN_AI_OPERATION_NAME_VALUE_CREATE_AGENT]);
export const TOOL_OPERATION = GEN_AI_OPERATION_NAME_VALUE_EXECUTE_TOOL;
export const INVOKE_AGENT = GEN_AI_OPERATION_NAME_VALUE_INVOKE_AGENT;
export const CHAT = GEN_AI_OPERATION_NAME_VALUE_CHAT;
/** The model operation that produces no output tokens (vectors): only its input tokens are owed. */
export const EMBEDDINGS = GEN_AI_OPERATION_NAME_VALUE_EMBEDDINGS;

/** A model call that ended asking for tools: the agent loop owes the model another turn. */
export const FINISH_TOOL_CALLS = "tool_calls";

/**
 * Flowgate's approval convention (README, "Traces"): a span event named `flowgate.approval` on the
 * execute_tool span (or on any span of the run, naming the call by gen_ai.tool.call.id), or a span
 * carrying the decision attribute that the execute_tool span links to.
 */
export const APPROVAL = {
  event: "flowgate.approval",
  decision: "flowgate.approval.decision",
  approver: "flowgate.approval.approver",
  reason: "flowgate.approval.reason",
  /** On an execute_tool span: the runtime itself says this call needs an approval (whatever the policy lists). */
  required: "flowgate.approval.required",
  /** Who asked for the approval: an approval decided by its requester does not count. */
  requester: "flowgate.approval.requester",
} as const;

/** Attributes of runs exported from Flowgate's ledger (core/traces/export.ts). */
export const LEDGER = {
  runId: "flowgate.run.id",
  /** The ledger's run status when exported: a root span saying anything but done or cancelled is a snapshot of a run still going. */
  runStatus: "flowgate.run.status",
  startedBy: "flowgate.run.started_by",
  stepId: "flowgate.step.id",
  stepStatus: "flowgate.step.status",
  actor: "flowgate.actor",
} as const;

/** agentledger's decision event, as its runtime names it when it exports OTLP; attributes are the event's payload keys. */
export const AGENTLEDGER_APPROVAL_EVENT = "tool_approval_decided";

/** Ledger run statuses of a finished run. */
export const FINISHED_RUN_STATUSES: ReadonlySet<string> = new Set(["done", "cancelled"]);

/** Every attribute the model keeps (others are dropped while reading, so memory does not grow with them). */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set([...Object.values(GENAI), ...Object.values(DEPRECATED_USAGE), APPROVAL.decision, APPROVAL.approver, APPROVAL.required, APPROVAL.requester, LEDGER.runStatus]);
