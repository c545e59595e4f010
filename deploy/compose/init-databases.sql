-- Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d):
-- one database per service, the same ones `./haat infra up` creates.
CREATE DATABASE haat_auth;
CREATE DATABASE haat_catalogue;
CREATE DATABASE haat_inventory;
CREATE DATABASE haat_order;
CREATE DATABASE haat_gateway;
