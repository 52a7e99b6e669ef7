package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/axis-news/axis"
	"github.com/axis-news/axis/pipeline"
	"github.com/axis-news/axis/reader"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Queue is a NATS JetStream work queue of documents for distributed
// ingest: Publish reads inputs once and queues their documents; any number
// of Consume workers, on any machines, run the pipeline and store them in
// a shared store (PostgreSQL). A document is acknowledged only after the
// transaction that stored it committed; a worker that dies leaves its
// documents unacknowledged, and after AckWait they go to another worker.
// The store recognises documents already stored, so a redelivery adds
// nothing.
type Queue struct {
	URL     string // nats://host:4222
	Stream  string // default AXIS_DOCS
	Subject string // default axis.docs
	Durable string // consumer name shared by the workers; default axis-ingest
	// AckWait is how long a worker may hold a document before it is
	// delivered to another; default one minute.
	AckWait time.Duration
	// Follow keeps a worker waiting for new documents instead of
	// stopping when the queue is empty.
	Follow bool
}

func (q *Queue) defaults() {
	if q.Stream == "" {
		q.Stream = "AXIS_DOCS"
	}
	if q.Subject == "" {
		q.Subject = "axis.docs"
	}
	if q.Durable == "" {
		q.Durable = "axis-ingest"
	}
	if q.AckWait <= 0 {
		q.AckWait = time.Minute
	}
}

// queued is a document as queued: what a reader made of it.
type queued struct {
	Meta   axis.Meta    `json:"meta"`
	Blocks []axis.Block `json:"blocks"`
}

func (q *Queue) connect(ctx context.Context) (*nats.Conn, jetstream.JetStream, jetstream.Stream, error) {
	q.defaults()
	nc, err := nats.Connect(q.URL, nats.Name("axis ingest"), nats.Timeout(10*time.Second))
	if err != nil {
		return nil, nil, nil, axis.Errorf(axis.EINVALID, "cannot connect to NATS at %s: %v", q.URL, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, nil, err
	}
	st, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: q.Stream, Subjects: []string{q.Subject},
		Retention: jetstream.WorkQueuePolicy, Storage: jetstream.FileStorage,
		Duplicates: 10 * time.Minute,
	})
	if err != nil {
		nc.Close()
		return nil, nil, nil, fmt.Errorf("NATS stream %s: %w", q.Stream, err)
	}
	return nc, js, st, nil
}

// Publish reads inputs and queues every document; it returns how many were
// queued. Publishing the same documents again within ten minutes queues
// nothing (JetStream's de-duplication by message ID).
func Publish(ctx context.Context, q Queue, inputs []string, ropts reader.Options) (int, error) {
	nc, js, _, err := q.connect(ctx)
	if err != nil {
		return 0, err
	}
	defer nc.Close()
	n := 0
	var errs []error
	for _, in := range inputs {
		err := reader.Read(ctx, in, ropts, func(d *axis.Document) error {
			body, err := json.Marshal(queued{Meta: d.Meta, Blocks: d.Blocks})
			if err != nil {
				return err
			}
			sum := sha256.Sum256(body)
			msg := nats.NewMsg(q.Subject)
			msg.Data = body
			msg.Header.Set(jetstream.MsgIDHeader, hex.EncodeToString(sum[:16]))
			if _, err := js.PublishMsg(ctx, msg); err != nil {
				return fmt.Errorf("publish %s: %w", d.Meta.ID, err)
			}
			n++
			return nil
		})
		if err != nil {
			if ctx.Err() != nil {
				return n, ctx.Err()
			}
			errs = append(errs, err)
		}
	}
	return n, errors.Join(errs...)
}

// Consume takes documents from the queue, runs p over them and stores them
// in store, until the queue is empty (or, with q.Follow, until ctx ends).
func Consume(ctx context.Context, store axis.Store, p *pipeline.Pipeline, q Queue, opts Options) (*Summary, error) {
	nc, _, st, err := q.connect(ctx)
	if err != nil {
		return nil, err
	}
	defer nc.Close()
	cons, err := st.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable: q.Durable, AckPolicy: jetstream.AckExplicitPolicy, AckWait: q.AckWait, MaxAckPending: 4096, MaxDeliver: 5,
	})
	if err != nil {
		return nil, fmt.Errorf("NATS consumer %s: %w", q.Durable, err)
	}
	r := newRunner(opts)
	var mu sync.Mutex
	msgs := map[*axis.Document]jetstream.Msg{}
	produce := func(ctx context.Context, out func(*axis.Document) error) {
		for ctx.Err() == nil {
			batch, err := cons.FetchNoWait(r.opts.BatchSize)
			if err != nil {
				r.fail(fmt.Errorf("NATS fetch: %w", err))
				return
			}
			got := 0
			for m := range batch.Messages() {
				got++
				var qd queued
				if err := json.Unmarshal(m.Data(), &qd); err != nil {
					r.fail(fmt.Errorf("queued document: %w", err))
					m.Term()
					continue
				}
				d := axis.NewDocument()
				d.Meta, d.Blocks = qd.Meta, qd.Blocks
				mu.Lock()
				msgs[d] = m
				mu.Unlock()
				if err := out(d); err != nil {
					return
				}
			}
			if got > 0 {
				continue
			}
			if q.Follow {
				sleep(ctx, 250*time.Millisecond)
				continue
			}
			// Nothing came: stop once no document is waiting or held
			// by another worker (which may still die and return it).
			info, err := cons.Info(ctx)
			if err != nil {
				r.fail(fmt.Errorf("NATS consumer info: %w", err))
				return
			}
			if info.NumPending == 0 && info.NumAckPending == 0 {
				return
			}
			sleep(ctx, 250*time.Millisecond)
		}
	}
	process := func(ctx context.Context, j *job) {
		if j.err = p.Process(ctx, j.doc); j.err == nil {
			j.id = axis.Identify(j.doc)
		} else {
			mu.Lock()
			m := msgs[j.doc]
			delete(msgs, j.doc)
			mu.Unlock()
			if m != nil {
				m.Term() // a document the pipeline rejects is not retried
			}
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
		// Stored: acknowledge, so no other worker gets them.
		for _, d := range docs {
			mu.Lock()
			m := msgs[d]
			delete(msgs, d)
			mu.Unlock()
			if m != nil {
				if err := m.Ack(); err != nil { // a lost ack means a redelivery, which the store ignores
					return fmt.Errorf("NATS ack: %w", err)
				}
			}
		}
		r.count(docs, res)
		return nil
	}
	return r.run(ctx, produce, process, write)
}

// count adds the results of a stored batch to the summary.
func (r *runner) count(docs []*axis.Document, res []*axis.CreateResult) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, res := range res {
		d := docs[i]
		switch res.Status {
		case axis.StatusNew:
			r.sum.New++
			r.sum.Events += len(d.Events)
			r.sum.Quotes += len(d.Quotes)
			r.sum.Entities += len(d.Entities)
		case axis.StatusDuplicate:
			r.sum.Duplicate++
		case axis.StatusSyndicated:
			r.sum.Syndicated++
		}
	}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}
