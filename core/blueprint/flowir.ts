import type { Pointer } from "../kernel/source/document";
import { canonicalPath } from "./path";
import type { Expr, FlowNode } from "./schema";

/** Static walks over a parsed flow.ir program, each result with its JSON pointer for exact positions. */
export interface At<T> {
  value: T;
  pointer: Pointer;
}

/** Every node, pre-order, in upstream's walk order (seq children, branch then/else, bodies, try catch). */
export function nodesOf(flow: FlowNode, pointer: Pointer = ["flow"]): At<FlowNode>[] {
  const out: At<FlowNode>[] = [];
  const visit = (node: FlowNode, p: Pointer) => {
    out.push({ value: node, pointer: p });
    switch (node.kind) {
      case "seq":
        node.children.forEach((c, i) => visit(c, [...p, "children", i]));
        break;
      case "branch":
        visit(node.then, [...p, "then"]);
        visit(node.else, [...p, "else"]);
        break;
      case "fanout":
      case "loop":
        visit(node.body, [...p, "body"]);
        break;
      case "try":
        visit(node.body, [...p, "body"]);
        visit(node.catch, [...p, "catch"]);
        break;
    }
  };
  visit(flow, pointer);
  return out;
}

export type StepNode = Extract<FlowNode, { kind: "step" }>;

export function stepsOf(flow: FlowNode): At<StepNode>[] {
  return nodesOf(flow).filter((n): n is At<StepNode> => n.value.kind === "step");
}

/** The canonical form of a `path` expression's target, as upstream's `Path` Display renders it. */
export function pathOf(expr: Expr | null | undefined): string | undefined {
  return expr?.op === "path" ? canonicalPath(expr.at) : undefined;
}

/** Branch and loop conditions, in upstream's `collect_verdict_conds` order. */
export function condsOf(flow: FlowNode): { cond: At<Expr>; where: "Branch cond" | "Loop cond" }[] {
  return nodesOf(flow).flatMap(({ value, pointer }) =>
    value.kind === "branch" || value.kind === "loop" ? [{ cond: { value: value.cond, pointer: [...pointer, "cond"] }, where: value.kind === "branch" ? ("Branch cond" as const) : ("Loop cond" as const) }] : [],
  );
}

/** A verdict comparison inside a cond: a path compared with literal value(s). */
export interface Comparison {
  /** `eq`/`ne` (one literal) or `in` (a literal array haystack). */
  op: "eq" | "ne" | "in";
  path: At<string>;
  /** Each compared literal with the pointer of that literal's JSON value. */
  literals: At<unknown>[];
}

/** Comparisons reachable through and/or/not, as upstream's `lint_cond_expr` finds them. */
export function comparisonsOf(cond: At<Expr>): Comparison[] {
  const out: Comparison[] = [];
  const visit = (e: Expr, p: Pointer) => {
    switch (e.op) {
      case "eq":
      case "ne": {
        const [pathSide, litSide] = e.lhs.op === "path" && e.rhs.op === "lit" ? (["lhs", "rhs"] as const) : e.lhs.op === "lit" && e.rhs.op === "path" ? (["rhs", "lhs"] as const) : [];
        if (!pathSide || !litSide) return;
        const path = e[pathSide] as Extract<Expr, { op: "path" }>;
        const lit = e[litSide] as Extract<Expr, { op: "lit" }>;
        out.push({ op: e.op, path: { value: path.at, pointer: [...p, pathSide, "at"] }, literals: [{ value: lit.value, pointer: [...p, litSide, "value"] }] });
        return;
      }
      case "in":
        if (e.needle.op === "path" && e.haystack.op === "lit" && Array.isArray(e.haystack.value)) {
          out.push({
            op: "in",
            path: { value: e.needle.at, pointer: [...p, "needle", "at"] },
            literals: e.haystack.value.map((v, i) => ({ value: v, pointer: [...p, "haystack", "value", i] })),
          });
        }
        return;
      case "and":
      case "or":
        e.args.forEach((a, i) => visit(a, [...p, "args", i]));
        return;
      case "not":
        visit(e.arg, [...p, "arg"]);
        return;
    }
  };
  visit(cond.value, cond.pointer);
  return out;
}

/** How upstream turns a compared literal into a verdict token (`Value::to_string` for non-strings). */
export function tokenOf(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
