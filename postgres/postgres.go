// Package postgres stores axis documents in PostgreSQL (version 12 or
// later), through github.com/jackc/pgx/v5. It has the same semantics as
// package sqlite: both pass internal/storetest.
//
// Migrations in migration/*.sql are embedded and applied when the database
// is opened, under an advisory lock so that concurrent processes apply them
// once; a database written by a newer axis is refused.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/internal/sqlstore"
	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
)

//go:embed migration/*.sql
var migrationFS embed.FS

// DB is an axis store in a PostgreSQL database.
type DB struct {
	*sqlstore.DB

	// DSN is a postgres:// URL or a key=value connection string.
	DSN string
}

var _ axis.Store = (*DB)(nil)

// NewDB returns a store for dsn; call Open before using it.
func NewDB(dsn string) *DB { return &DB{DSN: dsn} }

// Open connects and applies pending migrations. Returns ECONFLICT if the
// database was written by a newer axis.
func (db *DB) Open(ctx context.Context) error {
	sdb, err := sql.Open("pgx", db.DSN)
	if err != nil {
		return fmt.Errorf("open %s: %w", redact(db.DSN), err)
	}
	sdb.SetMaxOpenConns(8)
	sdb.SetConnMaxIdleTime(5 * time.Minute)
	pctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := sdb.PingContext(pctx); err != nil {
		sdb.Close()
		return axis.Errorf(axis.EINVALID, "cannot connect to PostgreSQL at %s: %v", redact(db.DSN), err)
	}
	d := sqlstore.Dialect{
		Name: "postgres", Dollar: true, ILike: "ILIKE",
		// One key for every axis: migrations never run twice at once.
		MigrationLock: `SELECT pg_advisory_xact_lock(7833240611)`,
		MapError:      mapError,
		IsConflict: func(err error) bool {
			var pe *pgconn.PgError
			return errors.As(err, &pe) && (pe.Code == "23505" || pe.Code == "40001" || pe.Code == "40P01")
		},
	}
	if err := sqlstore.Migrate(ctx, sdb, d, migrationFS, "migration"); err != nil {
		sdb.Close()
		return fmt.Errorf("open %s: %w", redact(db.DSN), err)
	}
	db.DB = sqlstore.New(sdb, d)
	return nil
}

// Close closes the connections.
func (db *DB) Close() error {
	if db.DB == nil {
		return nil
	}
	return db.DB.Close()
}

func mapError(err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch pe.Code {
	case "53100":
		return axis.Errorf(axis.EINTERNAL, "PostgreSQL's disk is full: the last document was not stored; free space and run the same command again")
	case "25006", "42501":
		return axis.Errorf(axis.EINVALID, "PostgreSQL refused to write: %s", pe.Message)
	}
	return err
}

// redact hides a password in a DSN.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}
