/**
 * Every message catalogue namespace: one file per namespace and locale at
 * `messages/<locale>/<namespace>.json`. Adding a feature's strings means adding its files and its
 * name here; the catalogue test fails if a listed namespace lacks a file in any locale.
 */
export const namespaces = ["common", "home", "errors", "dashboard", "auth", "admin", "opportunities", "programs", "applications", "mobility", "agreements", "partners", "centers", "directory", "importExport", "projects", "events", "units", "visits", "internationalStudents", "letters", "calendar", "grantCalls", "emails", "strategy", "reports", "setup", "news"] as const;

export type Namespace = (typeof namespaces)[number];
