-- One change feed per agency subject table (education.Pupil, health.Patient, protection.ChildProfile):
-- each used to be read twice, by an identity feed and a dropout-risk feed, each with its own cursor.
-- The merged feeds have new cursor names, so they start from scratch on the next refresh: every
-- pupil, patient and profile is read once more (facts are upserted or replaced per subject, so the
-- re-read is harmless) and, as for any feed never read before, every child's lists are recomputed.
-- The replaced feeds' cursors would never move again; they go. (Hand-written: data, not schema.)
DELETE FROM "registry"."FeedCursor"
 WHERE "feed" IN ('education.pupils', 'education.schooling', 'health.patients', 'health.risk', 'protection.childprofiles', 'protection.risk');
