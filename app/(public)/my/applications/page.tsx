import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { statusVariant } from "@/lib/applications/status-display";
import { listMyApplications } from "@/lib/applications/student-queries";
import { requirePageAccess } from "@/lib/auth/guards";
import { isLocale, defaultLocale } from "@/i18n/config";
import { callTitlesIn } from "@/lib/opportunities/localized-titles";
import { canSome } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.my");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The student's own applications with their current status; drafts link back to the form. */
export default async function MyApplicationsPage() {
  const user = await requirePageAccess("/my/applications");
  const [t, tStatus, format] = await Promise.all([getTranslations("applications.my"), getTranslations("applications.status"), getFormatter()]);
  const applications = canSome(user, "application:create") ? await listMyApplications(user) : [];
  // The calls' titles in the student's language (decision 010), one query for all of them.
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  const titles = await callTitlesIn(applications.map((application) => application.opportunity.id), locale);

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      {applications.length === 0 ? (
        <EmptyState title={t("empty")} action={<LinkButton href="/opportunities">{t("emptyAction")}</LinkButton>} />
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-4">
          {applications.map((application) => {
            const isDraft = application.status === "DRAFT";
            const href = isDraft ? `/opportunities/${application.opportunity.id}/apply` : `/my/applications/${application.id}`;
            const title = titles.get(application.opportunity.id)?.title ?? { text: application.opportunity.title, lang: locale };
            return (
              <li key={application.id}>
                <Card>
                  <CardContent className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                    <div className="min-w-0 space-y-1">
                      <h2 className="text-lg font-semibold">
                        <Link
                          href={href}
                          aria-label={isDraft ? t("continue", { title: title.text }) : t("view", { title: title.text })}
                          className="text-link underline-offset-4 hover:underline"
                        >
                          <Localized value={title} locale={locale} />
                        </Link>
                      </h2>
                      {application.opportunity.partner && <p className="text-sm text-muted-foreground">{t("host", { partner: application.opportunity.partner.name })}</p>}
                      <p className="text-sm text-muted-foreground">
                        {application.submittedAt
                          ? t("submittedOn", { date: format.dateTime(application.submittedAt, { dateStyle: "medium" }) })
                          : `${t("updatedOn", { date: format.dateTime(application.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })} · ${t("deadline", { date: format.dateTime(application.opportunity.closesAt, { dateStyle: "medium" }) })}`}
                      </p>
                    </div>
                    <Badge variant={statusVariant(application.status)} className="self-start">
                      {tStatus(application.status)}
                    </Badge>
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
