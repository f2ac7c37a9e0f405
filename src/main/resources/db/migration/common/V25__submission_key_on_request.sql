-- The Idempotency-Key a request was submitted under (the SHA-256 of caller and key) and the SHA-256 of its form
-- move onto the request, so a submission writes one row where it wrote two; the keys already used keep working.
alter table translation_request add column idempotency_key varchar(64);
alter table translation_request add column form_fingerprint varchar(64);
update translation_request
   set idempotency_key = (select k.id from submission_key k where k.request_number = translation_request.request_number),
       form_fingerprint = (select k.fingerprint from submission_key k
                            where k.request_number = translation_request.request_number);
alter table translation_request add constraint translation_request_idempotency_key unique (idempotency_key);
drop table submission_key;
