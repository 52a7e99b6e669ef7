package reader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/axis-news/axis"
)

// DefaultTimeout bounds fetching one URL unless Options.Timeout says otherwise.
const DefaultTimeout = 30 * time.Second

// userAgent is sent with every request.
const userAgent = "axis/1 (+https://github.com/axis-news/axis)"

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// readURL fetches an http(s) URL: at most opts.MaxBytes of body, within
// opts.Timeout, following at most opts.MaxRedirects redirects. The
// document's ID is the URL asked for; Meta.URL is the page's canonical
// URL, else the URL finally fetched.
func readURL(ctx context.Context, u string, opts Options, fn func(*axis.Document) error) error {
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	maxRedirects := opts.MaxRedirects
	if maxRedirects == 0 {
		maxRedirects = 5
	}
	client := &http.Client{
		Timeout: timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects || maxRedirects < 0 {
				return fmt.Errorf("more than %d redirects", max(maxRedirects, 0))
			}
			return nil
		},
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return axis.Errorf(axis.EINVALID, "fetch %s: bad URL: %v", u, err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return axis.Errorf(axis.ENOTFOUND, "fetch %s: %s", u, netReason(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return axis.Errorf(axis.ENOTFOUND, "fetch %s: %s", u, resp.Status)
	}
	if resp.ContentLength > opts.max() {
		return tooLarge(u, opts)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, opts.max()+1))
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return axis.Errorf(axis.EINVALID, "fetch %s: %s", u, netReason(err))
	}
	if int64(len(data)) > opts.max() {
		return tooLarge(u, opts)
	}
	ct := resp.Header.Get("Content-Type")
	format := opts.Format
	if format == FormatUnknown {
		format = Detect(resp.Request.URL.Path, data)
		// A text/plain page that detection calls HTML stays HTML; a
		// page served as HTML is HTML even if it starts oddly.
		if mt, _, _ := mime.ParseMediaType(ct); (mt == "text/html" || mt == "application/xhtml+xml") && (format == FormatPlain || format == FormatMarkdown) {
			format = FormatHTML
		}
	}
	src := source{url: resp.Request.URL.String(), contentType: ct}
	docs, err := parse(u, data, format, src, opts)
	return emit(docs, err, fn)
}

// netReason explains a failed request in words: offline, timed out,
// refused, unknown host.
func netReason(err error) string {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return "timed out (" + err.Error() + ")"
	case errors.As(err, &dnsErr):
		return "cannot resolve host " + dnsErr.Name + " (offline or unknown host)"
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return "cannot connect (offline or server down): " + opErr.Err.Error()
	}
	return err.Error()
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}
