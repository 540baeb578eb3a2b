import { z } from "zod";

/**
 * The one set of zod pieces every entity's schemas are built from. The same input parses the same
 * way in every form, action, import and URL filter:
 *
 * - blank text ("", "   ", null, undefined) is "not set": `null` for record fields, `undefined` for
 *   URL filters;
 * - a checkbox is ticked for `true`, "on", "true" and "1", and unticked for anything else;
 * - numbers and dates arrive as form strings and are coerced here;
 * - a piece that may be left blank may also be left out: its key is optional in the schema's input.
 *
 * Messages are translation keys. A key that needs values carries them after a `|`, as a query string
 * ("common.form.errors.tooLong|max=200"); `useMessage` and the server pages split them off. No
 * server imports: the browser loads this file.
 */

export const MESSAGES = {
  required: "common.form.errors.required",
  invalid: "common.form.errors.invalid",
  option: "common.form.errors.invalidOption",
  number: "common.form.errors.invalidNumber",
  wholeNumber: "common.form.errors.wholeNumber",
  date: "common.form.errors.invalidDate",
  dateOrder: "common.form.errors.dateOrder",
  email: "common.form.errors.invalidEmail",
  url: "common.form.errors.invalidUrl",
  notFound: "errors.generic.notFound",
} as const;

/** A message key with its values, e.g. `withValues("common.form.errors.tooLong", { max: 200 })`. */
export function withValues(key: string, values: Record<string, string | number>): string {
  return `${key}|${new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)]))}`;
}

/** Splits a message produced by `withValues` back into its key and values. */
export function splitMessage(message: string): { key: string; values: Record<string, string> } {
  const bar = message.indexOf("|");
  if (bar < 0) return { key: message, values: {} };
  return { key: message.slice(0, bar), values: Object.fromEntries(new URLSearchParams(message.slice(bar + 1))) };
}

const tooLong = (max: number) => withValues("common.form.errors.tooLong", { max });
const tooSmall = (min: number) => withValues("common.form.errors.tooSmall", { min });
const tooLarge = (max: number) => withValues("common.form.errors.tooLarge", { max });

// ─── Blank values ───

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Blank text, null and undefined become null; anything else passes through. */
export const blankToNull = (value: unknown): unknown => (isBlank(value) ? null : value);

/** Blank text, null and undefined become undefined; anything else passes through. */
export const blankToUndefined = (value: unknown): unknown => (isBlank(value) ? undefined : value);

// ─── Text ───

/** Trimmed text that must not be blank. */
export function requiredText(max: number, min = 1) {
  const text = z.string(MESSAGES.required).trim().min(1, MESSAGES.required);
  return (min > 1 ? text.min(min, withValues("common.form.errors.tooShort", { min })) : text).max(max, tooLong(max));
}

/** Trimmed text that may be left blank: blank becomes null. */
export function optionalText(max: number) {
  return z.preprocess(blankToNull, z.string(MESSAGES.invalid).trim().max(max, tooLong(max)).nullable()).default(null);
}

/** Trimmed long text (descriptions, notes) that is stored as "" when blank. */
export function longText(max: number) {
  return z.preprocess((value) => value ?? "", z.string(MESSAGES.invalid).trim().max(max, tooLong(max))).default("");
}

/** An e-mail address, lower-cased; blank becomes null. */
export const optionalEmail = z.preprocess(
  (value) => (typeof value === "string" ? blankToNull(value.trim().toLowerCase()) : blankToNull(value)),
  z.email(MESSAGES.email).max(254, MESSAGES.email).nullable(),
).default(null);

/** A telephone number as people write it; blank becomes null. */
export const optionalPhone = z.preprocess(
  blankToNull,
  z.string(MESSAGES.invalid).trim().regex(/^\+?[0-9 ()./-]{5,40}$/, "common.form.errors.phone").nullable(),
).default(null);

/** A web address; "www.uni.edu" is completed to "https://www.uni.edu"; blank becomes null. */
export const optionalUrl = z.preprocess(
  (value) => {
    const text = blankToNull(value);
    if (typeof text !== "string") return text;
    const trimmed = text.trim();
    return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  },
  z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: MESSAGES.url }).max(500, MESSAGES.url).nullable(),
).default(null);

// ─── Choices ───

const TICKED = new Set<unknown>([true, "on", "true", "1"]);

/** A single checkbox: ticked for true, "on", "true" or "1"; anything else is unticked. */
export const checkbox = z.preprocess((value) => TICKED.has(value), z.boolean()).default(false);

/** A group of checkboxes: an array, one string, or nothing ticked (false, undefined, ""). */
export function checkboxList<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (Array.isArray(value) ? value : isBlank(value) || value === false ? [] : [value]),
    z.array(item).refine((items) => new Set(items).size === items.length, MESSAGES.option),
  ).default([]);
}

/** One of the values of a tuple of strings or of a Prisma enum object. */
export function choice<const T extends readonly [string, ...string[]]>(values: T): z.ZodEnum<{ [K in T[number]]: K }>;
export function choice<const T extends Readonly<Record<string, string>>>(values: T): z.ZodEnum<T>;
export function choice(values: readonly [string, ...string[]] | Readonly<Record<string, string>>) {
  return z.enum(values as Record<string, string>, MESSAGES.option);
}

/** A choice that must be made; a select left on its empty "Choose…" option reads as "required". */
export function requiredChoice<const T extends readonly [string, ...string[]]>(values: T): z.ZodPipe<z.ZodTransform, z.ZodEnum<{ [K in T[number]]: K }>>;
export function requiredChoice<const T extends Readonly<Record<string, string>>>(values: T): z.ZodPipe<z.ZodTransform, z.ZodEnum<T>>;
export function requiredChoice(values: readonly [string, ...string[]] | Readonly<Record<string, string>>) {
  return z.preprocess(blankToUndefined, z.enum(values as Record<string, string>, { error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.option) }));
}

/** A choice that may be left blank: blank becomes null. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T): z.ZodDefault<z.ZodPipe<z.ZodTransform, z.ZodNullable<z.ZodEnum<{ [K in T[number]]: K }>>>>;
export function optionalChoice<const T extends Readonly<Record<string, string>>>(values: T): z.ZodDefault<z.ZodPipe<z.ZodTransform, z.ZodNullable<z.ZodEnum<T>>>>;
export function optionalChoice(values: readonly [string, ...string[]] | Readonly<Record<string, string>>) {
  return z.preprocess(blankToNull, z.enum(values as Record<string, string>, MESSAGES.option).nullable()).default(null);
}

// ─── Ids and versions ───

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path or query value can be a record id at all (checked before any query). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID_PATTERN.test(value);
}

/** The id of the record being changed; an unknown one reads as "not found". */
export const recordId = z.uuid(MESSAGES.notFound);

/** A reference to another record chosen in a form (a select); blank becomes null. */
export function optionalRef(message: string = MESSAGES.option) {
  return z.preprocess(blankToNull, z.uuid(message).nullable()).default(null);
}

/** A reference that must be chosen. */
export function requiredRef(message: string = MESSAGES.required) {
  return z.preprocess(blankToUndefined, z.uuid(message));
}

/** The version the editor started from, for optimistic locking. */
export const versionField = z.coerce.number(MESSAGES.number).int(MESSAGES.number).min(1, MESSAGES.number);

// ─── Numbers ───

/** Out-of-range wording: "at least 1" / "no greater than 999", or one message for both (e.g. a year range). */
function range(min: number, max: number, rangeMessage?: string) {
  return { low: rangeMessage ?? tooSmall(min), high: rangeMessage ?? tooLarge(max) };
}

/** A whole number between min and max. */
export function wholeNumber(min: number, max: number, rangeMessage?: string) {
  const { low, high } = range(min, max, rangeMessage);
  return z.preprocess(blankToUndefined, z.coerce.number(MESSAGES.required).int(MESSAGES.wholeNumber).min(min, low).max(max, high));
}

/** A whole number between min and max that may be left blank: blank becomes null. */
export function optionalWholeNumber(min: number, max: number, rangeMessage?: string) {
  const { low, high } = range(min, max, rangeMessage);
  return z.preprocess(blankToNull, z.coerce.number(MESSAGES.number).int(MESSAGES.wholeNumber).min(min, low).max(max, high).nullable()).default(null);
}

/** A number with at most `decimals` decimal places between min and max; blank becomes null. */
export function optionalDecimal(min: number, max: number, decimals = 1) {
  const factor = 10 ** decimals;
  return z.preprocess(
    blankToNull,
    z.coerce
      .number(MESSAGES.number)
      .min(min, tooSmall(min))
      .max(max, tooLarge(max))
      .refine((value) => Math.abs(value * factor - Math.round(value * factor)) < 1e-9, withValues("common.form.errors.decimals", { decimals }))
      .nullable(),
  ).default(null);
}

// ─── Dates ───

/** Whether "YYYY-MM-DD" names a real calendar day. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar day as "YYYY-MM-DD" (what `<input type="date">` sends). */
export const day = z.string(MESSAGES.required).trim().min(1, MESSAGES.required).refine(isIsoDay, MESSAGES.date);

/** A calendar day that may be left blank: blank becomes null. */
export const optionalDay = z.preprocess(blankToNull, z.string(MESSAGES.date).trim().refine(isIsoDay, MESSAGES.date).nullable()).default(null);

/**
 * A moment as typed in a datetime-local field ("2026-09-01T09:00", or a bare day "2026-09-01") or a full
 * ISO timestamp from an API caller. It stays text: only the server knows the institution's time zone,
 * in which a wall-clock value is meant, so the service turns it into an instant (`instantIn` in
 * lib/dates/zoned.ts). Two values compare with `Date.parse` for ordering rules.
 */
export const dateTime = z
  .string(MESSAGES.date)
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, MESSAGES.date)
  .refine((value) => !Number.isNaN(Date.parse(value)) && isIsoDay(value.slice(0, 10)), MESSAGES.date);

// ─── URL search parameters (never throw: a tampered parameter means "no filter") ───

/** The first value of a search parameter that may repeat (`?q=a&q=b` reads "a"). */
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A page's search parameters with each repeated key reduced to its first value. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, firstValue(value) as string | undefined]));
}

/** A filter read from the URL: first value, blank means unset, anything invalid is ignored. */
export function searchParam<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => blankToUndefined(firstValue(value)), schema.optional()).catch(undefined);
}

/** A filter with a default when unset or invalid. */
export function searchParamOr<S extends z.ZodType>(schema: S, fallback: z.output<S>) {
  return z.preprocess((value) => blankToUndefined(firstValue(value)), schema).catch(fallback);
}

/** The page number of a paged list: 1 when unset or invalid. */
export function pageParam(max = 100_000) {
  return searchParamOr(z.coerce.number().int().min(1).max(max), 1);
}

/** A free-text search box. */
export const searchQuery = searchParam(z.string().trim().max(200));
