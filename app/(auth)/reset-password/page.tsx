import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { firstValues } from "@/lib/forms/fields";
import { describeTokenOwner } from "@/lib/auth/passwords";
import { AuthMessages } from "../_components/auth-messages";
import { InvalidLink } from "../_components/invalid-link";
import { SetPasswordForm } from "../_components/set-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.resetPassword");
  return { title: t("metaTitle") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { token = "" } = firstValues(await searchParams);
  const t = await getTranslations("auth.resetPassword");
  const owner = token ? await describeTokenOwner(token, "PASSWORD_RESET") : null;
  if (!owner) {
    return (
      <InvalidLink
        title={t("invalidTitle")}
        body={t("invalidBody")}
        action={
          <Link href="/forgot-password" className="text-link underline underline-offset-4">
            {t("requestNew")}
          </Link>
        }
      />
    );
  }
  return (
    <AuthMessages>
      <SetPasswordForm token={token} purpose="reset" email={owner.email} />
    </AuthMessages>
  );
}
