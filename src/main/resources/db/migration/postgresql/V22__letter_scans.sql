-- A citizen's photo or scan of the letter they received is kept like a document: JPEG and PNG beside the formats
-- translated as documents.
alter table stored_document drop constraint stored_document_type_check;
alter table stored_document add constraint stored_document_type_check
    check (type in ('DOCX','XLSX','PPTX','ODT','HTML','PDF','XLIFF','TEXT','JPEG','PNG'));
