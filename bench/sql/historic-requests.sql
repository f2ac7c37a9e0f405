-- :requests closed translation requests of the fiscal years 2010 to 2025 (62,500 a year at most, so that their
-- numbers keep five digits), as Kakehashi's entities leave them: the request with its counting receipt, one ja→en
-- job (READY when delivered, DROPPED otherwise), and the timeline's first and last steps. Spread over the demo
-- office's five departments; 85 % delivered, 10 % rejected, 5 % withdrawn. Numbers and ids never meet those of
-- the current year's submissions.
create temporary table historic as
select gen_random_uuid() as id,
       2010 + (i - 1) / 62500 as fiscal_year,
       (i - 1) % 62500 + 1 as sequence,
       (array['mirai-souzou', 'gyousei-kanri', 'sougou-fukushi', 'kankou', 'kyouiku'])[1 + i % 5] as department,
       case when i % 20 < 17 then 'DELIVERED' when i % 20 < 19 then 'REJECTED' else 'CANCELLED' end as status,
       make_date(2010 + (i - 1) / 62500, 4, 1) + ((i - 1) % 62500) * 365 / 62500 as received_on
from generate_series(1, :requests) as i;

insert into translation_request (id, version, request_number, requester, department, source_language, type,
    purpose, source_text, volume_unit, volume_characters, volume_kanji, volume_kana, volume_latin_letters,
    volume_latin_words, volume_digits, volume_punctuation, volume_other, volume_manuscript_pages,
    volume_estimated_hours, wanted_by, submitted_at, received_on, delivered_on, turnaround_business_days, status,
    rejection_reason)
select id, 1, fiscal_year || '-' || lpad(sequence::text, 5, '0'), 'staff-' || department, department, 'ja',
       'TRANSLATION', 'PUBLIC_NOTICE', '市役所の窓口は午前八時四十五分から開いています。', 'CHARACTERS', 24, 12, 8, 0, 0,
       0, 2, 2, 1, 0.012, received_on + 20, (received_on + time '10:00') at time zone 'Asia/Tokyo', received_on,
       case when status = 'DELIVERED' then received_on + 7 end, case when status = 'DELIVERED' then 5 end, status,
       case when status = 'REJECTED' then 'refused-topic' end
from historic;

insert into translation_job (id, request_id, position, target_language, status, translator, reviewer,
    translator_group, reviewer_group, translated_text)
select gen_random_uuid(), id, 0, 'en', case when status = 'DELIVERED' then 'READY' else 'DROPPED' end,
       case when status = 'DELIVERED' then 'emily' end, case when status = 'DELIVERED' then 'tanaka' end,
       'coordinator', 'reviewer', case when status = 'DELIVERED' then 'The counters open at 8:45.' end
from historic;

insert into request_timeline (id, request_id, position, occurred_at, event, actor, note)
select gen_random_uuid(), id, 0, (received_on + time '10:00') at time zone 'Asia/Tokyo', 'SUBMITTED',
       'staff-' || department, null
from historic
union all
select gen_random_uuid(), id, 1, (received_on + 7 + time '15:00') at time zone 'Asia/Tokyo',
       case status when 'DELIVERED' then 'DELIVERED' when 'REJECTED' then 'REJECTED' else 'CANCELLED' end,
       case when status = 'CANCELLED' then 'staff-' || department else 'emily' end, null
from historic;

-- this machine's PostgreSQL runs without autovacuum: the planner needs the new rows' statistics
analyze translation_request;
analyze translation_job;
analyze request_timeline;
