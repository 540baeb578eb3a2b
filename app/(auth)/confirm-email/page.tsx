import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { firstValues } from "@/lib/forms/fields";
import { describeTokenOwner } from "@/lib/auth/passwords";
import { AuthMessages } from "../_components/auth-messages";
import { InvalidLink } from "../_components/invalid-link";
import { ConfirmEmailForm } from "./confirm-email-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.confirmEmail");
  return { title: t("metaTitle") };
}

/**
 * Opening the link only shows a button: mail scanners that follow links must not spend the token
 * before the student does.
 */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { token = "" } = firstValues(await searchParams);
  const t = await getTranslations("auth.confirmEmail");
  const owner = token ? await describeTokenOwner(token, "EMAIL_CONFIRMATION") : null;
  if (!owner) {
    return (
      <InvalidLink
        title={t("invalidTitle")}
        body={t("invalidBody")}
        action={
          <Link href="/register" className="text-link underline underline-offset-4">
            {t("registerAgain")}
          </Link>
        }
      />
    );
  }
  return (
    <AuthMessages>
      <ConfirmEmailForm token={token} email={owner.email} />
    </AuthMessages>
  );
}
