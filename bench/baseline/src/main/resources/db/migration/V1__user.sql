create table app_user (id bigint primary key, username varchar(40) not null, password varchar(100) not null, role varchar(20) not null);
