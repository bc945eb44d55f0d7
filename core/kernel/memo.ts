/** One kind of value a RunMemo holds, typed; the name is for readers (and debuggers). */
export class MemoKind<T> {
  declare private readonly value: T;
  constructor(readonly name: string) {}
}

/**
 * Values worked out once per run and shared by the checks: what a text parses to (the same text under many
 * paths, or read by two checks, is parsed once), a revision's tree. A value may depend on nothing but its key,
 * so findings, which carry a path, are never stored here.
 */
export class RunMemo {
  private readonly kinds = new Map<MemoKind<unknown>, Map<string, unknown>>();

  get<T>(kind: MemoKind<T>, key: string, make: () => T): T {
    let values = this.kinds.get(kind);
    if (!values) this.kinds.set(kind, (values = new Map()));
    if (values.has(key)) return values.get(key) as T;
    const value = make();
    values.set(key, value);
    return value;
  }
}
