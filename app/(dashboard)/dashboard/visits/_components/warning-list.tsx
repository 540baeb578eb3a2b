import { useTranslations } from "next-intl";
import type { VisitWarning } from "@/lib/visits/warnings";

/** Names of the records warnings point at: participants' and agenda items' ids to what people call them. */
export interface WarningNames {
  participants: Readonly<Record<string, string>>;
  agenda: Readonly<Record<string, string>>;
}

/** A warning in words, naming the guest or the agenda items it is about. */
export function useWarningText(): (warning: VisitWarning, names: WarningNames) => string {
  const t = useTranslations("visits.warnings");
  return (warning, names) => {
    switch (warning.key) {
      case "agendaOverlap":
        return t("agendaOverlap", { item: names.agenda[warning.itemId] ?? "", other: names.agenda[warning.otherId] ?? "" });
      case "agendaOutsideVisit":
        return t("agendaOutsideVisit", { item: names.agenda[warning.itemId] ?? "" });
      case "passportExpiresBeforeDeparture":
        return t("passportExpiresBeforeDeparture", { name: names.participants[warning.participantId] ?? "" });
    }
  };
}

/** The warnings as a list (inside an Alert). */
export function WarningList({ warnings, names }: { warnings: readonly VisitWarning[]; names: WarningNames }) {
  const text = useWarningText();
  return (
    <ul className="list-disc space-y-1 pl-5">
      {warnings.map((warning, index) => (
        <li key={index}>{text(warning, names)}</li>
      ))}
    </ul>
  );
}
