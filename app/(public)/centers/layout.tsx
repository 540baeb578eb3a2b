import { publicSectionLayout } from "@/lib/institution/public-section-guard";

/** Every page under /centers is the centers section's: 404 while the office hides it (admin settings). */
export default publicSectionLayout("centers");
