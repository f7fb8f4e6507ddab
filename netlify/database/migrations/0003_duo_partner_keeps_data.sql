-- Erasing one member of a duo (GDPR erasure) must not take the other member's data with it: the duo,
-- its agreements and the partner's own evaluations stay, with the erased member's side left empty.
ALTER TABLE duos ALTER COLUMN buddy_id DROP NOT NULL;
ALTER TABLE duos ALTER COLUMN newcomer_id DROP NOT NULL;
ALTER TABLE duos DROP CONSTRAINT duos_buddy_id_fkey;
ALTER TABLE duos DROP CONSTRAINT duos_newcomer_id_fkey;
ALTER TABLE duos ADD CONSTRAINT duos_buddy_id_fkey FOREIGN KEY (buddy_id) REFERENCES flow_people (id) ON DELETE SET NULL;
ALTER TABLE duos ADD CONSTRAINT duos_newcomer_id_fkey FOREIGN KEY (newcomer_id) REFERENCES flow_people (id) ON DELETE SET NULL;
-- The people list pages through one programme ordered by creation ("newest first").
CREATE INDEX flow_people_newest ON flow_people (programme, created_at DESC, id);
