import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { AuthMessages } from "../_components/auth-messages";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgotPassword");
  return { title: t("metaTitle") };
}

export default function ForgotPasswordPage() {
  return (
    <AuthMessages>
      <ForgotPasswordForm />
    </AuthMessages>
  );
}
