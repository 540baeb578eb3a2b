import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import { ArrowLeft } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors/app-error";
import { can } from "@/lib/permissions";
import { getProgram } from "@/lib/programs/queries";
import { ProgramForm } from "../_components/program-form";
import { ProgramStatus } from "../_components/program-status";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The program the user may edit, or a 404 (unknown id, or no right to edit programs). */
const loadProgram = cache(async (id: string) => {
  const user = await getCurrentUser();
  if (!user || !can(user, "program:update") || !UUID.test(id)) notFound();
  try {
    return await getProgram(user, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
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
  const [t, messages] = await Promise.all([getTranslations("programs"), getClientMessages(["common", "errors", "programs"])]);
  return (
    <div className="space-y-6">
      <Link href="/dashboard/programs" className="inline-flex items-center gap-2 text-sm text-link underline hover:text-link-hover">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("backToList")}
      </Link>
      <PageHeader title={t("editTitle")} description={program.name} />
      <NextIntlClientProvider messages={messages}>
        <ProgramForm program={program} />
        <ProgramStatus id={program.id} isActive={program.isActive} />
      </NextIntlClientProvider>
    </div>
  );
}
