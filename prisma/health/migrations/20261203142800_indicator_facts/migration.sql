-- The hub's health feed now carries each patient's latest screening date and insurance cards'
-- validity: a screening or an insurance card written, changed or deleted touches its patient,
-- whichever code wrote it, so the feed reports the change (touch_patients, migration
-- 20261123191616_dropout_risk, leaves a patient this transaction already wrote as its writer
-- stamped it). (Hand-written: Prisma schemas cannot express triggers.)
CREATE TRIGGER "Screening_touch_patient_ins" AFTER INSERT ON "health"."Screening" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "health"."touch_patients"();
CREATE TRIGGER "Screening_touch_patient_upd" AFTER UPDATE ON "health"."Screening" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "health"."touch_patients"();
CREATE TRIGGER "Screening_touch_patient_del" AFTER DELETE ON "health"."Screening" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "health"."touch_patients"();
CREATE TRIGGER "InsuranceCard_touch_patient_ins" AFTER INSERT ON "health"."InsuranceCard" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "health"."touch_patients"();
CREATE TRIGGER "InsuranceCard_touch_patient_upd" AFTER UPDATE ON "health"."InsuranceCard" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "health"."touch_patients"();
CREATE TRIGGER "InsuranceCard_touch_patient_del" AFTER DELETE ON "health"."InsuranceCard" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "health"."touch_patients"();
