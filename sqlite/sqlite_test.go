package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/segment"
	"github.com/axis-news/axis/sqlite"
)

// MustOpenDB opens a store in a new temporary file.
func MustOpenDB(tb testing.TB, path string) *sqlite.DB {
	tb.Helper()
	db := sqlite.NewDB(path)
	db.BusyTimeout = 100 * time.Millisecond
	if err := db.Open(context.Background()); err != nil {
		tb.Fatalf("open %s: %v", path, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// testDoc returns a segmented document with a few extracted rows; n makes
// its text unique.
func testDoc(tb testing.TB, n int) *axis.Document {
	tb.Helper()
	d := axis.NewDocument()
	d.Meta = axis.Meta{ID: fmt.Sprintf("doc-%d", n), Title: fmt.Sprintf("Talks number %d", n), Date: "2024-05-01"}
	d.Blocks = []axis.Block{{Kind: axis.KindHeadline, Text: d.Meta.Title}}
	for p := range 4 {
		d.Blocks = append(d.Blocks, axis.Block{Kind: axis.KindBody, Text: fmt.Sprintf(
			"Paragraph %d of article %d: France and Germany held talks in Paris on Monday about energy, trade and the budget. "+
				"Officials said the meeting number %d lasted %d hours and ended without a joint statement.", p, n, n*10+p, p+2)})
	}
	if err := segment.New().Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	i := strings.Index(d.Text, "France")
	d.Entities = append(d.Entities, axis.Entity{ID: "e1", Kind: axis.EntityCountry, Name: "France", Country: "FRA", Code: "FRA",
		Mentions: []axis.Mention{{Start: i, End: i + 6, Text: "France"}}})
	j := strings.Index(d.Text, "held talks")
	d.Events = append(d.Events, axis.Event{ID: "ev1", Source: axis.Actor{Name: "France", Country: "FRA"}, Target: axis.Actor{Name: "Germany", Country: "DEU"},
		CAMEO: "040", PLOVER: "CONSULT", Date: "2024-04-29", Start: j, End: j + 10, Sentence: d.SentenceAt(j)})
	return d
}

func create(db axis.Store, d *axis.Document) error {
	_, err := db.CreateDocument(context.Background(), d, axis.Identify(d))
	return err
}

func TestDB_Open(t *testing.T) {
	t.Run("CreatesDirectory", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "a", "b", "axis.db")
		db := MustOpenDB(t, path)
		if err := create(db, testDoc(t, 1)); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(path); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ErrCorrupt", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "axis.db")
		garbage := []byte(strings.Repeat("this is not a database, just some text\n", 200))
		if err := os.WriteFile(path, garbage, 0o644); err != nil {
			t.Fatal(err)
		}
		err := sqlite.NewDB(path).Open(context.Background())
		if got, want := axis.ErrorCode(err), axis.EINVALID; got != want {
			t.Fatalf("code=%v, want %v (%v)", got, want, err)
		}
		if msg := axis.ErrorMessage(err); !strings.Contains(msg, "corrupt") {
			t.Fatalf("message=%q, want it to say corrupt", msg)
		}
		if b, _ := os.ReadFile(path); string(b) != string(garbage) {
			t.Fatal("the corrupt file was changed")
		}
	})
	t.Run("ErrCorruptPage", func(t *testing.T) {
		// A real axis database whose pages are overwritten.
		path := filepath.Join(t.TempDir(), "axis.db")
		db := MustOpenDB(t, path)
		for i := range 50 {
			if err := create(db, testDoc(t, i)); err != nil {
				t.Fatal(err)
			}
		}
		db.Close()
		os.Remove(path + "-wal")
		os.Remove(path + "-shm")
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := f.Stat()
		junk := make([]byte, fi.Size()-4096)
		for i := range junk {
			junk[i] = byte(i * 7)
		}
		f.WriteAt(junk, 4096)
		f.Close()
		db2 := sqlite.NewDB(path)
		err = db2.Open(context.Background())
		if err == nil {
			_, _, err = db2.FindEvents(context.Background(), axis.EventFilter{})
			db2.Close()
		}
		if err == nil || !strings.Contains(axis.ErrorMessage(err)+err.Error(), "corrupt") {
			t.Fatalf("err=%v, want a corrupt database error", err)
		}
	})
	t.Run("ErrForeign", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "other.db")
		raw, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		raw.Exec(`CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)`)
		raw.Close()
		err = sqlite.NewDB(path).Open(context.Background())
		if got, want := axis.ErrorCode(err), axis.EINVALID; got != want {
			t.Fatalf("code=%v, want %v (%v)", got, want, err)
		}
	})
	t.Run("ErrDirectory", func(t *testing.T) {
		err := sqlite.NewDB(t.TempDir()).Open(context.Background())
		if got, want := axis.ErrorCode(err), axis.EINVALID; got != want {
			t.Fatalf("code=%v, want %v (%v)", got, want, err)
		}
	})
}

func TestDB_Locked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "axis.db")
	db := MustOpenDB(t, path)
	if err := create(db, testDoc(t, 1)); err != nil {
		t.Fatal(err)
	}
	// Another process (here: connection) holds the write lock.
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	err = create(db, testDoc(t, 2))
	if got, want := axis.ErrorCode(err), axis.ECONFLICT; got != want {
		t.Fatalf("code=%v, want %v (%v)", got, want, err)
	}
	if msg := axis.ErrorMessage(err); !strings.Contains(msg, "locked") {
		t.Fatalf("message=%q, want it to say locked", msg)
	}
	conn.ExecContext(context.Background(), `ROLLBACK`)
	conn.Close()
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 || st.Events != 1 {
		t.Fatalf("stats=%+v, want only the first document", st)
	}
	// Once the lock is gone the same document goes in.
	if err := create(db, testDoc(t, 2)); err != nil {
		t.Fatal(err)
	}
}

// mountTmpfs mounts a tmpfs of size bytes at dir with extra options, or
// skips the test where mounting is not allowed.
func mountTmpfs(t *testing.T, dir string, opts string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
}

func TestDB_ReadOnlyDirectory(t *testing.T) {
	t.Run("New", func(t *testing.T) {
		dir := t.TempDir()
		if os.Geteuid() == 0 {
			mountTmpfs(t, dir, "ro,size=1m")
		} else {
			os.Chmod(dir, 0o555)
			defer os.Chmod(dir, 0o755)
		}
		err := sqlite.NewDB(filepath.Join(dir, "axis.db")).Open(context.Background())
		if got, want := axis.ErrorCode(err), axis.EINVALID; got != want {
			t.Fatalf("code=%v, want %v (%v)", got, want, err)
		}
		if msg := axis.ErrorMessage(err); !strings.Contains(msg, "writable") && !strings.Contains(msg, "read-only") {
			t.Fatalf("message=%q, want it to say the directory is not writable", msg)
		}
	})
	t.Run("Existing", func(t *testing.T) {
		dir := t.TempDir()
		mountTmpfs(t, dir, "size=4m")
		path := filepath.Join(dir, "axis.db")
		db := MustOpenDB(t, path)
		if err := create(db, testDoc(t, 1)); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
			t.Skipf("cannot remount read-only: %v %s", err, out)
		}
		db2 := sqlite.NewDB(path)
		err := db2.Open(context.Background())
		if err == nil {
			err = create(db2, testDoc(t, 2))
			db2.Close()
		}
		if got := axis.ErrorCode(err); got != axis.EINVALID {
			t.Fatalf("code=%v, want %v (%v)", got, axis.EINVALID, err)
		}
	})
}

func TestDB_DiskFull(t *testing.T) {
	dir := t.TempDir()
	mountTmpfs(t, dir, "size=2m")
	path := filepath.Join(dir, "axis.db")
	db := MustOpenDB(t, path)
	var err error
	n := 0
	for ; n < 10000; n++ {
		if err = create(db, testDoc(t, n)); err != nil {
			break
		}
	}
	if err == nil {
		t.Fatal("2 MB held 10000 documents")
	}
	if msg := axis.ErrorMessage(err); !strings.Contains(msg, "disk full") && !strings.Contains(msg, "I/O error") {
		t.Fatalf("err=%v, want disk full", err)
	}
	t.Logf("disk full after %d documents: %s", n, axis.ErrorMessage(err))
	// Nothing half stored: every document has all its rows.
	st, serr := db.Stats(context.Background())
	if serr != nil {
		t.Fatal(serr)
	}
	if st.Documents != n || st.Events != n || st.Entities != n || st.Sources != n {
		t.Fatalf("stats=%+v, want exactly %d whole documents", st, n)
	}
	var check string
	if err := db.SQL().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check=%q %v", check, err)
	}
}
