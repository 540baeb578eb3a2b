import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { TableScrollRegion } from "@/components/ui/table-scroll-region";
import type { AgreementDetail } from "@/lib/agreements/queries";
import { iscedLabel } from "@/lib/reference/isced";
import { academicYearLabel } from "./condition-summary";

/**
 * The agreed mobility flows, one row each. Cells wrap between words so the table fits a staff page
 * at 1280 px in every language; on a phone it scrolls sideways and says so.
 */
export async function ConditionsTable({ conditions }: { conditions: AgreementDetail["conditions"] }) {
  const [t, tTable, locale] = await Promise.all([getTranslations("agreements"), getTranslations("common.table"), getLocale()]);
  if (conditions.length === 0) return <p className="text-muted-foreground">{t("detail.conditionsEmpty")}</p>;
  const years = (from: number | null, to: number | null) => {
    if (from === null && to === null) return t("detail.notSet");
    const a = from ?? to!;
    const b = to ?? a;
    return a === b ? academicYearLabel(a) : `${academicYearLabel(a)}–${academicYearLabel(b)}`;
  };
  return (
    <TableScrollRegion labelledBy="conditions-caption" hint={tTable("scrollHint")}>
      <table className="w-full border-collapse text-left text-sm break-words">
        <caption id="conditions-caption" className="sr-only">
          {t("detail.conditionsCaption")}
        </caption>
        <thead className="bg-muted">
          <tr>
            <th scope="col" className="px-2.5 py-3 align-bottom">{t("conditions.fields.direction")}</th>
            <th scope="col" className="px-2.5 py-3 align-bottom">{t("conditions.fields.mobilityType")}</th>
            <th scope="col" className="px-2.5 py-3 align-bottom">{t("conditions.fields.level")}</th>
            <th scope="col" className="px-2.5 py-3 align-bottom">{t("conditions.fields.iscedCode")}</th>
            <th scope="col" className="px-2.5 py-3 align-bottom text-right">{t("detail.places")}</th>
            <th scope="col" className="px-2.5 py-3 align-bottom">{t("detail.duration")}</th>
            <th scope="col" className="px-2.5 py-3 align-bottom">{t("detail.languageRequirement")}</th>
            <th scope="col" className="px-2.5 py-3 align-bottom">{t("detail.years")}</th>
          </tr>
        </thead>
        <tbody>
          {conditions.map((c) => (
            <tr key={c.id} className="border-t border-border">
              <td className="px-2.5 py-2 align-top">{t(`directions.${c.direction}`)}</td>
              <td className="px-2.5 py-2 align-top">{t(`mobilityTypes.${c.mobilityType}`)}</td>
              <td className="px-2.5 py-2 align-top">{c.level ? t(`levels.${c.level}`) : t("conditions.anyLevel")}</td>
              <td className="px-2.5 py-2 align-top">{c.iscedCode ? iscedLabel(c.iscedCode, locale) : t("conditions.anySubject")}</td>
              <td className="px-2.5 py-2 align-top text-right tabular-nums">{c.placesPerYear}</td>
              <td className="px-2.5 py-2 align-top">
                {[
                  c.monthsPerPlace !== null ? t("conditions.monthsSummary", { count: Number(c.monthsPerPlace) }) : null,
                  c.daysPerPlace !== null ? t("conditions.daysSummary", { count: c.daysPerPlace }) : null,
                ]
                  .filter(Boolean)
                  .join(", ") || t("detail.notSet")}
              </td>
              <td className="px-2.5 py-2 align-top">{[c.language, c.languageLevel].filter(Boolean).join(" ") || t("conditions.noRequirement")}</td>
              <td className="px-2.5 py-2 align-top">{years(c.fromAcademicYear, c.toAcademicYear)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScrollRegion>
  );
}
