// Package reader turns inputs (files, directories, URLs, standard input) into
// documents: it detects each input's format from its content and fills
// axis.Document's Meta and Blocks. Normalising the text is the segment
// stage's job.
//
// Formats (see Detect): plain text and Markdown articles (a headline, an
// optional date line and byline, paragraphs), HTML pages (main text only,
// metadata from meta tags, JSON-LD and <time>), RSS and Atom feeds (one
// document per item) and JSON Lines of {"url","title","date","text",
// "source"} (one document per line).
//
// Document IDs (Meta.ID) are stable: the path as given for a file, the
// URL asked for, "stdin", and NAME#N for the N-th item of a feed or the
// record on line N of JSON Lines (a record's own "id" wins).
//
// Every error names its input. An input holding several documents (a
// feed, JSON Lines, a directory) yields the good ones and reports the bad
// ones together in one error (errors.Join), so that callers can tell the
// user about each.
package reader

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/axis-news/axis"
)

// DefaultMaxBytes is the largest input read unless Options.MaxBytes says
// otherwise. News articles and feeds are far smaller; the limit keeps one
// input's memory bounded (the pipeline holds a document's text, tokens and
// findings at once: about 60 bytes of memory per byte of text).
const DefaultMaxBytes = 8 << 20

// Options control reading. The zero value is ready to use.
type Options struct {
	// MaxBytes is the largest single input accepted; 0 means DefaultMaxBytes.
	// For JSON Lines it bounds each line, not the whole input.
	MaxBytes int64
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
	// Format forces a format instead of detecting it (FormatUnknown detects).
	Format Format
	// Timeout bounds fetching one URL; 0 means 30 seconds.
	Timeout time.Duration
	// MaxRedirects is the most redirects followed for a URL; 0 means 5,
	// negative means none.
	MaxRedirects int
	// Log receives notes about repaired input (invalid UTF-8, skipped
	// files); nil means slog.Default().
	Log *slog.Logger
}

func (o Options) max() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) log() *slog.Logger {
	if o.Log != nil {
		return o.Log
	}
	return slog.Default()
}

// Read reads one input (a path, a directory, an http(s) URL, "-" for
// standard input) and calls fn with each document found in it, in order.
// Errors name the input. When some documents of an input are bad, the good
// ones are still passed to fn and the error joins one error per bad one.
// An error returned by fn stops reading and is returned as is.
func Read(ctx context.Context, input string, opts Options, fn func(*axis.Document) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	switch {
	case input == "-":
		r := opts.Stdin
		if r == nil {
			r = os.Stdin
		}
		return readStream(ctx, "stdin", r, -1, opts, fn)
	case isURL(input):
		return readURL(ctx, input, opts, fn)
	}
	fi, err := os.Stat(input)
	if err != nil {
		return fmt.Errorf("read %s: %w", input, unwrapPathError(err))
	}
	if fi.IsDir() {
		return readDir(ctx, input, opts, fn)
	}
	return readFile(ctx, input, fi.Size(), opts, fn)
}

// unwrapPathError drops the *fs.PathError wrapper, whose message repeats
// the path the caller already names.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(ctx context.Context, path string, size int64, opts Options, fn func(*axis.Document) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, unwrapPathError(err))
	}
	defer f.Close()
	return readStream(ctx, path, f, size, opts, fn)
}

// readStream reads one input of known size (-1 if unknown). JSON Lines are
// streamed a line at a time; anything else is read whole, up to the limit.
func readStream(ctx context.Context, name string, r io.Reader, size int64, opts Options, fn func(*axis.Document) error) error {
	br := bufio.NewReaderSize(r, sniffLen)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return fmt.Errorf("read %s: %w", name, err)
	}
	format := opts.Format
	if format == FormatUnknown {
		format = Detect(name, head)
	}
	if size > opts.max() && format != FormatJSONL {
		return tooLarge(name, opts)
	}
	if opts.Format == FormatUnknown {
		if format == FormatEmpty && len(head) == sniffLen {
			format = FormatPlain // white space, then text: look at all of it
		}
	}
	switch format {
	case FormatEmpty:
		return axis.Errorf(axis.EINVALID, "read %s: empty input", name)
	case FormatBinary:
		return axis.Errorf(axis.EINVALID, "read %s: not text (%s)", name, binaryKind(head))
	case FormatJSONL:
		return readJSONL(ctx, name, br, opts, fn)
	}
	data, err := io.ReadAll(io.LimitReader(br, opts.max()+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > opts.max() {
		return tooLarge(name, opts)
	}
	docs, err := parse(name, data, format, source{}, opts)
	return emit(docs, err, fn)
}

func tooLarge(name string, opts Options) error {
	return axis.Errorf(axis.ETOOLARGE, "read %s: larger than %d bytes (raise the limit with --max-bytes)", name, opts.max())
}

// emit passes docs to fn, then returns err (the documents' own errors)
// unless fn failed.
func emit(docs []*axis.Document, err error, fn func(*axis.Document) error) error {
	for _, d := range docs {
		if ferr := fn(d); ferr != nil {
			return ferr
		}
	}
	return err
}

// source is what is known of an input besides its bytes.
type source struct {
	url         string // where it was fetched from
	contentType string // its HTTP Content-Type
}

// Parse detects the format of data and returns its documents; name (a path
// or URL) names the input in errors and becomes the document ID. For
// inputs holding several documents, Parse may return the good documents
// together with an error about the bad ones.
func Parse(name string, data []byte) ([]*axis.Document, error) {
	return parse(name, data, FormatUnknown, source{}, Options{})
}

// ParseAs is Parse for data of a known format.
func ParseAs(name string, data []byte, f Format) ([]*axis.Document, error) {
	return parse(name, data, f, source{}, Options{})
}

func parse(name string, data []byte, f Format, src source, opts Options) ([]*axis.Document, error) {
	if f == FormatUnknown {
		f = Detect(name, data)
	}
	one := func(d *axis.Document, err error) ([]*axis.Document, error) {
		if err != nil {
			return nil, err
		}
		if src.url != "" && d.Meta.URL == "" {
			d.Meta.URL = src.url
		}
		return []*axis.Document{d}, nil
	}
	switch f {
	case FormatEmpty:
		return nil, axis.Errorf(axis.EINVALID, "read %s: empty input", name)
	case FormatBinary:
		return nil, axis.Errorf(axis.EINVALID, "read %s: not text (%s)", name, binaryKind(data))
	case FormatHTML:
		return one(parseHTML(name, data, src, opts))
	case FormatFeed:
		return parseFeed(name, data, opts)
	case FormatJSONL:
		var docs []*axis.Document
		err := readJSONL(context.Background(), name, bytes.NewReader(data), opts, func(d *axis.Document) error {
			docs = append(docs, d)
			return nil
		})
		return docs, err
	}
	s, note := decodeText(data)
	if note != "" {
		opts.log().Warn("input repaired", "input", name, "note", note)
	}
	if strings.TrimSpace(s) == "" {
		return nil, axis.Errorf(axis.EINVALID, "read %s: empty input", name)
	}
	if f == FormatMarkdown {
		return one(parseMarkdown(name, s))
	}
	return one(parsePlain(name, s))
}
