package ingest_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/axis-news/axis/ingest"
	"github.com/axis-news/axis/internal/storetest"
	"github.com/axis-news/axis/reader"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// testQueue returns a queue on the test NATS server (AXIS_TEST_NATS) with
// a stream of its own, deleted after the test.
func testQueue(t *testing.T) ingest.Queue {
	t.Helper()
	url := os.Getenv("AXIS_TEST_NATS")
	if url == "" {
		t.Skip("set AXIS_TEST_NATS to a NATS server with JetStream to test distributed ingest")
	}
	name := fmt.Sprintf("AXIS_TEST_%d_%d", os.Getpid(), time.Now().UnixNano())
	q := ingest.Queue{URL: url, Stream: name, Subject: "axistest." + name, Durable: "workers", AckWait: time.Second}
	t.Cleanup(func() {
		nc, err := nats.Connect(url)
		if err != nil {
			return
		}
		defer nc.Close()
		if js, err := jetstream.New(nc); err == nil {
			js.DeleteStream(context.Background(), name)
		}
	})
	return q
}

func TestQueue_PublishConsume(t *testing.T) {
	q := testQueue(t)
	ctx := context.Background()
	corpus := writeCorpus(t, 200, 21)
	n, err := ingest.Publish(ctx, q, []string{corpus}, reader.Options{})
	if err != nil || n != 200 {
		t.Fatalf("Publish: %d, %v", n, err)
	}
	// Published twice: JetStream drops the duplicates.
	if _, err := ingest.Publish(ctx, q, []string{corpus}, reader.Options{}); err != nil {
		t.Fatal(err)
	}
	// A worker that takes 50 documents and dies without acknowledging.
	nc, err := nats.Connect(q.URL)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := jetstream.New(nc)
	cons, err := js.CreateOrUpdateConsumer(ctx, q.Stream, jetstream.ConsumerConfig{Durable: q.Durable, AckPolicy: jetstream.AckExplicitPolicy, AckWait: q.AckWait, MaxAckPending: 4096, MaxDeliver: 5})
	if err != nil {
		t.Fatal(err)
	}
	b, err := cons.Fetch(50, jetstream.FetchMaxWait(2*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for range b.Messages() {
	}
	nc.Close()

	// Two workers share the rest and the dead worker's documents.
	env := storetest.NewSQLiteEnv(t)
	s := env.MustOpen(t)
	done := make(chan error, 2)
	total := make(chan int, 2)
	for range 2 {
		go func() {
			sum, err := ingest.Consume(ctx, s, mustPipeline(t), q, ingest.Options{BatchSize: 16})
			if sum != nil {
				total <- sum.Documents
			} else {
				total <- 0
			}
			done <- err
		}()
	}
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	got := <-total + <-total
	if got < 200 {
		t.Fatalf("workers took %d documents, want all 200", got)
	}
	// The same store as a direct ingest of the corpus.
	direct := storetest.NewSQLiteEnv(t).MustOpen(t)
	if _, err := ingest.Run(ctx, direct, mustPipeline(t), []string{corpus}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	a, _ := s.Stats(ctx)
	want, _ := direct.Stats(ctx)
	// Which copy of a syndicated story comes first depends on the
	// workers' timing; documents and sources do not.
	if a.Documents != want.Documents || a.Sources != want.Sources || a.Events == 0 {
		t.Fatalf("stats=%+v, want the documents and sources of a direct ingest %+v", a, want)
	}
}
