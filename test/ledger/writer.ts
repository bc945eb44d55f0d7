// A ledger writer process for the stress and crash tests: appends evidence events `<tag>-<from>` …
// `<tag>-<count - 1>` to one run and acknowledges each on stdout only after the append returned (i.e. after
// fsync). With `keyed`, each append carries its ref as idempotency key; with `dieAfter` N, the writer
// SIGKILLs itself right after its Nth append returned, before acknowledging it (killed after fsync).
// Bundled by esbuild.
import { attachEvidence } from "../../core/ledger";

async function main() {
  const [root, runId, tag, count, from = "0", keyed, dieAfter] = process.argv.slice(2);
  const env = { FLOW_RUN_WRITES_ENABLED: "1" };
  let appended = 0;
  for (let i = Number(from); i < Number(count); i++) {
    const ref = `${tag}-${i}`;
    for (let attempt = 0; ; attempt++) {
      const r = await attachEvidence({ root: root!, actor: `writer-${tag}`, env, runId: runId!, stepId: "flow_batch#1", pointerKind: "hash", ref, idempotencyKey: keyed === "keyed" ? ref : undefined });
      if (r.ok) {
        if (++appended === Number(dieAfter)) process.kill(process.pid, "SIGKILL");
        process.stdout.write(`${ref} ${r.event!.seq}\n`);
        break;
      }
      if (r.code !== "FLOW_LEDGER_CONFLICT" || attempt > 20) {
        process.stderr.write(`${ref}: ${r.code} ${r.message}\n`);
        process.exit(1);
      }
    }
  }
}

void main();
