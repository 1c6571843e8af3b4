-- A quote store as onrecord wrote it before quotes had a modality (store schema version 1): the
-- schema and rows of a file that 'onrecord index' made at commit 5f388ec from one article, read back
-- out of that file with sqlite3 (the FTS5 index is rebuilt by the insert trigger). QuoteStoreTest
-- makes a version 1 file from it to check that such a file opens, upgraded, and keeps its quotes.
CREATE TABLE store_info(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL);
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL UNIQUE,
  url TEXT,
  outlet TEXT,
  published TEXT,
  published_day TEXT,
  title TEXT,
  text TEXT,
  content_hash TEXT NOT NULL,
  indexed_at TEXT NOT NULL);
CREATE INDEX articles_published_day ON articles(published_day);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE TABLE people(
  id INTEGER PRIMARY KEY,
  name_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL);
CREATE TABLE article_people(
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  person_id INTEGER NOT NULL REFERENCES people(id),
  name TEXT NOT NULL,
  gender TEXT NOT NULL,
  PRIMARY KEY(article_id, local_id));
CREATE INDEX article_people_person ON article_people(person_id);
CREATE TABLE person_facts(
  person_id INTEGER NOT NULL REFERENCES people(id),
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK(kind IN ('alias', 'role', 'organisation')),
  value TEXT NOT NULL);
CREATE INDEX person_facts_person ON person_facts(person_id, kind);
CREATE INDEX person_facts_article ON person_facts(article_id);
CREATE TABLE quotes(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL CHECK(type IN ('direct', 'mixed', 'indirect')),
  speaker TEXT,
  person_id INTEGER REFERENCES people(id),
  role TEXT,
  organisation TEXT,
  mention_start INTEGER,
  mention_end INTEGER,
  mention TEXT,
  cue TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  addressee TEXT,
  addressee_start INTEGER,
  addressee_end INTEGER,
  addressee_person_id INTEGER REFERENCES people(id),
  confidence REAL NOT NULL,
  rule TEXT,
  evidence TEXT,
  published_day TEXT,
  outlet TEXT,
  UNIQUE(article_id, seq));
CREATE INDEX quotes_person ON quotes(person_id);
CREATE INDEX quotes_addressee_person ON quotes(addressee_person_id);
CREATE INDEX quotes_by_day ON quotes(published_day DESC, article_id DESC, seq);
CREATE INDEX quotes_by_outlet ON quotes(outlet COLLATE NOCASE, published_day DESC);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, speaker, organisation,
  content='quotes', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text, speaker, organisation)
  VALUES (new.id, new.text, new.speaker, new.organisation);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, organisation)
  VALUES ('delete', old.id, old.text, old.speaker, old.organisation);
END;
INSERT INTO store_info VALUES('schema','onrecord-store');
INSERT INTO store_info VALUES('version','1');
INSERT INTO articles VALUES(1,'mod-1',NULL,'The Courier','2022-06-05','2022-06-05',NULL,replace('Tom Baker did not say that the union would strike.\n\nThe minister reportedly told aides that the plan was dead.\n\nJane Smith said the talks had failed.','\n',char(10)),'e3a49a7f5f9455895defee38b9b8f9d9','2026-11-25T18:21:44.517323964Z');
INSERT INTO people VALUES(1,'tom baker','Tom Baker');
INSERT INTO people VALUES(2,'jane smith','Jane Smith');
INSERT INTO article_people VALUES(1,'p1',1,'Tom Baker','male');
INSERT INTO article_people VALUES(1,'p2',2,'Jane Smith','female');
INSERT INTO quotes VALUES(1,1,0,27,49,'the union would strike','indirect','Tom Baker',1,NULL,NULL,0,9,'Tom Baker','say',18,21,NULL,NULL,NULL,NULL,0.69999999999999995559,'reported-clause','“say” with “Tom Baker” (name)','2022-06-05','The Courier');
INSERT INTO quotes VALUES(2,1,1,92,109,'the plan was dead','indirect','The minister',NULL,NULL,NULL,52,64,'The minister','told',76,80,'aides',81,86,NULL,0.69999999999999995559,'reported-clause','“told” with “The minister” (description)','2022-06-05','The Courier');
INSERT INTO quotes VALUES(3,1,2,128,148,'the talks had failed','indirect','Jane Smith',2,NULL,NULL,112,122,'Jane Smith','said',123,127,NULL,NULL,NULL,NULL,0.69999999999999995559,'reported-clause','“said” with “Jane Smith” (name)','2022-06-05','The Courier');
