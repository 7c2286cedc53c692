-- Passkeys (WebAuthn) through Spring Security's relying party. Its user entity is a random handle
-- per person (never the e-mail address, which can change); the credentials table has the columns
-- Spring Security's JdbcUserCredentialRepository reads and writes.
create table passkey_user (
    user_id uuid primary key references user_account (id),
    handle  text not null unique
);

create table user_credentials (
    credential_id                text primary key,
    user_entity_user_id          text not null references passkey_user (handle) on delete cascade,
    public_key                   bytea not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean not null,
    authenticator_transports     text,
    public_key_credential_type   text,
    backup_state                 boolean not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        text not null check (length(label) between 1 and 100)
);
create index user_credentials_user_idx on user_credentials (user_entity_user_id);
