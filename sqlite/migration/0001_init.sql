-- Documents: one row per distinct story. doc holds the axis/v1 JSON
-- without its text (which is the text column), blocks the article as read.
CREATE TABLE documents (
	id          INTEGER PRIMARY KEY,
	key         TEXT NOT NULL UNIQUE,
	fingerprint TEXT NOT NULL,
	minhash     BLOB,
	name        TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	date        TEXT NOT NULL DEFAULT '',
	byline      TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	language    TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	blocks      TEXT NOT NULL,
	doc         TEXT NOT NULL,
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
);
CREATE INDEX documents_fingerprint ON documents (fingerprint);
CREATE INDEX documents_date ON documents (date);

-- Every place a document was seen: its first appearance and syndicated copies.
CREATE TABLE document_sources (
	id          INTEGER PRIMARY KEY,
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	key         TEXT NOT NULL UNIQUE,
	name        TEXT NOT NULL DEFAULT '',
	outlet      TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	date        TEXT NOT NULL DEFAULT '',
	created_at  TEXT NOT NULL
);
CREATE INDEX document_sources_document ON document_sources (document_id);

-- MinHash bands for near-duplicate candidates.
CREATE TABLE document_bands (
	band        INTEGER NOT NULL,
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	PRIMARY KEY (band, document_id)
) WITHOUT ROWID;
CREATE INDEX document_bands_document ON document_bands (document_id);

-- detail=none: the index keeps which documents hold a word, not where;
-- searches are for documents holding all the words, so that is enough.
CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, content='documents', content_rowid='id', tokenize='porter unicode61', detail='none');

CREATE TABLE sentences (
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	start       INTEGER NOT NULL,
	"end"       INTEGER NOT NULL,
	kind        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	eid         TEXT NOT NULL DEFAULT '',
	kind        TEXT NOT NULL DEFAULT '',
	name        TEXT NOT NULL DEFAULT '',
	name_lower  TEXT NOT NULL DEFAULT '',
	country     TEXT NOT NULL DEFAULT '',
	code        TEXT NOT NULL DEFAULT '',
	role        TEXT NOT NULL DEFAULT '',
	affiliation TEXT NOT NULL DEFAULT '',
	rule        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities (name_lower);
CREATE INDEX entities_code ON entities (code);

CREATE TABLE mentions (
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	entity_idx  INTEGER NOT NULL,
	idx         INTEGER NOT NULL,
	start       INTEGER NOT NULL,
	"end"       INTEGER NOT NULL,
	text        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (document_id, entity_idx, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
	id           INTEGER PRIMARY KEY,
	document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	idx          INTEGER NOT NULL,
	text         TEXT NOT NULL DEFAULT '',
	start        INTEGER NOT NULL,
	"end"        INTEGER NOT NULL,
	speaker      TEXT NOT NULL DEFAULT '',
	speaker_name TEXT NOT NULL DEFAULT '',
	role         TEXT NOT NULL DEFAULT '',
	affiliation  TEXT NOT NULL DEFAULT '',
	country      TEXT NOT NULL DEFAULT '',
	cue          TEXT NOT NULL DEFAULT '',
	medium       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_document ON quotes (document_id);

-- Happenings: events from different documents with the same dyad, type and date.
CREATE TABLE happenings (
	id           INTEGER PRIMARY KEY,
	key          TEXT NOT NULL UNIQUE,
	src          TEXT NOT NULL DEFAULT '',
	tgt          TEXT NOT NULL DEFAULT '',
	type         TEXT NOT NULL DEFAULT '',
	date         TEXT NOT NULL DEFAULT '',
	num_mentions INTEGER NOT NULL DEFAULT 0,
	num_articles INTEGER NOT NULL DEFAULT 0,
	num_sources  INTEGER NOT NULL DEFAULT 0
);

-- Outlets reporting a happening, with how many (document, source) pairs do.
CREATE TABLE happening_outlets (
	happening_id INTEGER NOT NULL REFERENCES happenings (id) ON DELETE CASCADE,
	outlet       TEXT NOT NULL,
	n            INTEGER NOT NULL,
	PRIMARY KEY (happening_id, outlet)
) WITHOUT ROWID;

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,
	happening_id   INTEGER REFERENCES happenings (id),
	eid            TEXT NOT NULL DEFAULT '',
	src            TEXT NOT NULL DEFAULT '',
	tgt            TEXT NOT NULL DEFAULT '',
	source_entity  TEXT NOT NULL DEFAULT '',
	source_name    TEXT NOT NULL DEFAULT '',
	source_country TEXT NOT NULL DEFAULT '',
	source_code    TEXT NOT NULL DEFAULT '',
	target_entity  TEXT NOT NULL DEFAULT '',
	target_name    TEXT NOT NULL DEFAULT '',
	target_country TEXT NOT NULL DEFAULT '',
	target_code    TEXT NOT NULL DEFAULT '',
	cameo          TEXT NOT NULL DEFAULT '',
	plover         TEXT NOT NULL DEFAULT '',
	quad_class     INTEGER NOT NULL DEFAULT 0,
	goldstein      REAL NOT NULL DEFAULT 0,
	date           TEXT NOT NULL DEFAULT '',
	date_precision TEXT NOT NULL DEFAULT '',
	modality       TEXT NOT NULL DEFAULT '',
	claimed_by     TEXT NOT NULL DEFAULT '',
	sentence       INTEGER NOT NULL DEFAULT 0,
	start          INTEGER NOT NULL DEFAULT 0,
	"end"          INTEGER NOT NULL DEFAULT 0,
	rule           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_dyad ON events (src, tgt, date);
CREATE INDEX events_target ON events (tgt, date);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_plover ON events (plover, date);
CREATE INDEX events_document ON events (document_id);
CREATE INDEX events_happening ON events (happening_id, id);

CREATE TABLE dates (
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	text        TEXT NOT NULL DEFAULT '',
	start       INTEGER NOT NULL,
	"end"       INTEGER NOT NULL,
	value       TEXT NOT NULL DEFAULT '',
	precision   TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

CREATE TABLE amounts (
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	text        TEXT NOT NULL DEFAULT '',
	start       INTEGER NOT NULL,
	"end"       INTEGER NOT NULL,
	value       REAL NOT NULL DEFAULT 0,
	unit        TEXT NOT NULL DEFAULT '',
	object      TEXT NOT NULL DEFAULT '',
	approximate INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;

CREATE TABLE treaties (
	document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	tid         TEXT NOT NULL DEFAULT '',
	name        TEXT NOT NULL DEFAULT '',
	parties     TEXT NOT NULL DEFAULT '',
	date        TEXT NOT NULL DEFAULT '',
	start       INTEGER NOT NULL,
	"end"       INTEGER NOT NULL,
	relations   TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (document_id, idx)
) WITHOUT ROWID;
