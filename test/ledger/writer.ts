// A ledger writer process for the stress and crash tests: appends `count` evidence events to one run and
// acknowledges each on stdout only after the append returned (i.e. after fsync). Bundled by esbuild.
import { attachEvidence } from "../../core/ledger";

async function main() {
  const [root, runId, tag, count] = process.argv.slice(2);
  const env = { FLOW_RUN_WRITES_ENABLED: "1" };
  for (let i = 0; i < Number(count); i++) {
    const ref = `${tag}-${i}`;
    for (let attempt = 0; ; attempt++) {
      const r = await attachEvidence({ root: root!, actor: `writer-${tag}`, env, runId: runId!, stepId: "flow_batch#1", pointerKind: "hash", ref });
      if (r.ok) {
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
