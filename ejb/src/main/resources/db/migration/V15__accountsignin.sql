-- Nguồn schema, version 15: each account's last sign-in to Nguồn's pages, for the administrators' list.
ALTER TABLE account ADD COLUMN last_sign_in_at TIMESTAMPTZ;
