import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft, Download } from "lucide-react";
import { Localized } from "@/components/content/localized";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { env } from "@/lib/env";
import { budgetRange, deadlineTexts } from "@/lib/grant-calls/display";
import { isEditable } from "@/lib/grant-calls/lifecycle";
import { grantCallAbilities, isFollowing, listCallProjects } from "@/lib/grant-calls/queries";
import { GRANT_CALL_TEXT_FIELDS } from "@/lib/grant-calls/schemas";
import { iscedLabel } from "@/lib/opportunities/display";
import { contentReader } from "@/lib/translations/reader";
import { ApplyButton } from "../_components/apply-button";
import { DocumentUpload } from "../_components/document-upload";
import { FollowButton } from "../_components/follow-button";
import { LifecycleActions } from "../_components/lifecycle-actions";
import { loadStaffGrantCall } from "../_components/load-grant-call";
import { RemoveDocument } from "../_components/remove-document";
import { statusVariant } from "../_components/status-variant";

interface PageProps {
  params: Promise<{ id: string }>;
}

const pathOf = (id: string) => `/dashboard/grant-calls/${id}`;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const { call } = await loadStaffGrantCall(id, pathOf(id));
  return { title: call.title };
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-border py-2.5 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A grant call as staff see it: every field, its status, following, "we are applying", documents and projects. */
export default async function StaffGrantCallPage({ params }: PageProps) {
  const { id } = await params;
  const { user, call } = await loadStaffGrantCall(id, pathOf(id));
  const [t, tAll, format, reader, zone, messages, following, projects] = await Promise.all([
    getTranslations("grantCalls.staff"),
    getTranslations(),
    getFormatter(),
    contentReader(),
    getInstitutionTimeZone(),
    getClientMessages(["common", "errors", "grantCalls"]),
    isFollowing(user, id),
    listCallProjects(user, id),
  ]);
  const may = grantCallAbilities(user);
  const texts = reader.pick(call, GRANT_CALL_TEXT_FIELDS);
  const deadline = deadlineTexts(call, reader.locale, zone);
  const budget = budgetRange({ ...call, budgetMin: call.budgetMin?.toFixed(2) ?? null, budgetMax: call.budgetMax?.toFixed(2) ?? null }, reader.locale);
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const open = call.status === "PUBLISHED" && call.deadline > new Date();

  return (
    <div className="space-y-8">
      <Link href="/dashboard/grant-calls" className="inline-flex items-center gap-2 text-sm text-link underline hover:text-link-hover">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <PageHeader
        title={<Localized value={texts.title} locale={reader.locale} />}
        description={[call.funder, call.program].filter(Boolean).join(" — ")}
        actions={
          <>
            {may.update && isEditable(call.status) && <LinkButton href={`${pathOf(call.id)}/edit`}>{t("edit")}</LinkButton>}
            {call.status === "PUBLISHED" && call.isPublic && (
              <LinkButton href={`/grant-calls/${call.id}`} variant="outline">
                {t("publicPage")}
              </LinkButton>
            )}
            <LinkButton href={`${pathOf(call.id)}/partners`} variant="outline">
              {t("partners")}
            </LinkButton>
          </>
        }
      />

      <section aria-labelledby="status-heading" className="space-y-3 rounded-lg border border-border p-5">
        <h2 id="status-heading" className="flex flex-wrap items-center gap-3 text-lg font-semibold">
          {t("lifecycleHeading")} <Badge variant={statusVariant(call.status)}>{tAll(`grantCalls.status.${call.status}`)}</Badge>
          {!call.isPublic && <Badge>{t("staffOnly")}</Badge>}
        </h2>
        {call.status === "CLOSED" && <Alert variant="info">{t("closedNote")}</Alert>}
        <NextIntlClientProvider messages={messages}>
          <LifecycleActions id={call.id} version={call.version} status={call.status} may={{ update: may.update, delete: may.delete }} />
        </NextIntlClientProvider>
        <p className="text-sm text-muted-foreground">{t("history", { created: dateTime(call.createdAt), updated: dateTime(call.updatedAt), version: call.version })}</p>
        <p className="text-sm text-muted-foreground">{t("followers", { count: call._count.followers })}</p>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        {(open || following) && (
          <section aria-labelledby="follow-heading" className="space-y-3 rounded-lg border border-border p-5">
            <h2 id="follow-heading" className="text-lg font-semibold">
              {t("reminders")}
            </h2>
            <NextIntlClientProvider messages={messages}>
              <FollowButton callId={call.id} following={following} />
            </NextIntlClientProvider>
          </section>
        )}
        {may.apply && open && (
          <section aria-labelledby="apply-heading" className="space-y-3 rounded-lg border border-border p-5">
            <h2 id="apply-heading" className="text-lg font-semibold">
              {tAll("grantCalls.apply.heading")}
            </h2>
            <p className="text-sm text-muted-foreground">{tAll("grantCalls.apply.text")}</p>
            <NextIntlClientProvider messages={messages}>
              <ApplyButton callId={call.id} />
            </NextIntlClientProvider>
          </section>
        )}
      </div>

      <section aria-labelledby="details-heading" className="space-y-2">
        <h2 id="details-heading" className="text-xl font-semibold">
          {t("details")}
        </h2>
        <dl>
          <Fact term={t("funderProgram")}>{[call.funder, call.program].filter(Boolean).join(" — ")}</Fact>
          <Fact term={t("deadlineTerm")}>
            <time dateTime={call.deadline.toISOString()}>{deadline.own}</time>
            {deadline.institution && <span className="block text-sm text-muted-foreground">{t("deadlineInstitution", { date: deadline.institution })}</span>}
          </Fact>
          <Fact term={t("timeZone")}>{call.timeZone ?? t("institutionZone", { zone })}</Fact>
          <Fact term={tAll("grantCalls.form.audiences")}>{call.audiences.map((value) => tAll(`grantCalls.audience.${value}`)).join(", ")}</Fact>
          <Fact term={t("subjects")}>{call.subjectAreas.length ? call.subjectAreas.map((code) => iscedLabel(code, reader.locale)).join("; ") : t("anyField")}</Fact>
          <Fact term={t("budget")}>
            {!budget
              ? t("noBudget")
              : budget.min && budget.max
                ? t("budgetRange", { min: budget.min, max: budget.max })
                : budget.min
                  ? t("budgetFrom", { min: budget.min })
                  : t("budgetUpTo", { max: budget.max ?? "" })}
          </Fact>
          <Fact term={t("link")}>
            {call.url ? (
              <a href={call.url} className="text-link underline underline-offset-4" rel="noopener noreferrer" target="_blank">
                {call.url}
              </a>
            ) : (
              t("noLink")
            )}
          </Fact>
          <Fact term={t("visibility")}>{call.isPublic ? t("public") : t("internal")}</Fact>
          <Fact term={t("reminders")}>
            {call.reminderLeadDays.length ? call.reminderLeadDays.map((days) => t("reminderDays", { days })).join("; ") : t("noReminders")}
          </Fact>
        </dl>
        {texts.description.text && (
          <>
            <h3 className="pt-4 text-lg font-semibold">{t("descriptionHeading")}</h3>
            <Localized value={texts.description} locale={reader.locale} as="p" className="max-w-prose whitespace-pre-line" />
          </>
        )}
        {texts.eligibility.text && (
          <>
            <h3 className="pt-4 text-lg font-semibold">{t("eligibilityHeading")}</h3>
            <Localized value={texts.eligibility} locale={reader.locale} as="p" className="max-w-prose whitespace-pre-line" />
          </>
        )}
      </section>

      <section aria-labelledby="documents-heading" className="space-y-4">
        <h2 id="documents-heading" className="text-xl font-semibold">
          {tAll("grantCalls.documents.heading")}
        </h2>
        {call.documents.length === 0 ? (
          <p className="text-muted-foreground">{tAll("grantCalls.documents.empty")}</p>
        ) : (
          <ul className="divide-y divide-border rounded-lg border border-border">
            {call.documents.map((document) => (
              <li key={document.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <a
                  href={`/api/grant-calls/${call.id}/documents/${document.id}`}
                  className="inline-flex min-h-11 min-w-0 items-center gap-1.5 break-words text-link underline underline-offset-4"
                  aria-label={tAll("grantCalls.documents.download", { title: document.title })}
                  download
                >
                  <Download aria-hidden="true" className="size-4 shrink-0" />
                  {document.title}
                  <span className="text-sm text-muted-foreground">
                    ({document.file.fileName}, {fileSize(document.file.sizeBytes)})
                  </span>
                </a>
                {may.update && (
                  <NextIntlClientProvider messages={messages}>
                    <RemoveDocument callId={call.id} documentId={document.id} title={document.title} />
                  </NextIntlClientProvider>
                )}
              </li>
            ))}
          </ul>
        )}
        {may.update && isEditable(call.status) && (
          <NextIntlClientProvider messages={messages}>
            <DocumentUpload callId={call.id} maxMb={env().UPLOAD_MAX_MB} />
          </NextIntlClientProvider>
        )}
      </section>

      <section aria-labelledby="projects-heading" className="space-y-3">
        <h2 id="projects-heading" className="text-xl font-semibold">
          {t("projectsHeading")}
        </h2>
        {projects.length === 0 ? (
          <p className="text-muted-foreground">{t("noProjects")}</p>
        ) : (
          <ul className="space-y-2">
            {projects.map((project) => (
              <li key={project.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/dashboard/projects/${project.id}`} className="text-link underline underline-offset-4">
                  {project.title}
                </Link>
                <Badge variant="info">{t(`projectStatus.${project.status}`)}</Badge>
                {project.unit && <span className="text-sm text-muted-foreground">{project.unit.name}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
