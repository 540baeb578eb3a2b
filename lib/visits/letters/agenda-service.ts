import "server-only";
import { isLocale, type AppLocale } from "@/i18n/config";
import type { SessionUser } from "@/lib/auth/current-user";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { loadLogo } from "@/lib/pdf/logo";
import { localize } from "@/lib/translations/content";
import { getAgendaVisit, type AgendaVisit } from "./agenda-data";
import { renderAgendaPdf } from "./agenda-pdf";
import { contentLanguageOf, letterheadOf } from "./letter-context";
import { getLetterInstitution } from "./letter-data";

/** The language most of the guests read their letters in; the institution's when there are none. */
export function guestLanguageOf(visit: Pick<AgendaVisit, "participants">, fallback: AppLocale): AppLocale {
  const counts = new Map<AppLocale, number>();
  for (const { letterLanguage } of visit.participants) {
    if (isLocale(letterLanguage)) counts.set(letterLanguage, (counts.get(letterLanguage) ?? 0) + 1);
  }
  let best: AppLocale = fallback;
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return best;
}

/**
 * The visit's printable agenda in `language`, or by default in the guests' language; null when
 * the visit is unknown or out of the user's reach.
 */
export async function printVisitAgenda(
  user: SessionUser | null,
  visitId: string,
  language: AppLocale | null,
): Promise<{ pdf: Uint8Array; fileName: string } | null> {
  const visit = await getAgendaVisit(user, visitId);
  if (!visit) return null;
  const [institution, timeZone] = await Promise.all([getLetterInstitution(), getInstitutionTimeZone()]);
  const contentLanguage = contentLanguageOf(institution);
  const printLanguage = language ?? guestLanguageOf(visit, contentLanguage);
  const logo = await loadLogo(institution.logoPath);
  const partnerName = visit.partner ? localize(visit.partner, ["name"] as const, printLanguage, contentLanguage).name.text : null;
  const pdf = await renderAgendaPdf({
    language: printLanguage,
    timeZone,
    visit: {
      title: localize(visit, ["title"] as const, printLanguage, contentLanguage).title.text,
      organization: partnerName ?? visit.organizationName ?? "",
      startDate: visit.startDate,
      endDate: visit.endDate,
    },
    // An item's title and place are written in each language (decision 010); host and participants are names.
    items: visit.agenda.map((item) => {
      const texts = localize(item, ["title", "location"] as const, printLanguage, contentLanguage);
      return { ...item, title: texts.title.text, location: texts.location.text || null };
    }),
    letterhead: letterheadOf(institution, printLanguage, logo),
  });
  return { pdf, fileName: `agenda-${visit.startDate.toISOString().slice(0, 10)}-${printLanguage}.pdf` };
}
