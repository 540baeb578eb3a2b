import { getLocale } from "next-intl/server";
import { GraduationCap } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { isLocale, defaultLocale, type AppLocale } from "@/i18n/config";
import { getPublicInternationalStudentFigure } from "@/lib/international-students/public-figure";
import { countryName } from "@/lib/partners/country-names";

export interface InternationalStudentsFigureViewProps {
  /** "95 students from 17 countries study at the university." */
  summary: string;
  heading: string;
  countriesLabel: string;
  /** Country names in the reader's language, the most represented first. */
  countries: readonly string[];
}

/** The figure as shown: a total and the countries, never a person. */
export function InternationalStudentsFigureView({ summary, heading, countriesLabel, countries }: InternationalStudentsFigureViewProps) {
  return (
    <section aria-labelledby="international-students-figure" className="space-y-4 rounded-lg border border-border bg-surface p-6 shadow-sm">
      <div className="flex items-center gap-3">
        <GraduationCap aria-hidden="true" className="size-8 shrink-0 text-primary" />
        <h2 id="international-students-figure" className="text-2xl font-bold tracking-tight">
          {heading}
        </h2>
      </div>
      <p className="text-lg">{summary}</p>
      <ul aria-label={countriesLabel} className="flex flex-wrap gap-2">
        {countries.map((name) => (
          <li key={name} className="rounded-full border border-border bg-muted px-3 py-1 text-sm">
            {name}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * For the public home page: how many degree-seeking international students are enrolled and from
 * which countries ("95 students from 17 countries"), from the aggregate only (see
 * lib/international-students/public-figure.ts). Renders nothing while no student is enrolled.
 */
export async function InternationalStudentsFigure({ locale: given }: { locale?: AppLocale } = {}) {
  const requested = given ?? (await getLocale());
  const locale = isLocale(requested) ? requested : defaultLocale;
  const [figure, t] = await Promise.all([getPublicInternationalStudentFigure(), getTranslations({ locale, namespace: "internationalStudents.public" })]);
  if (figure.students === 0) return null;
  return (
    <InternationalStudentsFigureView
      heading={t("heading")}
      summary={t("summary", { students: figure.students, countries: figure.countryCodes.length })}
      countriesLabel={t("countries")}
      countries={figure.countryCodes.map((code) => countryName(code, locale))}
    />
  );
}
