import type { AppLocale } from "@/i18n/config";
import type { LocalizedText } from "@/lib/translations/content";

/**
 * An Atom feed (RFC 4287) of news items, as text. Pure: the route gathers the items in one
 * language and this writes them. A text that fell back to another language carries `xml:lang`, as a
 * page marks it with `lang`.
 */

export interface AtomEntry {
  /** A permanent address of the item, used as its id (the same in every language's feed). */
  id: string;
  /** The item's page in the feed's language. */
  url: string;
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
  published: Date;
  updated: Date;
  pictureUrl: string | null;
}

export interface AtomFeed {
  /** The feed's own address (with its language), also its id. */
  selfUrl: string;
  /** The news page in the feed's language. */
  pageUrl: string;
  title: string;
  subtitle: string;
  author: string;
  language: AppLocale;
  entries: readonly AtomEntry[];
  /** When nothing was published yet: the feed's "updated" needs a date all the same. */
  emptyUpdated: Date;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text for XML content and attributes; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

function langOf(text: LocalizedText, feedLanguage: AppLocale): string {
  return text.lang === feedLanguage ? "" : ` xml:lang="${text.lang}"`;
}

function textElement(name: string, text: LocalizedText, language: AppLocale): string {
  return `<${name} type="text"${langOf(text, language)}>${escapeXml(text.text)}</${name}>`;
}

function entryXml(entry: AtomEntry, language: AppLocale): string {
  const lines = [
    "  <entry>",
    `    <id>${escapeXml(entry.id)}</id>`,
    `    ${textElement("title", entry.title, language)}`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    `    <published>${entry.published.toISOString()}</published>`,
    `    <updated>${entry.updated.toISOString()}</updated>`,
  ];
  if (entry.summary.text) lines.push(`    ${textElement("summary", entry.summary, language)}`);
  if (entry.body.text) lines.push(`    ${textElement("content", entry.body, language)}`);
  if (entry.pictureUrl) lines.push(`    <link rel="enclosure" href="${escapeXml(entry.pictureUrl)}"/>`);
  lines.push("  </entry>");
  return lines.join("\n");
}

export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), feed.entries[0]?.updated ?? feed.emptyUpdated);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.entries.map((entry) => entryXml(entry, feed.language)),
    "</feed>",
    "",
  ].join("\n");
}
