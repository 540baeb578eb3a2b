import { getTranslations } from "@/i18n/server";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { academicYearLabel } from "./condition-summary";

/** The agreed mobility flows, one row each (scrolls sideways on narrow screens). */
export async function ConditionsTable({ conditions }: { conditions: AgreementDetail["conditions"] }) {
  const t = await getTranslations("agreements");
  if (conditions.length === 0) return <p className="text-muted-foreground">{t("detail.conditionsEmpty")}</p>;
  const years = (from: number | null, to: number | null) => {
    if (from === null && to === null) return t("detail.notSet");
    const a = from ?? to!;
    const b = to ?? a;
    return a === b ? academicYearLabel(a) : `${academicYearLabel(a)}–${academicYearLabel(b)}`;
  };
  return (
    <div role="region" aria-labelledby="conditions-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-border">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="conditions-caption" className="sr-only">
          {t("detail.conditionsCaption")}
        </caption>
        <thead className="bg-muted">
          <tr>
            <th scope="col" className="px-4 py-3">{t("conditions.fields.direction")}</th>
            <th scope="col" className="px-4 py-3">{t("conditions.fields.mobilityType")}</th>
            <th scope="col" className="px-4 py-3">{t("conditions.fields.level")}</th>
            <th scope="col" className="px-4 py-3">{t("conditions.fields.iscedCode")}</th>
            <th scope="col" className="px-4 py-3 text-right">{t("detail.places")}</th>
            <th scope="col" className="px-4 py-3">{t("detail.duration")}</th>
            <th scope="col" className="px-4 py-3">{t("detail.languageRequirement")}</th>
            <th scope="col" className="px-4 py-3">{t("detail.years")}</th>
          </tr>
        </thead>
        <tbody>
          {conditions.map((c) => (
            <tr key={c.id} className="border-t border-border">
              <td className="px-4 py-2">{t(`directions.${c.direction}`)}</td>
              <td className="px-4 py-2">{t(`mobilityTypes.${c.mobilityType}`)}</td>
              <td className="px-4 py-2">{c.level ? t(`levels.${c.level}`) : t("conditions.anyLevel")}</td>
              <td className="px-4 py-2">{c.iscedCode ? `${c.iscedCode} ${c.iscedField?.name ?? ""}` : t("conditions.anySubject")}</td>
              <td className="px-4 py-2 text-right tabular-nums">{c.placesPerYear}</td>
              <td className="px-4 py-2 whitespace-nowrap">
                {[
                  c.monthsPerPlace !== null ? t("conditions.monthsSummary", { count: Number(c.monthsPerPlace) }) : null,
                  c.daysPerPlace !== null ? t("conditions.daysSummary", { count: c.daysPerPlace }) : null,
                ]
                  .filter(Boolean)
                  .join(", ") || t("detail.notSet")}
              </td>
              <td className="px-4 py-2">{[c.language, c.languageLevel].filter(Boolean).join(" ") || t("conditions.noRequirement")}</td>
              <td className="px-4 py-2 whitespace-nowrap">{years(c.fromAcademicYear, c.toAcademicYear)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
