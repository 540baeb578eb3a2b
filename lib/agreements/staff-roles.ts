import { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";

/**
 * Roles that may be an agreement's responsible officer: those allowed to update any agreement,
 * read from the permission table rather than named here.
 */
export const OFFICE_ROLES: Role[] = Object.values(Role).filter((role) => can({ id: "", role, unitId: null }, "agreement:update"));
