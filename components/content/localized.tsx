import type { ElementType } from "react";
import type { LocalizedText } from "@/lib/translations/content";

/**
 * A text written by staff, shown in the reader's language or, when it has no translation, in the
 * language it fell back to, marked with `lang` so screen readers pronounce it right (decision 010).
 */
export function Localized({
  value,
  locale,
  as: Tag = "span",
  className,
}: {
  value: LocalizedText;
  /** The page's language. */
  locale: string;
  as?: ElementType;
  className?: string;
}) {
  return (
    <Tag lang={value.lang !== locale ? value.lang : undefined} className={className}>
      {value.text}
    </Tag>
  );
}
