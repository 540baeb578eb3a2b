import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { getClientMessages } from "@/i18n/client-messages";
import { projectAbilities } from "@/lib/projects/access";
import { projectFormValues } from "@/lib/projects/schemas";
import { getProjectFormOptions } from "@/lib/projects/staff-queries";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { requireProjectPage } from "../../_components/guard";
import { ProjectForm } from "../../_components/project-form";
import { ProjectHeader } from "../../_components/project-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("form.editTitle") };
}

/** The project's record in its form; someone who may only read it has nothing to edit here (404, like a project out of reach). */
export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, project } = await requireProjectPage(id, "/edit");
  if (!projectAbilities(user, project.unitId).update) notFound();
  const [t, messages, defaultLanguage, options] = await Promise.all([
    getTranslations("projects"),
    getClientMessages(["common", "errors", "projects"]),
    getDefaultContentLanguage(),
    getProjectFormOptions(user, { userIds: project.team.flatMap((member) => (member.userId ? [member.userId] : [])) }),
  ]);
  const unregisteredNames = Object.fromEntries(project.partners.filter((member) => !member.partnerId).map((member) => [member.id, member.name]));
  return (
    <div className="space-y-8">
      <ProjectHeader project={project} current={null} />
      <h2 className="text-xl font-semibold">{t("form.editTitle")}</h2>
      <NextIntlClientProvider messages={messages}>
        <ProjectForm
          key={project.version}
          project={{ id: project.id, version: project.version, values: projectFormValues(project) }}
          options={options}
          unregisteredNames={unregisteredNames}
          defaultLanguage={defaultLanguage}
        />
      </NextIntlClientProvider>
    </div>
  );
}
