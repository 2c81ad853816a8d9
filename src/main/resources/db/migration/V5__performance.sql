-- Performance: the dashboard reads the first claims of each comparison cell (theme, then document order) through
-- an index; the seed loader records the fingerprint of the seed folder it loaded, so that an unchanged folder is
-- not parsed and compared again at the next start.
create index claim_theme_document_idx on claim (theme_id, document_id, position);

create table seed_load (
    id           integer       primary key,
    fingerprint  varchar(64)   not null,
    loaded_at    timestamp     not null,
    claims       integer       not null
);

-- Identity values are handed out in blocks of 1000 instead of 32: H2 commits (and, with WRITE_DELAY=0, writes
-- to disk) each time a block is taken, which made a large seed load spend most of its time storing sequences.
alter table verdict_revision alter column id set cache 1000;
alter table evidence alter column id set cache 1000;
alter table claim_link alter column id set cache 1000;
