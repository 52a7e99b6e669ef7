package ingest_test

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/axis-news/axis/internal/storetest"
	_ "modernc.org/sqlite"
)

// TestIngest_KillAndResume kills a real axis ingest process with SIGKILL
// twice while it stores 10,000 articles, runs the same command again, and
// checks that the store is identical, row for row, to one from an
// uninterrupted run.
func TestIngest_KillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds axis and ingests 10,000 articles three times")
	}
	n := 10000
	if s := os.Getenv("AXIS_CRASH_ARTICLES"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "axis")
	build := exec.Command("go", "build", "-o", bin, "../cmd/axis")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus := writeCorpus(t, n, 11)

	ingest := func(db string) *exec.Cmd {
		cmd := exec.Command(bin, "ingest", "--quiet", "--db", db, corpus)
		cmd.Env = append(os.Environ(), "AXIS_DB=")
		cmd.Stderr = os.Stderr
		return cmd
	}
	clean := filepath.Join(dir, "clean.db")
	start := time.Now()
	if err := ingest(clean).Run(); err != nil {
		t.Fatalf("clean run: %v", err)
	}
	t.Logf("clean run: %d articles in %s", n, time.Since(start).Round(time.Millisecond))

	crashed := filepath.Join(dir, "crashed.db")
	kills := 0
	for _, at := range []int{n * 3 / 10, n * 6 / 10} {
		cmd := ingest(crashed)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		got := waitForDocuments(t, crashed, at, exited)
		if got < 0 {
			t.Logf("the run finished before it could be killed at %d documents", at)
			continue
		}
		if err := cmd.Process.Kill(); err != nil { // SIGKILL
			t.Fatal(err)
		}
		<-exited
		kills++
		t.Logf("killed with SIGKILL at %d stored documents", got)
	}
	if kills == 0 {
		t.Fatal("no run could be killed mid-way")
	}
	if err := ingest(crashed).Run(); err != nil {
		t.Fatalf("resumed run: %v", err)
	}

	want := dump(t, clean)
	got := dump(t, crashed)
	if got != want {
		t.Fatalf("the store after kills and a re-run differs from the uninterrupted one (%d vs %d bytes of dump)", len(got), len(want))
	}
	t.Logf("stores identical: %d bytes of canonical dump", len(got))
}

// waitForDocuments polls the database until it holds at least n
// documents and returns the count, or -1 if the process exited first.
func waitForDocuments(t *testing.T, path string, n int, exited chan error) int {
	t.Helper()
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			exited <- err
			return -1
		case <-time.After(20 * time.Millisecond):
		}
		if _, err := os.Stat(path); err != nil {
			continue
		}
		db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
		if err != nil {
			continue
		}
		var got int
		err = db.QueryRow(`SELECT count(*) FROM documents`).Scan(&got)
		db.Close()
		if err == nil && got >= n {
			return got
		}
	}
	t.Fatal("timed out waiting for documents")
	return -1
}

func dump(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("%s: integrity_check=%q %v", path, check, err)
	}
	s, err := storetest.Dump(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
