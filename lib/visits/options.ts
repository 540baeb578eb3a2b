import { AgendaItemKind, MobilityDirection, VisaStatus, VisitKind, VisitStatus } from "@/lib/generated/prisma/enums";

/**
 * The closed vocabularies of a visit, as plain values a Client Component may import (the generated
 * enums file holds constants only). Order here is display order.
 */
export const VISIT_DIRECTIONS = Object.values(MobilityDirection);
export const VISIT_KINDS = Object.values(VisitKind);
export const VISIT_STATUSES = Object.values(VisitStatus);
export const VISA_STATUSES = Object.values(VisaStatus);
export const AGENDA_ITEM_KINDS = Object.values(AgendaItemKind);

/** The kinds people usually mean for each direction, offered first in the form (any kind is accepted). */
export const KINDS_BY_DIRECTION: Readonly<Record<MobilityDirection, readonly VisitKind[]>> = {
  INCOMING: ["DELEGATION", "GUEST_LECTURER", "RESEARCHER", "PARTNER_VISIT", "ACCREDITATION_VISIT", "OTHER"],
  OUTGOING: ["CONFERENCE", "TRAINING", "TEACHING", "SIGNING", "PARTNER_VISIT", "DELEGATION", "OTHER"],
};

export type { AgendaItemKind, MobilityDirection, VisaStatus, VisitKind, VisitStatus } from "@/lib/generated/prisma/enums";
