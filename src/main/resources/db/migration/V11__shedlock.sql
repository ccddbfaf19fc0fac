-- ShedLock: one row per scheduled job; a job runs only on the instance that holds its
-- lock (lock_until in the future). Times are the database's own clock, in UTC.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
