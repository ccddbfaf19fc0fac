-- Run once by the postgres image on an empty volume (docker-entrypoint-initdb.d), as the
-- image's superuser. Security issue #9: Flyway migrates as destek_owner, which owns the
-- database and every table; the application logs in as destek_app, which migration V67
-- grants only SELECT/INSERT on the append-only tables. Neither is a superuser, so neither
-- can SET session_replication_role = replica; destek_app owns nothing, so it cannot
-- disable or drop a trigger. Change the passwords for anything but a local run.
create role destek_owner login nosuperuser nocreatedb nocreaterole noreplication password 'destek_owner';
create role destek_app login nosuperuser nocreatedb nocreaterole noreplication password 'destek_app';
create database destek owner destek_owner encoding 'UTF8' template template0;
