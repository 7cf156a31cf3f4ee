-- The CloudEvent datacontenttype of each row: application/json for event records, e.g. application/fhir+json for
-- FHIR resources sent to a partner's own topic.
ALTER TABLE outbox_event ADD COLUMN content_type TEXT NOT NULL DEFAULT 'application/json';
