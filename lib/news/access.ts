import type { Permission } from "@/lib/permissions";

/** Who reads and writes news on the staff side: coordinators read, officers and admins write and publish. */
export const NEWS_READ: Permission = "news:read";
export const NEWS_WRITE: Permission = "news:update";
