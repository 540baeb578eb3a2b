import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { yearIn } from "@/lib/institution/reference-pattern";
import { getInstitutionSettings } from "@/lib/institution/settings";
import { getInstitutionTexts } from "@/lib/institution/texts";
import { listUnits } from "@/lib/units/queries";
import { InstitutionTextsForm } from "./_components/institution-texts-form";
import { ReferencePatternForm } from "./_components/reference-pattern-form";

const PATH = "/dashboard/admin/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("settings.metaTitle") };
}

/** Institution settings an admin changes: the institution's public texts, and how new agreements are numbered. */
export default async function SettingsPage() {
  const user = await requirePageAccess(PATH, "institution:update");
  const [t, settings, texts, units, timeZone, messages] = await Promise.all([
    getTranslations("admin"),
    getInstitutionSettings(user),
    getInstitutionTexts(user),
    listUnits(user),
    getInstitutionTimeZone(),
    getClientMessages(["common", "errors", "admin"]),
  ]);
  const sampleUnit = units.find((unit) => unit.archivedAt === null) ?? units[0];

  return (
    <div className="space-y-8">
      <PageHeader title={t("settings.title")} description={t("settings.description")} />
      {texts && (
        <section aria-labelledby="settings-texts" className="max-w-3xl space-y-3">
          <h2 id="settings-texts" className="text-xl font-semibold">
            {t("settings.texts.heading")}
          </h2>
          <p className="text-muted-foreground">{t("settings.texts.description")}</p>
          <NextIntlClientProvider messages={messages}>
            {/* Keyed by the version it edits: after a save the form starts from what was stored. */}
            <InstitutionTextsForm key={texts.values.updatedAt} values={texts.values} contactNames={texts.contactNames} defaultLanguage={texts.defaultLanguage} />
          </NextIntlClientProvider>
        </section>
      )}
      <section aria-labelledby="settings-reference" className="max-w-2xl space-y-3">
        <h2 id="settings-reference" className="text-xl font-semibold">
          {t("settings.reference.heading")}
        </h2>
        <p className="text-muted-foreground">{t("settings.reference.description")}</p>
        <NextIntlClientProvider messages={messages}>
          <ReferencePatternForm
            key={settings.updatedAt}
            settings={settings}
            year={yearIn(timeZone, new Date())}
            sampleUnit={sampleUnit ? { code: sampleUnit.code, name: sampleUnit.name } : { code: "SEAS", name: "SEAS" }}
          />
        </NextIntlClientProvider>
      </section>
    </div>
  );
}
