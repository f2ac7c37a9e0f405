-- A citizen's photo or scan of the letter they received is kept like a document: JPEG and PNG beside the formats
-- translated as documents.
alter table stored_document alter column type enum ('DOCX','HTML','ODT','PDF','PPTX','TEXT','XLIFF','XLSX','JPEG','PNG') not null;
