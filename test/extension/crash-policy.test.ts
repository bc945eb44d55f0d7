import { describe, expect, test } from "vitest";
import { CrashPolicy, MAX_RESTARTS, WINDOW_MS } from "../../extension/client/crashPolicy";

describe("issue #15 item 6: the language server crashed — restart it, tell the user once", () => {
  test("every crash restarts; only the first of the session is announced (no storm of notifications)", () => {
    let now = 0;
    const policy = new CrashPolicy(() => now);
    const decisions = Array.from({ length: MAX_RESTARTS }, () => ((now += 1000), policy.closed()));
    expect(decisions).toEqual([{ restart: true, notify: true }, ...Array(MAX_RESTARTS - 1).fill({ restart: true, notify: false })]);
    // Much later, another crash: restarted quietly (it was said once).
    now += WINDOW_MS * 10;
    expect(policy.closed()).toEqual({ restart: true, notify: false });
  });

  test("more than MAX_RESTARTS crashes within the window: no more restarts, and that is said (once more)", () => {
    let now = 0;
    const policy = new CrashPolicy(() => now);
    for (let i = 0; i < MAX_RESTARTS; i++) policy.closed();
    now = WINDOW_MS - 1;
    expect(policy.closed()).toEqual({ restart: false, notify: true });
  });

  test("crashes spread out beyond the window keep being restarted", () => {
    let now = 0;
    const policy = new CrashPolicy(() => now);
    for (let i = 0; i < 3 * MAX_RESTARTS; i++) {
      now += WINDOW_MS / 2;
      expect(policy.closed().restart).toBe(true);
    }
  });
});
