export { can, canSome, requirePermission, scopesOf, principalOf, type Actor } from "./can";
export { scopeWhere, type ScopedResource } from "./scope-where";
export { PERMISSION_TABLE } from "./table";
export type { Grant, Permission, Principal, Resource, ResourceContext, Scope } from "./catalogue";
