-- The encoding a requester's plain text file was read in, so that its translation is delivered in the same
-- (issue #24); null for other formats and for files stored before.
alter table stored_document add column charset varchar(32);
