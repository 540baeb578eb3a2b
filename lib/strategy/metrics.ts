import {
  AgreementKind,
  EventKind,
  MobilityType,
  ParticipantType,
  PartnerKind,
  StudyLevel,
  VisitKind,
  WorldRegion,
  type StrategyMetric,
} from "@/lib/generated/prisma/enums";

/**
 * What each computed strategy metric counts and how it may be narrowed. Pure, shared by the form
 * (which filters to offer), the service (which to keep) and the SQL (lib/strategy/actuals.ts).
 *
 * Every count is for a calendar year, "as of" a day (the year's last day, or today / a report's
 * last day while the year runs):
 * - ACTIVE_AGREEMENTS: agreements in force on that day (signed, started, not ended or terminated);
 * - ACTIVE_PARTNERS: partners (not archived) with at least one such agreement;
 * - OUTGOING_ / INCOMING_MOBILITIES: mobilities (not cancelled) that started in the calendar year,
 *   by their start date. Calendar years, not academic ones, so a strategy year, an annual report
 *   and every other indicator count the same months;
 * - INTERNATIONAL_STUDENTS: degree-seeking international students enrolled on that day;
 * - PROJECTS: funded projects (funded, running or closed) running at some point in the year, or,
 *   with stage "FUNDED", projects whose funding was decided in the year;
 * - EVENTS_HELD: published events that started in the year;
 * - VISITS_RECEIVED: completed incoming visits that started in the year.
 */

export const FILTER_KEYS = ["kind", "region", "participantType", "mobilityType", "level", "stage"] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];

export const PROJECT_STAGES = ["RUNNING", "FUNDED"] as const;

export type ProjectStage = (typeof PROJECT_STAGES)[number];

/** A stored filter, cleaned: only the keys its metric accepts, each a known value. */
export type IndicatorFilter = Partial<Record<FilterKey, string>>;

const REGIONS = Object.values(WorldRegion);

/** The values each filter accepts, per metric; a metric without a key does not accept it. */
export const METRIC_FILTERS: Record<StrategyMetric, Partial<Record<FilterKey, readonly string[]>>> = {
  ACTIVE_AGREEMENTS: { kind: Object.values(AgreementKind), region: REGIONS },
  ACTIVE_PARTNERS: { kind: Object.values(PartnerKind), region: REGIONS },
  OUTGOING_MOBILITIES: { participantType: Object.values(ParticipantType), mobilityType: Object.values(MobilityType), region: REGIONS },
  INCOMING_MOBILITIES: { participantType: Object.values(ParticipantType), mobilityType: Object.values(MobilityType), region: REGIONS },
  INTERNATIONAL_STUDENTS: { level: Object.values(StudyLevel), region: REGIONS },
  PROJECTS: { stage: PROJECT_STAGES },
  EVENTS_HELD: { kind: Object.values(EventKind) },
  VISITS_RECEIVED: { kind: Object.values(VisitKind), region: REGIONS },
};

/** The filter keys a metric accepts, in the form's order. */
export function filterKeysOf(metric: StrategyMetric): FilterKey[] {
  return FILTER_KEYS.filter((key) => METRIC_FILTERS[metric][key] !== undefined);
}

/** The stored JSON as a filter of `metric`: unknown keys and values are dropped, never thrown on. */
export function readFilter(metric: StrategyMetric | null, value: unknown): IndicatorFilter {
  if (!metric || !value || typeof value !== "object" || Array.isArray(value)) return {};
  const filter: IndicatorFilter = {};
  for (const key of filterKeysOf(metric)) {
    const chosen = (value as Record<string, unknown>)[key];
    if (typeof chosen === "string" && METRIC_FILTERS[metric][key]!.includes(chosen)) filter[key] = chosen;
  }
  return filter;
}

/**
 * A level is a stock counted on a day (agreements in force); a flow adds up over the year
 * (mobilities). It decides how a running year's target is pro-rated (lib/strategy/status.ts).
 * Hand-entered indicators are flows: a value for the year so far.
 */
export type MetricNature = "level" | "flow";

export function natureOf(metric: StrategyMetric | null, filter: IndicatorFilter): MetricNature {
  switch (metric) {
    case "ACTIVE_AGREEMENTS":
    case "ACTIVE_PARTNERS":
    case "INTERNATIONAL_STUDENTS":
      return "level";
    case "PROJECTS":
      return filter.stage === "FUNDED" ? "flow" : "level";
    default:
      return "flow";
  }
}
