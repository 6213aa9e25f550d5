-- One database per service (docker-compose.yml mounts this into the PostgreSQL image).
CREATE DATABASE territory;
CREATE DATABASE funding;
CREATE DATABASE deployment;
CREATE DATABASE gateway;
