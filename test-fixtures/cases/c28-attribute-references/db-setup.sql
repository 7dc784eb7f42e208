-- The table `external` references (models/refs.js), which the app does not model: it exists already.
CREATE TABLE legacy_accounts (acct_no INTEGER PRIMARY KEY);
