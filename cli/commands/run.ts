import { approvalStatusSchema, authorizeToolCall, exportRun, listApprovals, listRunIds, listRuns, readRun, repairRun, runIdOfPath, runStatusSchema, verifyLedger, filesAtRev, buildReport, renderReport } from "../../core/index";
import { EXIT, type Command, UsageError } from "../io";
import { absolute, emit, parse, reportFlags, textOptions } from "../options";
import { USAGE, OPTIONS, jsonArg, positionals } from "./run-args";
import { exportOtlp } from "./run-export";
import { describeRun, refusal, confirm } from "./run-present";
import { write, WRITES } from "./run-write";

export const runCommand: Command = {
  name: "run",
  summary: "start and advance runs, approve, consent, cancel; list, show, verify, repair and export run ledgers",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals: all } = parse(argv, OPTIONS);
    if (values.help) return io.stdout(USAGE + "\n"), EXIT.passed;
    const [sub, ...args] = all;
    if (!sub) throw new UsageError("run needs a subcommand");
    const root = absolute(io, values.root ?? ".");
    if (WRITES.has(sub)) return write(sub, args, values, root, io);
    if (values["idempotency-key"] !== undefined) throw new UsageError(`--idempotency-key goes with a write; run ${sub} writes nothing`);
    switch (sub) {
      case "list": {
        positionals(sub, args, []);
        if (values.status && !runStatusSchema.safeParse(values.status).success) throw new UsageError(`--status must be one of ${runStatusSchema.options.join(", ")}`);
        const runs = listRuns(root).filter((r) => !values.status || r.status === values.status);
        if (values.json) io.stdout(JSON.stringify(runs) + "\n");
        else io.stdout(runs.map((r) => `${r.run_id}  ${r.flow_id}@${r.flow_version}  ${r.status}  ${r.steps.filter((s) => s.status === "done" || s.status === "skipped").length}/${r.steps.length} steps  ${r.pending_approvals ? `${r.pending_approvals} pending approval(s)  ` : ""}${r.damaged ? "LEDGER PROBLEM  " : ""}${r.updated_at}\n`).join("") || "no runs\n");
        return EXIT.passed;
      }
      case "approvals": {
        positionals(sub, args, []);
        const status = values.status as "PENDING" | "APPROVED" | "DENIED" | undefined;
        if (status && !approvalStatusSchema.safeParse(status).success) throw new UsageError(`--status must be one of ${approvalStatusSchema.options.join(", ")}`);
        const approvals = listApprovals(root, status);
        if (values.json) io.stdout(JSON.stringify(approvals) + "\n");
        else io.stdout(approvals.map((a) => `${a.approval_id}  ${a.status.padEnd(8)} ${a.run_id}  ${a.kind === "step" ? a.step_id : `tool ${a.tool}`}  ${a.risk_level}  requested by ${a.requested_by} at ${a.requested_at}\n`).join("") || "no approvals\n");
        return EXIT.passed;
      }
      case "show": {
        const [runId] = positionals(sub, args, ["run_id"]);
        const r = readRun(root, runId!);
        if (!r.ok) return refusal(io, sub, r, values.json);
        if (values.json) io.stdout(JSON.stringify({ ok: true, run: r.run, problems: r.problems }) + "\n");
        else io.stdout(describeRun(r.run) + (r.damaged ? `  ledger problems: run \`flowgate run verify ${runId}\`\n` : ""));
        return EXIT.passed;
      }
      case "authorize": {
        const [runId] = positionals(sub, args, ["run_id"]);
        if (values.tool === undefined) throw new UsageError("authorize needs --tool NAME");
        const r = authorizeToolCall({ root, runId: runId!, tool: values.tool, args: jsonArg(values.args) });
        if (!r.ok) return refusal(io, sub, r, values.json);
        io.stdout(values.json ? JSON.stringify(r) + "\n" : `approved: ${r.approval.approval_id} by ${r.approval.decisions.map((d) => d.actor).join(", ")} (until ${r.approval.expires_at})\n`);
        return EXIT.passed;
      }
      case "verify": {
        const { format, failOn } = reportFlags({ ...values, format: values.json ? "json" : values.format });
        // With --base a run may exist only there (deleted since: reported); an id in neither place is a typo, not a pass.
        const known = new Set([...listRunIds(root), ...(values.base ? filesAtRev(root, values.base).map(runIdOfPath) : [])]);
        const missing = args.filter((id) => !known.has(id));
        if (missing.length) throw new UsageError(`no such run: ${missing.join(", ")}`);
        const result = verifyLedger({ root, runIds: args.length ? args : undefined, base: values.base });
        const check = { name: "ledger", title: "Run ledgers", findings: result.findings, files: result.runs.map((r) => r.file) };
        const gate = { report: buildReport([check], failOn), results: [check] };
        emit(io, renderReport(gate, format, textOptions(io, values)), values.output);
        return gate.report.summary.passed ? EXIT.passed : EXIT.failed;
      }
      case "repair": {
        const [runId] = positionals(sub, args, ["run_id"]);
        const read = readRun(root, runId!);
        if (!read.ok) return refusal(io, sub, read, values.json);
        if (!read.problems.torn) {
          io.stdout(values.json ? JSON.stringify({ ok: true, repaired: false }) + "\n" : `${runId}: no torn line; nothing to repair\n`);
          return EXIT.passed;
        }
        const { line, bytes } = read.problems.torn;
        if (!values.yes && !(await confirm(io, `Move the torn line ${line} (${bytes} bytes) of ${runId} aside into ${read.file}.torn? [y/N] `))) {
          io.stderr(`flowgate run repair: not confirmed; nothing changed (pass --yes to repair without asking)\n`);
          return EXIT.failed;
        }
        const r = await repairRun({ root, runId: runId! });
        if (!r.ok) return refusal(io, sub, r, values.json);
        io.stdout(values.json ? JSON.stringify(r) + "\n" : r.repaired ? `moved ${r.torn.bytes} torn bytes of ${runId} into ${r.tornFile}\n` : `${runId}: no torn line; nothing to repair\n`);
        return EXIT.passed;
      }
      case "export": {
        const [runId] = positionals(sub, args, ["run_id"]);
        if (values.format !== undefined || values.endpoint) return exportOtlp(io, root, runId!, values);
        const r = exportRun({ root, runId: runId! });
        if (!r.ok) return refusal(io, sub, r, values.json);
        emit(io, JSON.stringify(r.bundle, null, 2) + "\n", values.output);
        return EXIT.passed;
      }
    }
    throw new UsageError(`unknown run subcommand "${sub}"; see flowgate run --help`);
  },
};
