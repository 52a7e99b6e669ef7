package sqlstore

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/axis-news/axis"
)

// CreateDocument implements axis.Store.
func (db *DB) CreateDocument(ctx context.Context, d *axis.Document, id axis.Identity) (*axis.CreateResult, error) {
	res, err := db.CreateDocuments(ctx, []*axis.Document{d}, []axis.Identity{id})
	if err != nil {
		return nil, err
	}
	return res[0], nil
}

// CreateDocuments implements axis.Store.
func (db *DB) CreateDocuments(ctx context.Context, docs []*axis.Document, ids []axis.Identity) ([]*axis.CreateResult, error) {
	if len(docs) != len(ids) {
		return nil, axis.Errorf(axis.EINVALID, "%d documents but %d identities", len(docs), len(ids))
	}
	for i, d := range docs {
		if strings.TrimSpace(d.Text) == "" {
			return nil, axis.Errorf(axis.EINVALID, "document %s has no text", d.Meta.ID)
		}
		if ids[i].Key == "" {
			return nil, axis.Errorf(axis.EINVALID, "document %s has no identity", d.Meta.ID)
		}
	}
	out := make([]*axis.CreateResult, len(docs))
	var err error
	// A conflict means another process stored one of the documents (or
	// happenings) first: the next attempt sees it.
	for attempt := 0; attempt < 3; attempt++ {
		err = db.inTx(ctx, func(tx *sql.Tx) error {
			// Rows of all the documents are inserted together at the
			// end: fewer, bigger statements.
			db.deferRows(tx)
			defer db.dropRows(tx)
			for i, d := range docs {
				r, err := db.createDocument(ctx, tx, d, ids[i])
				if err != nil {
					return fmt.Errorf("store document %s: %w", d.Meta.ID, err)
				}
				out[i] = r
			}
			return db.flushRows(ctx, tx)
		})
		if err == nil || !db.d.IsConflict(err) {
			break
		}
	}
	if err != nil {
		return nil, db.wrap("store documents", err)
	}
	return out, nil
}

func (db *DB) createDocument(ctx context.Context, tx *sql.Tx, d *axis.Document, id axis.Identity) (*axis.CreateResult, error) {
	// The same article from the same place: nothing to do.
	var docID int64
	err := db.queryRow(ctx, tx, `SELECT document_id FROM document_sources WHERE key = ?`, id.Key).Scan(&docID)
	if err == nil {
		return &axis.CreateResult{ID: docID, Status: axis.StatusDuplicate}, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	// The same story from another outlet: record the source.
	if docID, err := db.findCopy(ctx, tx, id); err != nil {
		return nil, err
	} else if docID != 0 {
		if err := db.addSource(ctx, tx, docID, d, id); err != nil {
			return nil, err
		}
		return &axis.CreateResult{ID: docID, Status: axis.StatusSyndicated}, nil
	}

	now := db.now()
	docJSON, blocksJSON, err := encodeDoc(d)
	if err != nil {
		return nil, err
	}
	m := d.Meta
	err = db.queryRow(ctx, tx, `INSERT INTO documents
		(key, fingerprint, minhash, name, title, date, byline, source, url, language, text, blocks, doc, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		id.Key, id.Fingerprint, encodeMinHash(id.MinHash), m.ID, m.Title, m.Date, m.Byline, m.Source, m.URL, m.Language,
		d.Text, blocksJSON, docJSON, now, now).Scan(&docID)
	if err != nil {
		return nil, fmt.Errorf("insert document: %w", err)
	}
	if _, err := db.exec(ctx, tx, `INSERT INTO document_sources
		(document_id, key, name, outlet, url, title, date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		docID, id.Key, m.ID, outlet(m, id.Key), m.URL, m.Title, m.Date, now); err != nil {
		return nil, fmt.Errorf("insert source: %w", err)
	}
	if err := db.insertBands(ctx, tx, docID, id.MinHash); err != nil {
		return nil, err
	}
	if db.d.FTS5 {
		if _, err := db.exec(ctx, tx, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`, docID, m.Title, d.Text); err != nil {
			return nil, fmt.Errorf("index document: %w", err)
		}
	}
	if err := db.insertExtraction(ctx, tx, docID, d, []string{outlet(m, id.Key)}); err != nil {
		return nil, err
	}
	return &axis.CreateResult{ID: docID, Status: axis.StatusNew}, nil
}

// outlet names the outlet of a source; a source whose outlet is unknown
// counts as an outlet of its own.
func outlet(m axis.Meta, key string) string {
	if o := axis.OutletOf(m); o != "" {
		return o
	}
	return "source:" + key
}

// findCopy returns the ID of a stored document whose body d's copies, or 0.
func (db *DB) findCopy(ctx context.Context, tx *sql.Tx, id axis.Identity) (int64, error) {
	if id.Fingerprint == "" || id.MinHash == nil {
		return 0, nil
	}
	var docID int64
	err := db.queryRow(ctx, tx, `SELECT id FROM documents WHERE fingerprint = ? ORDER BY id LIMIT 1`, id.Fingerprint).Scan(&docID)
	if err == nil {
		return docID, nil
	} else if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	// Documents sharing a band, at most bandScan per band: a band hash
	// shared by many documents is boilerplate and says little, and the
	// cost stays bounded however large the store grows.
	bands := axis.Bands(id.MinHash)
	args := make([]any, len(bands))
	parts := make([]string, len(bands))
	for i, b := range bands {
		args[i] = b
		parts[i] = `SELECT document_id FROM (SELECT document_id FROM document_bands WHERE band = ? LIMIT ` + strconv.Itoa(bandScan) + `) b` + strconv.Itoa(i)
	}
	rows, err := db.queryRows(ctx, tx, strings.Join(parts, " UNION ALL "), args...)
	if err != nil {
		return 0, err
	}
	matches := map[int64]int{}
	for rows.Next() {
		var cand int64
		if err := rows.Scan(&cand); err != nil {
			rows.Close()
			return 0, err
		}
		matches[cand]++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	// A copy (similarity >= 0.8) shares 6 of 16 bands on average; one
	// shared band is chance.
	var cands []int64
	for c, n := range matches {
		if n >= 2 {
			cands = append(cands, c)
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		if matches[cands[a]] != matches[cands[b]] {
			return matches[cands[a]] > matches[cands[b]]
		}
		return cands[a] < cands[b]
	})
	if len(cands) > 8 {
		cands = cands[:8]
	}
	best, bestSim := int64(0), 0.0
	for _, c := range cands {
		var blob []byte
		if err := db.queryRow(ctx, tx, `SELECT minhash FROM documents WHERE id = ?`, c).Scan(&blob); err != nil {
			return 0, err
		}
		if sim := axis.Similarity(id.MinHash, decodeMinHash(blob)); sim >= axis.NearDuplicate && (sim > bestSim || sim == bestSim && c < best) {
			best, bestSim = c, sim
		}
	}
	return best, nil
}

// bandScan is the most documents looked at per MinHash band.
const bandScan = 64

// addSource records d as one more source of stored document docID and
// counts it in the happenings the document reports.
func (db *DB) addSource(ctx context.Context, tx *sql.Tx, docID int64, d *axis.Document, id axis.Identity) error {
	m := d.Meta
	o := outlet(m, id.Key)
	if _, err := db.exec(ctx, tx, `INSERT INTO document_sources
		(document_id, key, name, outlet, url, title, date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		docID, id.Key, m.ID, o, m.URL, m.Title, m.Date, db.now()); err != nil {
		return fmt.Errorf("insert source: %w", err)
	}
	// The document may be earlier in this batch, its events not yet
	// inserted.
	if err := db.flushRows(ctx, tx); err != nil {
		return err
	}
	hs, err := db.docHappenings(ctx, tx, docID)
	if err != nil {
		return err
	}
	for _, h := range hs {
		if err := db.adjustHappening(ctx, tx, h.id, 0, 1, []string{o}, 1); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) insertBands(ctx context.Context, tx *sql.Tx, docID int64, sig []uint32) error {
	bands := axis.Bands(sig)
	if len(bands) == 0 {
		return nil
	}
	seen := map[int64]bool{}
	rows := make([][]any, 0, len(bands))
	for _, b := range bands {
		if !seen[b] {
			seen[b] = true
			rows = append(rows, []any{b, docID})
		}
	}
	// Inserted at once, not deferred to the end of the batch: findCopy
	// must see the bands of earlier documents of the same batch.
	return db.execRows(ctx, tx, "document_bands", []string{"band", "document_id"}, rows)
}

// insertExtraction inserts the rows extracted from d for docID. outlets
// are the outlets of the document's sources, one per source.
func (db *DB) insertExtraction(ctx context.Context, tx *sql.Tx, docID int64, d *axis.Document, outlets []string) error {
	var rows [][]any
	for i, s := range d.Sentences {
		rows = append(rows, []any{docID, i, s.Start, s.End, s.Kind})
	}
	if err := db.insertRows(ctx, tx, "sentences", []string{"document_id", "idx", "start", `"end"`, "kind"}, rows); err != nil {
		return err
	}

	rows = nil
	var mrows [][]any
	for i, e := range d.Entities {
		rows = append(rows, []any{docID, i, e.ID, e.Kind, e.Name, strings.ToLower(e.Name), e.Country, e.Code, e.Role, e.Affiliation, e.Rule})
		for j, m := range e.Mentions {
			mrows = append(mrows, []any{docID, i, j, m.Start, m.End, m.Text})
		}
	}
	if err := db.insertRows(ctx, tx, "entities", []string{"document_id", "idx", "eid", "kind", "name", "name_lower", "country", "code", "role", "affiliation", "rule"}, rows); err != nil {
		return err
	}
	if err := db.insertRows(ctx, tx, "mentions", []string{"document_id", "entity_idx", "idx", "start", `"end"`, "text"}, mrows); err != nil {
		return err
	}

	rows = nil
	for i, q := range d.Quotes {
		rows = append(rows, []any{docID, i, q.Text, q.Start, q.End, q.Speaker, q.SpeakerName, q.Role, q.Affiliation, q.Country, q.Cue, q.Medium})
	}
	if err := db.insertRows(ctx, tx, "quotes", []string{"document_id", "idx", "text", "start", `"end"`, "speaker", "speaker_name", "role", "affiliation", "country", "cue", "medium"}, rows); err != nil {
		return err
	}

	if err := db.insertEvents(ctx, tx, docID, d, outlets); err != nil {
		return err
	}

	rows = nil
	for i, t := range d.Dates {
		rows = append(rows, []any{docID, i, t.Text, t.Start, t.End, t.Value, t.Precision})
	}
	if err := db.insertRows(ctx, tx, "dates", []string{"document_id", "idx", "text", "start", `"end"`, "value", "precision"}, rows); err != nil {
		return err
	}

	rows = nil
	for i, a := range d.Amounts {
		approx := 0
		if a.Approximate {
			approx = 1
		}
		rows = append(rows, []any{docID, i, a.Text, a.Start, a.End, a.Value, a.Unit, a.Object, approx})
	}
	if err := db.insertRows(ctx, tx, "amounts", []string{"document_id", "idx", "text", "start", `"end"`, "value", "unit", "object", "approximate"}, rows); err != nil {
		return err
	}

	rows = nil
	for i, t := range d.Treaties {
		rel, err := json.Marshal(t.Relations)
		if err != nil {
			return err
		}
		rows = append(rows, []any{docID, i, t.ID, t.Name, strings.Join(t.Parties, "|"), t.Date, t.Start, t.End, string(rel)})
	}
	return db.insertRows(ctx, tx, "treaties", []string{"document_id", "idx", "tid", "name", "parties", "date", "start", `"end"`, "relations"}, rows)
}

// UpdateDocument implements axis.Store.
func (db *DB) UpdateDocument(ctx context.Context, id int64, d *axis.Document) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var oldTitle, oldText string
		err := db.queryRow(ctx, tx, `SELECT title, text FROM documents WHERE id = ?`, id).Scan(&oldTitle, &oldText)
		if errors.Is(err, sql.ErrNoRows) {
			return axis.Errorf(axis.ENOTFOUND, "document %d not found", id)
		} else if err != nil {
			return err
		}
		outlets, err := db.docOutlets(ctx, tx, id)
		if err != nil {
			return err
		}
		// Take the document's events out of their happenings.
		hs, err := db.docHappenings(ctx, tx, id)
		if err != nil {
			return err
		}
		for _, h := range hs {
			if err := db.adjustHappening(ctx, tx, h.id, -h.events, -len(outlets), outlets, -1); err != nil {
				return err
			}
		}
		for _, t := range []string{"events", "sentences", "mentions", "entities", "quotes", "dates", "amounts", "treaties", "document_bands"} {
			if _, err := db.exec(ctx, tx, (`DELETE FROM ` + t + ` WHERE document_id = ?`), id); err != nil {
				return fmt.Errorf("delete %s: %w", t, err)
			}
		}
		docJSON, blocksJSON, err := encodeDoc(d)
		if err != nil {
			return err
		}
		ident := axis.Identify(d)
		m := d.Meta
		if _, err := db.exec(ctx, tx, `UPDATE documents SET fingerprint = ?, minhash = ?, title = ?, date = ?, byline = ?,
			source = ?, url = ?, language = ?, text = ?, blocks = ?, doc = ?, updated_at = ? WHERE id = ?`,
			ident.Fingerprint, encodeMinHash(ident.MinHash), m.Title, m.Date, m.Byline, m.Source, m.URL, m.Language,
			d.Text, blocksJSON, docJSON, db.now(), id); err != nil {
			return fmt.Errorf("update document: %w", err)
		}
		if err := db.insertBands(ctx, tx, id, ident.MinHash); err != nil {
			return err
		}
		if db.d.FTS5 {
			if _, err := db.exec(ctx, tx, `INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`, id, oldTitle, oldText); err != nil {
				return fmt.Errorf("unindex document: %w", err)
			}
			if _, err := db.exec(ctx, tx, `INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`, id, m.Title, d.Text); err != nil {
				return fmt.Errorf("index document: %w", err)
			}
		}
		if err := db.insertExtraction(ctx, tx, id, d, outlets); err != nil {
			return err
		}
		// Happenings no document reports any more go. This runs after the new
		// events are in, so a happening the document still reports keeps its
		// ID (exported GDELT GlobalEventIDs stay stable across reprocessing).
		return db.dropUnreported(ctx, tx, hs)
	})
	return db.wrap(fmt.Sprintf("update document %d", id), err)
}

// dropUnreported deletes those of hs no event reports any more.
func (db *DB) dropUnreported(ctx context.Context, tx *sql.Tx, hs []docHappening) error {
	for _, h := range hs {
		var n int
		if err := db.queryRow(ctx, tx, `SELECT num_mentions FROM happenings WHERE id = ?`, h.id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		if _, err := db.exec(ctx, tx, `DELETE FROM happening_outlets WHERE happening_id = ?`, h.id); err != nil {
			return err
		}
		if _, err := db.exec(ctx, tx, `DELETE FROM happenings WHERE id = ?`, h.id); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) docOutlets(ctx context.Context, tx *sql.Tx, id int64) ([]string, error) {
	rows, err := tx.QueryContext(ctx, db.q(`SELECT outlet FROM document_sources WHERE document_id = ? ORDER BY id`), id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var o string
		if err := rows.Scan(&o); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// FindDocumentByID implements axis.Store.
func (db *DB) FindDocumentByID(ctx context.Context, id int64) (*axis.Document, error) {
	var text, blocks, doc string
	err := db.db.QueryRowContext(ctx, db.q(`SELECT text, blocks, doc FROM documents WHERE id = ?`), id).Scan(&text, &blocks, &doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, axis.Errorf(axis.ENOTFOUND, "document %d not found", id)
	} else if err != nil {
		return nil, db.wrap(fmt.Sprintf("find document %d", id), err)
	}
	d := axis.NewDocument()
	if err := json.Unmarshal([]byte(doc), d); err != nil {
		return nil, fmt.Errorf("decode document %d: %w", id, err)
	}
	d.Text = text
	if err := json.Unmarshal([]byte(blocks), &d.Blocks); err != nil {
		return nil, fmt.Errorf("decode document %d blocks: %w", id, err)
	}
	return d, nil
}

// FindDocuments implements axis.Store.
func (db *DB) FindDocuments(ctx context.Context, f axis.DocumentFilter) ([]*axis.DocumentRecord, int, error) {
	var w where
	if f.ID != nil {
		w.add("d.id = ?", *f.ID)
	}
	if f.Entity != nil {
		e := strings.TrimSpace(*f.Entity)
		w.add("d.id IN (SELECT document_id FROM entities WHERE name_lower = ? OR code = ?)", strings.ToLower(e), strings.ToUpper(e))
	}
	if f.Search != nil {
		words := searchWords(*f.Search)
		if len(words) == 0 {
			return nil, 0, axis.Errorf(axis.EINVALID, "search %q has no words", *f.Search)
		}
		if db.d.FTS5 {
			var b strings.Builder
			for i, wd := range words {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(`"` + wd + `"`)
			}
			w.add("d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", b.String())
		} else {
			w.add("d.tsv @@ plainto_tsquery('english', ?)", strings.Join(words, " "))
		}
	}
	w.dateRange("d.date", f.From, f.To)
	if f.AfterID > 0 {
		w.add("d.id > ?", f.AfterID)
	}
	rows, err := db.db.QueryContext(ctx, db.q(`SELECT d.id, d.key, d.name, d.title, d.date, d.byline, d.source, d.url, d.language
		FROM documents d`+w.String()+` ORDER BY d.id`+db.limitClause(f.Limit, f.Offset)), w.args...)
	if err != nil {
		return nil, 0, db.wrap("find documents", err)
	}
	defer rows.Close()
	var out []*axis.DocumentRecord
	byID := map[int64]*axis.DocumentRecord{}
	for rows.Next() {
		r := &axis.DocumentRecord{Sources: []axis.Source{}}
		m := &r.Meta
		if err := rows.Scan(&r.ID, &r.Key, &m.ID, &m.Title, &m.Date, &m.Byline, &m.Source, &m.URL, &m.Language); err != nil {
			return nil, 0, db.wrap("find documents", err)
		}
		out = append(out, r)
		byID[r.ID] = r
	}
	if err := rows.Err(); err != nil {
		return nil, 0, db.wrap("find documents", err)
	}
	rows.Close()
	// Sources, 500 documents a query (placeholders are limited).
	for start := 0; start < len(out); start += 500 {
		page := out[start:min(start+500, len(out))]
		if err := db.findSources(ctx, page, byID); err != nil {
			return nil, 0, db.wrap("find document sources", err)
		}
	}
	n, err := db.count(ctx, f.SkipTotal, len(out), f.Limit, f.Offset, `SELECT count(*) FROM documents d`+w.String(), w.args)
	if err != nil {
		return nil, 0, db.wrap("count documents", err)
	}
	return out, n, nil
}

// findSources fills the Sources of the documents recs.
func (db *DB) findSources(ctx context.Context, recs []*axis.DocumentRecord, byID map[int64]*axis.DocumentRecord) error {
	args := make([]any, len(recs))
	for i, r := range recs {
		args[i] = r.ID
	}
	rows, err := db.db.QueryContext(ctx, db.q(`SELECT document_id, key, name, outlet, url, title, date FROM document_sources
		WHERE document_id IN (`+strings.TrimSuffix(strings.Repeat("?,", len(args)), ",")+`) ORDER BY id`), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var s axis.Source
		if err := rows.Scan(&id, &s.Key, &s.Name, &s.Outlet, &s.URL, &s.Title, &s.Date); err != nil {
			return err
		}
		if strings.HasPrefix(s.Outlet, "source:") {
			s.Outlet = ""
		}
		byID[id].Sources = append(byID[id].Sources, s)
	}
	return rows.Err()
}

// Stats implements axis.Store.
func (db *DB) Stats(ctx context.Context) (*axis.StoreStats, error) {
	var s axis.StoreStats
	for _, c := range []struct {
		table string
		n     *int
	}{
		{"documents", &s.Documents}, {"document_sources", &s.Sources}, {"sentences", &s.Sentences},
		{"entities", &s.Entities}, {"mentions", &s.Mentions}, {"quotes", &s.Quotes}, {"events", &s.Events},
		{"happenings", &s.Happenings}, {"dates", &s.Dates}, {"amounts", &s.Amounts}, {"treaties", &s.Treaties},
	} {
		if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM `+c.table).Scan(c.n); err != nil {
			return nil, db.wrap("count "+c.table, err)
		}
	}
	return &s, nil
}

// searchWords splits a full-text query into words of letters and digits.
func searchWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// encodeDoc returns the axis/v1 JSON of d without its text, and its blocks.
func encodeDoc(d *axis.Document) (doc, blocks string, err error) {
	c := *d
	c.Text = ""
	b, err := json.Marshal(&c)
	if err != nil {
		return "", "", fmt.Errorf("encode document: %w", err)
	}
	bl := d.Blocks
	if bl == nil {
		bl = []axis.Block{}
	}
	bb, err := json.Marshal(bl)
	if err != nil {
		return "", "", fmt.Errorf("encode blocks: %w", err)
	}
	return string(b), string(bb), nil
}

func encodeMinHash(sig []uint32) []byte {
	if sig == nil {
		return nil
	}
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func decodeMinHash(b []byte) []uint32 {
	if len(b)%4 != 0 {
		return nil
	}
	sig := make([]uint32, len(b)/4)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return sig
}
