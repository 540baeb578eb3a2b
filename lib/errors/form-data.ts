/**
 * Turns submitted FormData into a plain object for zod: repeated keys become arrays, Next.js's own
 * `$ACTION_*` fields are dropped, files stay File objects. Values stay strings; schemas coerce them.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[key] = [existing, value];
  }
  return result;
}
