-- Whether the requester of a Japanese text also wants an easy-Japanese version, or why not; not asked before.
alter table translation_request add column easy_japanese_wanted boolean;
alter table translation_request add column easy_japanese_reason varchar(24);
