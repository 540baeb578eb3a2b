/**
 * A record's values for an edit form: exactly the keys of the form's empty values, taken from the
 * record. The form schemas are strict, so a stray key (the record's id or version) would fail
 * validation with no field to show the error on, and the form would silently refuse to submit.
 */
export function formValuesFrom<T extends object>(empty: T, record: Partial<Record<keyof T, unknown>>): T {
  return Object.fromEntries(Object.keys(empty).map((key) => [key, record[key as keyof T] ?? empty[key as keyof T]])) as T;
}
