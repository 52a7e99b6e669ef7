// Package sqlite stores axis documents in an SQLite file, through the pure
// Go driver modernc.org/sqlite (no cgo). It is the default store.
//
// The database runs in WAL mode with synchronous=NORMAL: every document is
// one transaction, and a process killed at any moment leaves the file as it
// was after the last committed document. Migrations in migration/*.sql are
// embedded and applied when the database is opened; a database written by
// a newer axis is refused.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/internal/sqlstore"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migration/*.sql
var migrationFS embed.FS

// DB is an axis store in an SQLite file.
type DB struct {
	*sqlstore.DB

	// Path is the database file, or ":memory:".
	Path string
	// BusyTimeout is how long a write waits for another process's lock
	// before failing; 0 means 5 seconds.
	BusyTimeout time.Duration

	stop, stopped chan struct{}
}

var _ axis.Store = (*DB)(nil)

// NewDB returns a store for the file path; call Open before using it.
func NewDB(path string) *DB { return &DB{Path: path} }

// Open opens the database file, creating it and its directory if needed,
// and applies pending migrations. Returns EINVALID if the file is not an
// axis database, ECONFLICT if it is locked or was written by a newer axis.
func (db *DB) Open(ctx context.Context) error {
	if db.Path == "" {
		return axis.Errorf(axis.EINVALID, "no database path")
	}
	busy := db.BusyTimeout
	if busy <= 0 {
		busy = 5 * time.Second
	}
	memory := db.Path == ":memory:"
	name := db.Path
	if !memory {
		if dir := filepath.Dir(db.Path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return axis.Errorf(axis.EINVALID, "cannot create the directory of database %s: %v", db.Path, errors.Unwrap(err))
			}
		}
		if fi, err := os.Stat(db.Path); err == nil && fi.IsDir() {
			return axis.Errorf(axis.EINVALID, "database %s is a directory", db.Path)
		}
		name = "file:" + (&url.URL{Path: db.Path}).EscapedPath()
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-32768)")
	q.Add("_pragma", "temp_store(MEMORY)")
	if !memory {
		q.Add("_pragma", "journal_mode(WAL)")
		// Checkpoints run in the background (checkpointer), so the
		// writer does not stop for them.
		q.Add("_pragma", "wal_autocheckpoint(0)")
	}
	q.Set("_txlock", "immediate")
	sdb, err := sql.Open("sqlite", name+"?"+q.Encode())
	if err != nil {
		return db.mapError(err)
	}
	if memory {
		sdb.SetMaxOpenConns(1)
	} else {
		sdb.SetMaxOpenConns(4)
		sdb.SetMaxIdleConns(4)
	}
	d := sqlstore.Dialect{Name: "sqlite", ILike: "LIKE", FTS5: true, MapError: db.mapError}
	if err := db.checkForeign(ctx, sdb); err != nil {
		sdb.Close()
		return err
	}
	if err := sqlstore.Migrate(ctx, sdb, d, migrationFS, "migration"); err != nil {
		sdb.Close()
		return fmt.Errorf("open %s: %w", db.Path, err)
	}
	db.DB = sqlstore.New(sdb, d)
	if !memory {
		db.stop, db.stopped = make(chan struct{}), make(chan struct{})
		go db.checkpointer(sdb)
	}
	return nil
}

// Close closes the database, first copying the write-ahead log into it.
func (db *DB) Close() error {
	if db.DB == nil {
		return nil
	}
	if db.stop != nil {
		close(db.stop)
		<-db.stopped
		db.stop = nil
		db.SQL().Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	}
	return db.DB.Close()
}

// walLimit is the size of the write-ahead log, in pages, beyond which a
// checkpoint waits for the writer so that the log can start again.
const walLimit = 16384

// checkpointer copies the write-ahead log into the database file twice a
// second, beside the writer (a passive checkpoint takes no lock writers
// wait for), until stop is closed.
func (db *DB) checkpointer(sdb *sql.DB) {
	defer close(db.stopped)
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-db.stop:
			return
		case <-t.C:
		}
		var busy, log, done int
		if err := sdb.QueryRow(`PRAGMA wal_checkpoint(PASSIVE)`).Scan(&busy, &log, &done); err != nil {
			continue
		}
		if log > walLimit {
			sdb.Exec(`PRAGMA wal_checkpoint(RESTART)`)
		}
	}
}

// checkForeign refuses a database that has tables but no schema_version:
// someone else's SQLite file.
func (db *DB) checkForeign(ctx context.Context, sdb *sql.DB) error {
	var n, ours int
	err := sdb.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(name = 'schema_version'), 0) FROM sqlite_master WHERE type = 'table'`).Scan(&n, &ours)
	if err != nil {
		return fmt.Errorf("open %s: %w", db.Path, db.mapError(err))
	}
	if n > 0 && ours == 0 {
		return axis.Errorf(axis.EINVALID, "%s is an SQLite database but not an axis one; choose another file with --db", db.Path)
	}
	return nil
}

// mapError turns SQLite errors that users can act on into application
// errors that say what to do.
func (db *DB) mapError(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
		return axis.Errorf(axis.EINVALID, "%s is not an axis database or is corrupt (%s); restore it from a backup or choose another file with --db", db.Path, short(se))
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return axis.Errorf(axis.ECONFLICT, "database %s is locked by another process; try again when it has finished", db.Path)
	case sqlite3.SQLITE_FULL:
		return axis.Errorf(axis.EINTERNAL, "disk full writing database %s: the last document was not stored; free space and run the same command again", db.Path)
	case sqlite3.SQLITE_READONLY:
		return axis.Errorf(axis.EINVALID, "database %s is read-only (check the permissions of the file and its directory)", db.Path)
	case sqlite3.SQLITE_CANTOPEN:
		return axis.Errorf(axis.EINVALID, "cannot open database %s (does its directory exist and is it writable?)", db.Path)
	case sqlite3.SQLITE_IOERR:
		return axis.Errorf(axis.EINTERNAL, "I/O error on database %s (%s); is the disk full or failing?", db.Path, short(se))
	}
	return err
}

func short(err error) string {
	s := err.Error()
	if i := strings.Index(s, "("); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}
