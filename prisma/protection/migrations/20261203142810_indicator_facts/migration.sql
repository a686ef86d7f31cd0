-- The hub's social feed now carries each profile's latest care placement and support payment: a
-- placement or a payment written, changed or deleted touches its profile, whichever code wrote it,
-- so the feed reports the change (touch_profiles, migration 20261123191628_dropout_risk, leaves a
-- profile this transaction already wrote as its writer stamped it). (Hand-written: Prisma schemas
-- cannot express triggers.)
CREATE TRIGGER "CarePlacement_touch_profile_ins" AFTER INSERT ON "protection"."CarePlacement" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
CREATE TRIGGER "CarePlacement_touch_profile_upd" AFTER UPDATE ON "protection"."CarePlacement" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
CREATE TRIGGER "CarePlacement_touch_profile_del" AFTER DELETE ON "protection"."CarePlacement" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
CREATE TRIGGER "SupportPayment_touch_profile_ins" AFTER INSERT ON "protection"."SupportPayment" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
CREATE TRIGGER "SupportPayment_touch_profile_upd" AFTER UPDATE ON "protection"."SupportPayment" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
CREATE TRIGGER "SupportPayment_touch_profile_del" AFTER DELETE ON "protection"."SupportPayment" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "protection"."touch_profiles"();
