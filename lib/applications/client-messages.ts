import "server-only";
import type { AbstractIntlMessages } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * Only the message sections a client form uses (e.g. "applications.review", "common.form"), so a
 * page with a small form does not ship whole catalogues in its payload. The root layout already
 * provides "common" and "errors"; a nested provider replaces them, so forms list what they need.
 */
export async function pickClientMessages(paths: readonly string[]): Promise<AbstractIntlMessages> {
  const all = await getMessages();
  const picked: AbstractIntlMessages = {};
  for (const dotted of paths) {
    const keys = dotted.split(".");
    let source: unknown = all;
    for (const key of keys) source = source && typeof source === "object" ? (source as Record<string, unknown>)[key] : undefined;
    if (source === undefined) continue;
    let target = picked as Record<string, unknown>;
    keys.slice(0, -1).forEach((key) => {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    });
    target[keys.at(-1)!] = source;
  }
  return picked;
}

/** What the reviewers' forms (bulk actions, score, rank, status) translate. */
export const REVIEW_CLIENT_MESSAGES = ["applications.review", "applications.status", "applications.errors", "common.form", "common.buttons", "errors.generic"];

/** What the student's application form and withdraw dialog translate. */
export const STUDENT_CLIENT_MESSAGES = ["applications.apply", "applications.detail", "applications.errors", "common.form", "common.buttons", "errors.generic"];
