import type { ConditionSnapshot } from "@/lib/agreements/snapshot";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** One cooperation condition in a line: "Outgoing · Student study · Bachelor · 0231 · 2 places a year · 5 months · English B2 · 2026/27–2030/31". */
export function conditionSummary(t: Translate, condition: ConditionSnapshot): string {
  const parts = [t(`directions.${condition.direction}`), t(`mobilityTypes.${condition.mobilityType}`)];
  if (condition.level) parts.push(t(`levels.${condition.level}`));
  if (condition.iscedCode) parts.push(condition.iscedCode);
  parts.push(t("conditions.placesSummary", { count: condition.placesPerYear }));
  if (condition.monthsPerPlace !== null) parts.push(t("conditions.monthsSummary", { count: condition.monthsPerPlace }));
  if (condition.daysPerPlace !== null) parts.push(t("conditions.daysSummary", { count: condition.daysPerPlace }));
  if (condition.language || condition.languageLevel) parts.push([condition.language, condition.languageLevel].filter(Boolean).join(" "));
  if (condition.fromAcademicYear !== null || condition.toAcademicYear !== null) {
    const from = condition.fromAcademicYear ?? condition.toAcademicYear!;
    const to = condition.toAcademicYear ?? from;
    parts.push(from === to ? academicYearLabel(from) : `${academicYearLabel(from)}–${academicYearLabel(to)}`);
  }
  return parts.join(" · ");
}

/** 2026 → "2026/27". */
export function academicYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}
