import type { Metadata } from "next";
import Link from "next/link";
import { cache, type ReactNode } from "react";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft, CalendarPlus, ExternalLink, Rss } from "lucide-react";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { loadRecordOr404 } from "@/lib/auth/guards";
import { getCurrentUser, type SessionUser } from "@/lib/auth/current-user";
import { formatDateTime, type DateContext } from "@/lib/dates/format";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { getPublicOpportunity } from "@/lib/opportunities/catalogue";
import { getMyApplicationToCall } from "@/lib/opportunities/catalogue-my-application";
import { countryName, iscedLabel } from "@/lib/opportunities/display";
import { can } from "@/lib/permissions";
import { capitalised, languageName } from "@/lib/reference/instruction-languages";
import { contentReader } from "@/lib/translations/reader";
import { ApplyPanel, WRAPPING_BUTTON } from "./_components/apply-panel";

/** The call in the reader's language (its texts fall back to the institution's default, decision 010). */
const loadOpportunity = cache(async (id: string) => getPublicOpportunity(id, (await contentReader()).locale));

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const [opportunity, { locale }, t, timeZone] = await Promise.all([
    loadOpportunity(id),
    contentReader(),
    getTranslations("opportunities.detail"),
    getInstitutionTimeZone(),
  ]);
  if (!opportunity) return {};
  const date = formatDateTime(opportunity.closesAt, { locale, timeZone });
  const title = opportunity.title.text;
  const program = opportunity.program.name.text;
  return {
    title,
    description: opportunity.partner
      ? t("metaDescription", { title, program, partner: opportunity.partner.name, date })
      : t("metaDescriptionNoPartner", { title, program, date }),
  };
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-border py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Who reads the page, as far as applying goes. */
function readerOf(user: SessionUser | null): "visitor" | "student" | "staff" {
  if (user === null) return "visitor";
  return can(user, "application:create", { ownerId: user.id }) ? "student" : "staff";
}

/** "English, level B2 or higher", the language named in the reader's language. */
function languageRequirement(
  opportunity: { language: string | null; languageLevel: string | null },
  locale: string,
  t: Awaited<ReturnType<typeof getTranslations<"opportunities">>>,
): string {
  const language = opportunity.language ? capitalised(languageName(opportunity.language, locale), locale) : null;
  if (!opportunity.languageLevel) return language ?? t("detail.none");
  return language
    ? t("detail.languageValue", { language, level: opportunity.languageLevel })
    : t("detail.languageLevelOnly", { level: opportunity.languageLevel });
}

/**
 * One published call: what it offers, who may apply, what to prepare, and until when. What the
 * reader can do (apply, or see their application) comes right under the title.
 */
export default async function OpportunityPage({ params }: PageProps) {
  const { id } = await params;
  const [opportunity, { locale }, user, t, tApplications, format, timeZone] = await Promise.all([
    loadRecordOr404(id, loadOpportunity),
    contentReader(),
    getCurrentUser(),
    getTranslations("opportunities"),
    getTranslations("applications"),
    getFormatter(),
    getInstitutionTimeZone(),
  ]);
  const myApplication = await getMyApplicationToCall(user, opportunity.id);

  const now = new Date();
  const dates: DateContext = { locale, timeZone };
  const ended = opportunity.closesAt.getTime() <= now.getTime();
  // Only office staff see every call in the dashboard; a coordinator may not own this one.
  const isStaff = user !== null && can(user, "opportunity:read");
  const { partner, program } = opportunity;

  return (
    <article className="space-y-8" aria-labelledby="opportunity-title">
      <Link href="/opportunities" className="inline-flex items-center gap-2 text-sm text-link underline hover:text-link-hover">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("detail.back")}
      </Link>

      <header className="space-y-3 border-b border-border pb-6">
        <div className="flex flex-wrap gap-2">
          <Badge variant="info" className="max-w-full shrink whitespace-normal">
            <Localized value={program.name} locale={locale} />
          </Badge>
          {opportunity.audience.map((level) => (
            <Badge key={level}>{t(`audienceShort.${level}`)}</Badge>
          ))}
        </div>
        <h1 id="opportunity-title" className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
          <Localized value={opportunity.title} locale={locale} />
        </h1>
        {partner && (
          <p className="text-lg text-muted-foreground">
            {partner.name} · {[partner.city, countryName(partner.countryCode, locale)].filter(Boolean).join(", ")}
          </p>
        )}
      </header>

      <ApplyPanel
        opportunityId={opportunity.id}
        opensAt={opportunity.opensAt}
        closesAt={opportunity.closesAt}
        now={now}
        dates={dates}
        reader={readerOf(user)}
        myApplication={myApplication}
        t={t}
        statusLabel={(status) => tApplications(`status.${status}`)}
        format={format}
      />

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-8">
          {opportunity.description.text && (
            <section aria-labelledby="about-heading" className="space-y-3">
              <h2 id="about-heading" className="text-2xl font-semibold">{t("detail.description")}</h2>
              <Localized as="p" className="max-w-prose whitespace-pre-line" value={opportunity.description} locale={locale} />
            </section>
          )}

          <section aria-labelledby="facts-heading" className="space-y-2">
            <h2 id="facts-heading" className="text-2xl font-semibold">{t("detail.keyFacts")}</h2>
            <dl>
              <Fact term={t("detail.program")}>
                {program.url ? (
                  <a href={program.url} className="text-link underline hover:text-link-hover" rel="noopener noreferrer">
                    <Localized value={program.name} locale={locale} />
                  </a>
                ) : (
                  <Localized value={program.name} locale={locale} />
                )}
                {program.description.text && (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer text-link underline hover:text-link-hover">{t("detail.aboutProgram")}</summary>
                    <Localized as="p" className="mt-2 max-w-prose whitespace-pre-line text-muted-foreground" value={program.description} locale={locale} />
                  </details>
                )}
              </Fact>
              <Fact term={t("detail.direction")}>{t(`direction.${opportunity.direction}`)}</Fact>
              <Fact term={t("detail.audience")}>{opportunity.audience.map((level) => t(`audience.${level}`)).join(", ")}</Fact>
              <Fact term={t("detail.places")}>{format.number(opportunity.places)}</Fact>
              <Fact term={t("detail.academicYear")}>
                {t("detail.academicYearValue", { start: String(opportunity.academicYear), end: String((opportunity.academicYear + 1) % 100).padStart(2, "0") })}
              </Fact>
              <Fact term={t("detail.period")}>
                <Localized value={opportunity.academicPeriod} locale={locale} />
              </Fact>
              {opportunity.durationMonths !== null && (
                <Fact term={t("detail.duration")}>{t("detail.durationValue", { months: opportunity.durationMonths })}</Fact>
              )}
              <Fact term={t("detail.funding")}>
                {opportunity.funding.text ? <Localized value={opportunity.funding} locale={locale} className="whitespace-pre-line" /> : t("detail.none")}
              </Fact>
              <Fact term={t("detail.subjects")}>
                {opportunity.subjectAreas.length === 0 ? (
                  t("detail.anySubject")
                ) : (
                  <ul className="space-y-1">
                    {opportunity.subjectAreas.map((code) => (
                      <li key={code}>{iscedLabel(code, locale)}</li>
                    ))}
                  </ul>
                )}
              </Fact>
              <Fact term={t("detail.languageRequirement")}>{languageRequirement(opportunity, locale, t)}</Fact>
            </dl>
          </section>

          {opportunity.otherRequirements.text && (
            <section aria-labelledby="requirements-heading" className="space-y-3">
              <h2 id="requirements-heading" className="text-2xl font-semibold">{t("detail.otherRequirements")}</h2>
              <Localized as="p" className="max-w-prose whitespace-pre-line" value={opportunity.otherRequirements} locale={locale} />
            </section>
          )}

          <section aria-labelledby="documents-heading" className="space-y-3">
            <h2 id="documents-heading" className="text-2xl font-semibold">{t("detail.documents")}</h2>
            {opportunity.requiredDocuments.length === 0 ? (
              <p>{t("detail.noDocuments")}</p>
            ) : (
              <>
                <p className="text-muted-foreground">{t("detail.documentsIntro")}</p>
                <ul className="divide-y divide-border rounded-lg border border-border">
                  {opportunity.requiredDocuments.map((doc) => (
                    <li key={doc.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                      <div>
                        <p className="font-medium">{doc.name}</p>
                        {doc.description && <p className="text-sm text-muted-foreground">{doc.description}</p>}
                      </div>
                      <Badge variant={doc.isMandatory ? "warning" : "neutral"} className="self-start">
                        {doc.isMandatory ? t("detail.mandatory") : t("detail.optional")}
                      </Badge>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          {opportunity.selectionCriteria.length > 0 && (
            <section aria-labelledby="criteria-heading" className="space-y-3">
              <h2 id="criteria-heading" className="text-2xl font-semibold">{t("detail.criteria")}</h2>
              <p className="text-muted-foreground">{t("detail.criteriaIntro")}</p>
              <ul className="space-y-2">
                {opportunity.selectionCriteria.map((criterion) => (
                  <li key={criterion.label} className="flex justify-between gap-4 border-b border-border pb-2">
                    <span>{criterion.label}</span>
                    <span className="font-semibold tabular-nums">{t("detail.criterionWeight", { weight: criterion.weight })}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>

        <aside className="space-y-6">
          <section aria-labelledby="window-heading" className="space-y-4 rounded-lg border border-border bg-surface p-5 shadow-sm">
            <h2 id="window-heading" className="text-xl font-semibold">{t("detail.window")}</h2>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="font-semibold">{t("detail.opens")}</dt>
                <dd><time dateTime={opportunity.opensAt.toISOString()}>{formatDateTime(opportunity.opensAt, dates)}</time></dd>
              </div>
              <div>
                <dt className="font-semibold">{t("detail.closes")}</dt>
                <dd><time dateTime={opportunity.closesAt.toISOString()}>{formatDateTime(opportunity.closesAt, dates)}</time></dd>
              </div>
            </dl>
            {isStaff && (
              <LinkButton href={`/dashboard/opportunities/${opportunity.id}`} variant="outline" className={WRAPPING_BUTTON}>
                {t("detail.manage")}
              </LinkButton>
            )}
            {!ended && (
              <ul className="space-y-2 text-sm">
                <li>
                  {/* This call's deadline alone, as a file the calendar app opens. */}
                  <a
                    href={`/api/public/opportunities/${opportunity.id}/calendar.ics?lang=${locale}`}
                    className="inline-flex items-start gap-2 text-link underline hover:text-link-hover"
                  >
                    <CalendarPlus aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                    {t("detail.addToCalendar")}
                  </a>
                </li>
                <li>
                  <a href={`/api/public/opportunities.ics?lang=${locale}`} className="inline-flex items-start gap-2 text-link underline hover:text-link-hover">
                    <Rss aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                    {t("detail.subscribeAll")}
                  </a>
                </li>
              </ul>
            )}
          </section>

          {partner && (
            <section aria-labelledby="host-heading" className="space-y-2 rounded-lg border border-border bg-surface p-5 shadow-sm">
              <h2 id="host-heading" className="text-xl font-semibold">{t("detail.host")}</h2>
              <p className="font-medium">{partner.name}</p>
              <p className="text-sm text-muted-foreground">
                {[partner.city, countryName(partner.countryCode, locale)].filter(Boolean).join(", ")}
              </p>
              {partner.slug && (
                <p>
                  <Link href={`/partners/${partner.slug}`} className="text-sm text-link underline hover:text-link-hover">
                    {t("detail.hostProfile", { name: partner.name })}
                  </Link>
                </p>
              )}
              {partner.website && (
                <p>
                  <a href={partner.website} rel="noopener noreferrer" className="inline-flex items-center gap-1 text-sm text-link underline hover:text-link-hover">
                    {t("detail.hostWebsite", { name: partner.name })}
                    <ExternalLink aria-hidden="true" className="size-3.5" />
                  </a>
                </p>
              )}
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
