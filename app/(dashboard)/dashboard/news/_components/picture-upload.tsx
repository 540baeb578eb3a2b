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

/** A news item's picture. */
export function PictureUpload({ slug, pictureUrl, title, maxMb }: PictureUploadProps) {
  const t = useTranslations("news.picture");
  return (
    <RecordPictureUpload
      endpoint={`/news/${encodeURIComponent(slug)}/picture`}
      namespace="news"
      pictureUrl={pictureUrl}
      alt={t("alt", { title })}
      maxMb={maxMb}
    />
  );
}
