-- City single sign-on (issue #17): the city-login door (src/city-login) writes a one-time ticket with what the
-- city's OpenID provider said of the person; Kakehashi redeems it within a minute on any node, and deletes it.
create table city_login_ticket (
    ticket_hash varchar(64) not null,
    issuer varchar(255),
    subject varchar(255),
    username varchar(255),
    email varchar(320),
    issued_at timestamp(6) with time zone not null,
    primary key (ticket_hash)
);
