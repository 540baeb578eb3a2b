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
  const t = await getTranslations("auth.acceptInvitation");
  return { title: t("metaTitle") };
}

export default async function AcceptInvitationPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { token = "" } = firstValues(await searchParams);
  const [t, tSignIn] = await Promise.all([getTranslations("auth.acceptInvitation"), getTranslations("auth.signIn")]);
  const owner = token ? await describeTokenOwner(token, "STAFF_INVITATION") : null;
  if (!owner) {
    return (
      <InvalidLink
        title={t("invalidTitle")}
        body={t("invalidBody")}
        action={
          <Link href="/sign-in" className="text-link underline underline-offset-4">
            {tSignIn("title")}
          </Link>
        }
      />
    );
  }
  return (
    <AuthMessages>
      <SetPasswordForm token={token} purpose="invitation" email={owner.email} />
    </AuthMessages>
  );
}
