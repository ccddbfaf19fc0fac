-- Durable module events (issue #9, crash safety): Spring Modulith's event publication registry
-- (spring-modulith-starter-jpa 2.1). Every event published in a transaction is stored here, one row per
-- after-commit listener, in that same transaction; the row is completed when the listener returns. After a
-- crash between the commit and a listener's end the row stays incomplete and is resubmitted when the
-- application starts again (spring.modulith.events.republish-outstanding-events-on-restart=true).
-- The schema is Spring Modulith 2.1's own for PostgreSQL (spring-modulith-events-jdbc, schemas/v2:
-- schema-postgresql.sql and schema-postgresql-archive.sql), which its JPA entities map
-- (DefaultJpaEventPublication, ArchivedJpaEventPublication; both are validated by ddl-auto=validate).
create table event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- only used with spring.modulith.events.completion-mode=archive; Destek keeps the default (update)
create table event_publication_archive (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_archive_serialized_event_hash_idx on event_publication_archive
    using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);

-- The application role stores, completes, resubmits and purges publications (V67's default privileges
-- already cover new tables; stated here so the grant does not depend on who ran V67).
grant select, insert, update, delete on event_publication, event_publication_archive to "${appRole}";
