import type { OpportunityStatus } from "@/lib/generated/prisma/enums";
import { readTranslations, type Translations } from "@/lib/translations/content";

/**
 * The opportunity lifecycle as data: DRAFT → PUBLISHED → CLOSED. Closing is final; the way forward
 * from a closed call is "duplicate for next year", which starts a new draft. Pure: no I/O.
 */

export type OpportunityTransition = "publish" | "close";

const TRANSITIONS: Record<OpportunityTransition, { from: OpportunityStatus; to: OpportunityStatus }> = {
  publish: { from: "DRAFT", to: "PUBLISHED" },
  close: { from: "PUBLISHED", to: "CLOSED" },
};

export function targetStatus(transition: OpportunityTransition): OpportunityStatus {
  return TRANSITIONS[transition].to;
}

export function canTransition(status: OpportunityStatus, transition: OpportunityTransition): boolean {
  return TRANSITIONS[transition].from === status;
}

/** A closed call is kept as it was decided; only drafts and published calls can be edited. */
export function isEditable(status: OpportunityStatus): boolean {
  return status !== "CLOSED";
}

/** Only a draft can be deleted: anything published may already have applications. */
export function isDeletable(status: OpportunityStatus): boolean {
  return status === "DRAFT";
}

export interface PublishFacts {
  places: number;
  opensAt: Date;
  closesAt: Date;
}

/**
 * What stops a call from being (or staying) published, as field → translation key: at least one
 * place, and an application window that ends after it starts and has not ended yet.
 */
export function publishProblems(facts: PublishFacts, now: Date): Record<string, string> {
  const problems: Record<string, string> = {};
  if (facts.places < 1) problems.places = "opportunities.lifecycle.errors.noPlaces";
  if (facts.closesAt.getTime() <= facts.opensAt.getTime()) {
    problems.closesAt = "opportunities.validation.closesBeforeOpens";
  } else if (facts.closesAt.getTime() <= now.getTime()) {
    problems.closesAt = "opportunities.lifecycle.errors.windowEnded";
  }
  return problems;
}

/** The same instant one year later (29 February becomes 28 February). */
export function plusOneYear(date: Date): Date {
  const next = new Date(date);
  next.setFullYear(date.getFullYear() + 1);
  if (next.getMonth() !== date.getMonth()) next.setDate(0);
  return next;
}

/**
 * Moves the years named in a text one year on, so "Fall 2026" becomes "Fall 2027" and
 * "2026/27" becomes "2027/28". Other numbers are left alone.
 */
export function shiftYearsInText(text: string): string {
  return text.replace(/\b(20\d{2})(?:(\s*[/–-]\s*)(20\d{2}|\d{2}))?\b/g, (match, first: string, separator?: string, second?: string) => {
    const year = Number(first);
    if (separator === undefined || second === undefined) return String(year + 1);
    const isRange = second.length === 2 ? Number(second) === (year + 1) % 100 : Number(second) === year + 1;
    if (!isRange) return match.replace(first, String(year + 1));
    const nextSecond = second.length === 2 ? String((year + 2) % 100).padStart(2, "0") : String(year + 2);
    return `${year + 1}${separator}${nextSecond}`;
  });
}

/**
 * A call's stored translations for its copy next year: each language's title and period move on a
 * year like the plain ones ("Payız 2026" → "Payız 2027"); the other texts are copied as they are.
 */
export function nextYearTranslations<F extends string>(stored: unknown, fields: readonly F[]): Translations<F> {
  const shifted = (text: string | string[] | undefined) => (typeof text === "string" ? shiftYearsInText(text) : text);
  const translations = readTranslations(stored, fields) as Translations<string>;
  return Object.fromEntries(
    Object.entries(translations).map(([language, texts]) => {
      const next: Record<string, string | string[] | undefined> = { ...texts };
      for (const field of ["title", "academicPeriod"]) if (field in next) next[field] = shifted(next[field]);
      return [language, next];
    }),
  ) as Translations<F>;
}

/** A stable key for a scoring criterion, from its label ("Motivation letter" → "motivation-letter"). */
export function criterionKeyOf(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 32) || "criterion";
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}
