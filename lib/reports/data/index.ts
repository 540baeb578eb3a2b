import "server-only";
import { loadStrategyProgress, type StrategyProgress } from "@/lib/strategy/progress";
import { loadActivitySection, type ActivitySection } from "./activities";
import { loadAgreementSection, type AgreementSection } from "./agreements";
import type { ReportContext } from "./context";
import { loadHighlights, type HighlightRow } from "./highlights";
import { loadMobilitySection, type MobilitySection } from "./mobility";
import { loadStudentSection, type StudentSection } from "./students";

/** Everything an activity report shows, read from the records for its period and language. */
export interface ReportData {
  context: ReportContext;
  agreements: AgreementSection;
  mobility: MobilitySection;
  activities: ActivitySection;
  students: StudentSection;
  /** The strategy in the year of the day the figures are for, for the whole institution. */
  strategy: StrategyProgress;
  highlights: HighlightRow[];
}

/** Loads the sections one after another, saying how far it got (0–1), so the page can show progress. */
export async function loadReportData(context: ReportContext, progress: (share: number) => Promise<void> = async () => {}): Promise<ReportData> {
  const agreements = await loadAgreementSection(context);
  await progress(0.2);
  const mobility = await loadMobilitySection(context);
  await progress(0.45);
  const activities = await loadActivitySection(context);
  await progress(0.6);
  const students = await loadStudentSection(context);
  await progress(0.75);
  const [strategy, highlights] = await Promise.all([
    loadStrategyProgress({ asOf: context.asOf, unitId: null, language: context.language, defaultLanguage: context.defaultLanguage, timeZone: context.timeZone }),
    loadHighlights(context),
  ]);
  await progress(1);
  return { context, agreements, mobility, activities, students, strategy, highlights };
}

export type { ReportContext } from "./context";
