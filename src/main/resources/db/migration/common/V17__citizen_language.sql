-- The language of the public form a citizen used, which every mail to them is written in (issue #21). Requests
-- sent before it was kept were written to in their text's source language, and keep that.
alter table translation_request add column citizen_language varchar(35);
update translation_request set citizen_language = source_language where status_token_hash is not null;
