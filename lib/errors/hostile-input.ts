/**
 * Input no form can produce, found before any schema sees it: a NUL character or a lone UTF-16
 * surrogate in a string (PostgreSQL refuses the first, and the second corrupts text), and nesting
 * deeper than any form's. Each is answered next to its field, like any other invalid value.
 */

const MAX_DEPTH = 12;
const MAX_NODES = 20_000;

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE_TEXT.test(text);
}

export interface HostileInputFinding {
  /** The field path ("title", "conditions.0.language"), or "_form" for the input as a whole. */
  path: string;
  messageKey: string;
}

/** The first problem in a submitted value, or null when it may go on to its schema. */
export function findHostileInput(value: unknown): HostileInputFinding | null {
  let nodes = 0;
  const visit = (node: unknown, path: string[]): HostileInputFinding | null => {
    nodes += 1;
    if (nodes > MAX_NODES || path.length > MAX_DEPTH) return { path: "_form", messageKey: "errors.generic.badRequest" };
    if (typeof node === "string") {
      return hasUnsafeCharacters(node) ? { path: path.join(".") || "_form", messageKey: "common.form.errors.invalidCharacters" } : null;
    }
    if (node === null || typeof node !== "object" || node instanceof Blob || node instanceof Date) return null;
    for (const [key, child] of Object.entries(node)) {
      if (hasUnsafeCharacters(key)) return { path: "_form", messageKey: "errors.generic.badRequest" };
      const found = visit(child, [...path, key]);
      if (found) return found;
    }
    return null;
  };
  return visit(value, []);
}
