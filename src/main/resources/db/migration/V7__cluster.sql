-- Several application instances on one database: named locks for start-up work (seed loading, the first
-- facilitator), secrets generated once and shared by every instance (the session-cookie key), and ordered event
-- streams whose rows every instance reads in sequence (review-session events).
create table cluster_lock (
    name        varchar(60)    primary key
);
insert into cluster_lock (name) values ('startup');

create table app_secret (
    name        varchar(60)    primary key,
    secret      varchar(200)   not null,
    created_at  timestamp      not null
);

create table cluster_stream (
    name        varchar(120)   primary key,
    last_seq    bigint         not null
);

create table cluster_event (
    stream      varchar(120)   not null references cluster_stream (name),
    seq         bigint         not null,
    payload     varchar(100000) not null,
    created_at  timestamp      not null,
    constraint cluster_event_pk primary key (stream, seq)
);
