import Link from "next/link";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { hrefWith, type SearchParamsRecord } from "@/components/ui/table-search-params";
import type { StudentStatistics as Statistics } from "@/lib/international-students/queries";
import { countryName } from "@/lib/partners/country-names";

/** Groups shown per dimension; the rest are summed as "other". */
const SHOWN = 8;

interface Group {
  key: string;
  label: string;
  count: number;
  /** The list filtered to this group, or null when the group cannot be a filter (no unit, "other"). */
  href: string | null;
}

function StatisticsTable({ id, title, header, groups, total, countLabel }: { id: string; title: string; header: string; groups: Group[]; total: number; countLabel: string }) {
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-lg border border-border bg-surface p-4 shadow-sm">
      <h3 id={id} className="text-base font-semibold">
        {title}
      </h3>
      <table aria-labelledby={id} className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1.5 pr-3 font-semibold">
              {header}
            </th>
            <th scope="col" className="py-1.5 text-right font-semibold">
              {countLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key} className="border-b border-border last:border-b-0">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {group.href ? (
                  <Link href={group.href} className="text-link underline-offset-4 hover:underline">
                    {group.label}
                  </Link>
                ) : (
                  group.label
                )}
              </th>
              <td className="py-1.5 text-right tabular-nums">
                {group.count}
                <span className="ml-1 text-xs text-muted-foreground">({Math.round((group.count / Math.max(total, 1)) * 100)}%)</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * How the filtered students divide by country, program, unit and intake year; each group links to
 * the list filtered by it, so a figure can be opened into its students.
 */
export async function StudentStatistics({ statistics, pathname, params }: { statistics: Statistics; pathname: string; params: SearchParamsRecord }) {
  const [t, format, locale] = await Promise.all([getTranslations("internationalStudents"), getFormatter(), getLocale()]);
  const filtered = (change: Record<string, string>) => hrefWith(pathname, params, { ...change, page: null });
  const top = (groups: Group[]): Group[] => {
    if (groups.length <= SHOWN) return groups;
    const rest = groups.slice(SHOWN - 1);
    return [...groups.slice(0, SHOWN - 1), { key: "other", label: t("statistics.other", { count: rest.length }), count: rest.reduce((sum, g) => sum + g.count, 0), href: null }];
  };
  const tables = [
    {
      id: "stats-country",
      title: t("statistics.byCountry"),
      header: t("fields.country"),
      groups: statistics.byCountry.map((row) => ({ key: row.countryCode, label: countryName(row.countryCode, locale), count: row.count, href: filtered({ country: row.countryCode }) })),
    },
    {
      id: "stats-program",
      title: t("statistics.byProgram"),
      header: t("fields.programName"),
      groups: statistics.byProgram.map((row) => ({ key: row.programName, label: row.programName, count: row.count, href: filtered({ program: row.programName }) })),
    },
    {
      id: "stats-unit",
      title: t("statistics.byUnit"),
      header: t("fields.unit"),
      groups: statistics.byUnit.map((row) => ({
        key: row.unitId ?? "none",
        label: row.unitName ?? t("statistics.noUnit"),
        count: row.count,
        href: row.unitId ? filtered({ unitId: row.unitId }) : null,
      })),
    },
    {
      id: "stats-year",
      title: t("statistics.byYear"),
      header: t("fields.intakeYear"),
      groups: statistics.byYear.map((row) => ({ key: String(row.intakeYear), label: String(row.intakeYear), count: row.count, href: filtered({ intakeYear: String(row.intakeYear) }) })),
    },
  ];
  return (
    <section aria-labelledby="student-statistics" className="space-y-3">
      <h2 id="student-statistics" className="text-xl font-semibold">
        {t("statistics.heading", { count: statistics.total, countries: statistics.byCountry.length, formatted: format.number(statistics.total) })}
      </h2>
      {statistics.total > 0 && (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          {tables.map((table) => (
            <StatisticsTable key={table.id} {...table} groups={top(table.groups)} total={statistics.total} countLabel={t("statistics.students")} />
          ))}
        </div>
      )}
    </section>
  );
}
