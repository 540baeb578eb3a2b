import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { getProgram } from "@/lib/programs/queries";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { ProgramForm } from "../_components/program-form";
import { ProgramStatus } from "../_components/program-status";

/** The program to edit: 403 for a role that may not edit programs, 404 for an unknown id. */
const loadProgram = cache(async (id: string) => {
  const user = await requirePageAccess(`/dashboard/programs/${id}`, "program:update");
  return loadRecordOr404(id, (programId) => getProgram(user, programId));
});

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [program, t] = await Promise.all([loadProgram((await params).id), getTranslations("programs")]);
  return { title: t("editMetaTitle", { name: program.name }) };
}

export default async function EditProgramPage({ params }: PageProps) {
  const program = await loadProgram((await params).id);
  const [t, messages, defaultLanguage] = await Promise.all([
    getTranslations("programs"),
    getClientMessages(["common", "errors", "programs"]),
    getDefaultContentLanguage(),
  ]);
  return (
    <div className="space-y-6">
      <Link href="/dashboard/programs" className="inline-flex items-center gap-2 text-sm text-link underline hover:text-link-hover">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("backToList")}
      </Link>
      <PageHeader title={t("editTitle")} description={program.name} />
      <NextIntlClientProvider messages={messages}>
        {/* A new version (after the status toggle) starts the form from the saved record. */}
        <ProgramForm key={program.version} program={program} defaultLanguage={defaultLanguage} />
        <ProgramStatus id={program.id} version={program.version} isActive={program.isActive} />
      </NextIntlClientProvider>
    </div>
  );
}
