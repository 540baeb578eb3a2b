"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { SimilarPartner } from "@/lib/partners/queries";

export type SimilarPartnerLink = Pick<SimilarPartner, "id" | "name" | "city" | "archived">;

/**
 * "Is this one of these?" Links open in a new tab, so the form keeps what was typed. `blocked`: the
 * server refused to create the partner until the officer confirms it is a new one.
 */
export function SimilarPartnersWarning({ partners, blocked = false }: { partners: readonly SimilarPartnerLink[]; blocked?: boolean }) {
  const t = useTranslations("partners");
  return (
    <Alert variant="warning" title={t("similar.title")} live={blocked ? "assertive" : "polite"}>
      {blocked && <p className="mb-2 font-medium">{t("form.similarBlocked")}</p>}
      <p>{t("similar.description")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {partners.map((partner) => (
          <li key={partner.id}>
            <a href={`/dashboard/partners/${partner.id}`} target="_blank" rel="noopener" className="text-link underline underline-offset-4">
              {partner.name}
              {partner.city ? `, ${partner.city}` : ""}
              <span className="sr-only"> {t("similar.newTab")}</span>
            </a>
            {partner.archived && <span className="text-muted-foreground"> ({t("similar.archived")})</span>}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
