-- A claim that disappears from the seed files (removed, or renamed to a new id) is kept with its ledger but
-- retired: left out of the lists, the comparison and the scores, still reachable by its id.
alter table claim add column retired boolean default false not null;
