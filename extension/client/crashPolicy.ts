/** Restarts allowed within WINDOW_MS before giving up (vscode-languageclient's own default: 4 in 3 minutes). */
export const MAX_RESTARTS = 4;
export const WINDOW_MS = 3 * 60_000;

export interface CrashDecision {
  restart: boolean;
  /** Tell the user now: the first restart of the session, or giving up. Every crash is logged regardless. */
  notify: boolean;
}

/**
 * What to do when the language server's connection closes unexpectedly: restart it, and say so once
 * per session (one notification, never one per crash); after too many crashes in a short time, stop
 * restarting and say that once. Pure so it is unit-tested.
 */
export class CrashPolicy {
  private recent: number[] = [];
  private told = false;

  constructor(private readonly now: () => number = Date.now) {}

  closed(): CrashDecision {
    const t = this.now();
    this.recent = [...this.recent.filter((c) => t - c < WINDOW_MS), t];
    if (this.recent.length > MAX_RESTARTS) return { restart: false, notify: true };
    const notify = !this.told;
    this.told = true;
    return { restart: true, notify };
  }
}
