import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDomains, registrationDomains } from "@/lib/auth/email-domain";
import { LANDING_PATH } from "@/lib/auth/landing";
import { AuthMessages } from "../_components/auth-messages";
import { RegisterForm } from "./register-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.register");
  return { title: t("metaTitle") };
}

export default async function RegisterPage() {
  if (await getCurrentUser()) redirect(LANDING_PATH);
  const domains = formatDomains(await registrationDomains());
  return (
    <AuthMessages>
      <RegisterForm domains={domains} />
    </AuthMessages>
  );
}
