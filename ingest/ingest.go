// Package ingest runs the pipeline over many inputs on all cores and stores
// the documents.
//
// One goroutine reads the inputs in order and numbers the documents;
// Workers goroutines run the pipeline and compute each document's
// identity; one writer stores them, in input order, one transaction per
// document. Queues are bounded, so memory stays flat whatever the corpus
// size. Writing in input order makes a run deterministic: a run killed at
// any moment and started again leaves the same store as one uninterrupted
// run, because documents already stored are recognised and skipped.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
)

// Options control a run.
type Options struct {
	// Workers running the pipeline; 0 means one per core.
	Workers int
	// Reader options for every input.
	Reader reader.Options
	// Progress, if set, receives a live progress line (use only for a
	// terminal).
	Progress io.Writer
	// Errors, if set, receives one line per failed input or document.
	Errors io.Writer
	// BatchSize is the most documents stored in one transaction; 0 means
	// 256. Each document is whole or absent whatever the batch size; a
	// bigger batch saves commits.
	BatchSize int
	// MaxErrors is the most failures written to Errors; 0 means 20.
	MaxErrors int
	Log       *slog.Logger
}

// Summary counts what a run did.
type Summary struct {
	Documents  int           `json:"documents"` // read
	New        int           `json:"new"`
	Duplicate  int           `json:"duplicate"`
	Syndicated int           `json:"syndicated"`
	Failed     int           `json:"failed"` // documents or inputs that failed
	Events     int           `json:"events"` // in new documents
	Quotes     int           `json:"quotes"`
	Entities   int           `json:"entities"`
	Bytes      int64         `json:"bytes"` // of text processed
	Elapsed    time.Duration `json:"elapsed"`
}

// String is the summary line shown at the end of a run.
func (s *Summary) String() string {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Documents) / s.Elapsed.Seconds()
	}
	return fmt.Sprintf("%d documents in %s (%.0f/s): %d new, %d duplicate, %d syndicated, %d failed; %d events, %d quotes, %d entities stored",
		s.Documents, s.Elapsed.Round(time.Millisecond), rate, s.New, s.Duplicate, s.Syndicated, s.Failed, s.Events, s.Quotes, s.Entities)
}

type job struct {
	seq int
	doc *axis.Document
	id  axis.Identity
	err error
}

// Run reads inputs, runs p over every document and stores it in store.
// Failed inputs and documents are counted and reported to opts.Errors; a
// store error that is not about one document (disk full, a lock) stops the
// run and is returned. The summary is returned in every case.
func Run(ctx context.Context, store axis.Store, p *pipeline.Pipeline, inputs []string, opts Options) (*Summary, error) {
	r := newRunner(opts)
	r.total = inputBytes(inputs)
	produce := func(ctx context.Context, out func(*axis.Document) error) {
		for _, in := range inputs {
			if ctx.Err() != nil {
				return
			}
			err := reader.Read(ctx, in, opts.Reader, out)
			if err != nil && ctx.Err() == nil && !errors.Is(err, errStop) {
				r.fail(err)
			}
			if fi, err := os.Stat(in); err == nil && !fi.IsDir() {
				r.inputDone(fi.Size())
			} else if err == nil {
				r.inputDone(dirSize(in))
			}
		}
	}
	process := func(ctx context.Context, j *job) {
		if j.err = p.Process(ctx, j.doc); j.err == nil {
			j.id = axis.Identify(j.doc)
		}
	}
	write := func(ctx context.Context, batch []*job) error {
		docs := make([]*axis.Document, len(batch))
		ids := make([]axis.Identity, len(batch))
		for i, j := range batch {
			docs[i], ids[i] = j.doc, j.id
		}
		res, err := store.CreateDocuments(ctx, docs, ids)
		if err != nil {
			return err
		}
		r.count(docs, res)
		return nil
	}
	return r.run(ctx, produce, process, write)
}

// Reprocess runs p again over every stored document (or those after
// afterID) and replaces what was extracted from each, keeping document IDs.
func Reprocess(ctx context.Context, store axis.Store, p *pipeline.Pipeline, filter axis.DocumentFilter, opts Options) (*Summary, error) {
	r := newRunner(opts)
	ids := map[*axis.Document]int64{}
	var idsMu sync.Mutex
	if n, err := countDocs(ctx, store, filter); err == nil {
		r.totalDocs = n
	}
	produce := func(ctx context.Context, out func(*axis.Document) error) {
		f := filter
		f.Limit, f.Offset, f.SkipTotal = 500, 0, true
		for ctx.Err() == nil {
			recs, _, err := store.FindDocuments(ctx, f)
			if err != nil {
				r.fail(err)
				return
			}
			if len(recs) == 0 {
				return
			}
			for _, rec := range recs {
				stored, err := store.FindDocumentByID(ctx, rec.ID)
				if err != nil {
					r.fail(err)
					continue
				}
				d := axis.NewDocument()
				d.Meta = stored.Meta
				d.Blocks = stored.Blocks
				idsMu.Lock()
				ids[d] = rec.ID
				idsMu.Unlock()
				if err := out(d); err != nil {
					return
				}
			}
			f.AfterID = recs[len(recs)-1].ID
		}
	}
	process := func(ctx context.Context, j *job) { j.err = p.Process(ctx, j.doc) }
	write := func(ctx context.Context, batch []*job) error {
		for _, j := range batch {
			idsMu.Lock()
			id := ids[j.doc]
			delete(ids, j.doc)
			idsMu.Unlock()
			if err := store.UpdateDocument(ctx, id, j.doc); err != nil {
				return err
			}
			r.mu.Lock()
			r.sum.New++
			r.sum.Events += len(j.doc.Events)
			r.sum.Quotes += len(j.doc.Quotes)
			r.sum.Entities += len(j.doc.Entities)
			r.mu.Unlock()
		}
		return nil
	}
	return r.run(ctx, produce, process, write)
}

func countDocs(ctx context.Context, store axis.Store, f axis.DocumentFilter) (int, error) {
	f.Limit = 1
	_, n, err := store.FindDocuments(ctx, f)
	return n, err
}

var errStop = errors.New("stop")

type runner struct {
	opts  Options
	start time.Time

	mu        sync.Mutex
	sum       Summary
	errsShown int

	total     int64 // bytes of all inputs, 0 if unknown
	totalDocs int   // documents to do, 0 if unknown
	rawDone   atomic.Int64
	textDone  atomic.Int64 // text bytes of finished inputs
	textCur   atomic.Int64 // text bytes read so far
	read      atomic.Int64
	written   atomic.Int64
}

func newRunner(opts Options) *runner {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = 256
	}
	if opts.MaxErrors <= 0 {
		opts.MaxErrors = 20
	}
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	return &runner{opts: opts, start: time.Now()}
}

// fail counts and reports a failure; a joined error counts once per part.
func (r *runner) fail(err error) {
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, e := range errs {
		r.sum.Failed++
		if r.opts.Errors != nil {
			if r.errsShown < r.opts.MaxErrors {
				fmt.Fprintf(r.opts.Errors, "axis ingest: %s\n", message(e))
			} else if r.errsShown == r.opts.MaxErrors {
				fmt.Fprintf(r.opts.Errors, "axis ingest: more failures not shown\n")
			}
			r.errsShown++
		}
	}
}

func message(err error) string {
	var e *axis.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return err.Error()
}

func (r *runner) inputDone(raw int64) {
	r.rawDone.Add(raw)
	r.textDone.Store(r.textCur.Load())
}

// run wires the reader, the workers and the ordered writer.
func (r *runner) run(ctx context.Context,
	produce func(ctx context.Context, out func(*axis.Document) error),
	process func(ctx context.Context, j *job),
	write func(ctx context.Context, batch []*job) error) (*Summary, error) {

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := r.opts.Workers
	// At most inflight documents between reading and writing: a batch
	// being filled plus what the workers and queues hold.
	batchSize := r.opts.BatchSize
	inflight := make(chan struct{}, batchSize+4*workers+4)
	jobs := make(chan *job, 2*workers)
	results := make(chan *job, 2*workers)

	go func() {
		defer close(jobs)
		seq := 0
		produce(ctx, func(d *axis.Document) error {
			select {
			case inflight <- struct{}{}:
			case <-ctx.Done():
				return errStop
			}
			r.read.Add(1)
			for _, b := range d.Blocks {
				r.textCur.Add(int64(len(b.Text)))
			}
			select {
			case jobs <- &job{seq: seq, doc: d}:
				seq++
				return nil
			case <-ctx.Done():
				return errStop
			}
		})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() == nil {
					process(ctx, j)
				} else {
					j.err = ctx.Err()
				}
				results <- j
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	stopProgress := r.progress()
	var fatal error
	var batch []*job
	release := func(n int) {
		r.written.Add(int64(n))
		for range n {
			<-inflight
		}
	}
	flush := func() {
		if len(batch) == 0 {
			return
		}
		if fatal == nil && ctx.Err() == nil {
			if err := write(ctx, batch); err != nil {
				fatal = err
				cancel()
			}
		}
		release(len(batch))
		batch = batch[:0]
	}
	pending := map[int]*job{}
	next := 0
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for open := true; open; {
		select {
		case j, ok := <-results:
			if !ok {
				open = false
				break
			}
			pending[j.seq] = j
			for {
				j, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				if fatal != nil || ctx.Err() != nil {
					release(1)
					continue
				}
				r.mu.Lock()
				r.sum.Documents++
				r.sum.Bytes += int64(len(j.doc.Text))
				r.mu.Unlock()
				switch {
				case j.err != nil:
					r.fail(j.err)
					release(1)
				case strings.TrimSpace(j.doc.Text) == "":
					r.fail(fmt.Errorf("%s: no text", j.doc.Meta.ID))
					release(1)
				default:
					batch = append(batch, j)
					if len(batch) >= batchSize {
						flush()
					}
				}
			}
		case <-tick.C:
			// Do not keep a trickle of documents waiting.
			flush()
		}
	}
	flush()
	stopProgress()
	r.sum.Elapsed = time.Since(r.start)
	if fatal != nil {
		return &r.sum, fatal
	}
	if err := ctx.Err(); err != nil {
		return &r.sum, err
	}
	return &r.sum, nil
}

// inputBytes sums the sizes of the files named (directories walked), for
// the progress bar; 0 when an input is not a file (stdin, a URL).
func inputBytes(inputs []string) int64 {
	var total int64
	for _, in := range inputs {
		fi, err := os.Stat(in)
		if err != nil {
			return 0
		}
		if fi.IsDir() {
			total += dirSize(in)
		} else {
			total += fi.Size()
		}
	}
	return total
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, e os.DirEntry, err error) error {
		if err == nil && e.Type().IsRegular() {
			if fi, err := e.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
