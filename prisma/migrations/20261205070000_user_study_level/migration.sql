-- A student's level of study, as they state it on their account (issue 13: their dashboard offers the calls for it).
ALTER TABLE "User" ADD COLUMN "studyLevel" "StudyLevel";
