// Package sqlstore implements axis.Store over database/sql for the SQL
// dialects axis supports. The sqlite and postgres packages open their
// databases, apply their own embedded migrations and hand the connection
// here, so both stores share one implementation of the semantics
// (identity, syndication, happenings) and differ only where SQL does.
package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/axis-news/axis"
)

// Dialect is what differs between the SQL databases.
type Dialect struct {
	Name string
	// Dollar placeholders ($1, $2, ...) instead of '?'.
	Dollar bool
	// ILike is the case-insensitive LIKE operator.
	ILike string
	// FTS5 maintains and queries an SQLite FTS5 table documents_fts;
	// otherwise documents.tsv is a PostgreSQL tsvector.
	FTS5 bool
	// MigrationLock is run first in each migration transaction, if set.
	MigrationLock string
	// MapError turns driver errors into application errors where it can.
	MapError func(error) error
	// IsConflict reports a unique-key violation: another process stored
	// the same row first. The transaction is then tried again.
	IsConflict func(error) bool
}

// DB is a store over an open database.
type DB struct {
	db *sql.DB
	d  Dialect

	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt

	pendMu  sync.Mutex
	pending map[*sql.Tx]*pendingRows
	// Now returns the current time; tests may replace it.
	Now func() time.Time
}

var _ axis.Store = (*DB)(nil)

// New returns a store over db, which must have been migrated.
func New(db *sql.DB, d Dialect) *DB {
	if d.MapError == nil {
		d.MapError = func(err error) error { return err }
	}
	if d.IsConflict == nil {
		d.IsConflict = func(error) bool { return false }
	}
	return &DB{db: db, d: d, Now: time.Now}
}

// SQL returns the underlying database, for tests and benchmarks.
func (db *DB) SQL() *sql.DB { return db.db }

// Close closes the database.
func (db *DB) Close() error {
	db.stmtMu.Lock()
	for _, st := range db.stmts {
		st.Close()
	}
	db.stmts = nil
	db.stmtMu.Unlock()
	return db.db.Close()
}

// q rewrites '?' placeholders for the dialect.
func (db *DB) q(query string) string {
	if !db.d.Dollar {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

func (db *DB) wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	var ae *axis.Error
	if errors.As(err, &ae) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("%s: %w", op, db.d.MapError(err))
}

// SchemaVersionTable records the migrations applied.
const schemaTable = `CREATE TABLE IF NOT EXISTS schema_version (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at TEXT NOT NULL
)`

// Migrate applies the migrations in fsys (files dir/NNNN_name.sql, applied
// in order of NNNN, each in its own transaction) that db has not seen.
// Returns ECONFLICT if the database has a newer schema than fsys knows:
// it was written by a newer axis.
func Migrate(ctx context.Context, db *sql.DB, d Dialect, fsys fs.FS, dir string) error {
	names, err := fs.Glob(fsys, path.Join(dir, "*.sql"))
	if err != nil {
		return err
	}
	type mig struct {
		version int
		name    string
	}
	var migs []mig
	for _, n := range names {
		base := path.Base(n)
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", base)
		}
		migs = append(migs, mig{v, n})
	}
	sort.Slice(migs, func(i, j int) bool { return migs[i].version < migs[j].version })
	latest := 0
	if len(migs) > 0 {
		latest = migs[len(migs)-1].version
	}
	mapErr := d.MapError
	if mapErr == nil {
		mapErr = func(err error) error { return err }
	}
	if _, err := db.ExecContext(ctx, schemaTable); err != nil {
		return fmt.Errorf("migrate: %w", mapErr(err))
	}
	for _, m := range migs {
		if err := func() error {
			tx, err := db.BeginTx(ctx, nil)
			if err != nil {
				return err
			}
			defer tx.Rollback()
			if d.MigrationLock != "" {
				if _, err := tx.ExecContext(ctx, d.MigrationLock); err != nil {
					return err
				}
			}
			var cur sql.NullInt64
			if err := tx.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&cur); err != nil {
				return err
			}
			if int(cur.Int64) > latest {
				return axis.Errorf(axis.ECONFLICT, "the database has schema version %d, newer than this axis knows (%d): it was written by a newer axis; upgrade axis to use it", cur.Int64, latest)
			}
			if int(cur.Int64) >= m.version {
				return nil
			}
			body, err := fs.ReadFile(fsys, m.name)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", path.Base(m.name), err)
			}
			ins := `INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)`
			if d.Dollar {
				ins = `INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)`
			}
			if _, err := tx.ExecContext(ctx, ins, m.version, path.Base(m.name), time.Now().UTC().Format(time.RFC3339)); err != nil {
				return err
			}
			return tx.Commit()
		}(); err != nil {
			var ae *axis.Error
			if errors.As(err, &ae) {
				return err
			}
			return fmt.Errorf("migrate: %w", mapErr(err))
		}
	}
	// Also refuse a newer schema when there was nothing to apply.
	var cur sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&cur); err != nil {
		return fmt.Errorf("migrate: %w", mapErr(err))
	}
	if int(cur.Int64) > latest {
		return axis.Errorf(axis.ECONFLICT, "the database has schema version %d, newer than this axis knows (%d): it was written by a newer axis; upgrade axis to use it", cur.Int64, latest)
	}
	return nil
}

// inTx runs fn in a transaction, committing if it returns nil.
func (db *DB) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// now is the transaction time as stored.
func (db *DB) now() string { return db.Now().UTC().Format(time.RFC3339) }

// values returns "(?,?,?),(?,?,?)" for rows rows of n columns.
func values(rows, n int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", n), ",") + ")"
	return strings.TrimSuffix(strings.Repeat(one+",", rows), ",")
}

// rowsPerInsert is the number of rows of one INSERT statement: statements
// of this size are prepared once and reused.
const rowsPerInsert = 64

// insertRows inserts rows (each of len(cols) values) into table, or, when
// the transaction defers rows, keeps them for flushRows.
func (db *DB) insertRows(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	db.pendMu.Lock()
	p := db.pending[tx]
	db.pendMu.Unlock()
	if p != nil {
		t := p.tables[table]
		if t == nil {
			t = &pendingTable{cols: cols}
			p.tables[table] = t
			p.order = append(p.order, table)
		}
		t.rows = append(t.rows, rows...)
		return nil
	}
	return db.execRows(ctx, tx, table, cols, rows)
}

func (db *DB) execRows(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	for len(rows) > 0 {
		n := min(len(rows), rowsPerInsert)
		args := make([]any, 0, n*len(cols))
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		q := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES " + values(n, len(cols))
		if _, err := db.exec(ctx, tx, q, args...); err != nil {
			return fmt.Errorf("insert %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
}

type pendingRows struct {
	tables map[string]*pendingTable
	order  []string
}

type pendingTable struct {
	cols []string
	rows [][]any
}

// deferRows makes insertRows in tx keep rows until flushRows.
func (db *DB) deferRows(tx *sql.Tx) {
	db.pendMu.Lock()
	defer db.pendMu.Unlock()
	if db.pending == nil {
		db.pending = map[*sql.Tx]*pendingRows{}
	}
	db.pending[tx] = &pendingRows{tables: map[string]*pendingTable{}}
}

// dropRows ends deferring for tx.
func (db *DB) dropRows(tx *sql.Tx) {
	db.pendMu.Lock()
	defer db.pendMu.Unlock()
	delete(db.pending, tx)
}

// flushRows inserts the rows deferred in tx, table by table in the order
// the tables were first written.
func (db *DB) flushRows(ctx context.Context, tx *sql.Tx) error {
	db.pendMu.Lock()
	p := db.pending[tx]
	db.pendMu.Unlock()
	if p == nil {
		return nil
	}
	for _, name := range p.order {
		t := p.tables[name]
		if err := db.execRows(ctx, tx, name, t.cols, t.rows); err != nil {
			return err
		}
		t.rows = nil
	}
	return nil
}

// dateRange adds to w the conditions that the period col (YYYY, YYYY-MM
// or YYYY-MM-DD) overlaps the range from..to, whose bounds are periods too
// (nil: open). A period overlaps the range if it ends on or after from and
// starts on or before to: compared on their common prefix, so "2024-10"
// is inside 2024-10-01..2024-10-31 and "2024-10-15" inside ..2024-10. It
// relies only on digits comparing in order, whatever the collation.
// Undated rows never match a date filter.
func (w *where) dateRange(col string, from, to *string) {
	if from == nil && to == nil {
		return
	}
	w.add(col + " <> ''")
	if from != nil {
		if len(*from) >= 4 {
			// No period starts before from's year: a bound an index can use.
			w.add(col+" >= ?", (*from)[:4])
		}
		w.add(col+" >= substr(CAST(? AS TEXT), 1, length("+col+"))", *from)
	}
	if to != nil {
		w.add("substr("+col+", 1, length(CAST(? AS TEXT))) <= ?", *to, *to)
	}
}

// likeEscape escapes s for a LIKE pattern with ESCAPE '\'.
func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// where accumulates conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// limitClause returns LIMIT/OFFSET for a filter.
func (db *DB) limitClause(limit, offset int) string {
	s := ""
	if limit > 0 {
		s += " LIMIT " + strconv.Itoa(limit)
	}
	if offset > 0 {
		if limit <= 0 && !db.d.Dollar {
			s += " LIMIT -1"
		}
		s += " OFFSET " + strconv.Itoa(offset)
	}
	return s
}

// count returns the total for a page of n results: computed by query only
// when the page may not hold them all.
func (db *DB) count(ctx context.Context, skip bool, n, limit, offset int, query string, args []any) (int, error) {
	if skip {
		return -1, nil
	}
	if (limit <= 0 || n < limit) && (n > 0 || offset == 0) {
		return offset + n, nil
	}
	var total int
	if err := db.db.QueryRowContext(ctx, db.q(query), args...).Scan(&total); err != nil {
		return 0, err
	}
	return total, nil
}

// maxStmts bounds the cache of prepared statements.
const maxStmts = 2048

// prepared returns a statement for query (already rewritten by q),
// prepared once and cached: parsing SQL costs more than running small
// inserts.
func (db *DB) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	db.stmtMu.Lock()
	defer db.stmtMu.Unlock()
	if st, ok := db.stmts[query]; ok {
		return st, nil
	}
	if db.stmts == nil || len(db.stmts) >= maxStmts {
		for _, st := range db.stmts {
			st.Close()
		}
		db.stmts = map[string]*sql.Stmt{}
	}
	st, err := db.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	db.stmts[query] = st
	return st, nil
}

// exec runs a cached statement in tx.
func (db *DB) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	st, err := db.prepared(ctx, db.q(query))
	if err != nil {
		return nil, err
	}
	return tx.StmtContext(ctx, st).ExecContext(ctx, args...)
}

// queryRow runs a cached query in tx.
func (db *DB) queryRow(ctx context.Context, tx *sql.Tx, query string, args ...any) *sql.Row {
	st, err := db.prepared(ctx, db.q(query))
	if err != nil {
		// Let the error surface through Scan.
		return tx.QueryRowContext(ctx, db.q(query), args...)
	}
	return tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
}

// queryRows runs a cached query in tx.
func (db *DB) queryRows(ctx context.Context, tx *sql.Tx, query string, args ...any) (*sql.Rows, error) {
	st, err := db.prepared(ctx, db.q(query))
	if err != nil {
		return nil, err
	}
	return tx.StmtContext(ctx, st).QueryContext(ctx, args...)
}
