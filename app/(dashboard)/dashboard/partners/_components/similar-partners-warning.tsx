"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

export interface SimilarPartnerLink {
  id: string;
  name: string;
  city: string | null;
  archived: boolean;
}

/** "Is this one of these?" Links open in a new tab, so the form keeps what was typed. */
export function SimilarPartnersWarning({ partners }: { partners: readonly SimilarPartnerLink[] }) {
  const t = useTranslations("partners.similar");
  return (
    <Alert variant="warning" title={t("title")} live="polite">
      <p>{t("description")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {partners.map((partner) => (
          <li key={partner.id}>
            <a href={`/dashboard/partners/${partner.id}`} target="_blank" rel="noopener" className="text-link underline underline-offset-4">
              {partner.name}
              {partner.city ? `, ${partner.city}` : ""}
              <span className="sr-only"> {t("newTab")}</span>
            </a>
            {partner.archived && <span className="text-muted-foreground"> ({t("archived")})</span>}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
