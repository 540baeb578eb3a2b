import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { canCreateProjects } from "@/lib/projects/access";
import { getProjectFormOptions } from "@/lib/projects/staff-queries";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { requireProjectsPage } from "../_components/guard";
import { ProjectForm } from "../_components/project-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("form.newTitle") };
}

export default async function NewProjectPage() {
  const user = await requireProjectsPage("/dashboard/projects/new");
  if (!canCreateProjects(user)) forbidden();
  const [t, messages, defaultLanguage, options] = await Promise.all([
    getTranslations("projects"),
    getClientMessages(["common", "errors", "projects"]),
    getDefaultContentLanguage(),
    getProjectFormOptions(user),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("form.newTitle")} description={t("form.newDescription")} />
      <NextIntlClientProvider messages={messages}>
        <ProjectForm options={options} defaultLanguage={defaultLanguage} />
      </NextIntlClientProvider>
    </div>
  );
}
