import { z } from "zod";
import { locales } from "@/i18n/config";
import { isValidTimeZone } from "@/lib/dates/zoned";
import {
  MESSAGES,
  blankToNull,
  checkbox,
  checkboxList,
  choice,
  dateTime,
  longText,
  optionalChoice,
  optionalRef,
  optionalText,
  optionalUrl,
  optionalWholeNumber,
  pageParam,
  recordId,
  requiredText,
  searchParam,
  searchParamOr,
  searchQuery,
  versionField,
} from "@/lib/forms/fields";
import { formValuesFrom } from "@/lib/forms/form-values";
import { EventKind, EventRegistrationMode } from "@/lib/generated/prisma/enums";
import { readTranslations } from "@/lib/translations/content";
import { emptyTranslations, translationFormValues, translationsSchema } from "@/lib/translations/schema";

/**
 * Event schemas shared by the staff form, the public registration form and the server actions (no
 * server imports: the browser loads this file). Messages are translation keys; the events' own are
 * `events.validation.*` and `events.registration.errors.*`.
 */

export const EVENT_KINDS = Object.values(EventKind);
export const REGISTRATION_MODES = Object.values(EventRegistrationMode);

/** The texts written in each language (decision 010), with their longest lengths. */
const EVENT_TEXT_MAX = { title: 200, description: 5000, place: 300 } as const;

export const EVENT_TEXT_FIELDS = Object.keys(EVENT_TEXT_MAX) as (keyof typeof EVENT_TEXT_MAX)[];

/** Wall-clock date and time as typed (datetime-local), read in the event's zone by the service; blank becomes null. */
const optionalDateTime = z.preprocess(blankToNull, dateTime.nullable()).default(null);

/** An IANA zone name ("Europe/Berlin"); blank means the institution's own zone. */
const optionalTimeZone = z
  .preprocess(blankToNull, z.string(MESSAGES.invalid).trim().max(64, "events.validation.timeZone").refine(isValidTimeZone, "events.validation.timeZone").nullable())
  .default(null);

const eventFields = {
  title: requiredText(EVENT_TEXT_MAX.title, 3),
  kind: choice(EventKind),
  description: longText(EVENT_TEXT_MAX.description),
  /** The venue; blank for an online-only event. */
  place: longText(EVENT_TEXT_MAX.place),
  onlineUrl: optionalUrl,
  startsAt: dateTime,
  endsAt: optionalDateTime,
  timeZone: optionalTimeZone,
  /** A page about the event elsewhere (the organizer's). */
  url: optionalUrl,
  organizer: optionalText(200),
  unitId: optionalRef(),
  partnerIds: checkboxList(z.uuid(MESSAGES.option)),
  capacity: optionalWholeNumber(1, 100_000),
  registrationMode: choice(EventRegistrationMode).default("NONE"),
  registrationClosesAt: optionalDateTime,
  isPublished: checkbox,
  translations: translationsSchema(EVENT_TEXT_MAX),
};

/** A wall-clock value's minutes ("2026-09-01T09:00"), comparable as text; a bare day is its start. */
const minuteOf = (value: string) => (value.length === 10 ? `${value}T00:00` : value.slice(0, 16));

/** Both values are wall-clock times in one zone, so their text order is their time order; the service checks the instants again. */
function eventRules(
  value: { startsAt: string; endsAt: string | null; registrationClosesAt: string | null; place: string; onlineUrl: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.endsAt && minuteOf(value.endsAt) < minuteOf(value.startsAt)) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "events.validation.endBeforeStart" });
  if (value.registrationClosesAt && minuteOf(value.registrationClosesAt) > minuteOf(value.startsAt)) {
    ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "events.validation.closesAfterStart" });
  }
  if (!value.place && !value.onlineUrl) ctx.addIssue({ code: "custom", path: ["place"], message: "events.validation.placeOrOnline" });
}

export const eventFieldsSchema = z.strictObject(eventFields).superRefine(eventRules);
export const createEventSchema = eventFieldsSchema;
export const updateEventSchema = z.strictObject({ ...eventFields, id: recordId, version: versionField }).superRefine(eventRules);
export const createEventFromVisitSchema = z.strictObject({ visitId: recordId });

export type EventFieldsInput = z.input<typeof eventFieldsSchema>;
export type EventFields = z.output<typeof eventFieldsSchema>;
export type UpdateEventInput = z.output<typeof updateEventSchema>;

export const EMPTY_EVENT_FORM: EventFieldsInput = {
  title: "",
  kind: "SEMINAR",
  description: "",
  place: "",
  onlineUrl: "",
  startsAt: "",
  endsAt: "",
  timeZone: "",
  url: "",
  organizer: "",
  unitId: "",
  partnerIds: [],
  capacity: "",
  registrationMode: "NONE",
  registrationClosesAt: "",
  isPublished: false,
  translations: emptyTranslations(EVENT_TEXT_FIELDS),
};

/**
 * The form's values for a stored event. Its moments are given as the wall-clock times of its zone
 * (the service's `toLocalInput`), since only the server knows the institution's zone.
 */
export function eventFormValues(event: Record<string, unknown> & { translations: unknown }, moments: { startsAt: string; endsAt: string; registrationClosesAt: string }): EventFieldsInput {
  return {
    ...formValuesFrom(EMPTY_EVENT_FORM, { ...event, ...moments }),
    capacity: event.capacity === null || event.capacity === undefined ? "" : String(event.capacity),
    translations: translationFormValues(readTranslations(event.translations, EVENT_TEXT_FIELDS), EVENT_TEXT_FIELDS),
  };
}

// ─── Registration ───

/** A visitor registers with a name and an e-mail address, and confirms by the link e-mailed to it. */
export const registerByEmailSchema = z.strictObject({
  eventId: recordId,
  name: requiredText(200, 2),
  email: z.preprocess((value) => (typeof value === "string" ? value.trim().toLowerCase() : value), z.email(MESSAGES.email).max(254, MESSAGES.email)),
  /** The page's language: the e-mails are written in it. */
  locale: optionalChoice(locales),
});

/** A signed-in person registers as themselves: name and address come from the account. */
export const registerSignedInSchema = z.strictObject({ eventId: recordId });

export type RegisterByEmailInput = z.output<typeof registerByEmailSchema>;

// ─── Lists ───

export const EVENT_PAGE_SIZE = 25;

/** The staff list's filters, read from the URL (anything tampered with falls back to "no filter"). */
export const eventListFilterSchema = z.object({
  /** Words of the title (any language), place or organizer. */
  q: searchQuery,
  when: searchParamOr(choice(["upcoming", "past", "all"]), "upcoming"),
  kind: searchParam(choice(EventKind)),
  unitId: searchParam(z.uuid()),
  page: pageParam(10_000),
});

export type EventListFilter = z.output<typeof eventListFilterSchema>;

/** A month as `<select>` sends it: "2026-11". */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The public list's filters. */
export const publicEventFilterSchema = z.object({
  kind: searchParam(choice(EventKind)),
  month: searchParam(z.string().regex(MONTH)),
});

export type PublicEventFilter = z.output<typeof publicEventFilterSchema>;
