package axis

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"net/url"
	"strings"
	"unicode"
)

// Store keeps documents and everything extracted from them, and answers
// questions over them. The sqlite and postgres packages implement it with
// the same semantics; internal/storetest is the conformance suite both pass.
//
// A Store is safe for concurrent use. Every write is one transaction: a
// document and all its rows are stored whole or not at all, so a process
// killed at any moment leaves the store as it was after the last completed
// write. Documents passed to a Store are not kept: the caller may reuse them
// after the call returns. Results returned belong to the caller.
//
// Identity. A document is identified by its Identity (see Identify): Key is
// a hash of the normalised text and the URL, Fingerprint a hash of the
// normalised body, MinHash a signature of its word shingles. Storing a
// document whose Key is known changes nothing (StatusDuplicate). A document
// whose body is the same as, or nearly the same as (estimated Jaccard
// similarity of shingles >= NearDuplicate), a stored document's is a copy
// of the same story from another outlet: it is recorded as one more source
// of the stored document (StatusSyndicated) and nothing is extracted twice.
//
// Event linking. Events from different documents that report the same
// happening (the same source and target actors, event type and date) share
// a Happening, whose NumMentions, NumArticles and NumSources count the
// events, the articles (sources of documents, syndicated copies included)
// and the distinct outlets that report it, like GDELT's columns of the
// same names.
type Store interface {
	// CreateDocument stores d with every sentence, entity and mention,
	// quote, event, date, amount and treaty it holds, in one transaction.
	// id must be Identify(d) (callers compute it where it is cheapest).
	// Returns the stored document's ID and whether it was new, a duplicate
	// or a syndicated copy. Returns EINVALID if d has no text, ECONFLICT if
	// another process holds the store's write lock for too long (SQLite),
	// and an error naming the database when it cannot be written (disk
	// full, read-only); nothing of d is then stored.
	CreateDocument(ctx context.Context, d *Document, id Identity) (*CreateResult, error)

	// CreateDocuments stores several documents as CreateDocument does, in
	// one transaction: all of them or, on error, none. ids[i] is
	// Identify(docs[i]). A document may duplicate or copy one before it in
	// the same call. Batching saves the cost of a commit per document;
	// each document is still whole or absent.
	CreateDocuments(ctx context.Context, docs []*Document, ids []Identity) ([]*CreateResult, error)

	// UpdateDocument replaces everything extracted from document id with
	// what d holds (its text, sentences, entities, ... ), keeping the
	// document's ID and its sources. Used to reprocess stored documents.
	// Returns ENOTFOUND if there is no such document.
	UpdateDocument(ctx context.Context, id int64, d *Document) error

	// FindDocumentByID returns the stored document with its blocks, as the
	// pipeline left it. Returns ENOTFOUND if there is no such document.
	FindDocumentByID(ctx context.Context, id int64) (*Document, error)

	// FindDocuments returns documents matching filter, ordered by ID, and
	// the number of all documents matching filter ignoring Offset/Limit
	// (-1 with SkipTotal). Returns EINVALID for a malformed filter (a
	// search without words).
	FindDocuments(ctx context.Context, filter DocumentFilter) ([]*DocumentRecord, int, error)

	// FindEvents returns events matching filter, ordered by ID, and the
	// number of all events matching filter ignoring Offset/Limit (-1 with
	// SkipTotal). Returns EINVALID for a malformed filter (an empty type).
	FindEvents(ctx context.Context, filter EventFilter) ([]*EventRecord, int, error)

	// FindQuotes returns quotes matching filter, ordered by ID, and the
	// number of all quotes matching filter ignoring Offset/Limit (-1 with
	// SkipTotal).
	FindQuotes(ctx context.Context, filter QuoteFilter) ([]*QuoteRecord, int, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (*StoreStats, error)

	// Close releases the store. No method may be called after Close.
	Close() error
}

// Statuses of CreateResult.
const (
	StatusNew        = "new"
	StatusDuplicate  = "duplicate"
	StatusSyndicated = "syndicated"
)

// NearDuplicate is the estimated shingle similarity above which two bodies
// are taken to be copies of one story.
const NearDuplicate = 0.8

// CreateResult tells what CreateDocument did.
type CreateResult struct {
	// ID of the stored document: the new one, or the one d duplicates.
	ID     int64
	Status string
}

// DocumentRecord is a stored document's metadata and every source it was
// seen at.
type DocumentRecord struct {
	ID      int64    `json:"id"`
	Key     string   `json:"key"`
	Meta    Meta     `json:"document"`
	Sources []Source `json:"sources"`
	// Snippet is a piece of text around a full-text match, or "".
	Snippet string `json:"snippet,omitempty"`
}

// Source is one place a stored document was seen: the document's own
// first appearance, or a syndicated copy.
type Source struct {
	Key    string `json:"key"`
	Name   string `json:"name"` // input name (file path)
	Outlet string `json:"outlet"`
	URL    string `json:"url"`
	Title  string `json:"title"`
	Date   string `json:"date"`
}

// EventRecord is a stored event with the happening it belongs to and the
// document it came from.
type EventRecord struct {
	ID         int64 `json:"id"`
	DocumentID int64 `json:"document_id"`
	Event
	Happening Happening `json:"happening"`
	// DocumentDate, DocumentURL and DocumentTitle describe the document;
	// DocumentAdded is when it was stored (RFC 3339).
	DocumentDate  string `json:"document_date"`
	DocumentURL   string `json:"document_url"`
	DocumentTitle string `json:"document_title"`
	DocumentAdded string `json:"document_added"`
}

// Happening is the real-world occurrence several events may report.
type Happening struct {
	ID          int64  `json:"id"`
	Source      string `json:"source"` // actor key: country code, or the actor's code when it has none
	Target      string `json:"target"`
	Type        string `json:"type"` // CAMEO code, or PLOVER type when there is no CAMEO code
	Date        string `json:"date"`
	NumMentions int    `json:"num_mentions"`
	NumArticles int    `json:"num_articles"`
	NumSources  int    `json:"num_sources"`
}

// QuoteRecord is a stored quote and the document it came from.
type QuoteRecord struct {
	ID         int64 `json:"id"`
	DocumentID int64 `json:"document_id"`
	Quote
	DocumentDate  string `json:"document_date"`
	DocumentURL   string `json:"document_url"`
	DocumentTitle string `json:"document_title"`
}

// DocumentFilter selects documents. Nil fields do not filter.
type DocumentFilter struct {
	ID *int64
	// Entity matches documents mentioning an entity whose name or code
	// (RUS for Russia, NATO) equals it, case-insensitively.
	Entity *string
	// Search is a full-text query: documents containing all its words.
	Search   *string
	From, To *string // document date range, YYYY-MM-DD, inclusive
	// AfterID returns only documents whose ID is greater, for paging.
	AfterID int64
	Offset  int
	Limit   int
	// SkipTotal skips counting all matches (the count returned is -1):
	// paging through a large store need not count it on every page.
	SkipTotal bool
}

// EventFilter selects events. Nil fields do not filter.
type EventFilter struct {
	// Actor and Target match the source and target actor key: the actor's
	// country code (ISO 3166-1 alpha-3), or its code when it has no country
	// (an IGO such as NATO).
	Actor, Target *string
	// Involving matches events with the actor on either side.
	Involving *string
	// Type is a CAMEO code prefix ("04", "042") or a PLOVER type ("CONSULT").
	Type     *string
	From, To *string // event date range, YYYY-MM-DD, inclusive
	Modality *string
	// DocumentID restricts to one document's events.
	DocumentID *int64
	// FirstOnly returns one event per happening (the first stored), for
	// exports with a row per happening.
	FirstOnly bool
	AfterID   int64
	Offset    int
	Limit     int
	// SkipTotal skips counting all matches (the count returned is -1).
	SkipTotal bool
}

// QuoteFilter selects quotes. Nil fields do not filter.
type QuoteFilter struct {
	// Speaker matches quotes whose speaker name contains it,
	// case-insensitively, or whose speaker entity ID equals it.
	Speaker *string
	// Words matches quotes whose text contains it, case-insensitively.
	Words      *string
	DocumentID *int64
	AfterID    int64
	Offset     int
	Limit      int
	// SkipTotal skips counting all matches (the count returned is -1).
	SkipTotal bool
}

// StoreStats counts stored rows.
type StoreStats struct {
	Documents  int `json:"documents"`
	Sources    int `json:"sources"`
	Sentences  int `json:"sentences"`
	Entities   int `json:"entities"`
	Mentions   int `json:"mentions"`
	Quotes     int `json:"quotes"`
	Events     int `json:"events"`
	Happenings int `json:"happenings"`
	Dates      int `json:"dates"`
	Amounts    int `json:"amounts"`
	Treaties   int `json:"treaties"`
}

// Identity tells which stored document a document is, or copies.
type Identity struct {
	// Key is a hash of the normalised text and the URL: the same article
	// from the same place.
	Key string
	// Fingerprint is a hash of the normalised body paragraphs only: the
	// same story under another headline or byline.
	Fingerprint string
	// MinHash is a signature of the body's word shingles, nil for bodies
	// too short to compare; two signatures agree in about as many places
	// as the shingle sets overlap.
	MinHash []uint32
}

// MinHash shape: MinHashBands bands of MinHashRows values.
const (
	MinHashBands = 16
	MinHashRows  = 4
	minHashSize  = MinHashBands * MinHashRows
	shingleWords = 5
)

// Identify computes d's identity from its Text, Paragraphs (or Sentences)
// and Meta.URL. d must have been through the segment stage.
func Identify(d *Document) Identity {
	h := sha256.New()
	h.Write([]byte(d.Text))
	h.Write([]byte{0})
	h.Write([]byte(normaliseURL(d.Meta.URL)))
	id := Identity{Key: hex.EncodeToString(h.Sum(nil))[:32]}

	words := bodyWords(d)
	f := sha256.New()
	for i, w := range words {
		if i > 0 {
			f.Write([]byte{' '})
		}
		f.Write([]byte(w))
	}
	id.Fingerprint = hex.EncodeToString(f.Sum(nil))[:32]
	if len(words) >= 2*shingleWords {
		id.MinHash = minHash(words)
	}
	return id
}

// Similarity estimates the Jaccard similarity of the shingle sets two
// MinHash signatures were computed from.
func Similarity(a, b []uint32) float64 {
	if len(a) != minHashSize || len(b) != minHashSize {
		return 0
	}
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return float64(n) / minHashSize
}

// Bands returns one hash per band of a MinHash signature: documents that
// share a band hash are candidates for near-duplicates.
func Bands(sig []uint32) []int64 {
	if len(sig) != minHashSize {
		return nil
	}
	out := make([]int64, MinHashBands)
	for b := range MinHashBands {
		h := fnv.New64a()
		var buf [4]byte
		buf[0] = byte(b)
		h.Write(buf[:1])
		for _, v := range sig[b*MinHashRows : (b+1)*MinHashRows] {
			buf = [4]byte{byte(v), byte(v >> 8), byte(v >> 16), byte(v >> 24)}
			h.Write(buf[:])
		}
		out[b] = int64(h.Sum64() >> 1)
	}
	return out
}

// bodyWords returns the lower-cased words of d's body paragraphs (all of
// the text when the document has no body kinds).
func bodyWords(d *Document) []string {
	var words []string
	add := func(s string) {
		start := -1
		for i, r := range s {
			isWord := unicode.IsLetter(r) || unicode.IsDigit(r)
			if isWord && start < 0 {
				start = i
			} else if !isWord && start >= 0 {
				words = append(words, strings.ToLower(s[start:i]))
				start = -1
			}
		}
		if start >= 0 {
			words = append(words, strings.ToLower(s[start:]))
		}
	}
	body := false
	switch {
	case len(d.Paragraphs) > 0:
		for _, p := range d.Paragraphs {
			if p.Kind == KindBody && p.Start >= 0 && p.End <= len(d.Text) && p.Start <= p.End {
				add(d.Text[p.Start:p.End])
				body = true
			}
		}
	case len(d.Sentences) > 0:
		for _, s := range d.Sentences {
			if s.Kind == KindBody && s.Start >= 0 && s.End <= len(d.Text) && s.Start <= s.End {
				add(d.Text[s.Start:s.End])
				body = true
			}
		}
	}
	if !body {
		add(d.Text)
	}
	return words
}

// minHash computes a signature of the word 5-shingles: for each of
// minHashSize hash functions h_i(x) = a_i*x + b_i (mod 2^32, over a 64-bit
// shingle hash), the smallest value over all shingles.
func minHash(words []string) []uint32 {
	sig := make([]uint32, minHashSize)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for i := 0; i+shingleWords <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+shingleWords] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		for j := range sig {
			a, b := minHashCoef[j][0], minHashCoef[j][1]
			v := uint32((x*a + b) >> 32)
			if v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig
}

// minHashCoef are fixed odd multipliers and offsets from a splitmix64
// sequence: signatures stay comparable across versions.
var minHashCoef = func() (c [minHashSize][2]uint64) {
	s := uint64(0x9e3779b97f4a7c15)
	next := func() uint64 {
		s += 0x9e3779b97f4a7c15
		z := s
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	for i := range c {
		c[i] = [2]uint64{next() | 1, next()}
	}
	return c
}()

// normaliseURL drops the fragment and a trailing slash and lower-cases the
// scheme and host, so trivially different spellings of one URL agree.
func normaliseURL(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return s
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Fragment = ""
	u.RawFragment = ""
	out := u.String()
	return strings.TrimSuffix(out, "/")
}

// OutletOf names the outlet of a source: its Meta.Source, else the host of
// its URL, else "".
func OutletOf(m Meta) string {
	if m.Source != "" {
		return m.Source
	}
	if u, err := url.Parse(m.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return ""
}

// ActorKey is the key an event side is stored and queried by: the actor's
// country code, or its own code when it has no country.
func ActorKey(a Actor) string {
	if a.Country != "" {
		return a.Country
	}
	return a.Code
}
