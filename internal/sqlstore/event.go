package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/axis-news/axis"
)

// happeningKey identifies the happening an event reports: its dyad, type
// and date (the document's date when the event has none). An event with no
// date at all is a happening of its own.
func happeningKey(e *axis.Event, docID int64, idx int, docDate string) (key, src, tgt, typ, date string) {
	src, tgt = axis.ActorKey(e.Source), axis.ActorKey(e.Target)
	typ = e.CAMEO
	if typ == "" {
		typ = e.PLOVER
	}
	date = e.Date
	if date == "" {
		date = docDate
	}
	if date == "" {
		return "doc:" + strconv.FormatInt(docID, 10) + ":" + strconv.Itoa(idx), src, tgt, typ, ""
	}
	return src + "|" + tgt + "|" + typ + "|" + date, src, tgt, typ, date
}

func (db *DB) insertEvents(ctx context.Context, tx *sql.Tx, docID int64, d *axis.Document, outlets []string) error {
	if len(d.Events) == 0 {
		return nil
	}
	hid := map[string]int64{}
	count := map[int64]int{}
	var order []int64
	rows := make([][]any, 0, len(d.Events))
	for i := range d.Events {
		e := &d.Events[i]
		key, src, tgt, typ, date := happeningKey(e, docID, i, d.Meta.Date)
		h, ok := hid[key]
		if !ok {
			err := db.queryRow(ctx, tx, `INSERT INTO happenings (key, src, tgt, type, date) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (key) DO UPDATE SET src = excluded.src RETURNING id`, key, src, tgt, typ, date).Scan(&h)
			if err != nil {
				return fmt.Errorf("insert happening: %w", err)
			}
			hid[key] = h
			order = append(order, h)
		}
		count[h]++
		rows = append(rows, []any{docID, i, h, e.ID, src, tgt,
			e.Source.Entity, e.Source.Name, e.Source.Country, e.Source.Code,
			e.Target.Entity, e.Target.Name, e.Target.Country, e.Target.Code,
			e.CAMEO, e.PLOVER, e.QuadClass, e.Goldstein, e.Date, e.DatePrecision, e.Modality, e.ClaimedBy,
			e.Sentence, e.Start, e.End, e.Rule})
	}
	if err := db.insertRows(ctx, tx, "events", []string{"document_id", "idx", "happening_id", "eid", "src", "tgt",
		"source_entity", "source_name", "source_country", "source_code",
		"target_entity", "target_name", "target_country", "target_code",
		"cameo", "plover", "quad_class", "goldstein", "date", "date_precision", "modality", "claimed_by",
		"sentence", "start", `"end"`, "rule"}, rows); err != nil {
		return err
	}
	for _, h := range order {
		if err := db.adjustHappening(ctx, tx, h, count[h], len(outlets), outlets, 1); err != nil {
			return err
		}
	}
	return nil
}

type docHappening struct {
	id     int64
	events int
}

// docHappenings returns the happenings document id reports, with how many
// of its events report each.
func (db *DB) docHappenings(ctx context.Context, tx *sql.Tx, id int64) ([]docHappening, error) {
	rows, err := tx.QueryContext(ctx, db.q(`SELECT happening_id, count(*) FROM events WHERE document_id = ? AND happening_id IS NOT NULL
		GROUP BY happening_id ORDER BY happening_id`), id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []docHappening
	for rows.Next() {
		var h docHappening
		if err := rows.Scan(&h.id, &h.events); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// adjustHappening adds mentions and articles to happening h's counts and
// adds (sign 1) or removes (sign -1) one report from each outlet.
func (db *DB) adjustHappening(ctx context.Context, tx *sql.Tx, h int64, mentions, articles int, outlets []string, sign int) error {
	for _, o := range outlets {
		if sign > 0 {
			if _, err := db.exec(ctx, tx, `INSERT INTO happening_outlets (happening_id, outlet, n) VALUES (?, ?, 1)
				ON CONFLICT (happening_id, outlet) DO UPDATE SET n = happening_outlets.n + 1`, h, o); err != nil {
				return fmt.Errorf("count outlet: %w", err)
			}
		} else {
			if _, err := db.exec(ctx, tx, `UPDATE happening_outlets SET n = n - 1 WHERE happening_id = ? AND outlet = ?`, h, o); err != nil {
				return fmt.Errorf("count outlet: %w", err)
			}
		}
	}
	if sign < 0 {
		if _, err := db.exec(ctx, tx, `DELETE FROM happening_outlets WHERE happening_id = ? AND n <= 0`, h); err != nil {
			return fmt.Errorf("count outlet: %w", err)
		}
	}
	_, err := db.exec(ctx, tx, `UPDATE happenings SET num_mentions = num_mentions + ?, num_articles = num_articles + ?,
		num_sources = (SELECT count(*) FROM happening_outlets WHERE happening_id = ?) WHERE id = ?`, mentions, articles, h, h)
	if err != nil {
		return fmt.Errorf("count happening: %w", err)
	}
	return nil
}

const eventColumns = `e.id, e.document_id, e.eid, e.source_entity, e.source_name, e.source_country, e.source_code,
	e.target_entity, e.target_name, e.target_country, e.target_code, e.cameo, e.plover, e.quad_class, e.goldstein,
	e.date, e.date_precision, e.modality, e.claimed_by, e.sentence, e.start, e."end", e.rule,
	coalesce(h.id, 0), coalesce(h.src, ''), coalesce(h.tgt, ''), coalesce(h.type, ''), coalesce(h.date, ''),
	coalesce(h.num_mentions, 0), coalesce(h.num_articles, 0), coalesce(h.num_sources, 0),
	d.date, d.url, d.title, d.created_at`

// FindEvents implements axis.Store.
func (db *DB) FindEvents(ctx context.Context, f axis.EventFilter) ([]*axis.EventRecord, int, error) {
	var w where
	if f.Actor != nil {
		w.add("e.src = ?", strings.ToUpper(strings.TrimSpace(*f.Actor)))
	}
	if f.Target != nil {
		w.add("e.tgt = ?", strings.ToUpper(strings.TrimSpace(*f.Target)))
	}
	if f.Involving != nil {
		a := strings.ToUpper(strings.TrimSpace(*f.Involving))
		w.add("(e.src = ? OR e.tgt = ?)", a, a)
	}
	if f.Type != nil {
		t := strings.TrimSpace(*f.Type)
		switch {
		case t == "":
			return nil, 0, axis.Errorf(axis.EINVALID, "empty event type")
		case isDigits(t):
			w.add("e.cameo >= ? AND e.cameo < ?", t, t+"~")
		default:
			w.add("e.plover = ?", strings.ToUpper(t))
		}
	}
	w.dateRange("e.date", f.From, f.To)
	if f.Modality != nil {
		w.add("e.modality = ?", strings.ToLower(strings.TrimSpace(*f.Modality)))
	}
	if f.DocumentID != nil {
		w.add("e.document_id = ?", *f.DocumentID)
	}
	if f.FirstOnly {
		w.add("(e.happening_id IS NULL OR e.id = (SELECT min(x.id) FROM events x WHERE x.happening_id = e.happening_id))")
	}
	if f.AfterID > 0 {
		w.add("e.id > ?", f.AfterID)
	}
	rows, err := db.db.QueryContext(ctx, db.q(`SELECT `+eventColumns+` FROM events e
		LEFT JOIN happenings h ON h.id = e.happening_id JOIN documents d ON d.id = e.document_id`+
		w.String()+` ORDER BY e.id`+db.limitClause(f.Limit, f.Offset)), w.args...)
	if err != nil {
		return nil, 0, db.wrap("find events", err)
	}
	defer rows.Close()
	var out []*axis.EventRecord
	for rows.Next() {
		r := &axis.EventRecord{}
		e, h := &r.Event, &r.Happening
		if err := rows.Scan(&r.ID, &r.DocumentID, &e.ID, &e.Source.Entity, &e.Source.Name, &e.Source.Country, &e.Source.Code,
			&e.Target.Entity, &e.Target.Name, &e.Target.Country, &e.Target.Code, &e.CAMEO, &e.PLOVER, &e.QuadClass, &e.Goldstein,
			&e.Date, &e.DatePrecision, &e.Modality, &e.ClaimedBy, &e.Sentence, &e.Start, &e.End, &e.Rule,
			&h.ID, &h.Source, &h.Target, &h.Type, &h.Date, &h.NumMentions, &h.NumArticles, &h.NumSources,
			&r.DocumentDate, &r.DocumentURL, &r.DocumentTitle, &r.DocumentAdded); err != nil {
			return nil, 0, db.wrap("find events", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, db.wrap("find events", err)
	}
	n, err := db.count(ctx, f.SkipTotal, len(out), f.Limit, f.Offset, `SELECT count(*) FROM events e`+w.String(), w.args)
	if err != nil {
		return nil, 0, db.wrap("count events", err)
	}
	return out, n, nil
}

// FindQuotes implements axis.Store.
func (db *DB) FindQuotes(ctx context.Context, f axis.QuoteFilter) ([]*axis.QuoteRecord, int, error) {
	var w where
	if f.Speaker != nil {
		s := strings.TrimSpace(*f.Speaker)
		w.add("(q.speaker_name "+db.d.ILike+" ? ESCAPE '\\' OR q.speaker = ?)", "%"+likeEscape(s)+"%", s)
	}
	if f.Words != nil {
		w.add("q.text "+db.d.ILike+" ? ESCAPE '\\'", "%"+likeEscape(strings.TrimSpace(*f.Words))+"%")
	}
	if f.DocumentID != nil {
		w.add("q.document_id = ?", *f.DocumentID)
	}
	if f.AfterID > 0 {
		w.add("q.id > ?", f.AfterID)
	}
	rows, err := db.db.QueryContext(ctx, db.q(`SELECT q.id, q.document_id, q.text, q.start, q."end", q.speaker, q.speaker_name,
		q.role, q.affiliation, q.country, q.cue, q.medium, d.date, d.url, d.title
		FROM quotes q JOIN documents d ON d.id = q.document_id`+w.String()+` ORDER BY q.id`+db.limitClause(f.Limit, f.Offset)), w.args...)
	if err != nil {
		return nil, 0, db.wrap("find quotes", err)
	}
	defer rows.Close()
	var out []*axis.QuoteRecord
	for rows.Next() {
		r := &axis.QuoteRecord{}
		q := &r.Quote
		if err := rows.Scan(&r.ID, &r.DocumentID, &q.Text, &q.Start, &q.End, &q.Speaker, &q.SpeakerName,
			&q.Role, &q.Affiliation, &q.Country, &q.Cue, &q.Medium, &r.DocumentDate, &r.DocumentURL, &r.DocumentTitle); err != nil {
			return nil, 0, db.wrap("find quotes", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, db.wrap("find quotes", err)
	}
	n, err := db.count(ctx, f.SkipTotal, len(out), f.Limit, f.Offset, `SELECT count(*) FROM quotes q`+w.String(), w.args)
	if err != nil {
		return nil, 0, db.wrap("count quotes", err)
	}
	return out, n, nil
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
