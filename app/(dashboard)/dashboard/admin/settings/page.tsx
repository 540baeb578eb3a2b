import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { requirePageAccess } from "@/lib/auth/guards";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { env } from "@/lib/env";
import { getOfficeContacts } from "@/lib/institution/contacts";
import { getInstitutionDetails } from "@/lib/institution/details";
import { getInstitution } from "@/lib/institution/queries";
import { yearIn } from "@/lib/institution/reference-pattern";
import { getInstitutionSettings } from "@/lib/institution/settings";
import { getInstitutionTexts } from "@/lib/institution/texts";
import { allCountriesSorted } from "@/lib/partners/country-names";
import { listUnits } from "@/lib/units/queries";
import { InstitutionDetailsForm } from "./_components/institution-details-form";
import { InstitutionTextsForm } from "./_components/institution-texts-form";
import { LogoForm } from "./_components/logo-form";
import { OfficeContactsForm } from "./_components/office-contacts-form";
import { PublicSectionsForm } from "./_components/public-sections-form";
import { ReferencePatternForm } from "./_components/reference-pattern-form";
import { ReminderDaysForm } from "./_components/reminder-days-form";

const PATH = "/dashboard/admin/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("settings.metaTitle") };
}

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="max-w-4xl scroll-mt-24 space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {description && <p className="max-w-prose text-muted-foreground">{description}</p>}
      {children}
    </section>
  );
}

/** Every IANA zone the runtime lists, and the stored one if it is an alias the list leaves out ("UTC"), so saving keeps it. */
function timeZoneOptions(current: string | undefined): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

/** Every ISO 4217 currency the runtime knows, named in the page's language. */
function currencyOptions(locale: string) {
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  return Intl.supportedValuesOf("currency").map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
}

/**
 * Institution settings an admin changes: its details, logo and letterhead, public texts, office
 * contacts, how new agreements are numbered, the reminders' lead times and the public sections shown.
 * Each form is keyed by the update time it edits: after a save it starts from what was stored.
 */
export default async function SettingsPage() {
  const user = await requirePageAccess(PATH, "institution:update");
  const [t, locale, settings, details, texts, contacts, institution, units, timeZone, messages] = await Promise.all([
    getTranslations("admin.settings"),
    getLocale(),
    getInstitutionSettings(user),
    getInstitutionDetails(user),
    getInstitutionTexts(user),
    getOfficeContacts(user),
    getInstitution(),
    listUnits(user),
    getInstitutionTimeZone(),
    getClientMessages(["common", "errors", "admin"]),
  ]);
  const sampleUnit = units.find((unit) => unit.archivedAt === null) ?? units[0];
  const countries = allCountriesSorted(locale).map((country) => ({ value: country.code, label: country.name }));
  const sections = [
    ...(details ? [{ id: "settings-details", title: t("details.heading") }] : []),
    { id: "settings-letterhead", title: t("letterhead.heading") },
    ...(texts ? [{ id: "settings-texts", title: t("texts.heading") }] : []),
    ...(contacts ? [{ id: "settings-contacts", title: t("contacts.heading") }] : []),
    { id: "settings-reference", title: t("reference.heading") },
    { id: "settings-reminders", title: t("reminders.heading") },
    { id: "settings-sections", title: t("sections.heading") },
  ];

  return (
    <div className="space-y-10">
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-labelledby="settings-contents" className="rounded-lg border border-border bg-surface p-4">
        <h2 id="settings-contents" className="text-sm font-semibold">
          {t("contents")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="text-link underline underline-offset-4">
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <NextIntlClientProvider messages={messages}>
        {details && (
          <Section id="settings-details" title={t("details.heading")} description={t("details.description")}>
            <InstitutionDetailsForm
              key={details.values.updatedAt}
              values={details.values}
              languageChangeable={details.languageChangeable}
              defaultLanguage={details.defaultLanguage}
              timeZones={timeZoneOptions(details.values.timeZone)}
              currencies={currencyOptions(locale)}
              countries={countries}
            />
          </Section>
        )}
        <Section id="settings-letterhead" title={t("letterhead.heading")} description={t("letterhead.description")}>
          <LogoForm logoPath={institution.logoPath} institutionName={institution.name} />
        </Section>
        {texts && (
          <Section id="settings-texts" title={t("texts.heading")} description={t("texts.description")}>
            <InstitutionTextsForm key={texts.values.updatedAt} values={{ ...texts.values, contacts: [] }} defaultLanguage={texts.defaultLanguage} />
          </Section>
        )}
        {contacts && (
          <Section id="settings-contacts" title={t("contacts.heading")} description={t("contacts.description")}>
            <OfficeContactsForm key={contacts.values.updatedAt} values={contacts.values} defaultLanguage={contacts.defaultLanguage} />
          </Section>
        )}
        <Section id="settings-reference" title={t("reference.heading")} description={t("reference.description")}>
          <ReferencePatternForm
            key={settings.updatedAt}
            settings={settings}
            year={yearIn(timeZone, new Date())}
            sampleUnit={sampleUnit ? { code: sampleUnit.code, name: sampleUnit.name } : { code: "SEAS", name: "SEAS" }}
          />
        </Section>
        <Section id="settings-reminders" title={t("reminders.heading")} description={t("reminders.description")}>
          <ReminderDaysForm key={settings.updatedAt} settings={settings} serverDays={env().AGREEMENT_REMINDER_DAYS} />
        </Section>
        <Section id="settings-sections" title={t("sections.heading")} description={t("sections.description")}>
          <PublicSectionsForm key={settings.updatedAt} settings={settings} />
        </Section>
      </NextIntlClientProvider>
    </div>
  );
}
