-- Run once by the postgres image on an empty data volume (docker-compose.yml mounts it into
-- /docker-entrypoint-initdb.d). Each service owns its database; none reads another's.
create database registry;
create database permits;
create database inspections;
create database gateway;
