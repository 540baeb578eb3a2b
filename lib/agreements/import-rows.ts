import { normalizeHeader, type ImportField, type MappedRow, type RowProblem } from "@/lib/import-export/table";
import { isIsoDay } from "@/lib/forms/fields";
import type { AgreementKind, AgreementScope, AgreementStatus, RenewalType } from "@/lib/generated/prisma/enums";
import { AGREEMENT_KINDS, AGREEMENT_SCOPES, AGREEMENT_STATUSES, RENEWAL_TYPES } from "./options";

/**
 * Turning one imported spreadsheet row into an agreement: tolerant about how people write things
 * (codes or English names, "31.08.2026" or "2026-08-31", partners separated by semicolons),
 * strict about the result. Headers of the agreement export are recognised, so an export can be
 * edited and imported again. Pure, unit-tested; names are resolved against the database later.
 */

export const AGREEMENT_IMPORT_FIELDS: readonly ImportField[] = [
  { key: "referenceNumber", required: true, aliases: ["reference", "reference number", "ref", "number", "no", "nömrə", "номер"] },
  { key: "title", required: true, aliases: ["name", "agreement", "agreement title", "başlıq", "ad", "название"] },
  { key: "kind", required: true, aliases: ["type", "agreement type", "kind of agreement", "növ", "тип", "вид"] },
  { key: "status", aliases: ["state", "status", "vəziyyət", "статус"] },
  { key: "partners", required: true, aliases: ["partner", "partner names", "partner institution", "partner university", "tərəfdaş", "tərəfdaşlar", "партнер", "партнеры"] },
  { key: "unit", required: true, aliases: ["unit code", "owning unit", "faculty", "department", "school", "bölmə", "fakültə", "подразделение", "факультет"] },
  { key: "responsible", aliases: ["responsible officer", "responsible", "officer", "responsible email", "məsul şəxs", "ответственный"] },
  { key: "scope", aliases: ["scopes", "areas", "scope of cooperation", "sahə", "область"] },
  { key: "signedOn", aliases: ["signed", "signed on", "signing date", "date of signature", "imzalanma tarixi", "дата подписания"] },
  { key: "startsOn", aliases: ["start", "starts on", "start date", "valid from", "başlama tarixi", "дата начала"] },
  { key: "endsOn", aliases: ["end", "ends on", "end date", "valid until", "expiry", "expiry date", "bitmə tarixi", "дата окончания"] },
  { key: "renewalType", aliases: ["renewal", "renewal type", "renewal terms", "yenilənmə", "продление"] },
  { key: "noticePeriodDays", aliases: ["notice", "notice period", "notice period days", "notice period (days)", "xəbərdarlıq müddəti", "срок уведомления"] },
  { key: "internalNotes", aliases: ["notes", "internal notes", "comment", "comments", "qeydlər", "заметки"] },
];

export interface ImportedAgreement {
  referenceNumber: string;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  partnerNames: string[];
  unitCode: string;
  responsible: string | null;
  scope: AgreementScope[];
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  renewalType: RenewalType;
  noticePeriodDays: number | null;
  internalNotes: string;
}

function words<K extends string>(codes: readonly K[], extra: Partial<Record<K, string[]>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const code of codes) {
    for (const word of [code, code.replace(/_/g, " "), ...(extra[code] ?? [])]) map.set(normalizeHeader(word), code);
  }
  return map;
}

const KINDS = words(AGREEMENT_KINDS, {
  BILATERAL_COOPERATION: ["bilateral", "bilateral agreement", "bilateral cooperation agreement", "cooperation agreement"],
  MEMORANDUM_OF_UNDERSTANDING: ["mou", "memorandum", "memorandum of understanding"],
  ERASMUS_KA131: ["ka131", "erasmus ka131", "erasmus+ ka131", "erasmus+ inter-institutional agreement (ka131)"],
  ERASMUS_KA171: ["ka171", "erasmus ka171", "erasmus+ ka171", "erasmus+ inter-institutional agreement (ka171)"],
  MEVLANA_PROTOCOL: ["mevlana", "mevlana protocol", "mevlana exchange protocol"],
  ORKHON_PROTOCOL: ["orkhon", "orkhon protocol", "orkhon exchange protocol"],
  DOUBLE_DEGREE: ["double degree", "double degree agreement"],
  JOINT_DEGREE: ["joint degree", "joint degree agreement"],
  DUAL_DEGREE: ["dual degree", "dual degree agreement"],
  DIPLOMA_DELOCALIZATION: ["diploma delocalization", "delocalization"],
  RESEARCH_COOPERATION: ["research", "research cooperation", "research cooperation agreement"],
  MUTUAL_RECOGNITION: ["mutual recognition", "recognition"],
});
const STATUSES = words(AGREEMENT_STATUSES, { IN_NEGOTIATION: ["negotiation"], AWAITING_SIGNATURE: ["awaiting signature", "to sign"] });
const SCOPES = words(AGREEMENT_SCOPES, {
  STUDENT_EXCHANGE: ["student mobility"],
  STAFF_EXCHANGE: ["staff mobility", "faculty exchange"],
  JOINT_RESEARCH: ["research"],
  JOINT_PROGRAMS: ["joint programmes", "joint programs and curricula", "curricula"],
  LIBRARY_RESOURCES: ["library", "library and resource sharing"],
  SUMMER_SCHOOLS: ["summer school"],
  LANGUAGE_TEACHING: ["languages"],
  CULTURAL_EXCHANGE: ["culture", "cultural"],
});
const RENEWALS = words(RENEWAL_TYPES, {
  NONE: ["no", "no renewal", ""],
  AUTOMATIC: ["auto", "automatic", "automatically", "renews automatically", "tacit"],
  BY_NOTICE: ["notice", "by notice", "renewed or ended by notice"],
});

/** "2026-08-31", "31.08.2026" or "31/08/2026" → "2026-08-31"; null for an empty cell, undefined when unreadable. */
export function importDay(value: string): string | null | undefined {
  if (value === "") return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const european = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : european ? [european[3], european[2], european[1]] : [];
  if (!year || !month || !day) return undefined;
  const text = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDay(text) ? text : undefined;
}

const list = (value: string) =>
  value
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

export type ParsedRow = { ok: true; rowNumber: number; fields: ImportedAgreement } | { ok: false; problems: RowProblem[] };

export function parseAgreementRow(row: MappedRow): ParsedRow {
  const v = (key: string) => (row.values[key] ?? "").trim();
  const problems: RowProblem[] = [];
  const problem = (field: string, message: string, values?: Record<string, string | number>) =>
    problems.push({ rowNumber: row.rowNumber, field, message: `agreements.import.problems.${message}`, values, severity: "error" });

  const text = (key: string, max: number, required: boolean) => {
    const value = v(key);
    if (required && !value) problem(key, "required");
    else if (value.length > max) problem(key, "tooLong");
    return value;
  };
  const referenceNumber = text("referenceNumber", 60, true);
  if (referenceNumber && !/^[\p{L}\p{N}][\p{L}\p{N}\-/._ ]*$/u.test(referenceNumber)) problem("referenceNumber", "referenceFormat");
  const title = text("title", 300, true);
  const internalNotes = text("internalNotes", 5000, false);
  const unitCode = text("unit", 40, true);

  const kind = KINDS.get(normalizeHeader(v("kind")));
  if (!v("kind")) problem("kind", "required");
  else if (!kind) problem("kind", "invalidKind");
  const status = v("status") ? STATUSES.get(normalizeHeader(v("status"))) : "DRAFT";
  if (!status) problem("status", "invalidStatus");
  const renewalType = RENEWALS.get(normalizeHeader(v("renewalType")));
  if (!renewalType) problem("renewalType", "invalidRenewal");

  const partnerNames = list(v("partners"));
  if (partnerNames.length === 0) problem("partners", "required");
  const scope: AgreementScope[] = [];
  for (const item of list(v("scope")).flatMap((part) => part.split(","))) {
    const code = SCOPES.get(normalizeHeader(item));
    if (code) {
      if (!scope.includes(code)) scope.push(code);
    } else if (item.trim()) problem("scope", "invalidScope", { value: item.trim() });
  }

  const dates = { signedOn: importDay(v("signedOn")), startsOn: importDay(v("startsOn")), endsOn: importDay(v("endsOn")) };
  for (const [key, value] of Object.entries(dates)) if (value === undefined) problem(key, "invalidDate");
  if (dates.startsOn && dates.endsOn && dates.endsOn < dates.startsOn) problem("endsOn", "dateOrder");

  let noticePeriodDays: number | null = null;
  if (v("noticePeriodDays")) {
    const number = Number(v("noticePeriodDays"));
    if (!Number.isInteger(number) || number < 1 || number > 3650) problem("noticePeriodDays", "invalidNumber");
    else noticePeriodDays = number;
  }
  if (renewalType === "BY_NOTICE" && noticePeriodDays === null && !problems.some((p) => p.field === "noticePeriodDays")) {
    problem("noticePeriodDays", "noticeRequired");
  }
  if (status === "ACTIVE" && (!dates.signedOn || !dates.startsOn)) problem("status", "activeNeedsDates");

  if (problems.length > 0 || !kind || !status || !renewalType) return { ok: false, problems };
  return {
    ok: true,
    rowNumber: row.rowNumber,
    fields: {
      referenceNumber,
      title,
      kind,
      status,
      partnerNames,
      unitCode,
      responsible: v("responsible") || null,
      scope,
      signedOn: dates.signedOn ?? null,
      startsOn: dates.startsOn ?? null,
      endsOn: dates.endsOn ?? null,
      renewalType,
      noticePeriodDays: renewalType === "BY_NOTICE" ? noticePeriodDays : null,
      internalNotes,
    },
  };
}
