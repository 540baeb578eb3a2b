"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { EventFieldsInput } from "@/lib/events/schemas";

export interface PartnerChoice {
  id: string;
  name: string;
  countryCode: string;
}

/**
 * The event's partners as a list of chosen organizations plus a select to add one: a native select
 * and plain buttons work with any keyboard and screen reader, unlike a custom multi-select.
 */
export function PartnerPicker({ form, partners, error }: { form: UseFormReturn<EventFieldsInput, unknown, unknown>; partners: readonly PartnerChoice[]; error?: string }) {
  const t = useTranslations("events.staff.form");
  const id = useId();
  const chosen = ((form.watch("partnerIds") as string[] | undefined) ?? []).filter(Boolean);
  const nameOf = (partnerId: string) => partners.find((partner) => partner.id === partnerId)?.name ?? partnerId;

  const set = (ids: string[]) => form.setValue("partnerIds", ids, { shouldDirty: true });

  return (
    <fieldset className="min-w-0 space-y-2" aria-describedby={`${id}-hint`}>
      <legend className="text-sm font-medium">{t("partnersLegend")}</legend>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {t("partnersHint")}
      </p>
      {chosen.length === 0 ? (
        <p className="text-sm">{t("noPartners")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {chosen.map((partnerId) => (
            <li key={partnerId} className="inline-flex items-center gap-1 rounded-full border border-border bg-muted py-0.5 pr-0.5 pl-3 text-sm">
              {nameOf(partnerId)}
              <Button
                variant="ghost"
                size="sm"
                className="size-9 rounded-full px-0"
                onClick={() => set(chosen.filter((value) => value !== partnerId))}
                aria-label={t("removePartner", { name: nameOf(partnerId) })}
              >
                <X aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="space-y-1.5">
        <Label htmlFor={`${id}-add`}>{t("addPartner")}</Label>
        <Select
          id={`${id}-add`}
          value=""
          onChange={(event) => {
            const value = event.target.value;
            if (value && !chosen.includes(value)) set([...chosen, value]);
          }}
          placeholder={t("addPartner")}
          options={partners.filter((partner) => !chosen.includes(partner.id)).map((partner) => ({ value: partner.id, label: `${partner.name} (${partner.countryCode})` }))}
        />
      </div>
      {error && <p className="text-sm font-medium text-destructive">{error}</p>}
    </fieldset>
  );
}
