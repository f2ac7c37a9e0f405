-- The photo or scan of the letter a citizen sent with the public form, for the coordinator to read beside the
-- request; none for the requests before.
alter table translation_request add column citizen_letter_id uuid;
alter table translation_request add constraint translation_request_citizen_letter
    foreign key (citizen_letter_id) references stored_document (id);
