-- Slot search loads every active clinician's licences and DEA registrations; without these each load was a
-- sequential scan of the whole table (found by the journey simulator at 1,000 patients, see docs/benchmarks.md).
CREATE INDEX clinician_licence_clinician ON clinician_licence (clinician_id);
CREATE INDEX clinician_dea_clinician ON clinician_dea (clinician_id);
