import {
  AgreementDocumentKind,
  AgreementKind,
  AgreementScope,
  AgreementStatus,
  CefrLevel,
  MobilityDirection,
  MobilityType,
  RenewalType,
  StudyLevel,
} from "@/lib/generated/prisma/enums";

/**
 * The closed vocabularies of an agreement, as plain values a Client Component may import (the
 * generated enums file holds constants only, no Prisma client). Order here is display order.
 */
export const AGREEMENT_KINDS = Object.values(AgreementKind);
export const AGREEMENT_STATUSES = Object.values(AgreementStatus);
export const AGREEMENT_SCOPES = Object.values(AgreementScope);
export const RENEWAL_TYPES = Object.values(RenewalType);
export const MOBILITY_DIRECTIONS = Object.values(MobilityDirection);
export const MOBILITY_TYPES = Object.values(MobilityType);
export const STUDY_LEVELS = Object.values(StudyLevel);
export const CEFR_LEVELS = Object.values(CefrLevel);
export const DOCUMENT_KINDS = Object.values(AgreementDocumentKind);

export type {
  AgreementDocumentKind,
  AgreementKind,
  AgreementScope,
  AgreementStatus,
  CefrLevel,
  MobilityDirection,
  MobilityType,
  RenewalType,
  StudyLevel,
} from "@/lib/generated/prisma/enums";

/** "Expiring within" choices of the list filter and the expiry view, in days. */
export const EXPIRY_WINDOWS = [30, 90, 180] as const;
