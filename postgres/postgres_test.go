package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/axis-news/axis"
	"github.com/jackc/pgx/v5/pgconn"
)

// The store's behaviour is tested by internal/storetest against a real
// PostgreSQL (AXIS_TEST_POSTGRES); these tests need no server.

func TestDB_Open_ErrConnect(t *testing.T) {
	db := NewDB("postgres://axis:secret@127.0.0.1:1/axis?sslmode=disable&connect_timeout=2")
	err := db.Open(context.Background())
	if got, want := axis.ErrorCode(err), axis.EINVALID; got != want {
		t.Fatalf("code=%v, want %v (%v)", got, want, err)
	}
	msg := axis.ErrorMessage(err)
	if !strings.Contains(msg, "cannot connect") || strings.Contains(msg, "secret") {
		t.Fatalf("message=%q, want a connect error without the password", msg)
	}
}

func TestRedact(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"postgres://u:pw@h:5432/db", "postgres://u:xxxxx@h:5432/db"},
		{"postgres://u@h/db", "postgres://u@h/db"},
		{"host=h user=u", "host=h user=u"},
	} {
		if got := redact(tt.in); got != tt.want {
			t.Errorf("redact(%q)=%q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMapError(t *testing.T) {
	full := fmt.Errorf("insert: %w", &pgconn.PgError{Code: "53100", Message: "could not extend file"})
	if got := axis.ErrorMessage(mapError(full)); !strings.Contains(got, "disk is full") {
		t.Fatalf("disk full: %q", got)
	}
	other := errors.New("boom")
	if got := mapError(other); got != other {
		t.Fatalf("other error changed: %v", got)
	}
}
