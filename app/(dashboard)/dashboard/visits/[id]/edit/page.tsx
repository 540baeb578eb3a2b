import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { can } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { getVisitForStaff, getVisitFormOptions, type StaffVisit, type VisitFormOptions } from "@/lib/visits/queries";
import { visitFormValues } from "@/lib/visits/schemas";
import { VisitForm } from "../../_components/visit-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("visits");
  return { title: t("form.editTitle") };
}

/**
 * The form's choices plus what the visit links to now, when the choices lack it (an archived partner,
 * another unit's agreement an officer linked): a select without the option would clear the link on save.
 */
function withCurrentLinks(choices: VisitFormOptions, visit: StaffVisit): VisitFormOptions {
  const add = <T extends { id: string }>(list: T[], current: T | null) => (current && !list.some((item) => item.id === current.id) ? [current, ...list] : list);
  return {
    partners: add(choices.partners, visit.partner),
    agreements: add(choices.agreements, visit.agreement),
    projects: add(choices.projects, visit.project),
    units: add(choices.units, visit.hostUnit),
    officers: add(choices.officers, visit.responsible),
  };
}

export default async function EditVisitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageAccess(`/dashboard/visits/${id}/edit`, "visit:update");
  const visit = await loadRecordOr404(id, (visitId) => getVisitForStaff(user, visitId));
  // A visit the user may read but not change (another unit's, for a coordinator) has no edit page.
  if (!can(user, "visit:update", { unitId: visit.hostUnitId ?? undefined })) notFound();
  const [t, messages, choices, defaultLanguage] = await Promise.all([
    getTranslations("visits"),
    getClientMessages(["common", "errors", "visits"]),
    getVisitFormOptions(user),
    getDefaultContentLanguage(),
  ]);
  return (
    <div className="space-y-6">
      <Link href={`/dashboard/visits/${visit.id}`} className="inline-flex items-center gap-1.5 text-sm font-medium text-link underline-offset-4 hover:underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("detail.backToVisit")}
      </Link>
      <PageHeader title={t("form.editTitle")} description={visit.title} />
      <NextIntlClientProvider messages={messages}>
        <VisitForm
          key={visit.version}
          choices={withCurrentLinks(choices, visit)}
          defaultLanguage={defaultLanguage}
          visit={{ id: visit.id, version: visit.version, values: visitFormValues({ ...visit, participants: undefined, agenda: undefined }) }}
        />
      </NextIntlClientProvider>
    </div>
  );
}
