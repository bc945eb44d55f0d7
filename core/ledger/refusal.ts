import { REFUSAL_STATUS, type RefusalCode } from "./schema";

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** Upstream's HTTP status for the code. */
  status: number;
  message: string;
}

export function refuse(code: RefusalCode, message: string): Refusal {
  return { ok: false, code, status: REFUSAL_STATUS[code], message };
}
