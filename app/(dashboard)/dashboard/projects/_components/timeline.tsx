import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { layoutTimeline, type TimelineInput } from "@/lib/projects/timeline";

/** Geometry of the drawing (SVG user units); it scales to the width of the page. */
const WIDTH = 1000;
const LABEL_WIDTH = 260;
const ROW = 26;
const TOP = 28;
const BAR = 14;

/** Colours with at least 3:1 against the white background (WCAG 1.4.11); the kind is also said in the table. */
const FILL = { workPackage: "#2166ac", activity: "#b45309" } as const;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The work plan on the project's period, drawn on the server as SVG (no chart script in the page):
 * work packages as blue bars over their months, activities as amber bars over their days, a mark
 * per year and today. The drawing is hidden from screen readers; the table after it says the same
 * in words.
 */
export async function ProjectTimeline(input: TimelineInput) {
  const [t, format] = await Promise.all([getTranslations("projects.timeline"), getFormatter()]);
  const layout = layoutTimeline(input);
  if (layout.bars.length === 0) return <p className="text-muted-foreground">{t("empty")}</p>;
  const plot = WIDTH - LABEL_WIDTH - 8;
  const x = (fraction: number) => LABEL_WIDTH + fraction * plot;
  const height = TOP + layout.bars.length * ROW + 8;
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  return (
    <figure className="space-y-3">
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground">
        <span>{t("caption", { months: layout.months })}</span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: FILL.workPackage }} />
          {t("workPackage")}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: FILL.activity }} />
          {t("activity")}
        </span>
      </figcaption>
      {/* Focusable so a keyboard can scroll the drawing on a narrow screen; its words are in the table below. */}
      <div role="region" aria-label={t("drawing")} tabIndex={0} className="overflow-x-auto rounded-lg border border-border bg-surface">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full min-w-[640px]" aria-hidden="true" focusable="false">
          {layout.years.map((year) => (
            <g key={year.year}>
              <line x1={x(year.at)} x2={x(year.at)} y1={TOP - 6} y2={height} stroke="#cbd5e1" />
              <text x={x(year.at) + 3} y={16} fontSize={12} fill="#475569">
                {year.year}
              </text>
            </g>
          ))}
          {layout.bars.map((bar, index) => {
            const y = TOP + index * ROW;
            return (
              <g key={bar.id}>
                <text x={8} y={y + BAR - 2} fontSize={12} fill="#0f172a">
                  {truncate(bar.label, 38)}
                </text>
                <rect x={x(bar.from)} y={y} width={Math.max(2, (bar.to - bar.from) * plot)} height={BAR} rx={3} fill={FILL[bar.kind]} />
              </g>
            );
          })}
          {layout.today !== null && (
            <g>
              <line x1={x(layout.today)} x2={x(layout.today)} y1={TOP - 10} y2={height} stroke="#b91c1c" strokeWidth={2} strokeDasharray="4 3" />
              <text x={x(layout.today) + 3} y={TOP - 12} fontSize={11} fill="#b91c1c">
                {t("today")}
              </text>
            </g>
          )}
        </svg>
      </div>
      <table className="sr-only">
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("item")}</th>
            <th scope="col">{t("kind")}</th>
            <th scope="col">{t("from")}</th>
            <th scope="col">{t("to")}</th>
          </tr>
        </thead>
        <tbody>
          {layout.bars.map((bar) => (
            <tr key={bar.id}>
              <th scope="row">{bar.label}</th>
              <td>{bar.kind === "workPackage" ? t("workPackage") : t("activity")}</td>
              <td>{day(bar.startDay)}</td>
              <td>
                {day(bar.endDay)}
                {bar.outside ? ` (${t("outside")})` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
