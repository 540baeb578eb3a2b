import { z } from "zod";
import { locales } from "@/i18n/config";
import {
  MESSAGES,
  blankToNull,
  checkbox,
  choice,
  dateTime,
  day,
  longText,
  optionalDay,
  optionalDecimal,
  optionalEmail,
  optionalPhone,
  optionalRef,
  optionalText,
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
import { AgendaItemKind, MobilityDirection, VisaStatus, VisitKind, VisitStatus } from "@/lib/generated/prisma/enums";
import { readTranslations } from "@/lib/translations/content";
import { emptyTranslations, translationFormValues, translationsSchema } from "@/lib/translations/schema";
import { PERSONAL_FIELDS, type PersonalField } from "./personal-data";

/**
 * Visit schemas shared by the staff forms and the server actions (no server imports: the browser
 * loads this file). Messages are translation keys; the visit's own are `visits.validation.*`.
 */

// ─── The visit ───

/** The texts written in each language (decision 010): the title, and the summary shown on the partner's public page. */
const VISIT_TEXT_MAX = { title: 200, publicSummary: 2000 } as const;

export const VISIT_TEXT_FIELDS = Object.keys(VISIT_TEXT_MAX) as (keyof typeof VISIT_TEXT_MAX)[];

export type VisitTextField = (typeof VISIT_TEXT_FIELDS)[number];

const visitFields = {
  title: requiredText(VISIT_TEXT_MAX.title, 3),
  direction: choice(MobilityDirection),
  kind: choice(VisitKind),
  purpose: requiredText(2000),
  partnerId: optionalRef(),
  /** Another organization when the guests' (or the hosts') is not in the partner register. */
  organizationName: optionalText(200),
  agreementId: optionalRef(),
  projectId: optionalRef(),
  hostUnitId: optionalRef(),
  responsibleId: optionalRef(),
  startDate: day,
  endDate: day,
  outcome: longText(2000),
  costsCoveredBy: longText(500),
  notes: longText(5000),
  isPublic: checkbox,
  publicSummary: longText(VISIT_TEXT_MAX.publicSummary),
  translations: translationsSchema(VISIT_TEXT_MAX),
};

/** The rules between fields, as field errors: the dates' order, a partner or another organization, a summary for a public visit. */
function visitRules(value: { startDate: string; endDate: string; partnerId: string | null; organizationName: string | null; isPublic: boolean; publicSummary: string }, ctx: z.RefinementCtx) {
  if (value.endDate < value.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: MESSAGES.dateOrder });
  if (!value.partnerId && !value.organizationName) ctx.addIssue({ code: "custom", path: ["partnerId"], message: "visits.validation.partnerOrOrganization" });
  if (value.isPublic && !value.publicSummary) ctx.addIssue({ code: "custom", path: ["publicSummary"], message: "visits.validation.summaryForPublic" });
}

export const visitFieldsSchema = z.strictObject(visitFields).superRefine(visitRules);
export const createVisitSchema = visitFieldsSchema;
export const updateVisitSchema = z.strictObject({ ...visitFields, id: recordId, version: versionField }).superRefine(visitRules);

export type VisitFieldsInput = z.input<typeof visitFieldsSchema>;
export type VisitFields = z.output<typeof visitFieldsSchema>;
export type UpdateVisitInput = z.output<typeof updateVisitSchema>;

export const EMPTY_VISIT_FORM: VisitFieldsInput = {
  title: "",
  direction: "INCOMING",
  kind: "DELEGATION",
  purpose: "",
  partnerId: "",
  organizationName: "",
  agreementId: "",
  projectId: "",
  hostUnitId: "",
  responsibleId: "",
  startDate: "",
  endDate: "",
  outcome: "",
  costsCoveredBy: "",
  notes: "",
  isPublic: false,
  publicSummary: "",
  translations: emptyTranslations(VISIT_TEXT_FIELDS),
};

const isoDay = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** The form's values for an existing visit (null columns become empty inputs, days ISO text). */
export function visitFormValues(visit: Record<string, unknown>): VisitFieldsInput {
  return {
    ...formValuesFrom(EMPTY_VISIT_FORM, { ...visit, startDate: isoDay(visit.startDate), endDate: isoDay(visit.endDate) }),
    translations: translationFormValues(readTranslations(visit.translations, VISIT_TEXT_FIELDS), VISIT_TEXT_FIELDS),
  };
}

export const transitionVisitSchema = z.strictObject({ id: recordId, version: versionField, to: choice(VisitStatus) });
export type TransitionVisitInput = z.output<typeof transitionVisitSchema>;

export const erasePersonalDataSchema = z.strictObject({ id: recordId, version: versionField });
export type ErasePersonalDataInput = z.output<typeof erasePersonalDataSchema>;

// ─── Participants ───

/** Wall-clock date and time as typed (datetime-local), read in the institution's zone by the service; blank becomes null. */
const optionalDateTime = z.preprocess(blankToNull, dateTime.nullable()).default(null);

const countryCode = z.preprocess(blankToNull, z.string(MESSAGES.option).trim().toUpperCase().regex(/^[A-Z]{2}$/, MESSAGES.option).nullable()).default(null);

/** Letters and digits as printed in the passport (spaces dropped, upper-cased). */
const passportNumber = z
  .preprocess((value) => (typeof value === "string" ? blankToNull(value.replace(/\s+/g, "").toUpperCase()) : blankToNull(value)), z.string(MESSAGES.invalid).regex(/^[A-Z0-9]{5,20}$/, "visits.validation.passportNumber").nullable())
  .default(null);

const participantFields = {
  /** Full name as in the passport. */
  name: requiredText(200, 2),
  position: optionalText(200),
  organization: optionalText(200),
  email: optionalEmail,
  phone: optionalPhone,
  nationalityCode: countryCode,
  passportNumber,
  passportExpiresOn: optionalDay,
  birthDate: optionalDay,
  arrivalAt: optionalDateTime,
  arrivalTransport: optionalText(100),
  departureAt: optionalDateTime,
  departureTransport: optionalText(100),
  needs: longText(1000),
  accommodation: optionalText(300),
  accommodationNights: optionalWholeNumber(0, 365),
  accommodationBooked: checkbox,
  accommodationCost: optionalDecimal(0, 10_000_000, 2),
  visaStatus: choice(VisaStatus).default("NOT_REQUIRED"),
  visaUpdatedOn: optionalDay,
  userId: optionalRef(),
  tickets: optionalText(300),
  insurance: optionalText(300),
  perDiem: optionalDecimal(0, 10_000_000, 2),
  budgetLine: optionalText(200),
  letterLanguage: choice(locales).default("en"),
};

function participantRules(value: { arrivalAt: string | null; departureAt: string | null; birthDate: string | null }, ctx: z.RefinementCtx) {
  // Both are wall-clock values in one zone, so their text order is their time order.
  if (value.arrivalAt && value.departureAt && value.departureAt.slice(0, 16) < value.arrivalAt.slice(0, 16)) {
    ctx.addIssue({ code: "custom", path: ["departureAt"], message: "visits.validation.departureBeforeArrival" });
  }
  if (value.birthDate && value.birthDate < "1900-01-01") ctx.addIssue({ code: "custom", path: ["birthDate"], message: MESSAGES.date });
}

export const participantFieldsSchema = z.strictObject(participantFields).superRefine(participantRules);
export const addParticipantSchema = z.strictObject({ ...participantFields, visitId: recordId }).superRefine(participantRules);
export const updateParticipantSchema = z.strictObject({ ...participantFields, id: recordId }).superRefine(participantRules);
export const removeParticipantSchema = z.strictObject({ id: recordId });

export type ParticipantFieldsInput = z.input<typeof participantFieldsSchema>;
export type ParticipantFields = z.output<typeof participantFieldsSchema>;

export const EMPTY_PARTICIPANT_FORM: ParticipantFieldsInput = {
  name: "",
  position: "",
  organization: "",
  email: "",
  phone: "",
  nationalityCode: "",
  passportNumber: "",
  passportExpiresOn: "",
  birthDate: "",
  arrivalAt: "",
  arrivalTransport: "",
  departureAt: "",
  departureTransport: "",
  needs: "",
  accommodation: "",
  accommodationNights: "",
  accommodationBooked: false,
  accommodationCost: "",
  visaStatus: "NOT_REQUIRED",
  visaUpdatedOn: "",
  userId: "",
  tickets: "",
  insurance: "",
  perDiem: "",
  budgetLine: "",
  letterLanguage: "en",
};

/**
 * The participant form's empty values for someone who may not handle personal data: the personal
 * keys are left out, so neither the form nor what it sends ever holds them.
 */
export function emptyParticipantForm(withPersonalData: boolean): ParticipantFieldsInput {
  if (withPersonalData) return { ...EMPTY_PARTICIPANT_FORM };
  return Object.fromEntries(Object.entries(EMPTY_PARTICIPANT_FORM).filter(([key]) => !PERSONAL_FIELDS.includes(key as PersonalField))) as ParticipantFieldsInput;
}

// ─── Agenda ───

/** The agenda's texts in each language, for the printed agenda in the guest's language. */
const AGENDA_TEXT_MAX = { title: 200, location: 300 } as const;

export const AGENDA_TEXT_FIELDS = Object.keys(AGENDA_TEXT_MAX) as (keyof typeof AGENDA_TEXT_MAX)[];

const agendaFields = {
  startsAt: dateTime,
  endsAt: optionalDateTime,
  title: requiredText(AGENDA_TEXT_MAX.title),
  location: optionalText(AGENDA_TEXT_MAX.location),
  kind: choice(AgendaItemKind).default("MEETING"),
  host: optionalText(200),
  participants: longText(500),
  translations: translationsSchema(AGENDA_TEXT_MAX),
};

function agendaRules(value: { startsAt: string; endsAt: string | null }, ctx: z.RefinementCtx) {
  if (value.endsAt && value.endsAt.slice(0, 16) < value.startsAt.slice(0, 16)) ctx.addIssue({ code: "custom", path: ["endsAt"], message: MESSAGES.dateOrder });
}

export const agendaItemFieldsSchema = z.strictObject(agendaFields).superRefine(agendaRules);
export const addAgendaItemSchema = z.strictObject({ ...agendaFields, visitId: recordId }).superRefine(agendaRules);
export const updateAgendaItemSchema = z.strictObject({ ...agendaFields, id: recordId }).superRefine(agendaRules);
export const removeAgendaItemSchema = z.strictObject({ id: recordId });

export type AgendaItemFieldsInput = z.input<typeof agendaItemFieldsSchema>;
export type AgendaItemFields = z.output<typeof agendaItemFieldsSchema>;

export const EMPTY_AGENDA_FORM: AgendaItemFieldsInput = {
  startsAt: "",
  endsAt: "",
  title: "",
  location: "",
  kind: "MEETING",
  host: "",
  participants: "",
  translations: emptyTranslations(AGENDA_TEXT_FIELDS),
};

// ─── The list ───

export const VISIT_PAGE_SIZE = 25;

/** The list's filters, read from the URL (anything tampered with falls back to "no filter"). */
export const visitListFilterSchema = z.object({
  /** Words of the title, purpose, organization or partner, in any language. */
  q: searchQuery,
  direction: searchParam(choice(MobilityDirection)),
  kind: searchParam(choice(VisitKind)),
  status: searchParam(choice(VisitStatus)),
  unitId: searchParam(z.uuid()),
  partnerId: searchParam(z.uuid()),
  /** Visits that overlap the range [from, to]. */
  from: searchParam(day),
  to: searchParam(day),
  dir: searchParamOr(choice(["asc", "desc"]), "desc"),
  page: pageParam(10_000),
});

export type VisitListFilter = z.output<typeof visitListFilterSchema>;
