import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AuthMessages } from "../_components/auth-messages";
import { SignOutForm } from "./sign-out-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signOut");
  return { title: t("metaTitle") };
}

/** A confirmation page: signing out is a POST (next-auth checks its CSRF token), never a bare link. */
export default async function SignOutPage() {
  if (!(await getCurrentUser())) redirect("/sign-in");
  return (
    <AuthMessages>
      <SignOutForm />
    </AuthMessages>
  );
}
