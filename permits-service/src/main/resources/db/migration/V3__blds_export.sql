-- The BLDS open-data export reads builds past intake in order of last change (keyset on updated_at, id), county-wide
-- or by township.
create index permit_blds_changed on permit (updated_at, id) where state <> 'DRAFT';
create index permit_blds_township_changed on permit (township_code, updated_at, id) where state <> 'DRAFT';
