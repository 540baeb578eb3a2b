import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/i18n/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LANDING_PATH, safeCallbackPath } from "@/lib/auth/landing";
import { oidcProvider } from "@/lib/auth/oidc";
import { AuthMessages } from "../_components/auth-messages";
import { firstParam, type SearchParams } from "../_components/search-param";
import { SignInForm, type SignInNotice } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

const NOTICES: readonly SignInNotice[] = ["passwordChanged", "passwordReset", "emailConfirmed", "signedOut"];

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl)) ?? LANDING_PATH;
  if (await getCurrentUser()) redirect(callbackUrl);

  const notice = NOTICES.find((candidate) => candidate === firstParam(params.notice)) ?? null;
  const sso = oidcProvider();
  return (
    <AuthMessages>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={firstParam(params.error)?.slice(0, 60) ?? null}
        notice={notice}
        ssoName={sso?.name ?? null}
      />
    </AuthMessages>
  );
}
