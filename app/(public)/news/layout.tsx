import { publicSectionLayout } from "@/lib/institution/public-section-guard";

/** Every page under /news is the news section's: 404 while the office hides it (admin settings). */
export default publicSectionLayout("news");
