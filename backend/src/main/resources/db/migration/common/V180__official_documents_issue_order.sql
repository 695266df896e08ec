-- Documents issued in one step share their instant; the order they were issued in is kept here, so
-- a case's documents list the same way every time.
alter table official_documents add column issue_order bigserial;
