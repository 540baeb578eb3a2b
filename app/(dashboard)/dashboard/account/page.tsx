import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "@/i18n/server";
import type { ReactNode } from "react";
import { Localized } from "@/components/content/localized";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { requirePageAccess } from "@/lib/auth/guards";
import { canSome } from "@/lib/permissions";
import { contentReader } from "@/lib/translations/reader";
import { getOwnAccount } from "@/lib/users/queries";
import { STUDY_LEVELS } from "@/lib/users/study-level-schema";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";
import { StudyLevelForm } from "./study-level-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.account");
  return { title: t("metaTitle") };
}

/** Everyone's own account: who the portal thinks they are, a student's level of study, and their password. */
export default async function AccountPage() {
  const user = await requirePageAccess("/dashboard/account", "account:read");
  const [t, tCommon, tLevel, details, messages, reader] = await Promise.all([
    getTranslations("auth.account"),
    getTranslations("common"),
    getTranslations("internationalStudents.levels"),
    getOwnAccount(user),
    getClientMessages(["auth", "common", "errors"]),
    contentReader(),
  ]);
  // The unit's name in the reader's language (decision 010).
  const unitName = details.unit ? <Localized value={reader.pick(details.unit, ["name"]).name} locale={reader.locale} /> : t("noUnit");
  const profile: [string, ReactNode][] = [
    [t("name"), user.name],
    [t("email"), user.email],
    [t("role"), tCommon(`roles.${user.role}`)],
    [t("unit"), unitName],
  ];
  // Those who apply to calls say their level of study, so their dashboard offers the calls for it.
  const appliesToCalls = canSome(user, "application:create");
  const levels = STUDY_LEVELS.map((value) => ({ value, label: tLevel(value) }));

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} actions={<LinkButton href="/sign-out" variant="outline">{t("signOut")}</LinkButton>} />
      <Card>
        <CardHeader>
          <CardTitle>{t("profileHeading")}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            {profile.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-muted-foreground">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      {appliesToCalls && (
        <Card>
          <CardHeader>
            <CardTitle>{t("studyLevelHeading")}</CardTitle>
            <CardDescription>{t("studyLevelDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <NextIntlClientProvider messages={messages}>
              <StudyLevelForm studyLevel={details.studyLevel} levels={levels} />
            </NextIntlClientProvider>
          </CardContent>
        </Card>
      )}
      <Card>
        <CardHeader>
          <CardTitle>{t("passwordHeading")}</CardTitle>
          <CardDescription>{details.hasPassword ? t("passwordDescription") : t("ssoOnly")}</CardDescription>
        </CardHeader>
        <CardContent>
          {details.hasPassword && (
            <NextIntlClientProvider messages={messages}>
              <ChangePasswordForm email={user.email} />
            </NextIntlClientProvider>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("sessionsHeading")}</CardTitle>
          <CardDescription>{t("signOutEverywhereDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <NextIntlClientProvider messages={messages}>
            <SignOutEverywhere />
          </NextIntlClientProvider>
        </CardContent>
      </Card>
    </div>
  );
}
