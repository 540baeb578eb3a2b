import { partnerEditableSelect } from "./partner-fields";

/** A partner's own editable fields with its identity and version, as staff pages and the merge read them. */
export const partnerFieldsSelect = {
  id: true,
  slug: true,
  ...partnerEditableSelect,
  archivedAt: true,
  version: true,
} as const;

/** What the audit log records before and after a write: the editable fields, not the ids. */
export const partnerSnapshotSelect = {
  ...partnerEditableSelect,
  archivedAt: true,
  version: true,
} as const;
