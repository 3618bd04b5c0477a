-- GET /crews?qualificationExpiresBefore=: qualified crews by expiry date then id (the keyset order), county-wide or
-- in one township.
create index crew_qualified_until on crew (qualified_until, id) where state = 'QUALIFIED';
create index crew_township_qualified_until on crew (township_code, qualified_until, id) where state = 'QUALIFIED';
