import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/errors/safe-action";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Puts a failed action's field errors next to their fields (react-hook-form `setError`, which also
 * lets the first invalid field take focus) and returns the message for above the form. Array-level
 * errors such as "weights must sum to 100" go to the array's `root`.
 */
export function applyActionErrors<T extends FieldValues>(
  result: Failure,
  setError: UseFormSetError<T>,
  arrayFields: readonly string[] = [],
): { key: string; values?: Record<string, string | number>; reference?: string } {
  let first = true;
  for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) {
    if (field === "_form" || keys.length === 0) continue;
    const name = arrayFields.includes(field) ? `${field}.root` : field;
    setError(name as Path<T>, { type: "server", message: keys[0] }, { shouldFocus: first });
    first = false;
  }
  return { key: result.formError, values: result.values, reference: result.reference };
}
