import { formatDateTime } from "@/lib/dates/format";

/**
 * How a call's deadline and budget read on a page, in the reader's language. Pure: pages, e-mails
 * and the calendar feed share it.
 */

/**
 * The deadline on the funder's clock ("14 November 2026, 17:00 (GMT+1)"), and, when the funder's
 * zone is not the institution's, the same moment on the institution's clock.
 */
export function deadlineTexts(
  call: { deadline: Date; timeZone: string | null },
  locale: string,
  institutionZone: string,
): { own: string; institution: string | null } {
  const zone = call.timeZone ?? institutionZone;
  const own = formatDateTime(call.deadline, { locale, timeZone: zone });
  const institution = zone === institutionZone ? null : formatDateTime(call.deadline, { locale, timeZone: institutionZone });
  return { own, institution };
}

/** An amount in its currency, as the reader writes money ("€60,000.00", "60 000,00 €"). */
export function money(amount: string | { toString(): string }, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 2 }).format(Number(amount.toString()));
}

/** The budget range's parts: both ends, one end, or nothing. */
export function budgetRange(
  call: { budgetMin: string | { toString(): string } | null; budgetMax: string | { toString(): string } | null; currency: string | null },
  locale: string,
): { min: string | null; max: string | null } | null {
  if (!call.currency || (call.budgetMin === null && call.budgetMax === null)) return null;
  return {
    min: call.budgetMin === null ? null : money(call.budgetMin, call.currency, locale),
    max: call.budgetMax === null ? null : money(call.budgetMax, call.currency, locale),
  };
}
