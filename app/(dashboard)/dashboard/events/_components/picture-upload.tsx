"use client";

import { useTranslations } from "next-intl";
import { RecordPictureUpload } from "@/components/content/record-picture-upload";

export interface PictureUploadProps {
  slug: string;
  /** The current picture's URL, or null. */
  pictureUrl: string | null;
  title: string;
  maxMb: number;
}

/** An event's picture. */
export function PictureUpload({ slug, pictureUrl, title, maxMb }: PictureUploadProps) {
  const t = useTranslations("events.picture");
  return (
    <RecordPictureUpload
      endpoint={`/api/events/${encodeURIComponent(slug)}/picture`}
      namespace="events"
      pictureUrl={pictureUrl}
      alt={t("alt", { title })}
      maxMb={maxMb}
    />
  );
}
