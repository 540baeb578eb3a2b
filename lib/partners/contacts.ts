import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission } from "@/lib/permissions";
import type { ContactFields } from "./schemas";

const contactSelect = { id: true, partnerId: true, name: true, position: true, email: true, phone: true, isPublic: true } as const;

/** Contacts are edited one by one; a partner's own version is not bumped, so they never make its form stale. */
export async function addPartnerContact(user: SessionUser | null, input: ContactFields & { partnerId: string }) {
  requirePermission(user, "partner:update");
  return auditedWrite(user, async (tx, audit) => {
    const partner = await tx.partner.findUnique({ where: { id: input.partnerId }, select: { id: true } });
    if (!partner) throw new AppError("NOT_FOUND");
    const contact = await tx.partnerContact.create({ data: input, select: contactSelect });
    await audit({ action: "partner.contact.add", entityType: "PartnerContact", entityId: contact.id, after: contact });
    return contact;
  });
}

export async function updatePartnerContact(user: SessionUser | null, input: ContactFields & { id: string }) {
  requirePermission(user, "partner:update");
  const { id, ...data } = input;
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.partnerContact.findUnique({ where: { id }, select: contactSelect });
    if (!before) throw new AppError("NOT_FOUND");
    const after = await tx.partnerContact.update({ where: { id }, data, select: contactSelect });
    await audit({ action: "partner.contact.update", entityType: "PartnerContact", entityId: id, before, after });
    return after;
  });
}

export async function removePartnerContact(user: SessionUser | null, input: { id: string }) {
  requirePermission(user, "partner:update");
  return auditedWrite(user, async (tx, audit) => {
    const before = await tx.partnerContact.findUnique({ where: { id: input.id }, select: contactSelect });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.partnerContact.delete({ where: { id: input.id } });
    await audit({ action: "partner.contact.remove", entityType: "PartnerContact", entityId: input.id, before });
    return { id: input.id, partnerId: before.partnerId };
  });
}
