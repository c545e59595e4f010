-- Tokens issued from an authorization code are found again if the code is presented twice (RFC 6749 4.1.2):
-- the code keeps the family of refresh tokens it started, and each refresh token the access token issued with it.
alter table authorization_code add column family_id uuid;
alter table refresh_token add column access_jti text;
alter table refresh_token add column access_expires_at timestamptz;
-- A seller deleted in catalogue-service: no token may act for it any more.
alter table known_seller add column deleted_at timestamptz;
