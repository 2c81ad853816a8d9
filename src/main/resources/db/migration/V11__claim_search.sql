-- Each claim's searchable text (statement, quote, id, attribution) lowercased in one column of a narrow table: a text
-- search scans this instead of four columns of the wide claim table. Derived data: kept in step by the seed loader
-- and the ingest review, rebuilt after a restore, left out of backups.
create table claim_search (
    claim_id    varchar(120)   primary key,
    search_text varchar(5800)  not null
);

insert into claim_search (claim_id, search_text)
select id, lower(statement || chr(1) || quote || chr(1) || id || chr(1) || attributed_to) from claim;
