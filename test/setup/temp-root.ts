import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every temporary folder a test makes (mkdtemp under tmpdir(), which reads TMPDIR) goes under one root that the run
 * removes when it ends, so `npm test` leaves nothing behind in /tmp however a test ends. The test processes are forked
 * after this runs and inherit TMPDIR; the built CLI and Action the tests start are given their own environment and
 * clean up after themselves.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "flowgate-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
