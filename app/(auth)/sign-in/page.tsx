import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LANDING_PATH, safeCallbackPath } from "@/lib/auth/landing";
import { firstValues } from "@/lib/forms/fields";
import { oidcProvider } from "@/lib/auth/oidc";
import { AuthMessages } from "../_components/auth-messages";
import { SignInForm, type SignInNotice } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

const NOTICES: readonly SignInNotice[] = ["passwordChanged", "passwordReset", "emailConfirmed", "signedOut"];

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = firstValues(await searchParams);
  const callbackUrl = safeCallbackPath(params.callbackUrl) ?? LANDING_PATH;
  if (await getCurrentUser()) redirect(callbackUrl);

  const notice = NOTICES.find((candidate) => candidate === params.notice) ?? null;
  const sso = oidcProvider();
  return (
    <AuthMessages>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={params.error?.slice(0, 60) ?? null}
        notice={notice}
        ssoName={sso?.name ?? null}
      />
    </AuthMessages>
  );
}
