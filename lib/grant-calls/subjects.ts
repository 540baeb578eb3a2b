import { ISCED_FIELDS } from "@/lib/reference/isced";

/**
 * ISCED-F codes nest by prefix: "05" (natural sciences) holds "053" (physical sciences), which holds
 * "0531" (chemistry). A call for chemistry concerns a reader of the natural sciences, and a call
 * for the natural sciences concerns a chemist, so two codes match when one starts with the other.
 * Pure: the browser and the tests use it too.
 */

export function subjectsOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * Whether a call's subject areas concern someone interested in `wanted` (null: in everything). A
 * call that names no subject area is open to every field, so it concerns everyone.
 */
export function concernsSubjects(callSubjects: readonly string[], wanted: readonly string[] | null): boolean {
  if (wanted === null || callSubjects.length === 0) return true;
  return callSubjects.some((code) => wanted.some((interest) => subjectsOverlap(code, interest)));
}

/** Every ISCED-F code inside `code` (itself included), for an array filter ("05" → "05", "050", "0511"…). */
export function codesWithin(code: string): string[] {
  return ISCED_FIELDS.map((field) => field.code as string).filter((candidate) => candidate.startsWith(code));
}
