import "server-only";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import agreementsAz from "@/messages/az/agreements.json";
import eventsAz from "@/messages/az/events.json";
import studentsAz from "@/messages/az/internationalStudents.json";
import mobilityAz from "@/messages/az/mobility.json";
import partnersAz from "@/messages/az/partners.json";
import projectsAz from "@/messages/az/projects.json";
import reportsAz from "@/messages/az/reports.json";
import strategyAz from "@/messages/az/strategy.json";
import visitsAz from "@/messages/az/visits.json";
import agreementsEn from "@/messages/en/agreements.json";
import eventsEn from "@/messages/en/events.json";
import studentsEn from "@/messages/en/internationalStudents.json";
import mobilityEn from "@/messages/en/mobility.json";
import partnersEn from "@/messages/en/partners.json";
import projectsEn from "@/messages/en/projects.json";
import reportsEn from "@/messages/en/reports.json";
import strategyEn from "@/messages/en/strategy.json";
import visitsEn from "@/messages/en/visits.json";
import agreementsRu from "@/messages/ru/agreements.json";
import eventsRu from "@/messages/ru/events.json";
import studentsRu from "@/messages/ru/internationalStudents.json";
import mobilityRu from "@/messages/ru/mobility.json";
import partnersRu from "@/messages/ru/partners.json";
import projectsRu from "@/messages/ru/projects.json";
import reportsRu from "@/messages/ru/reports.json";
import strategyRu from "@/messages/ru/strategy.json";
import visitsRu from "@/messages/ru/visits.json";

/**
 * The words of a report in the report's language, which is chosen when it is generated and is not
 * the reader's (an English page may make a Russian report; the quarterly draft uses the
 * institution's language). The labels of other features (agreement kinds, regions) are read from
 * their own catalogues, so a report names things as the rest of the portal does.
 */
const catalogues = {
  en: { reports: reportsEn, strategy: strategyEn, agreements: agreementsEn, partners: partnersEn, mobility: mobilityEn, visits: visitsEn, events: eventsEn, internationalStudents: studentsEn, projects: projectsEn },
  az: { reports: reportsAz, strategy: strategyAz, agreements: agreementsAz, partners: partnersAz, mobility: mobilityAz, visits: visitsAz, events: eventsAz, internationalStudents: studentsAz, projects: projectsAz },
  ru: { reports: reportsRu, strategy: strategyRu, agreements: agreementsRu, partners: partnersRu, mobility: mobilityRu, visits: visitsRu, events: eventsRu, internationalStudents: studentsRu, projects: projectsRu },
} as const;

export type ReportWording = (key: string, values?: Record<string, string | number>) => string;

export function reportWording(language: AppLocale): ReportWording {
  const t = createTranslator({ locale: language, messages: catalogues[language] as never });
  return (key, values) => t(key as never, values as never);
}
