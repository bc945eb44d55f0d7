// The agent's view of the tool gateway: every outside call is a registered tool invocation.
export interface ToolResult {
  [key: string]: any;
}

export const gateway = {
  async call(tool: string, args: Record<string, unknown>): Promise<ToolResult> {
    const port = (globalThis as { __gatewayPort?: { request(t: string, a: unknown): Promise<ToolResult> } }).__gatewayPort;
    if (!port) throw new Error(`tool gateway unavailable for ${tool}`);
    return port.request(tool, args);
  },
};
